package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.CellValue;
import ogireports.model.DisclosureItem;
import ogireports.model.DisclosureValue;
import ogireports.model.Flag;
import ogireports.model.Measure;
import ogireports.model.ParsedReport;
import ogireports.model.Place;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.RowStatus;
import ogireports.model.Template;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every value of the report-format specification §8 for the five seeds, read end to end through
 * {@link ReportReader}: metadata, place chain, template, tables 二, 三, 四 and exactly the flags.
 */
class SeedGoldenTest {

  private static ReportReader reader;

  @BeforeAll
  static void load() {
    reader = new ReportReader(PlaceResolver.fromClasspath());
  }

  private static ReadOutcome.Accepted read(String file) throws IOException {
    Path path = Path.of("../samples", file);
    ReadOutcome outcome = reader.read(new Document(path.toString(), Files.readAllBytes(path)));
    assertThat(outcome).as(file + " is a report").isInstanceOf(ReadOutcome.Accepted.class);
    return (ReadOutcome.Accepted) outcome;
  }

  private static void assertPlace(
      ParsedReport r,
      String province,
      String city,
      String cityCode,
      String county,
      String countyCode,
      String level) {
    Place p = r.place();
    assertThat(p.province()).as("province").isEqualTo(province);
    assertThat(p.city()).as("city").isEqualTo(city);
    assertThat(p.cityCode()).as("city code").isEqualTo(cityCode);
    assertThat(p.county()).as("county").isEqualTo(county);
    assertThat(p.countyCode()).as("county code").isEqualTo(countyCode);
    assertThat(p.adminLevel()).as("admin level").isEqualTo(level);
  }

  /** "raw=value unit" of a table 二 value, e.g. "462780元=462780.0 元". */
  private static String t2(ParsedReport r, DisclosureItem item, Measure m) {
    DisclosureValue v = r.tables().activeDisclosure().value(item, m).orElse(null);
    if (v == null) {
      return "absent";
    }
    return v.cell().raw().strip() + "=" + v.cell().value() + " " + v.unit();
  }

  private static List<Long> t3(ParsedReport r, ApplicationRowId id) {
    ApplicationRow row = r.tables().applications().row(id).orElseThrow();
    List<Long> out = new ArrayList<>();
    for (ApplicantColumn c : ApplicantColumn.values()) {
      CellValue cell = row.cell(c);
      out.add(cell == null ? null : cell.asCount());
    }
    return out;
  }

  private static List<Long> t4(ParsedReport r) {
    List<Long> out = new ArrayList<>();
    for (ReviewLitigationRow g : r.tables().reviewLitigation().groups()) {
      g.cells().forEach(c -> out.add(c.asCount()));
    }
    return out;
  }

  private static List<String> flags(ReadOutcome.Accepted a) {
    return a.flags().stream()
        .map(
            f ->
                f.ruleId()
                    + " "
                    + f.outcome()
                    + (f.actual() != null ? " actual=" + f.actual() : "")
                    + (f.expected() != null ? " expected=" + f.expected() : ""))
        .toList();
  }

  private static void assertAllZero(ParsedReport r, int rows) {
    assertThat(r.tables().applications().rows()).hasSize(rows);
    for (ApplicationRow row : r.tables().applications().rows()) {
      assertThat(row.status()).as(row.rowId() + " status").isEqualTo(RowStatus.OK);
      assertThat(t3(r, row.rowId())).as(row.rowId() + " cells").containsOnly(0L).hasSize(7);
    }
    assertThat(t4(r)).as("table 四").hasSize(15).containsOnly(0L);
  }

  @Test
  void seed000() throws IOException {
    ReadOutcome.Accepted a = read("000_0d9ef2ec1467d7f8.txt");
    ParsedReport r = a.report();
    assertThat(r.metadata().agency()).isEqualTo("张家港市应急管理局");
    assertThat(r.metadata().year()).isEqualTo(2020);
    assertPlace(r, "江苏省", "苏州市", "320500", "张家港市", "320582", "县级");
    assertThat(r.tables().template()).isEqualTo(Template.T2019);
    assertThat(t2(r, DisclosureItem.LICENSE, Measure.PREV)).isEqualTo("6=6.0 件");
    assertThat(t2(r, DisclosureItem.LICENSE, Measure.DEC)).isEqualTo("54=54.0 件");
    assertThat(t2(r, DisclosureItem.SERVICE, Measure.DEC)).isEqualTo("150=150.0 件");
    assertThat(t2(r, DisclosureItem.PENALTY, Measure.PREV)).isEqualTo("439=439.0 件");
    assertThat(t2(r, DisclosureItem.PENALTY, Measure.DELTA)).isEqualTo("46=46.0 件");
    assertThat(t2(r, DisclosureItem.PENALTY, Measure.DEC)).isEqualTo("485=485.0 件");
    assertThat(t2(r, DisclosureItem.COERCION, Measure.DEC)).isEqualTo("6=6.0 件");
    assertThat(t2(r, DisclosureItem.PROCUREMENT, Measure.COUNT)).isEqualTo("1=1.0 件");
    assertThat(t2(r, DisclosureItem.PROCUREMENT, Measure.AMOUNT)).isEqualTo("462780元=462780.0 元");
    assertThat(
            r.tables()
                .activeDisclosure()
                .value(DisclosureItem.PROCUREMENT, Measure.AMOUNT)
                .orElseThrow()
                .valueWan())
        .isEqualTo(46.278);
    assertAllZero(r, 23);
    assertThat(flags(a)).containsExactly("T2B_DECISION_PATTERN NOTE");
  }

  @Test
  void seed001() throws IOException {
    ReadOutcome.Accepted a = read("001_0157cd21641b28c7.txt");
    ParsedReport r = a.report();
    assertThat(r.metadata().agency()).isEqualTo("吴忠市应急管理局");
    assertThat(r.metadata().year()).isEqualTo(2020);
    assertPlace(r, "宁夏回族自治区", "吴忠市", "640300", null, null, "地市级");
    assertThat(r.tables().template()).isEqualTo(Template.T2019);
    assertThat(t2(r, DisclosureItem.NORM, Measure.TOTAL)).isEqualTo("1=1.0 件");
    assertThat(t2(r, DisclosureItem.LICENSE, Measure.DEC)).isEqualTo("235=235.0 件");
    assertThat(t2(r, DisclosureItem.SERVICE, Measure.PREV)).isEqualTo("22=22.0 件");
    assertThat(t2(r, DisclosureItem.PENALTY, Measure.DELTA)).isEqualTo("+43=43.0 件");
    assertThat(t2(r, DisclosureItem.PENALTY, Measure.DEC)).isEqualTo("19=19.0 件");
    List<ApplicationRowId> found =
        r.tables().applications().rows().stream().map(ApplicationRow::rowId).toList();
    assertThat(found)
        .containsExactly(
            ApplicationRowId.NEW,
            ApplicationRowId.CARRY_IN,
            ApplicationRowId.R_OPEN,
            ApplicationRowId.R_PARTIAL,
            ApplicationRowId.R_DENY_1,
            ApplicationRowId.R_DENY_2,
            ApplicationRowId.R_DENY_3,
            ApplicationRowId.R_DENY_4,
            ApplicationRowId.R_DENY_5,
            ApplicationRowId.R_DENY_6,
            ApplicationRowId.R_DENY_7,
            ApplicationRowId.R_DENY_8,
            ApplicationRowId.R_NA_1,
            ApplicationRowId.R_NA_2,
            ApplicationRowId.R_NA_3,
            ApplicationRowId.R_NOPROC_1);
    for (ApplicationRow row : r.tables().applications().rows()) {
      boolean broken = row.rowId().name().matches("R_DENY_[1-7]");
      assertThat(row.status())
          .as(row.rowId().name())
          .isEqualTo(broken ? RowStatus.INCOMPLETE : RowStatus.OK);
      assertThat(row.cells()).as(row.rowId().name()).hasSize(broken ? 0 : 7);
    }
    assertThat(t3(r, ApplicationRowId.NEW)).containsOnly(0L);
    assertThat(t4(r)).hasSize(15).containsOnly(0L);
    assertThat(a.flags().stream().map(f -> f.ruleId() + " " + f.outcome()).toList())
        .containsExactlyInAnyOrder(
            "T3_SHAPE FAIL",
            "T3_ROW_TOTAL NOT_ASSESSABLE",
            "T3_BALANCE NOT_ASSESSABLE",
            "T3_RESULT_SUM NOT_ASSESSABLE");
  }

  @Test
  void seed002() throws IOException {
    ReadOutcome.Accepted a = read("002_4ed26dfb9e6e6758.txt");
    ParsedReport r = a.report();
    assertThat(r.metadata().agency()).isEqualTo("平阳县应急管理局");
    assertThat(r.metadata().year()).as("the 2021 report, published 2022-01-19").isEqualTo(2021);
    assertPlace(r, "浙江省", "温州市", "330300", "平阳县", "330326", "县级");
    assertThat(r.tables().template()).isEqualTo(Template.T2021);
    assertThat(t2(r, DisclosureItem.RULE, Measure.MADE)).isEqualTo("0=0.0 件");
    assertThat(t2(r, DisclosureItem.NORM, Measure.MADE)).isEqualTo("1=1.0 件");
    assertThat(t2(r, DisclosureItem.NORM, Measure.REPEAL)).isEqualTo("0=0.0 件");
    assertThat(t2(r, DisclosureItem.NORM, Measure.VALID)).isEqualTo("4=4.0 件");
    assertThat(t2(r, DisclosureItem.LICENSE, Measure.DEC)).isEqualTo("146=146.0 件");
    assertThat(t2(r, DisclosureItem.PENALTY, Measure.DEC)).isEqualTo("75=75.0 件");
    assertThat(t2(r, DisclosureItem.COERCION, Measure.DEC)).isEqualTo("5=5.0 件");
    assertThat(t2(r, DisclosureItem.FEE, Measure.AMOUNT)).isEqualTo("0=0.0 万元");
    assertAllZero(r, 25);
    assertThat(flags(a)).isEmpty();
  }

  @Test
  void seed003() throws IOException {
    ReadOutcome.Accepted a = read("003_596a166ffff90a0a.txt");
    ParsedReport r = a.report();
    assertThat(r.metadata().agency()).isEqualTo("淄博市应急管理局");
    assertThat(r.metadata().year()).as("2019年度, signed 2020年1月16日").isEqualTo(2019);
    assertPlace(r, "山东省", "淄博市", "370300", null, null, "地市级");
    assertThat(r.tables().template()).isEqualTo(Template.T2019);
    assertThat(t2(r, DisclosureItem.NORM, Measure.MADE)).isEqualTo("1=1.0 件");
    assertThat(t2(r, DisclosureItem.LICENSE, Measure.DELTA)).isEqualTo("增4=4.0 件");
    assertThat(t2(r, DisclosureItem.LICENSE, Measure.DEC)).isEqualTo("1357=1357.0 件");
    assertThat(t2(r, DisclosureItem.SERVICE, Measure.DELTA)).isEqualTo("减592=-592.0 件");
    assertThat(t2(r, DisclosureItem.PENALTY, Measure.DELTA)).isEqualTo("减19=-19.0 件");
    assertThat(t2(r, DisclosureItem.PROCUREMENT, Measure.COUNT)).isEqualTo("41=41.0 件");
    assertThat(t2(r, DisclosureItem.PROCUREMENT, Measure.AMOUNT))
        .as("no unit stated")
        .isEqualTo("23400400=2.34004E7 null");
    List<Long> four = List.of(4L, 0L, 0L, 0L, 0L, 0L, 4L);
    assertThat(t3(r, ApplicationRowId.NEW)).isEqualTo(four);
    assertThat(t3(r, ApplicationRowId.R_OPEN)).isEqualTo(four);
    assertThat(t3(r, ApplicationRowId.R_TOTAL)).isEqualTo(four);
    assertThat(t3(r, ApplicationRowId.CARRY_OUT)).containsOnly(0L);
    assertThat(r.tables().applications().rows()).hasSize(23);
    assertThat(t4(r)).hasSize(15).containsOnly(0L);
    assertThat(flags(a))
        .containsExactlyInAnyOrder(
            "TX_NEW FAIL actual=2.0 expected=4.0", "T2B_DECISION_PATTERN NOTE");
  }

  @Test
  void seed004() throws IOException {
    ReadOutcome.Accepted a = read("004_fde4949a32fb326a.txt");
    ParsedReport r = a.report();
    assertThat(r.metadata().title()).as("no title line").isNull();
    assertThat(r.metadata().agency()).isEqualTo("开封市鼓楼区应急管理局");
    assertThat(r.metadata().year()).isEqualTo(2020);
    assertPlace(r, "河南省", "开封市", "410200", "鼓楼区", "410204", "县级");
    assertThat(r.tables().template()).isEqualTo(Template.T2019);
    assertThat(t2(r, DisclosureItem.LICENSE, Measure.DEC)).isEqualTo("7=7.0 件");
    assertThat(t2(r, DisclosureItem.PENALTY, Measure.PREV)).isEqualTo("128=128.0 件");
    assertThat(t2(r, DisclosureItem.PENALTY, Measure.DEC)).isEqualTo("10=10.0 件");
    assertThat(t2(r, DisclosureItem.PROCUREMENT, Measure.AMOUNT))
        .as("header 采购总金额（单位:万元）")
        .isEqualTo("0=0.0 万元");
    assertAllZero(r, 23);
    assertThat(flags(a)).containsExactly("T2B_DECISION_PATTERN NOTE");
  }

  @Test
  void everyFlagHasAMessageAndASection() throws IOException {
    for (String f :
        List.of(
            "000_0d9ef2ec1467d7f8.txt", "001_0157cd21641b28c7.txt", "003_596a166ffff90a0a.txt")) {
      for (Flag flag : read(f).flags()) {
        assertThat(flag.message()).as(flag.ruleId() + " message").isNotBlank();
        assertThat(flag.section())
            .as(flag.ruleId() + " section")
            .isIn("T2", "T3", "T4", "TEXT", "META");
      }
    }
  }
}
