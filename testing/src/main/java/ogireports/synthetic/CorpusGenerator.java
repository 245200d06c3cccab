package ogireports.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import ogireports.model.ApplicationRowId;
import ogireports.rules.RuleBook;
import ogireports.synthetic.Divisions.Division;
import ogireports.synthetic.Divisions.Province;
import ogireports.tables.CellLayout;

/**
 * Generates a deterministic corpus of synthetic 政府信息公开工作年度报告 for tests and benchmarks.
 *
 * <p>Each report is a function of (seed, index) only: report {@code i} of seed {@code s} is the
 * same whatever the corpus size, and the same seed gives byte-identical files. Reports cover all 31
 * mainland provinces (names and codes from the bundled gazetteer), seven kinds of issuing body, the
 * years 2019–2024 with the matching template (2019 template for 2019–2020, 2021 template after),
 * the four printed layouts of {@link CellLayout} ({@link #LAYOUTS}), the six sections with prose
 * (including a sentence stating the number of applications received), and tables 二, 三, 四 whose
 * numbers are consistent (the 勾稽 balance, row totals, result sums, table 四 group totals, the table
 * 二 bounds). Inconsistencies are injected at {@link Rates known rates} and recorded per report.
 *
 * <p>Command line: {@code --reports=N --seed=S --output=DIR} writes {@code DIR/<file>.txt} and
 * {@code DIR/manifest.jsonl} (one JSON object per report, see {@link GeneratedReport#manifest()}).
 */
public final class CorpusGenerator {

  /**
   * Injection rates, each the probability that a report gets that inconsistency (independently; a
   * report can get several). {@code decisionPattern} applies to 2019-template reports only.
   */
  public record Rates(
      double rowTotal,
      double balance,
      double textCount,
      double t4GroupTotal,
      double decisionPattern) {
    /**
     * 5% wrong row total, 3% broken balance, 3% text count contradicting the table, 2% wrong table
     * 四 total, 10% of 2019-template reports filing table 二 as a decision series.
     */
    public static final Rates DEFAULTS = new Rates(0.05, 0.03, 0.03, 0.02, 0.10);

    /** No injection: every report is clean. */
    public static final Rates NONE = new Rates(0, 0, 0, 0, 0);
  }

  /**
   * The rule ids of the injections and of the flags they cause, taken from the rule book ({@link
   * RuleBook#ruleIds()}): a rule it no longer has stops the generator when it loads, instead of
   * writing a manifest that expects a flag no rule raises.
   */
  public static final String ROW_TOTAL = rule("T3_ROW_TOTAL");

  public static final String RESULT_SUM = rule("T3_RESULT_SUM");
  public static final String BALANCE = rule("T3_BALANCE");
  public static final String TEXT_COUNT = rule("TX_NEW");
  public static final String T4_TOTAL = rule("T4_GROUP_TOTAL");
  public static final String DECISION_PATTERN = rule("T2B_DECISION_PATTERN");

  /** {@code id}, once the rule book is found to have that rule. */
  private static String rule(String id) {
    if (!RuleBook.ruleIds().contains(id)) {
      throw new IllegalStateException("the rule book has no rule " + id);
    }
    return id;
  }

  /**
   * The layouts reports are printed in (every {@link CellLayout} a text file can show; {@code
   * label_stream} is a way of reading, not of printing). The order is part of the corpus: a report
   * draws its layout by position, so the same seed writes the same files.
   */
  public static final List<CellLayout> LAYOUTS =
      List.of(
          CellLayout.TAB_CELL, CellLayout.ROW_FIELD, CellLayout.LINE_CELL, CellLayout.PIPE_FIELD);

  private static final Charset GB18030 = Charset.forName("GB18030");

  private final long seed;
  private final Rates rates;

  public CorpusGenerator(long seed) {
    this(seed, Rates.DEFAULTS);
  }

  public CorpusGenerator(long seed, Rates rates) {
    this.seed = seed;
    this.rates = rates;
  }

  /** Report {@code index} of this seed. */
  public GeneratedReport generate(int index) {
    SplittableRandom rnd = new SplittableRandom(mix(seed, index));
    return new Builder(index, rnd, rates).build();
  }

  /** Reports {@code 0 … n-1}. */
  public List<GeneratedReport> generate(int from, int count) {
    List<GeneratedReport> out = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      out.add(generate(i));
    }
    return out;
  }

  /**
   * Writes {@code reports} files and {@code manifest.jsonl} into {@code dir} (created if needed).
   *
   * @return the number of bytes of report files written
   */
  public long write(Path dir, int reports) throws IOException {
    Files.createDirectories(dir);
    ObjectMapper json = new ObjectMapper();
    long total = 0;
    try (BufferedWriter manifest =
        Files.newBufferedWriter(dir.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < reports; i++) {
        GeneratedReport r = generate(i);
        Files.write(dir.resolve(r.fileName()), r.bytes());
        total += r.bytes().length;
        manifest.write(json.writeValueAsString(r.manifest()));
        manifest.write('\n');
      }
    }
    return total;
  }

  /** {@code --reports=N --seed=S --output=DIR}; defaults 1000, 1, ./synthetic. */
  public static void main(String[] args) throws IOException {
    int reports = 1000;
    long seed = 1;
    Path output = Path.of("synthetic");
    for (String arg : args) {
      if (arg.startsWith("--reports=")) {
        reports = Integer.parseInt(arg.substring(10));
      } else if (arg.startsWith("--seed=")) {
        seed = Long.parseLong(arg.substring(7));
      } else if (arg.startsWith("--output=")) {
        output = Path.of(arg.substring(9));
      } else {
        System.err.println("usage: CorpusGenerator --reports=N --seed=S --output=DIR");
        System.exit(2);
      }
    }
    long start = System.nanoTime();
    long bytes = new CorpusGenerator(seed).write(output, reports);
    double s = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%d reports (%d bytes) written to %s in %.2f s (%.0f reports/s)%n",
        reports, bytes, output, s, reports / s);
  }

  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  // ------------------------------------------------------------------------------ one report

  private static final String[] COUNTY_DEPTS = {
    "应急管理局",
    "生态环境局",
    "自然资源局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "商务局",
    "文化和旅游局",
    "卫生健康局",
    "市场监督管理局",
    "财政局",
    "人力资源和社会保障局",
    "教育局",
    "民政局",
    "司法局",
    "统计局",
    "审计局",
    "医疗保障局",
    "发展和改革局",
    "退役军人事务局",
    "林业局",
    "城市管理局",
    "行政审批局"
  };
  private static final String[] CITY_DEPTS = {
    "应急管理局",
    "生态环境局",
    "自然资源和规划局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "商务局",
    "文化广电旅游局",
    "卫生健康委员会",
    "市场监督管理局",
    "财政局",
    "人力资源和社会保障局",
    "教育局",
    "民政局",
    "司法局",
    "统计局",
    "审计局",
    "医疗保障局",
    "发展和改革委员会",
    "退役军人事务局",
    "公安局",
    "税务局",
    "城市管理局"
  };
  private static final String[] PROVINCE_DEPTS = {
    "应急管理厅",
    "生态环境厅",
    "自然资源厅",
    "住房和城乡建设厅",
    "交通运输厅",
    "水利厅",
    "农业农村厅",
    "商务厅",
    "文化和旅游厅",
    "卫生健康委员会",
    "市场监督管理局",
    "财政厅",
    "人力资源和社会保障厅",
    "教育厅",
    "民政厅",
    "司法厅",
    "统计局",
    "审计厅",
    "医疗保障局",
    "发展和改革委员会",
    "退役军人事务厅"
  };
  private static final String[] TOWNSHIPS = {
    "城关镇", "新城镇", "东山镇", "河口镇", "南湖街道", "城南街道", "西关街道", "青山镇", "石桥镇", "白沙镇", "龙泉镇", "长乐乡", "和平乡",
    "新华街道", "马头镇", "柳林镇", "高桥镇", "太平镇", "黄石乡", "清水镇"
  };

  /** Builds one report from its random stream. */
  static final class Builder {
    private final int index;
    private final SplittableRandom rnd;
    private final Rates rates;

    private String agency;
    private String kind;
    private Province province;
    private Division city;
    private Division county;
    private String divisionCode;
    private String placePrefix; // the place part of the name, for prose
    private int year;
    private boolean t2021;
    private CellLayout layout;
    private List<ApplicationRowId> rows;
    private long[][] t3;
    private long[] t4;
    private final Map<String, String> t2 = new LinkedHashMap<>();
    private final List<String> injected = new ArrayList<>();
    private final TreeSet<String> expected = new TreeSet<>();
    private long stated;

    Builder(int index, SplittableRandom rnd, Rates rates) {
      this.index = index;
      this.rnd = rnd;
      this.rates = rates;
    }

    GeneratedReport build() {
      chooseAgency();
      year = 2019 + rnd.nextInt(6);
      t2021 = year >= 2021;
      layout = LAYOUTS.get(rnd.nextInt(LAYOUTS.size()));
      rows =
          ApplicationRowId.rowsOf(
              t2021 ? ogireports.model.Template.T2021 : ogireports.model.Template.T2019);
      tableThree();
      tableFour();
      tableTwo();
      inject();
      String text = new ReportText(this).render();
      String encoding;
      byte[] bytes;
      double e = rnd.nextDouble();
      String lineEnding = rnd.nextDouble() < 0.1 ? "CRLF" : "LF";
      if (lineEnding.equals("CRLF")) {
        text = text.replace("\n", "\r\n");
      }
      if (e < 0.12) {
        encoding = "GB18030";
        bytes = text.getBytes(GB18030);
      } else if (e < 0.17) {
        encoding = "UTF-8-BOM";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
      } else {
        encoding = "UTF-8";
        bytes = text.getBytes(StandardCharsets.UTF_8);
      }
      String host =
          "www.gov"
              + Long.toHexString(mix(province.code().hashCode(), index) & 0xFFFFF)
              + ".gov.cn";
      String fileName = String.format("%06d_%08x.txt", index, mix(index, year) & 0xFFFFFFFFL);
      String url =
          "http://"
              + host
              + "/art/"
              + (year + 1)
              + "/1/"
              + (10 + rnd.nextInt(18))
              + "/art_"
              + (1000 + rnd.nextInt(9000))
              + "_"
              + (100000 + rnd.nextInt(900000))
              + ".html";
      String fetchedAt =
          String.format(
              "%d-%02d-%02dT%02d:%02d:%02dZ",
              year + 2,
              1 + rnd.nextInt(12),
              1 + rnd.nextInt(28),
              rnd.nextInt(24),
              rnd.nextInt(60),
              rnd.nextInt(60));
      return new GeneratedReport(
          index,
          fileName,
          text,
          bytes,
          encoding,
          lineEnding,
          agency,
          kind,
          province.name(),
          province.code(),
          city == null ? null : city.name(),
          county == null ? null : county.name(),
          divisionCode,
          year,
          t2021 ? "2021" : "2019",
          layout.code(),
          List.copyOf(injected),
          List.copyOf(expected),
          rows,
          t3,
          t4,
          new LinkedHashMap<>(t2),
          stated,
          url,
          fetchedAt);
    }

    private void chooseAgency() {
      chooseAgencyOnce();
    }

    private void chooseAgencyOnce() {
      List<Province> provinces = Divisions.provinces();
      province = provinces.get(rnd.nextInt(provinces.size()));
      double k = rnd.nextDouble();
      if (k < 0.40) {
        kind = "county_department";
      } else if (k < 0.60) {
        kind = "city_department";
      } else if (k < 0.68) {
        kind = "province_department";
      } else if (k < 0.78) {
        kind = "county_government";
      } else if (k < 0.84) {
        kind = "county_government_office";
      } else if (k < 0.90) {
        kind = "city_government";
      } else {
        kind = "township";
      }
      boolean municipality = province.isMunicipality();
      if (kind.startsWith("city_") && (municipality || province.cities().isEmpty())) {
        kind = kind.equals("city_government") ? "county_government" : "county_department";
      }
      if (kind.startsWith("county_") || kind.equals("township")) {
        county = province.counties().get(rnd.nextInt(province.counties().size()));
        city = county.city();
        divisionCode = county.code();
        // Districts and clashing names need their city in front (开封市鼓楼区); counties and
        // county-level cities are known by their own name (张家港市).
        boolean district = county.name().endsWith("区");
        placePrefix = (district && city != null ? city.name() : "") + county.name();
        if (municipality && district) {
          placePrefix = province.name() + county.name();
        }
      } else if (kind.startsWith("city_")) {
        city = province.cities().get(rnd.nextInt(province.cities().size()));
        divisionCode = city.code();
        placePrefix = city.name();
      } else {
        divisionCode = province.code();
        placePrefix = province.name();
      }
      agency =
          switch (kind) {
            case "county_department" -> placePrefix + pick(COUNTY_DEPTS);
            case "city_department" -> placePrefix + pick(CITY_DEPTS);
            case "province_department" ->
                placePrefix + (municipality ? pick(CITY_DEPTS) : pick(PROVINCE_DEPTS));
            case "county_government", "city_government" -> placePrefix + "人民政府";
            case "county_government_office" -> placePrefix + "人民政府办公室";
            default -> placePrefix + pick(TOWNSHIPS) + "人民政府";
          };
    }

    // ---------------------------------------------------------------- numbers

    private void tableThree() {
      int n = rows.size();
      t3 = new long[n][7];
      double a = rnd.nextDouble();
      long newTotal;
      boolean government = kind.contains("government");
      if (a < 0.35) {
        newTotal = 0;
      } else if (a < 0.75) {
        newTotal = 1 + rnd.nextInt(government ? 40 : 12);
      } else {
        newTotal = 1 + rnd.nextInt(government ? 400 : 80);
      }
      long[] newCols = split(newTotal, new double[] {0.82, 0.1, 0.01, 0.01, 0.03, 0.03});
      long[] carryIn = new long[6];
      if (newTotal > 0 && rnd.nextDouble() < 0.3) {
        carryIn =
            split(
                1 + rnd.nextInt((int) Math.min(20, 1 + newTotal / 5)),
                new double[] {0.85, 0.1, 0, 0, 0.05, 0});
      }
      double[] partWeights = partWeights();
      List<Integer> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (rows.get(i).isResultPart()) {
          parts.add(i);
        }
      }
      for (int c = 0; c < 6; c++) {
        long handled = newCols[c] + carryIn[c];
        long out = handled > 0 && rnd.nextDouble() < 0.25 ? rnd.nextLong(0, handled / 4 + 1) : 0;
        long done = handled - out;
        set(ApplicationRowId.NEW, c, newCols[c]);
        set(ApplicationRowId.CARRY_IN, c, carryIn[c]);
        set(ApplicationRowId.CARRY_OUT, c, out);
        set(ApplicationRowId.R_TOTAL, c, done);
        long[] split = split(done, partWeights);
        for (int p = 0; p < parts.size(); p++) {
          t3[parts.get(p)][c] = split[p];
        }
      }
      for (long[] row : t3) {
        row[6] = row[0] + row[1] + row[2] + row[3] + row[4] + row[5];
      }
    }

    private double[] partWeights() {
      double[] w = new double[rows.size()];
      int k = 0;
      for (ApplicationRowId id : rows) {
        if (!id.isResultPart()) {
          continue;
        }
        w[k++] =
            switch (id) {
              case R_OPEN -> 0.45;
              case R_PARTIAL -> 0.08;
              case R_NA_1 -> 0.2;
              case R_NA_2, R_NA_3 -> 0.03;
              case R_OTHER, R_OTHER_1 -> 0.05;
              case R_OTHER_2 -> 0.005;
              case R_OTHER_3 -> 0.02;
              default -> 0.012;
            };
      }
      return Arrays.copyOf(w, k);
    }

    private void set(ApplicationRowId id, int c, long v) {
      t3[rows.indexOf(id)][c] = v;
    }

    /** Splits a total over buckets with the given weights (multinomial, exact sum). */
    private long[] split(long total, double[] weights) {
      long[] out = new long[weights.length];
      double sum = 0;
      for (double w : weights) {
        sum += w;
      }
      long left = total;
      double wLeft = sum;
      for (int i = 0; i < weights.length - 1 && left > 0; i++) {
        double p = wLeft <= 0 ? 0 : weights[i] / wLeft;
        long k = binomial(left, p);
        out[i] = k;
        left -= k;
        wLeft -= weights[i];
      }
      out[weights.length - 1] += left;
      if (weights[weights.length - 1] == 0 && left > 0) {
        out[weights.length - 1] -= left;
        out[0] += left;
      }
      return out;
    }

    private long binomial(long n, double p) {
      if (p <= 0) {
        return 0;
      }
      if (p >= 1) {
        return n;
      }
      if (n <= 64) {
        long k = 0;
        for (long i = 0; i < n; i++) {
          if (rnd.nextDouble() < p) {
            k++;
          }
        }
        return k;
      }
      double mean = n * p;
      double sd = Math.sqrt(n * p * (1 - p));
      long k = Math.round(mean + sd * gaussian());
      return Math.max(0, Math.min(n, k));
    }

    private double gaussian() {
      double u = Math.max(1e-12, rnd.nextDouble());
      double v = rnd.nextDouble();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private void tableFour() {
      t4 = new long[15];
      if (rnd.nextDouble() < 0.72) {
        return;
      }
      for (int g = 0; g < 3; g++) {
        if (g > 0 && rnd.nextDouble() < 0.5) {
          continue;
        }
        for (int c = 0; c < 4; c++) {
          t4[g * 5 + c] = rnd.nextDouble() < 0.5 ? 0 : rnd.nextInt(c == 0 ? 6 : 3);
        }
        t4[g * 5 + 4] = t4[g * 5] + t4[g * 5 + 1] + t4[g * 5 + 2] + t4[g * 5 + 3];
      }
    }

    private void tableTwo() {
      boolean big = !kind.equals("township");
      if (!t2021) {
        long made = rnd.nextDouble() < 0.7 ? 0 : rnd.nextInt(4);
        t2.put("A1.RULE.MADE", n(kind.equals("province_department") ? made : 0));
        t2.put("A1.RULE.PUB", n(kind.equals("province_department") ? made : 0));
        t2.put("A1.RULE.TOTAL", n(kind.equals("province_department") ? made + rnd.nextInt(30) : 0));
        long norm = rnd.nextInt(big ? 12 : 3);
        long pub = rnd.nextLong(0, norm + 1);
        t2.put("A1.NORM.MADE", n(norm));
        t2.put("A1.NORM.PUB", n(pub));
        t2.put("A1.NORM.TOTAL", n(pub + rnd.nextInt(60)));
        items2019("A5.LIC", 400);
        items2019("A5.SVC", 200);
        items2019("A6.PEN", 600);
        items2019("A6.COER", 30);
        long fee = rnd.nextDouble() < 0.8 ? 0 : rnd.nextInt(8);
        t2.put("A8.FEE.PREV", n(fee));
        t2.put("A8.FEE.DELTA", delta(fee == 0 ? 0 : -rnd.nextLong(0, fee + 1)));
        long proc = rnd.nextInt(big ? 60 : 6);
        t2.put("A9.PROC.COUNT", n(proc));
        t2.put(
            "A9.PROC.AMOUNT",
            proc == 0
                ? "0"
                : rnd.nextBoolean()
                    ? (proc * (5000 + rnd.nextInt(300000))) + "元"
                    : String.valueOf(proc * (5000 + rnd.nextInt(300000))));
      } else {
        long rMade =
            kind.equals("province_department") && rnd.nextDouble() < 0.3 ? rnd.nextInt(3) : 0;
        long rRep = rMade == 0 ? 0 : rnd.nextLong(0, rMade + 1);
        t2.put("A1.RULE.MADE", n(rMade));
        t2.put("A1.RULE.REPEAL", n(rRep));
        t2.put("A1.RULE.VALID", n(rMade == 0 ? 0 : rMade + rnd.nextInt(20)));
        long made = rnd.nextInt(big ? 10 : 3);
        long rep = rnd.nextLong(0, made + 2);
        t2.put("A1.NORM.MADE", n(made));
        t2.put("A1.NORM.REPEAL", n(rep));
        t2.put("A1.NORM.VALID", n(Math.max(0, made - rep) + rnd.nextInt(40)));
        t2.put("A5.LIC.DEC", n(rnd.nextDouble() < 0.3 ? 0 : rnd.nextInt(2000)));
        t2.put("A6.PEN.DEC", n(rnd.nextDouble() < 0.3 ? 0 : rnd.nextInt(800)));
        t2.put("A6.COER.DEC", n(rnd.nextDouble() < 0.6 ? 0 : rnd.nextInt(40)));
        t2.put(
            "A8.FEE.AMOUNT",
            rnd.nextDouble() < 0.7 ? "0" : String.format("%.2f", rnd.nextInt(100000) / 100.0));
      }
    }

    /** PREV, DELTA, DEC of a 2019 item row, never DEC = PREV + DELTA on a non-zero row. */
    private void items2019(String item, int scale) {
      if (rnd.nextDouble() < 0.3) {
        t2.put(item + ".PREV", "0");
        t2.put(item + ".DELTA", "0");
        t2.put(item + ".DEC", "0");
        return;
      }
      long prev = rnd.nextInt(scale);
      long delta = rnd.nextDouble() < 0.5 ? 0 : rnd.nextLong(-prev / 4, scale / 10 + 1);
      long dec = rnd.nextInt(scale * 2);
      if (dec == prev + delta && (prev != 0 || delta != 0 || dec != 0)) {
        dec++;
      }
      t2.put(item + ".PREV", n(prev));
      t2.put(item + ".DELTA", delta(delta));
      t2.put(item + ".DEC", n(dec));
    }

    private String delta(long d) {
      if (d == 0) {
        return "0";
      }
      return switch (rnd.nextInt(3)) {
        case 0 -> d > 0 ? "增" + d : "减" + (-d);
        case 1 -> d > 0 ? "+" + d : String.valueOf(d);
        default -> d > 0 ? "增加" + d : "减少" + (-d);
      };
    }

    private static String n(long v) {
      return Long.toString(v);
    }

    // ---------------------------------------------------------------- inconsistencies

    private void inject() {
      long newTot = t3[rows.indexOf(ApplicationRowId.NEW)][6];
      long carryInTot = t3[rows.indexOf(ApplicationRowId.CARRY_IN)][6];
      stated = newTot;
      if (rnd.nextDouble() < rates.rowTotal()) {
        // A result row's printed total is off: the row total and the TOT result sum fail.
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
          if (rows.get(i).isResultPart()) {
            parts.add(i);
          }
        }
        int r = parts.get(rnd.nextInt(parts.size()));
        t3[r][6] += 1 + rnd.nextInt(3);
        injected.add(ROW_TOTAL);
        expected.add(ROW_TOTAL);
        expected.add(RESULT_SUM);
      }
      if (rnd.nextDouble() < rates.balance()) {
        // More carried over than the balance allows, in one column and its total.
        int c = rnd.nextInt(2) == 0 ? 0 : rnd.nextInt(6);
        int out = rows.indexOf(ApplicationRowId.CARRY_OUT);
        long d = 1 + rnd.nextInt(5);
        t3[out][c] += d;
        t3[out][6] += d;
        injected.add(BALANCE);
        expected.add(BALANCE);
      }
      if (rnd.nextDouble() < rates.textCount()) {
        // The text states a count that none of the readings of 收到 matches.
        long printedOther =
            t3[rows.indexOf(ApplicationRowId.R_TOTAL)][6]
                + t3[rows.indexOf(ApplicationRowId.CARRY_OUT)][6];
        stated = newTot + carryInTot + 1 + rnd.nextInt(9);
        if (stated == printedOther) {
          stated++;
        }
        injected.add(TEXT_COUNT);
        expected.add(TEXT_COUNT);
      }
      if (rnd.nextDouble() < rates.t4GroupTotal()) {
        int g = rnd.nextInt(3);
        t4[g * 5 + 4] += 1 + rnd.nextInt(2);
        injected.add(T4_TOTAL);
        expected.add(T4_TOTAL);
      }
      if (!t2021 && rnd.nextDouble() < rates.decisionPattern()) {
        String item = new String[] {"A5.LIC", "A6.PEN", "A5.SVC"}[rnd.nextInt(3)];
        long prev = 1 + rnd.nextInt(300);
        long delta = rnd.nextBoolean() ? 0 : rnd.nextInt(40);
        t2.put(item + ".PREV", n(prev));
        t2.put(item + ".DELTA", delta(delta));
        t2.put(item + ".DEC", n(prev + delta));
        injected.add(DECISION_PATTERN);
        expected.add(DECISION_PATTERN);
      }
    }

    String pick(String[] options) {
      return options[rnd.nextInt(options.length)];
    }

    // accessors for ReportText
    SplittableRandom rnd() {
      return rnd;
    }

    String agency() {
      return agency;
    }

    String kind() {
      return kind;
    }

    String placePrefix() {
      return placePrefix;
    }

    int year() {
      return year;
    }

    boolean is2021() {
      return t2021;
    }

    CellLayout layout() {
      return layout;
    }

    List<ApplicationRowId> rows() {
      return rows;
    }

    long[][] t3() {
      return t3;
    }

    long[] t4() {
      return t4;
    }

    Map<String, String> t2() {
      return t2;
    }

    long stated() {
      return stated;
    }

    Province province() {
      return province;
    }
  }
}
