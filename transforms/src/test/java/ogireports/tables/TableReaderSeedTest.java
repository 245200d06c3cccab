package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import ogireports.SampleReports;
import ogireports.model.ActiveDisclosureTable;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.CellValue;
import ogireports.model.DisclosureItem;
import ogireports.model.DisclosureValue;
import ogireports.model.Measure;
import ogireports.model.ReportTables;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.RowStatus;
import ogireports.model.Template;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/** The exact values of spec §8 for the five seed reports. */
class TableReaderSeedTest {

  private static ReportTables read(String seed) {
    List<String> lines = SampleReports.lines(seed);
    return TableReader.read(lines, SectionSplitter.split(lines));
  }

  private static DisclosureValue t2(ReportTables t, DisclosureItem item, Measure m) {
    return t.activeDisclosure()
        .value(item, m)
        .orElseThrow(() -> new AssertionError(item + " " + m));
  }

  private static void assertCounts(ReportTables t, DisclosureItem item, Measure[] ms, double... v) {
    for (int k = 0; k < ms.length; k++) {
      DisclosureValue dv = t2(t, item, ms[k]);
      assertThat(dv.cell().value()).as(item + " " + ms[k]).isEqualTo(v[k]);
      assertThat(dv.unit()).as(item + " " + ms[k] + " unit").isEqualTo("件");
    }
  }

  private static final Measure[] M2019_A1 = {Measure.MADE, Measure.PUB, Measure.TOTAL};
  private static final Measure[] M2019_A5 = {Measure.PREV, Measure.DELTA, Measure.DEC};
  private static final Measure[] M2019_A8 = {Measure.PREV, Measure.DELTA};
  private static final Measure[] M2021_A1 = {Measure.MADE, Measure.REPEAL, Measure.VALID};

  private static List<Double> values(ApplicationRow row) {
    List<Double> out = new ArrayList<>();
    for (ApplicantColumn c : ApplicantColumn.values()) {
      out.add(row.cell(c).value());
    }
    return out;
  }

  private static void assertAllZeroRows(ReportTables t, Template template) {
    List<ApplicationRowId> expected = ApplicationRowId.rowsOf(template);
    assertThat(t.applications().rows())
        .extracting(ApplicationRow::rowId)
        .containsExactlyElementsOf(expected);
    for (ApplicationRow row : t.applications().rows()) {
      assertThat(row.status()).as(row.rowId().name()).isEqualTo(RowStatus.OK);
      assertThat(values(row)).as(row.rowId().name()).containsOnly(0d).hasSize(7);
    }
    assertThat(t.applications().problems()).isEmpty();
  }

  private static void assertFifteenZeros(ReportTables t) {
    assertThat(t.reviewLitigation().valuesFound()).isEqualTo(15);
    assertThat(t.reviewLitigation().problems()).isEmpty();
    assertThat(t.reviewLitigation().groups())
        .extracting(ReviewLitigationRow::group)
        .containsExactly(ReviewGroup.values());
    for (ReviewLitigationRow g : t.reviewLitigation().groups()) {
      assertThat(g.status()).isEqualTo(RowStatus.OK);
      assertThat(g.cells()).extracting(CellValue::value).containsExactly(0d, 0d, 0d, 0d, 0d);
    }
  }

  @Test
  void seed000() {
    ReportTables t = read(SampleReports.S000);
    assertThat(t.template()).isEqualTo(Template.T2019);
    assertThat(t.layout()).isEqualTo("tab_cells");
    assertCounts(t, DisclosureItem.RULE, M2019_A1, 0, 0, 0);
    assertCounts(t, DisclosureItem.NORM, M2019_A1, 0, 0, 0);
    assertCounts(t, DisclosureItem.LICENSE, M2019_A5, 6, 0, 54);
    assertCounts(t, DisclosureItem.SERVICE, M2019_A5, 14, 3, 150);
    assertCounts(t, DisclosureItem.PENALTY, M2019_A5, 439, 46, 485);
    assertCounts(t, DisclosureItem.COERCION, M2019_A5, 7, 1, 6);
    assertCounts(t, DisclosureItem.FEE, M2019_A8, 0, 0);
    assertCounts(t, DisclosureItem.PROCUREMENT, new Measure[] {Measure.COUNT}, 1);
    DisclosureValue amount = t2(t, DisclosureItem.PROCUREMENT, Measure.AMOUNT);
    assertThat(amount.cell().raw()).isEqualTo("462780元");
    assertThat(amount.cell().value()).isEqualTo(462780d);
    assertThat(amount.unit()).isEqualTo("元");
    assertThat(amount.valueWan()).isEqualTo(46.278d);
    assertThat(amount.sourceLine()).isEqualTo(99);
    assertThat(t2(t, DisclosureItem.PENALTY, Measure.DEC).sourceLine()).isEqualTo(74);
    assertThat(t.activeDisclosure().values()).hasSize(22);
    assertAllZeroRows(t, Template.T2019);
    assertThat(t.applications().row(ApplicationRowId.NEW).orElseThrow().sourceLine())
        .isEqualTo(120);
    assertThat(t.applications().row(ApplicationRowId.CARRY_OUT).orElseThrow().label())
        .isEqualTo("四、结转下年度继续办理");
    assertFifteenZeros(t);
    assertThat(t.reviewLitigation().group(ReviewGroup.REVIEW).orElseThrow().sourceLine())
        .isEqualTo(392);
  }

  @Test
  void seed001() {
    ReportTables t = read(SampleReports.S001);
    assertThat(t.template()).isEqualTo(Template.T2019);
    assertThat(t.layout()).isEqualTo("tsv_rows");
    assertCounts(t, DisclosureItem.RULE, M2019_A1, 0, 0, 0);
    assertCounts(t, DisclosureItem.NORM, M2019_A1, 0, 0, 1);
    assertCounts(t, DisclosureItem.LICENSE, M2019_A5, 5, 0, 235);
    assertCounts(t, DisclosureItem.SERVICE, M2019_A5, 22, 0, 172);
    assertCounts(t, DisclosureItem.PENALTY, M2019_A5, 127, 43, 19);
    assertThat(t2(t, DisclosureItem.PENALTY, Measure.DELTA).cell().raw()).isEqualTo("+43");
    assertCounts(t, DisclosureItem.COERCION, M2019_A5, 3, 0, 0);
    assertCounts(t, DisclosureItem.FEE, M2019_A8, 0, 0);
    assertCounts(t, DisclosureItem.PROCUREMENT, new Measure[] {Measure.COUNT}, 0);
    assertThat(t2(t, DisclosureItem.PROCUREMENT, Measure.AMOUNT).unit()).isNull();

    List<ApplicationRow> rows = t.applications().rows();
    assertThat(rows)
        .extracting(ApplicationRow::rowId)
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
    for (ApplicationRow row : rows) {
      boolean broken =
          row.rowId().ordinal() >= ApplicationRowId.R_DENY_1.ordinal()
              && row.rowId().ordinal() <= ApplicationRowId.R_DENY_7.ordinal();
      if (broken) {
        assertThat(row.status()).as(row.rowId().name()).isEqualTo(RowStatus.INCOMPLETE);
        assertThat(row.cells()).as(row.rowId().name()).isEmpty();
      } else {
        assertThat(row.status()).as(row.rowId().name()).isEqualTo(RowStatus.OK);
        assertThat(values(row)).as(row.rowId().name()).containsOnly(0d).hasSize(7);
      }
    }
    ApplicationRow deny1 = t.applications().row(ApplicationRowId.R_DENY_1).orElseThrow();
    assertThat(deny1.label()).as("wrapped label glued").isEqualTo("1.属于国家秘密");
    assertThat(deny1.sourceLine()).isEqualTo(52);
    assertThat(t.applications().row(ApplicationRowId.R_DENY_7).orElseThrow().label())
        .isEqualTo("7.属于行政执法案卷");
    assertThat(t.applications().row(ApplicationRowId.R_DENY_8).orElseThrow().label())
        .isEqualTo("8.属于行政查询事项");
    assertThat(t.applications().problems())
        .containsExactly("R_DENY_1…R_DENY_7: 6 of 7 cells", "rows R_NOPROC_2…CARRY_OUT missing");

    assertFifteenZeros(t);
    assertThat(
            t.reviewLitigation()
                .group(ReviewGroup.LITIGATION_AFTER_REVIEW)
                .orElseThrow()
                .sourceLine())
        .isEqualTo(70);
  }

  @Test
  void seed002() {
    ReportTables t = read(SampleReports.S002);
    assertThat(t.template()).as("2021 although it cites 〔2019〕60号").isEqualTo(Template.T2021);
    assertThat(t.layout()).isEqualTo("cell_lines");
    assertCounts(t, DisclosureItem.RULE, M2021_A1, 0, 0, 0);
    assertThat(t2(t, DisclosureItem.RULE, Measure.MADE).sourceLine()).isEqualTo(44);
    assertCounts(t, DisclosureItem.NORM, M2021_A1, 1, 0, 4);
    assertCounts(t, DisclosureItem.LICENSE, new Measure[] {Measure.DEC}, 146);
    assertCounts(t, DisclosureItem.PENALTY, new Measure[] {Measure.DEC}, 75);
    assertCounts(t, DisclosureItem.COERCION, new Measure[] {Measure.DEC}, 5);
    DisclosureValue fee = t2(t, DisclosureItem.FEE, Measure.AMOUNT);
    assertThat(fee.cell().value()).isEqualTo(0d);
    assertThat(fee.unit()).as("header unit").isEqualTo("万元");
    assertThat(t.activeDisclosure().values()).hasSize(10);
    assertThat(t.activeDisclosure().value(DisclosureItem.SERVICE, Measure.DEC)).isEmpty();
    assertThat(t.activeDisclosure().value(DisclosureItem.PROCUREMENT, Measure.COUNT)).isEmpty();

    assertAllZeroRows(t, Template.T2021);
    assertThat(t.applications().rows()).hasSize(25);
    assertThat(t.applications().row(ApplicationRowId.R_OTHER))
        .as("（六） is a group in 2021")
        .isEmpty();
    assertFifteenZeros(t);
  }

  @Test
  void seed003() {
    ReportTables t = read(SampleReports.S003);
    assertThat(t.template()).isEqualTo(Template.T2019);
    assertThat(t.layout()).isEqualTo("tab_cells");
    assertCounts(t, DisclosureItem.RULE, M2019_A1, 0, 0, 0);
    assertCounts(t, DisclosureItem.NORM, M2019_A1, 1, 1, 1);
    assertCounts(t, DisclosureItem.LICENSE, M2019_A5, 1353, 4, 1357);
    assertCounts(t, DisclosureItem.SERVICE, M2019_A5, 29954, -592, 29362);
    assertCounts(t, DisclosureItem.PENALTY, M2019_A5, 114, -19, 95);
    assertCounts(t, DisclosureItem.COERCION, M2019_A5, 0, 0, 0);
    assertCounts(t, DisclosureItem.FEE, M2019_A8, 0, 0);
    assertThat(t2(t, DisclosureItem.LICENSE, Measure.DELTA).cell().raw()).isEqualTo("增4");
    assertThat(t2(t, DisclosureItem.SERVICE, Measure.DELTA).cell().raw()).isEqualTo("减592");
    assertThat(t2(t, DisclosureItem.PENALTY, Measure.DELTA).cell().raw()).isEqualTo("减19");
    assertCounts(t, DisclosureItem.PROCUREMENT, new Measure[] {Measure.COUNT}, 41);
    DisclosureValue amount = t2(t, DisclosureItem.PROCUREMENT, Measure.AMOUNT);
    assertThat(amount.cell().value()).isEqualTo(23400400d);
    assertThat(amount.unit()).as("no unit stated: never assumed").isNull();
    assertThat(amount.valueWan()).isNull();
    assertThat(amount.cell().notes()).contains("unit_unknown");

    List<ApplicationRowId> nonZero =
        List.of(ApplicationRowId.NEW, ApplicationRowId.R_OPEN, ApplicationRowId.R_TOTAL);
    assertThat(t.applications().rows()).hasSize(23);
    for (ApplicationRow row : t.applications().rows()) {
      assertThat(row.status()).isEqualTo(RowStatus.OK);
      if (nonZero.contains(row.rowId())) {
        assertThat(values(row)).as(row.rowId().name()).containsExactly(4d, 0d, 0d, 0d, 0d, 0d, 4d);
      } else {
        assertThat(values(row)).as(row.rowId().name()).containsOnly(0d).hasSize(7);
      }
    }
    assertThat(t.applications().row(ApplicationRowId.R_DENY_1).orElseThrow().label())
        .isEqualTo("1．属于国家秘密");
    assertThat(t.applications().problems()).isEmpty();
    assertFifteenZeros(t);
  }

  @Test
  void seed004() {
    ReportTables t = read(SampleReports.S004);
    assertThat(t.template()).isEqualTo(Template.T2019);
    assertThat(t.layout()).isEqualTo("tab_cells");
    assertCounts(t, DisclosureItem.RULE, M2019_A1, 0, 0, 0);
    assertCounts(t, DisclosureItem.NORM, M2019_A1, 0, 0, 0);
    assertCounts(t, DisclosureItem.LICENSE, M2019_A5, 2, 0, 7);
    assertCounts(t, DisclosureItem.SERVICE, M2019_A5, 3, 0, 3);
    assertCounts(t, DisclosureItem.PENALTY, M2019_A5, 128, 0, 10);
    assertCounts(t, DisclosureItem.COERCION, M2019_A5, 3, 0, 0);
    assertCounts(t, DisclosureItem.FEE, M2019_A8, 0, 0);
    DisclosureValue feeDelta = t2(t, DisclosureItem.FEE, Measure.DELTA);
    assertThat(feeDelta.cell().raw()).isEqualTo("0\u00a0");
    assertThat(feeDelta.cell().notes()).containsExactly("ws_stripped");
    assertCounts(t, DisclosureItem.PROCUREMENT, new Measure[] {Measure.COUNT}, 0);
    DisclosureValue amount = t2(t, DisclosureItem.PROCUREMENT, Measure.AMOUNT);
    assertThat(amount.cell().value()).isEqualTo(0d);
    assertThat(amount.unit()).as("header 采购总金额（单位:万元）").isEqualTo("万元");

    assertAllZeroRows(t, Template.T2019);
    long padded =
        t.applications().rows().stream()
            .flatMap(r -> r.cells().stream())
            .filter(c -> c.notes().contains("ws_stripped"))
            .count();
    assertThat(padded).isEqualTo(33);
    long nbsp =
        t.applications().rows().stream()
            .flatMap(r -> r.cells().stream())
            .filter(c -> c.raw().indexOf('\u00a0') >= 0)
            .count();
    assertThat(nbsp).as("raw kept as printed").isEqualTo(33);
    assertFifteenZeros(t);
  }

  @Test
  void tablesAreFoundWithoutSections() {
    List<String> lines = SampleReports.lines(SampleReports.S001);
    ReportTables t = TableReader.read(lines, List.of());
    assertThat(t.template()).isEqualTo(Template.T2019);
    assertThat(t.activeDisclosure()).isNotNull();
    assertThat(t.applications().rows()).hasSize(16);
    assertThat(t.reviewLitigation().valuesFound()).isEqualTo(15);
    ActiveDisclosureTable t2 =
        TableReader.read(SampleReports.lines(SampleReports.S000), null).activeDisclosure();
    assertThat(t2.values()).hasSize(22);
  }
}
