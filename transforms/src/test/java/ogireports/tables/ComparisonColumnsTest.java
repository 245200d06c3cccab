package ogireports.tables;

import static ogireports.tables.ApplicationTotals.read;
import static ogireports.tables.ApplicationTotals.totals;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.RowStatus;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Table 三 with last year's figures or the change printed as columns after 总计 ({@code 上年同期}, {@code
 * 上年数} and {@code 增减}, {@code 上年} and {@code 同比增减}; {@code fixtures/written/tables7/cmp*}, {@code
 * probe13} b35, c03): the header names them, the seven template columns are read and the others not
 * kept. A header word the rows do not bear out moves nothing.
 */
class ComparisonColumnsTest {

  private static final Path TABLES7 = Path.of("..", "fixtures", "written", "tables7");
  private static final Path PROBE13 = Path.of("..", "fixtures", "written", "probe13");

  @ParameterizedTest
  @ValueSource(
      strings = {"cmppipe-2021.txt", "cmpcells-2019.txt", "cmptsv-2019.txt", "cmphtml-2021.html"})
  void theSevenTemplateColumnsAreReadAndTheComparisonsNotKept(String file) throws IOException {
    ApplicationTable t = read(TABLES7.resolve(file));
    assertThat(totals(t)).as("一, 二, (七), 四 总计").containsExactly(37L, 4L, 38L, 3L);
    // 一 prints 30 4 0 1 2 0 37, then last year's 29 (and the change +8)
    List<Long> first =
        t.row(ApplicationRowId.NEW).orElseThrow().cells().stream().map(CellValue::asCount).toList();
    assertThat(first).containsExactly(30L, 4L, 0L, 1L, 2L, 0L, 37L);
    assertThat(t.rows()).allMatch(r -> r.status() == RowStatus.OK);
    assertThat(t.columnsNotPrinted()).isEmpty();
  }

  @Test
  void probeReportsWithComparisonColumns() throws IOException {
    // 宁波市江北区教育局 2022 (上年同期, pipe rows), 拉萨市城关区卫生健康委员会 2023 (上年数, 增减 `+2`)
    assertThat(totals(read(PROBE13.resolve("b35-2022.txt")))).containsExactly(14L, 2L, 15L, 1L);
    assertThat(totals(read(PROBE13.resolve("c03-2023.txt")))).containsExactly(7L, 1L, 7L, 1L);
  }

  @Test
  void aHeaderNamingAComparisonOverRowsOfSevenIsReadAsTheTemplate() throws IOException {
    // 上年同期 named, its cells empty and gone one cell per line: the rows print seven values
    ApplicationTable t = read(TABLES7.resolve("cmpempty-2021.txt"));
    assertThat(totals(t)).containsExactly(37L, 4L, 38L, 3L);
  }

  @Test
  void aComparisonColumnBeforeTotalIsNotTakenForOneAfterIt() throws IOException {
    // the rows print 上年同期 before 总计 (30 4 0 1 2 0 29 37): the seven first values do not add up
    // on any row that is not all zeros, so the header's word does not place the columns, and the
    // rows of eight values are not read. (Read with seven columns, the reading by labels cut 四
    // after
    // its seventh value and took last year's 4 for its 总计: the header's comparison column keeps
    // the row whole.)
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(TABLES7.resolve("cmppipe-2021.txt"))) {
      String[] f = line.split(" \\| ");
      if (f.length >= 9 && f[f.length - 1].matches("\\d+ \\|") && f[f.length - 2].matches("\\d+")) {
        String last = f[f.length - 1].replace(" |", "");
        f[f.length - 1] = f[f.length - 2] + " |";
        f[f.length - 2] = last;
        line = String.join(" | ", f);
      }
      lines.add(line);
    }
    assertThat(lines).contains("一、本年新收政府信息公开申请数量 | 30 | 4 | 0 | 1 | 2 | 0 | 29 | 37 |");
    ApplicationTable t = TableReader.read(lines, SectionSplitter.split(lines)).applications();
    assertThat(totals(t)).containsOnlyNulls();
  }
}
