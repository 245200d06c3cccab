package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.model.CellValue;
import ogireports.model.ReportTables;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.ReviewLitigationTable;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Table 四 printed a cell per line ({@code fixtures/written/tables6}): its fifteen values with no
 * header before them, transposed (a {@code group | cell | value} line per cell, as pipe rows, TSV
 * or one field per line) and with the groups as rows under a header of the five cells. Each holds
 * the real cells of 洪泽区's 2024 report ({@code 1 1 0 0 2 | 1 0 0 0 1 | 2 0 1 0 3}), in its own PDF
 * text or in a web page printing its tables one cell per line. Where the text does not tell the
 * cells (values with no header that do not add up in the template's order), nothing is read.
 */
class ReviewCellsOnePerLineTest {

  private static final Path TABLES6 = Path.of("..", "fixtures", "written", "tables6");

  /** 洪泽区 2024, table 四 as printed (checked by hand on the rendered page). */
  private static final List<Long> HONGZE_2024 =
      List.of(1L, 1L, 0L, 0L, 2L, 1L, 0L, 0L, 0L, 1L, 2L, 0L, 1L, 0L, 3L);

  private static ReportTables read(List<String> lines) {
    return TableReader.read(lines, SectionSplitter.split(lines));
  }

  /** The fifteen cells as read, in the template's order (null for a cell not read). */
  private static List<Long> cells(ReportTables tables) {
    List<Long> out = new ArrayList<>();
    ReviewLitigationTable t = tables.reviewLitigation();
    if (t == null) {
      return out;
    }
    for (ReviewLitigationRow g : t.groups()) {
      for (CellValue v : g.cells()) {
        out.add(v.asCount());
      }
    }
    return out;
  }

  private static List<String> lines(String file) throws IOException {
    return Files.readAllLines(TABLES6.resolve(file));
  }

  /** The lines of {@code file} with table 四's block (after its heading) replaced. */
  private static List<String> withTable四(String file, List<String> table) throws IOException {
    List<String> original = lines(file);
    int heading = original.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    int next = original.indexOf("五、存在的主要问题及改进情况");
    List<String> out = new ArrayList<>(original.subList(0, heading + 1));
    out.addAll(table);
    out.addAll(original.subList(next, original.size()));
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "t4nohead-web.txt",
        "t4noheadblank-web.txt",
        "t4nohead-pdf.txt",
        "t4noheadblank-pdf.txt"
      })
  void fifteenValuesRightAfterTheHeadingAreTheTable(String file) throws IOException {
    // before: null (a value needed a header cell before it)
    assertThat(cells(read(lines(file)))).isEqualTo(HONGZE_2024);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "t4transpipe-web.txt",
        "t4transtsv-web.txt",
        "t4groupheader-web.txt",
        "t4groupcells-web.txt",
        "t4transpipe-pdf.txt",
        "t4transtsv-pdf.txt",
        "t4groupheader-pdf.txt",
        "t4groupcells-pdf.txt"
      })
  void valuesAfterTheirLabelsGoToTheCellsTheLabelsName(String file) throws IOException {
    // before: every group INCOMPLETE (the run of values ended at the first label after a value)
    assertThat(cells(read(lines(file)))).isEqualTo(HONGZE_2024);
  }

  @Test
  void transposedCellsInAnotherOrderAreReadByTheirLabels() throws IOException {
    // the lines of each group in another order: the label, not the position, names the cell
    List<String> table = new ArrayList<>(List.of("类别 | 项目 | 数量 |"));
    String[] groups = {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"};
    String[] cells = {"总计", "结果纠正", "结果维持", "尚未审结", "其他结果"};
    int[] at = {4, 1, 0, 3, 2};
    for (int g = 0; g < 3; g++) {
      for (int k = 0; k < 5; k++) {
        table.add(groups[g] + " | " + cells[k] + " | " + HONGZE_2024.get(5 * g + at[k]) + " |");
      }
    }
    assertThat(table).contains("行政复议 | 总计 | 2 |", "行政诉讼（复议后起诉） | 其他结果 | 1 |");
    assertThat(cells(read(withTable四("t4transpipe-web.txt", table)))).isEqualTo(HONGZE_2024);
  }

  @Test
  void valuesWithNoHeaderThatDoNotAddUpAreNotRead() throws IOException {
    // 洪泽区 2023's real cells, the filer's own errors (行政复议 10 1 0 0 with 总计 0): with no
    // header, nothing tells their order, so none is read
    List<String> values = List.of("10 1 0 0 0 0 0 0 0 0 5 0 0 0 0".split(" "));
    ReportTables tables = read(withTable四("t4nohead-pdf.txt", values));
    assertThat(tables.reviewLitigation()).isNull();

    // the same values under their labels are read as printed (before: every group INCOMPLETE)
    List<String> labelled = new ArrayList<>(List.of("类别\t项目\t数量"));
    String[] groups = {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"};
    String[] cells = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
    for (int k = 0; k < 15; k++) {
      labelled.add(groups[k / 5] + "\t" + cells[k % 5] + "\t" + values.get(k));
    }
    assertThat(cells(read(withTable四("t4transtsv-pdf.txt", labelled))))
        .containsExactly(10L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 5L, 0L, 0L, 0L, 0L);
  }

  @Test
  void aCellNamedTwiceOrALineLostReadsNothing() throws IOException {
    List<String> transposed = new ArrayList<>(lines("t4transpipe-web.txt"));
    // one line lost: fourteen values, one cell unnamed
    assertThat(transposed.remove("| 尚未审结 | 0 |")).isTrue();
    assertThat(cells(read(transposed))).isEmpty();

    // 结果纠正 printed twice in 行政复议 (and its 其他结果 never): no cell is guessed
    List<String> twice = new ArrayList<>(lines("t4transpipe-web.txt"));
    int other = twice.indexOf("| 其他结果 | 0 |");
    twice.set(other, "| 结果纠正 | 0 |");
    assertThat(cells(read(twice))).isEmpty();
  }
}
