package ogireports.rules.crossyear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.DisclosureItem;
import ogireports.model.Flag;
import ogireports.model.Flag.Outcome;
import ogireports.model.Flag.Severity;
import ogireports.model.Measure;
import ogireports.rules.Rule;
import ogireports.rules.RuleBook;

/**
 * Evaluates the rules between reports of one body (spec §4.1), {@link RuleBook#CROSS_YEAR}:
 * DUPLICATE_AGENCY_YEAR, X_CARRY_TOT, X_CARRY_COL, X_VALID_2021, X_VALID_BRIDGE, X_ITEMS_2019 and
 * X_TOTALPUB_2019.
 *
 * <p>Pure and deterministic: the flags depend only on the set of snapshots, not on their order.
 * Only consecutive years are compared (Y−1 → Y); a flag goes on the later year's report with {@code
 * relatedReportId} = the earlier report (when the earlier year has several versions, the one the
 * later report agrees with best). {@code actual} is this year's cell, {@code expected} the value
 * implied by last year's report. When the two bodies' names differ by a 机构改革 rename, ERROR flags
 * are downgraded to WARN and the detail says {@code renamed=…}.
 */
public final class CrossYearRules {

  private static final String T2019 = "2019";
  private static final String T2021 = "2021";

  private static final Comparator<AgencyYear> ORDER =
      Comparator.comparing(AgencyYear::year)
          .thenComparing(AgencyYear::reportId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(AgencyYear::toString);

  private CrossYearRules() {}

  /**
   * The cross-year flags of the reports of one agency key (reports of other keys, without a year,
   * or with an unmatched key are ignored; several keys are evaluated separately). Never throws.
   */
  public static List<CrossYearFlag> evaluate(List<AgencyYear> reports) {
    List<CrossYearFlag> out = new ArrayList<>();
    if (reports == null) {
      return out;
    }
    Map<String, List<AgencyYear>> byKey = new TreeMap<>();
    for (AgencyYear r : reports) {
      if (r != null && r.matchable()) {
        byKey.computeIfAbsent(r.agencyKey(), k -> new ArrayList<>()).add(r);
      }
    }
    for (List<AgencyYear> ofKey : byKey.values()) {
      try {
        evaluateKey(ofKey, out);
      } catch (RuntimeException e) {
        // Odd snapshots must never stop the pipeline; the key's other flags are still reported.
      }
    }
    return out;
  }

  private static void evaluateKey(List<AgencyYear> ofKey, List<CrossYearFlag> out) {
    ofKey.sort(ORDER);
    Map<Integer, List<AgencyYear>> byYear = new TreeMap<>();
    Map<String, AgencyYear> seen = new LinkedHashMap<>();
    for (AgencyYear r : ofKey) {
      // The same document read twice is one report, not a duplicate.
      if (seen.putIfAbsent(String.valueOf(r.reportId()), r) == null) {
        byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
      }
    }
    for (Map.Entry<Integer, List<AgencyYear>> e : byYear.entrySet()) {
      List<AgencyYear> thisYear = e.getValue();
      duplicates(thisYear, out);
      List<AgencyYear> lastYear = byYear.get(e.getKey() - 1);
      if (lastYear == null) {
        continue;
      }
      for (AgencyYear cur : thisYear) {
        out.addAll(againstClosest(lastYear, cur));
      }
    }
  }

  /**
   * The flags of {@code cur} against the version of last year's report it agrees with best (the
   * fewest flags; the first by report id among equals). Last year has several versions only when
   * they are flagged DUPLICATE_AGENCY_YEAR; comparing with each of them flagged every pair, and a
   * crawl with many versions of its reports got flags by the square of their number.
   */
  private static List<CrossYearFlag> againstClosest(List<AgencyYear> lastYear, AgencyYear cur) {
    List<CrossYearFlag> best = null;
    for (AgencyYear prev : lastYear) {
      List<CrossYearFlag> flags = new ArrayList<>();
      new Pair(prev, cur, flags).evaluate();
      if (best == null || flags.size() < best.size()) {
        best = flags;
      }
    }
    return best;
  }

  /**
   * DUPLICATE_AGENCY_YEAR: each report of a year with several gets one flag, pointing at the first
   * other report (by report id) and counting the rest, so a crawl with many versions of one report
   * does not grow quadratically.
   */
  private static void duplicates(List<AgencyYear> thisYear, List<CrossYearFlag> out) {
    if (thisYear.size() < 2) {
      return;
    }
    List<AgencyYear> sorted = new java.util.ArrayList<>(thisYear);
    sorted.sort(java.util.Comparator.comparing(AgencyYear::reportId));
    for (AgencyYear a : sorted) {
      AgencyYear b = sorted.get(0) == a ? sorted.get(1) : sorted.get(0);
      int others = sorted.size() - 1;
      String name = a.agency() != null ? a.agency() : b.agency();
      Rule rule = RuleBook.DUPLICATE_AGENCY_YEAR;
      Flag flag =
          new Flag(
              rule.id(),
              rule.severity(),
              Outcome.FAIL,
              rule.section(),
              null,
              null,
              null,
              null,
              "year=" + a.year() + ";other=" + b.reportId() + ";others=" + others,
              (name == null ? "同一机关" : "“" + name + "”")
                  + "的"
                  + a.year()
                  + "年报告还有"
                  + (others == 1 ? "另一份" : others + "份")
                  + "内容不同的版本（如编号"
                  + shortId(b.reportId())
                  + "），均已保留，请确认哪一份为正式发布的版本",
              b.reportId(),
              null);
      out.add(new CrossYearFlag(a.reportId(), flag));
    }
  }

  static String shortId(String id) {
    return id == null ? "未知" : id.length() > 12 ? id.substring(0, 12) : id;
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 9.0e15) {
      return Long.toString((long) v);
    }
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** The rules between last year's report and this year's. */
  private static final class Pair {

    private final AgencyYear prev;
    private final AgencyYear cur;
    private final List<CrossYearFlag> out;
    private final boolean renamed;
    private final int year;

    Pair(AgencyYear prev, AgencyYear cur, List<CrossYearFlag> out) {
      this.prev = prev;
      this.cur = cur;
      this.out = out;
      this.renamed = AgencyKey.renamed(prev.body(), cur.body());
      this.year = cur.year();
    }

    void evaluate() {
      carryTotal();
      carryColumns();
      valid2021();
      validBridge();
      items2019();
      totalPub2019();
    }

    private void add(
        Rule rule,
        Outcome outcome,
        String rowId,
        String columnId,
        Double expected,
        Double actual,
        List<String> qualifiers,
        String message) {
      Severity sev = renamed && rule.severity() == Severity.ERROR ? Severity.WARN : rule.severity();
      List<String> detail = new ArrayList<>();
      detail.add("prev_year=" + prev.year());
      detail.addAll(qualifiers);
      String msg = message;
      if (renamed) {
        detail.add("renamed=" + prev.body() + "→" + cur.body());
        msg = msg + "（机构改革更名：" + prev.body() + "→" + cur.body() + "）";
      }
      out.add(
          new CrossYearFlag(
              cur.reportId(),
              new Flag(
                  rule.id(),
                  sev,
                  outcome,
                  rule.section(),
                  rowId,
                  columnId,
                  expected,
                  actual,
                  String.join(";", detail),
                  msg,
                  prev.reportId(),
                  null)));
    }

    /**
     * The NOT_ASSESSABLE flag of an instance of a rule whose cells could not all be read; {@code
     * qualifiers} name what is missing.
     */
    private void notAssessable(
        Rule rule, String rowId, String columnId, List<String> qualifiers, String message) {
      add(rule, Outcome.NOT_ASSESSABLE, rowId, columnId, null, null, qualifiers, message);
    }

    /**
     * The check each rule makes on the cells it has loaded: true when every operand was read. An
     * instance none of whose operands was read (the row is printed in neither report) is passed
     * over; one with some unread gets the rule's NOT_ASSESSABLE flag ({@link #notAssessable}).
     */
    private boolean assessable(
        Rule rule,
        String rowId,
        String columnId,
        List<String> qualifiers,
        String message,
        Double... operands) {
      int read = 0;
      for (Double operand : operands) {
        if (operand != null) {
          read++;
        }
      }
      if (read == operands.length) {
        return true;
      }
      if (read > 0) {
        notAssessable(rule, rowId, columnId, qualifiers, message);
      }
      return false;
    }

    private String lastYear() {
      return prev.year() + "年报告";
    }

    // ------------------------------------------------------------ table 三 carry-over

    /** X_CARRY_TOT: T3[CARRY_IN].TOT(Y) = T3[CARRY_OUT].TOT(Y−1). */
    private void carryTotal() {
      if (!prev.hasApplications() || !cur.hasApplications()) {
        return;
      }
      carry(RuleBook.X_CARRY_TOT, ApplicantColumn.TOTAL);
    }

    /** X_CARRY_COL: the same per column NP…OTH. */
    private void carryColumns() {
      if (!prev.hasApplications() || !cur.hasApplications()) {
        return;
      }
      List<String> unreadable = new ArrayList<>();
      for (ApplicantColumn c : ApplicantColumn.values()) {
        if (c == ApplicantColumn.TOTAL) {
          continue;
        }
        if (cur.carryIn(c) == null || prev.carryOut(c) == null) {
          unreadable.add(c.column());
        } else {
          carry(RuleBook.X_CARRY_COL, c);
        }
      }
      if (!unreadable.isEmpty()) {
        notAssessable(
            RuleBook.X_CARRY_COL,
            ApplicationRowId.CARRY_IN.name(),
            null,
            List.of("columns=" + String.join(",", unreadable)),
            carryRows() + "有的列无法读取，无法逐列核对结转");
      }
    }

    /** 表三“二、上年结转政府信息公开申请数量”或{last year}的“四、结转下年度继续办理”, for messages. */
    private String carryRows() {
      return "表三“"
          + ApplicationRowId.CARRY_IN.templateLabel()
          + "”或"
          + lastYear()
          + "的“"
          + ApplicationRowId.CARRY_OUT.templateLabel()
          + "”";
    }

    private void carry(Rule rule, ApplicantColumn c) {
      Double in = cur.carryIn(c);
      Double carriedOut = prev.carryOut(c);
      String where = c == ApplicantColumn.TOTAL ? "的总计" : "的“" + c.label() + "”列";
      if (in == null || carriedOut == null) {
        if (c == ApplicantColumn.TOTAL) {
          notAssessable(
              rule,
              ApplicationRowId.CARRY_IN.name(),
              c.column(),
              List.of(in == null ? "missing=CARRY_IN" : "missing=prev_CARRY_OUT"),
              carryRows() + where + "无法读取，无法核对结转");
        }
        return;
      }
      if (in.doubleValue() == carriedOut.doubleValue()) {
        return;
      }
      List<String> q = new ArrayList<>();
      if (cur.blank(ApplicationRowId.CARRY_IN, c) || prev.blank(ApplicationRowId.CARRY_OUT, c)) {
        q.add("with_blanks");
      }
      add(
          rule,
          Outcome.FAIL,
          ApplicationRowId.CARRY_IN.name(),
          c.column(),
          carriedOut,
          in,
          q,
          "表三“"
              + ApplicationRowId.CARRY_IN.templateLabel()
              + "”"
              + where
              + "为"
              + fmt(in)
              + "，但"
              + lastYear()
              + "“"
              + ApplicationRowId.CARRY_OUT.templateLabel()
              + "”"
              + where
              + "为"
              + fmt(carriedOut)
              + "，两者应相等");
    }

    // ------------------------------------------------------------ table 二 （一）

    private static String a1Label(DisclosureItem item, String template) {
      return item == DisclosureItem.NORM && T2021.equals(template) ? "行政规范性文件" : item.label();
    }

    /** X_VALID_2021: VALID(Y) = VALID(Y−1) + MADE(Y) − REPEAL(Y), Y ≥ 2022, both on 2021. */
    private void valid2021() {
      if (year < 2022
          || !T2021.equals(prev.template())
          || !T2021.equals(cur.template())
          || !prev.hasDisclosure()
          || !cur.hasDisclosure()) {
        return;
      }
      for (DisclosureItem item : AgencyYear.A1_ITEMS) {
        Double valid = cur.t2(item, Measure.VALID);
        Double lastValid = prev.t2(item, Measure.VALID);
        Double made = cur.t2(item, Measure.MADE);
        Double repeal = cur.t2(item, Measure.REPEAL);
        String label = "表二“" + a1Label(item, cur.template()) + "”";
        if (!assessable(
            RuleBook.X_VALID_2021,
            item.name(),
            Measure.VALID.name(),
            List.of("missing=" + missing(valid, lastValid, made, repeal)),
            label + "的现行有效件数、本年制发件数、本年废止件数或" + lastYear() + "的现行有效件数无法读取，无法核对现行有效件数的衔接",
            valid,
            lastValid,
            made,
            repeal)) {
          continue;
        }
        double expected = lastValid + made - repeal;
        if (valid != expected) {
          List<String> q = new ArrayList<>();
          if (cur.blank(item, Measure.VALID)
              || prev.blank(item, Measure.VALID)
              || cur.blank(item, Measure.MADE)
              || cur.blank(item, Measure.REPEAL)) {
            q.add("with_blanks");
          }
          add(
              RuleBook.X_VALID_2021,
              Outcome.FAIL,
              item.name(),
              Measure.VALID.name(),
              expected,
              valid,
              q,
              label
                  + "现行有效件数为"
                  + fmt(valid)
                  + "，但按"
                  + lastYear()
                  + "的现行有效件数"
                  + fmt(lastValid)
                  + "加本年制发件数"
                  + fmt(made)
                  + "减本年废止件数"
                  + fmt(repeal)
                  + "应为"
                  + fmt(expected));
        }
      }
    }

    private static String missing(Double valid, Double lastValid, Double made, Double repeal) {
      List<String> m = new ArrayList<>();
      if (valid == null) {
        m.add("VALID");
      }
      if (lastValid == null) {
        m.add("prev_VALID");
      }
      if (made == null) {
        m.add("MADE");
      }
      if (repeal == null) {
        m.add("REPEAL");
      }
      return String.join(",", m);
    }

    /** X_VALID_BRIDGE (INFO): 2020 on the 2019 template → 2021 on the 2021 template, NORM. */
    private void validBridge() {
      if (year != 2021 || !T2019.equals(prev.template()) || !T2021.equals(cur.template())) {
        return;
      }
      Double valid = cur.t2(DisclosureItem.NORM, Measure.VALID);
      Double total = prev.t2(DisclosureItem.NORM, Measure.TOTAL);
      if (valid == null || total == null || valid.doubleValue() == total.doubleValue()) {
        return;
      }
      add(
          RuleBook.X_VALID_BRIDGE,
          Outcome.NOTE,
          DisclosureItem.NORM.name(),
          Measure.VALID.name(),
          total,
          valid,
          List.of("difference=" + fmt(valid - total)),
          "表二“行政规范性文件”现行有效件数为"
              + fmt(valid)
              + "，"
              + lastYear()
              + "“规范性文件”对外公开总数量为"
              + fmt(total)
              + "，相差"
              + fmt(valid - total)
              + "（两者口径不同，仅供参考）");
    }

    // ------------------------------------------------------------ 2019 → 2020

    private boolean is2019To2020() {
      return prev.year() == 2019
          && year == 2020
          && T2019.equals(prev.template())
          && T2019.equals(cur.template())
          && prev.hasDisclosure()
          && cur.hasDisclosure();
    }

    /**
     * X_ITEMS_2019: PREV(2020) = PREV(2019) + DELTA(2019) for 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制,
     * 行政事业性收费; PREV(2020) = DEC(2019) (the decision-series reading) is consistent too.
     */
    private void items2019() {
      if (!is2019To2020()) {
        return;
      }
      for (DisclosureItem item : AgencyYear.ITEM_ROWS) {
        Double now = cur.t2(item, Measure.PREV);
        Double lastPrev = prev.t2(item, Measure.PREV);
        Double lastDelta = prev.t2(item, Measure.DELTA);
        Double lastDec = prev.t2(item, Measure.DEC);
        String label = "表二“" + item.label() + "”";
        if (!assessable(
            RuleBook.X_ITEMS_2019,
            item.name(),
            Measure.PREV.name(),
            List.of(),
            label + "的上一年项目数量或" + lastYear() + "的上一年项目数量、本年增/减无法读取，无法核对项目数的衔接",
            now,
            lastPrev,
            lastDelta)) {
          continue;
        }
        double expected = lastPrev + lastDelta;
        if (now == expected || (lastDec != null && now.doubleValue() == lastDec.doubleValue())) {
          continue;
        }
        add(
            RuleBook.X_ITEMS_2019,
            Outcome.FAIL,
            item.name(),
            Measure.PREV.name(),
            expected,
            now,
            List.of(
                "reading=items",
                "tried=PREV+DELTA="
                    + fmt(expected)
                    + (lastDec == null ? "" : ",DEC=" + fmt(lastDec))),
            label
                + "上一年项目数量为"
                + fmt(now)
                + "，但"
                + lastYear()
                + "的上一年项目数量"
                + fmt(lastPrev)
                + "加本年增/减"
                + fmt(lastDelta)
                + "为"
                + fmt(expected)
                + (lastDec == null ? "" : "，处理决定数量为" + fmt(lastDec))
                + "，均不相符");
      }
    }

    /** X_TOTALPUB_2019: TOTAL(2020) ≥ TOTAL(2019); expected ≈ TOTAL(2019) + PUB(2020). */
    private void totalPub2019() {
      if (!is2019To2020()) {
        return;
      }
      for (DisclosureItem item : AgencyYear.A1_ITEMS) {
        Double total = cur.t2(item, Measure.TOTAL);
        Double lastTotal = prev.t2(item, Measure.TOTAL);
        Double pub = cur.t2(item, Measure.PUB);
        if (total == null || lastTotal == null || total >= lastTotal) {
          continue;
        }
        double expected = lastTotal + (pub == null ? 0 : pub);
        add(
            RuleBook.X_TOTALPUB_2019,
            Outcome.FAIL,
            item.name(),
            Measure.TOTAL.name(),
            expected,
            total,
            List.of("bound=" + fmt(lastTotal)),
            "表二“"
                + item.label()
                + "”对外公开总数量为"
                + fmt(total)
                + "，少于"
                + lastYear()
                + "的"
                + fmt(lastTotal)
                + "（对外公开总数量是累计数，约应为"
                + fmt(lastTotal)
                + (pub == null ? "" : "加本年新公开数量" + fmt(pub))
                + "）");
      }
    }
  }
}
