package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.CellValue;
import ogireports.model.ReportTables;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.RowStatus;
import ogireports.model.Template;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/** Reports that are cut, broken or not reports at all. */
class TableReaderBadInputTest {

  private static ReportTables read(List<String> lines) {
    return TableReader.read(lines, SectionSplitter.split(lines));
  }

  /** A 2019 table 三 in layout A with the given cells per data row (7 strings each). */
  private static List<String> tabTable3(List<String[]> rows) {
    List<String> lines = new ArrayList<>();
    lines.add("三、收到和处理政府信息公开申请情况");
    lines.add("\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    lines.add("\t申请人情况");
    lines.add("");
    List<ApplicationRowId> ids = ApplicationRowId.rowsOf(Template.T2019);
    for (int r = 0; r < rows.size(); r++) {
      lines.add("\t" + ids.get(r).templateLabel());
      for (String cell : rows.get(r)) {
        lines.add("\t" + cell);
      }
      lines.add("");
    }
    return lines;
  }

  private static String[] sevenOf(String cell) {
    String[] cells = new String[7];
    java.util.Arrays.fill(cells, cell);
    return cells;
  }

  @Test
  void noTablesAtAll() {
    ReportTables t = read(List.of("某某局2020年政府信息公开工作年度报告", "一、总体情况", "我局全年未收到政府信息公开申请。"));
    assertThat(t.activeDisclosure()).isNull();
    assertThat(t.applications()).isNull();
    assertThat(t.reviewLitigation()).isNull();
    assertThat(t.layout()).isEqualTo("none");
    assertThat(t.template()).isEqualTo(Template.UNKNOWN);
    assertThat(t.isEmpty()).isTrue();
  }

  @Test
  void emptyAndNullInput() {
    for (ReportTables t :
        List.of(TableReader.read(List.of(), List.of()), TableReader.read(null, null))) {
      assertThat(t.isEmpty()).isTrue();
      assertThat(t.layout()).isEqualTo("none");
      assertThat(t.template()).isEqualTo(Template.UNKNOWN);
    }
  }

  @Test
  void garbageLines() {
    List<String> lines = new ArrayList<>();
    lines.add("\t\t\t|||\t");
    lines.add("一、本年新收");
    lines.add("\u0000\uFFFF\t12\t—\t||");
    lines.add("(".repeat(10_000));
    lines.add("1".repeat(5_000));
    lines.add("\t行政复议");
    lines.add("四、结转下年度继续办理\t\t\t");
    ReportTables t = read(lines);
    assertThat(t.activeDisclosure()).isNull();
    assertThat(t.template()).isEqualTo(Template.UNKNOWN);
    // Whatever is found, nothing throws and every row that has cells has exactly 7.
    if (t.applications() != null) {
      for (ApplicationRow row : t.applications().rows()) {
        assertThat(row.cells().size()).isIn(0, 7);
      }
    }
  }

  @Test
  void tableCutMidRow() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"1", "0", "0", "0", "0", "0", "1"});
    rows.add(sevenOf("0"));
    List<String> lines = tabTable3(rows);
    lines.add("\t三、本年度办理结果");
    lines.add("\t（一）予以公开");
    lines.add("\t1");
    lines.add("\t0");
    ReportTables t = read(lines);
    assertThat(t.layout()).isEqualTo("tab_cells");
    assertThat(t.applications().rows())
        .extracting(ApplicationRow::rowId, ApplicationRow::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ApplicationRowId.NEW, RowStatus.OK),
            org.assertj.core.groups.Tuple.tuple(ApplicationRowId.CARRY_IN, RowStatus.OK),
            org.assertj.core.groups.Tuple.tuple(ApplicationRowId.R_OPEN, RowStatus.INCOMPLETE));
    assertThat(
            t.applications()
                .row(ApplicationRowId.NEW)
                .orElseThrow()
                .cell(ApplicantColumn.TOTAL)
                .value())
        .isEqualTo(1d);
    assertThat(t.applications().problems())
        .containsExactly("R_OPEN: 2 of 7 cells", "rows R_PARTIAL…CARRY_OUT missing");
    assertThat(t.reviewLitigation()).isNull();
  }

  @Test
  void blankTotalColumnOnSomeRows() {
    List<String[]> rows = new ArrayList<>();
    for (int r = 0; r < 23; r++) {
      String[] cells = sevenOf("0");
      if (r >= 2 && r < 5) {
        cells[6] = "—";
      }
      rows.add(cells);
    }
    rows.get(2)[0] = "258";
    ReportTables t = read(tabTable3(rows));
    assertThat(t.applications().rows()).hasSize(23);
    assertThat(t.applications().problems()).isEmpty();
    for (ApplicationRow row : t.applications().rows()) {
      int index = ApplicationRowId.rowsOf(Template.T2019).indexOf(row.rowId());
      boolean blankTotal = index >= 2 && index < 5;
      assertThat(row.status())
          .as(row.rowId().name())
          .isEqualTo(blankTotal ? RowStatus.BLANKS : RowStatus.OK);
      CellValue total = row.cell(ApplicantColumn.TOTAL);
      assertThat(total.blank()).as(row.rowId().name()).isEqualTo(blankTotal);
      assertThat(total.value()).isEqualTo(blankTotal ? null : 0d);
    }
    assertThat(
            t.applications()
                .row(ApplicationRowId.R_OPEN)
                .orElseThrow()
                .cell(ApplicantColumn.NATURAL_PERSON)
                .value())
        .isEqualTo(258d);
    assertThat(t.template()).as("（六） without sub-items").isEqualTo(Template.T2019);
  }

  @Test
  void emptyCellsBetweenValuesOfATsvRowAreBlanks() {
    List<String> lines =
        List.of(
            "三、收到和处理政府信息公开申请情况",
            "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况",
            "一、本年新收政府信息公开申请数量\t\t5\t\t\t\t\t1\t",
            "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0");
    ReportTables t = read(lines);
    ApplicationRow row = t.applications().row(ApplicationRowId.NEW).orElseThrow();
    assertThat(row.status()).isEqualTo(RowStatus.BLANKS);
    assertThat(row.cells())
        .extracting(CellValue::value)
        .containsExactly(5d, null, null, null, null, 1d, null);
    assertThat(t.layout()).isEqualTo("tsv_rows");
  }

  @Test
  void extraSubtotalColumnIsDropped() {
    List<String> lines =
        List.of(
            "三、收到和处理政府信息公开申请情况",
            "申请人情况",
            "自然人",
            "商业企业",
            "科研机构",
            "社会公益组织",
            "法律服务机构",
            "其他",
            "小计",
            "总计",
            "一、本年新收政府信息公开申请数量",
            "3",
            "1",
            "0",
            "0",
            "0",
            "1",
            "2",
            "5",
            // (a text that ended here, inside section 三, would be an excerpt cut in the 5)
            "四、政府信息公开行政复议、行政诉讼情况");
    ReportTables t = read(lines);
    ApplicationRow row = t.applications().row(ApplicationRowId.NEW).orElseThrow();
    assertThat(row.status()).isEqualTo(RowStatus.OK);
    assertThat(row.cells())
        .extracting(CellValue::value)
        .containsExactly(3d, 1d, 0d, 0d, 0d, 1d, 5d);
    assertThat(t.layout()).isEqualTo("cell_lines");
  }

  @Test
  void rowsNeverTakeValuesOfTheFollowingLabel() {
    List<String> lines =
        List.of(
            "申请人情况",
            "一、本年新收政府信息公开申请数量",
            "1",
            "0",
            "0",
            "二、上年结转政府信息公开申请数量",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0");
    ReportTables t = read(lines);
    assertThat(t.applications().row(ApplicationRowId.NEW).orElseThrow().status())
        .isEqualTo(RowStatus.INCOMPLETE);
    assertThat(t.applications().row(ApplicationRowId.CARRY_IN).orElseThrow().status())
        .isEqualTo(RowStatus.OK);
    assertThat(t.applications().problems()).first().isEqualTo("NEW: 3 of 7 cells");
  }

  @Test
  void otherAndTotalAreMatchedByPositionIn2021() {
    List<String> lines = new ArrayList<>();
    lines.add("申请人情况");
    lines.add("其他");
    lines.add("总计");
    for (String label :
        List.of(
            "(六)其他处理",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "其他",
            "总计")) {
      lines.add(label);
      for (int k = 0; k < 7; k++) {
        lines.add(label.startsWith("(六)") ? "" : "2");
      }
    }
    ReportTables t = read(lines);
    assertThat(t.applications().rows())
        .extracting(ApplicationRow::rowId)
        .containsExactly(
            ApplicationRowId.R_OTHER_1, ApplicationRowId.R_OTHER_2,
            ApplicationRowId.R_OTHER_3, ApplicationRowId.R_TOTAL);
    assertThat(t.template()).isEqualTo(Template.T2021);
  }

  @Test
  void reviewLitigationWithFewerThanFifteenValues() {
    List<String> lines =
        List.of(
            "四、政府信息公开行政复议、行政诉讼情况",
            "\t行政复议",
            "\t行政诉讼",
            "",
            "\t结果维持",
            "\t结果纠正",
            "",
            "\t1",
            "\t0",
            "\t0",
            "\t1",
            "\t2",
            "\t0",
            "\t0",
            "\t0",
            "\t0",
            "",
            "五、存在的主要问题及改进情况",
            "1");
    ReportTables t = read(lines);
    assertThat(t.reviewLitigation().valuesFound()).isEqualTo(9);
    ReviewLitigationRow review = t.reviewLitigation().group(ReviewGroup.REVIEW).orElseThrow();
    assertThat(review.status()).isEqualTo(RowStatus.OK);
    assertThat(review.cells()).extracting(CellValue::value).containsExactly(1d, 0d, 0d, 1d, 2d);
    assertThat(t.reviewLitigation().group(ReviewGroup.LITIGATION_DIRECT).orElseThrow().status())
        .isEqualTo(RowStatus.INCOMPLETE);
    assertThat(
            t.reviewLitigation().group(ReviewGroup.LITIGATION_AFTER_REVIEW).orElseThrow().cells())
        .isEmpty();
    assertThat(t.reviewLitigation().problems())
        .containsExactly("9 of 15 cells; groups LD, LR incomplete");
    assertThat(t.applications()).isNull();
  }

  @Test
  void proseAboutReviewsIsNoTable() {
    ReportTables t =
        read(
            List.of(
                "四、政府信息公开行政复议、行政诉讼情况",
                "本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况，全年共计0件，与上年持平，无其他需要说明的情况。",
                "五、存在的主要问题及改进情况"));
    assertThat(t.reviewLitigation()).isNull();
  }

  @Test
  void sentencesAboveTableThreeOpenNoRow() {
    List<String> lines =
        List.of(
            "三、收到和处理政府信息公开申请情况",
            "本年度予以公开2件",
            "2",
            "申请人情况",
            "(一)予以公开",
            "2",
            "0",
            "0",
            "0",
            "0",
            "0",
            "2");
    ReportTables t = read(lines);
    assertThat(t.applications().rows())
        .extracting(ApplicationRow::rowId)
        .containsExactly(ApplicationRowId.R_OPEN);
    assertThat(t.applications().rows().get(0).sourceLine()).isEqualTo(5);
  }

  @Test
  void pre2019IndicatorTable() {
    ReportTables t =
        read(
            List.of(
                "二、主动公开政府信息情况", "指标名称\t单位\t数量", "主动公开信息数\t条\t120", "收到申请数\t件\t3", "当面申请数\t件\t1"));
    assertThat(t.template()).isEqualTo(Template.PRE2019);
    assertThat(t.applications()).isNull();
  }

  @Test
  void templateFromHeaderSplitAcrossLines() {
    List<String> lines =
        List.of(
            "二、主动公开政府信息情况",
            "\t第二十条第（一）项",
            "",
            "\t信息内容",
            "\t本年新",
            "公开数量",
            "",
            "\t规    章",
            "\t2",
            "\t1",
            "\t3");
    ReportTables t = read(lines);
    assertThat(t.template()).isEqualTo(Template.T2019);
    assertThat(t.activeDisclosure().values()).hasSize(3);
    assertThat(t.activeDisclosure().values().get(2).cell().value()).isEqualTo(3d);
  }
}
