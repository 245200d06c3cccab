package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

/**
 * A blank cell printed as nothing at all: an empty field ({@code \t\t}, {@code | |}) or a line of
 * only a tab. It keeps its column in every layout that prints empty cells; one cell per line cannot
 * print it, so a row there that lost one is incomplete, never shifted.
 */
class EmptyCellsTest {

  private static final List<ApplicationRowId> ROWS = ApplicationRowId.rowsOf(Template.T2019);

  private static ReportTables read(List<String> lines) {
    return TableReader.read(lines, SectionSplitter.split(lines));
  }

  /** A 2019 table 三 whose rows are {@code label + sep + cells}, every other row seven zeros. */
  private static List<String> table(String sep, String lead, String trail, String newRowCells) {
    List<String> lines = new ArrayList<>();
    lines.add("三、收到和处理政府信息公开申请情况");
    lines.add(lead + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" + sep + "申请人情况" + trail);
    lines.add(lead + "自然人" + sep + "法人或其他组织" + sep + "总计" + trail);
    lines.add(lead + String.join(sep, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他") + trail);
    for (ApplicationRowId id : ROWS) {
      String cells =
          id == ApplicationRowId.NEW
              ? newRowCells
              : String.join(sep, "0", "0", "0", "0", "0", "0", "0");
      lines.add(lead + id.templateLabel() + sep + cells + trail);
    }
    lines.add("四、政府信息公开行政复议、行政诉讼情况");
    return lines;
  }

  private static ApplicationRow newRow(ReportTables t) {
    return t.applications().row(ApplicationRowId.NEW).orElseThrow();
  }

  /** The cells as numbers, null for a blank. */
  private static List<Double> values(List<CellValue> cells) {
    return cells.stream().map(CellValue::value).toList();
  }

  private static List<Boolean> blanks(List<CellValue> cells) {
    return cells.stream().map(CellValue::blank).toList();
  }

  @Test
  void tsvEmptyFieldsAreBlankCellsInTheirColumns() {
    // First, third and last cells empty: 「」3「」0 1 2「」
    ReportTables t = read(table("\t", "", "", "\t3\t\t0\t1\t2\t"));
    ApplicationRow row = newRow(t);
    assertThat(row.status()).isEqualTo(RowStatus.BLANKS);
    assertThat(values(row.cells())).containsExactly(null, 3d, null, 0d, 1d, 2d, null);
    assertThat(blanks(row.cells())).containsExactly(true, false, true, false, false, false, true);
    assertThat(t.applications().problems()).isEmpty();
    assertThat(t.layout()).isEqualTo("tsv_rows");
  }

  @Test
  void tsvRowPrintedBlankButForItsLabel() {
    ReportTables t = read(table("\t", "", "", "\t\t\t\t\t\t"));
    ApplicationRow row = newRow(t);
    assertThat(row.status()).isEqualTo(RowStatus.BLANKS);
    assertThat(blanks(row.cells())).containsOnly(true).hasSize(7);
  }

  @Test
  void markdownEmptyFieldsAreBlankCellsInTheirColumns() {
    ReportTables t = read(table(" | ", "| ", " |", " | 3 |  | 0 | 1 | 2 | "));
    ApplicationRow row = newRow(t);
    assertThat(values(row.cells())).containsExactly(null, 3d, null, 0d, 1d, 2d, null);
    assertThat(t.applications().problems()).isEmpty();
    assertThat(t.layout()).isEqualTo("pipe_rows");
  }

  @Test
  void pipeRowsWithoutLeadingEdgeKeepAnEmptyLastCell() {
    // a | b | lines: the field after the closing pipe is no cell, the empty one before it is.
    ReportTables t = read(table(" | ", "", " |", "4 | 0 | 0 | 0 | 0 | 0 | "));
    ApplicationRow row = newRow(t);
    assertThat(values(row.cells())).containsExactly(4d, 0d, 0d, 0d, 0d, 0d, null);
    assertThat(row.status()).isEqualTo(RowStatus.BLANKS);
  }

  @Test
  void spanFillersAfterTheCellsAreLearntFromTheRowsThatFitOneWay() {
    // Every row ends with two filler fields (「||」, as CMS exports print spans); the NEW row's
    // first cell is empty. Its cells are the seven fields before the fillers, not the last seven.
    ReportTables t = read(table(" | ", "", " | ||", " | 5 | 0 | 0 | 0 | 0 | 5"));
    ApplicationRow row = newRow(t);
    assertThat(values(row.cells())).containsExactly(null, 5d, 0d, 0d, 0d, 0d, 5d);
    assertThat(values(t.applications().row(ApplicationRowId.CARRY_IN).orElseThrow().cells()))
        .containsExactly(0d, 0d, 0d, 0d, 0d, 0d, 0d);
    assertThat(t.applications().problems()).isEmpty();
  }

  @Test
  void tabCellLinesOfOnlyATabAreBlankCells() {
    List<String> lines = new ArrayList<>();
    lines.add("三、收到和处理政府信息公开申请情况");
    lines.add("\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    lines.add("\t申请人情况");
    lines.add("");
    for (ApplicationRowId id : ROWS) {
      lines.add("\t" + id.templateLabel());
      List<String> cells =
          id == ApplicationRowId.NEW
              ? List.of("", "3", "", "0", "1", "2", "")
              : List.of("0", "0", "0", "0", "0", "0", "0");
      for (String c : cells) {
        lines.add("\t" + c);
      }
      lines.add("");
    }
    ReportTables t = read(lines);
    ApplicationRow row = newRow(t);
    assertThat(values(row.cells())).containsExactly(null, 3d, null, 0d, 1d, 2d, null);
    assertThat(t.applications().problems()).isEmpty();
    assertThat(t.layout()).isEqualTo("tab_cells");
  }

  @Test
  void cellPerLineRowThatLostAnEmptyCellIsIncompleteNotShifted() {
    // One cell per line: the empty cells of 「」3「」0 1 2「」 leave no line, so four numbers stand
    // where seven are due and nothing says which columns they belong to.
    List<String> lines = new ArrayList<>();
    lines.add("三、收到和处理政府信息公开申请情况");
    lines.add("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    lines.add("申请人情况");
    for (ApplicationRowId id : ROWS) {
      lines.add(id.templateLabel());
      List<String> cells =
          id == ApplicationRowId.NEW
              ? List.of("3", "0", "1", "12")
              : List.of("0", "0", "0", "0", "0", "0", "0");
      lines.addAll(cells);
    }
    ReportTables t = read(lines);
    ApplicationRow row = newRow(t);
    assertThat(row.status()).isEqualTo(RowStatus.INCOMPLETE);
    assertThat(row.cells()).isEmpty();
    assertThat(t.applications().problems()).containsExactly("NEW: 4 of 7 cells");
    assertThat(t.layout()).isEqualTo("cell_lines");
  }

  @Test
  void cellPerLineDigitsOnSeveralLinesAreNotSplitBack() {
    // 12 / 3 / 0 / 0 / 0 / 6: split as run-together digits, 1,2,3,0,0,0,6 would be the one split
    // that adds up; but six lines where seven cells are due may as well be six cells and an empty
    // one nobody can see, so a row spread over lines one cell each is never split back.
    List<String> lines = new ArrayList<>();
    lines.add("三、收到和处理政府信息公开申请情况");
    lines.add("申请人情况");
    for (ApplicationRowId id : ROWS) {
      lines.add(id.templateLabel());
      lines.addAll(
          id == ApplicationRowId.NEW
              ? List.of("12", "3", "0", "0", "0", "6")
              : List.of("0", "0", "0", "0", "0", "0", "0"));
    }
    ReportTables t = read(lines);
    ApplicationRow row = newRow(t);
    assertThat(row.status()).isEqualTo(RowStatus.INCOMPLETE);
    assertThat(row.cells()).isEmpty();
    assertThat(t.applications().problems()).containsExactly("NEW: 6 of 7 cells");
    assertThat(t.layout()).isEqualTo("cell_lines");
  }

  @Test
  void oneLineOfRunTogetherDigitsInACellPerLineTableIsStillSplitBack() {
    List<String> lines = new ArrayList<>();
    lines.add("三、收到和处理政府信息公开申请情况");
    lines.add("申请人情况");
    for (ApplicationRowId id : ROWS) {
      lines.add(id.templateLabel());
      lines.addAll(
          id == ApplicationRowId.NEW
              ? List.of("640020470")
              : List.of("0", "0", "0", "0", "0", "0", "0"));
    }
    ApplicationRow row = newRow(read(lines));
    assertThat(row.status()).isEqualTo(RowStatus.RECOVERED);
    assertThat(values(row.cells())).containsExactly(64d, 0d, 0d, 2d, 0d, 4d, 70d);
  }

  /** Table 四 with the given 15 printed cells, one per line. */
  private static List<String> table4PerLine(String... cells) {
    List<String> lines = new ArrayList<>();
    lines.add("四、政府信息公开行政复议、行政诉讼情况");
    lines.add("行政复议");
    lines.add("行政诉讼");
    lines.add("结果维持");
    lines.add("结果纠正");
    lines.add("其他结果");
    for (String c : cells) {
      if (!c.isEmpty()) {
        lines.add(c);
      }
      lines.add("");
    }
    lines.add("五、存在的主要问题及改进情况");
    return lines;
  }

  @Test
  void reviewTablePerLineWithAnEmptyCellPlacesNoGroup() {
    String[] cells = new String[15];
    Arrays.fill(cells, "1");
    cells[12] = "";
    ReportTables t = read(table4PerLine(cells));
    for (ReviewLitigationRow g : t.reviewLitigation().groups()) {
      assertThat(g.status()).as(g.group().name()).isEqualTo(RowStatus.INCOMPLETE);
      assertThat(g.cells()).as(g.group().name()).isEmpty();
    }
    assertThat(t.reviewLitigation().valuesFound()).isEqualTo(14);
    assertThat(t.reviewLitigation().problems())
        .containsExactly(
            "14 of 15 cells, one per line: empty cells cannot be placed; groups RV, LD, LR"
                + " incomplete");
  }

  @Test
  void reviewTableInTsvWithEmptyFirstAndLastCells() {
    List<String> lines = new ArrayList<>();
    lines.add("四、政府信息公开行政复议、行政诉讼情况");
    lines.add("行政复议\t\t\t\t\t行政诉讼");
    lines.add("结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉");
    lines.add("\t1\t0\t0\t1\t2\t0\t0\t0\t0\t0\t0\t0\t0\t");
    lines.add("五、存在的主要问题及改进情况");
    ReportTables t = read(lines);
    ReviewLitigationRow review = t.reviewLitigation().group(ReviewGroup.REVIEW).orElseThrow();
    assertThat(values(review.cells())).containsExactly(null, 1d, 0d, 0d, 1d);
    assertThat(review.status()).isEqualTo(RowStatus.BLANKS);
    ReviewLitigationRow after =
        t.reviewLitigation().group(ReviewGroup.LITIGATION_AFTER_REVIEW).orElseThrow();
    assertThat(values(after.cells())).containsExactly(0d, 0d, 0d, 0d, null);
    assertThat(t.reviewLitigation().problems()).isEmpty();
  }

  @Test
  void aTable2RowOneCellPerLineWithFewerValuesThanColumnsGivesNone() {
    // 120.txt: 规章 printed with one value under three columns, the next item right after it
    List<String> printed =
        List.of(
            "二、主动公开政府信息情况",
            "第二十条第(一)项",
            "信息内容",
            "本年新制作数量",
            "本年新公开数量",
            "对外公开总数量",
            "规章",
            "0",
            "规范性文件",
            "3",
            "1",
            "9",
            "三、收到和处理政府信息公开申请情况");
    ReportTables t = read(printed);
    assertThat(t.activeDisclosure().values())
        .extracting(v -> v.item() + " " + v.measure() + " " + v.cell().value())
        .containsExactly("NORM MADE 3.0", "NORM PUB 1.0", "NORM TOTAL 9.0");
    // The same row where the text ends: cut off after its first value, which is the first column
    ReportTables cut = read(printed.subList(0, 8));
    assertThat(cut.activeDisclosure().values())
        .extracting(v -> v.item() + " " + v.measure() + " " + v.cell().value())
        .containsExactly("RULE MADE 0.0");
  }

  @Test
  void dashesBetweenRunsOfSpacesAreBlankCellsNotPageMarkers() {
    // "-  1  -" among dash blanks read as a page marker "- 1 -": the row lost three cells
    List<String> lines = table("  ", "", "", "12  2  -  -  1  -  15");
    lines.add("行政复议  行政诉讼");
    lines.add("结果维持  结果纠正  其他结果  尚未审结  总计  未经复议直接起诉  复议后起诉");
    lines.add("结果维持  结果纠正  其他结果  尚未审结  总计  结果维持  结果纠正  其他结果  尚未审结  总计");
    lines.add("2  1  -  1  4  1  -  -  1  2  -  1  -  -  1");
    lines.add("五、存在的主要问题及改进情况");
    ReportTables t = read(lines);
    ApplicationRow row = newRow(t);
    assertThat(row.status()).isEqualTo(RowStatus.BLANKS);
    assertThat(values(row.cells())).containsExactly(12d, 2d, null, null, 1d, null, 15d);
    assertThat(t.reviewLitigation().groups())
        .extracting(g -> values(g.cells()))
        .containsExactly(
            Arrays.asList(2d, 1d, null, 1d, 4d),
            Arrays.asList(1d, null, null, 1d, 2d),
            Arrays.asList(null, 1d, null, null, 1d));
  }
}
