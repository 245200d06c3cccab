package ogireports.tables;

import static ogireports.tables.ApplicationTotals.read;
import static ogireports.tables.ApplicationTotals.total;
import static ogireports.tables.ApplicationTotals.totals;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.RowStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Table 三 from a page that leaves its zero cells empty, saved with the empty cells gone ({@code
 * fixtures/written/tables7/v*}, {@code probe13} a03, b02, b20, b30): a row prints its non-zero
 * cells and its 总计. Each row's 总计 is read where the table's arithmetic bears the form out, the
 * other cells are not placed; a table that breaks it (a row whose 总计 cell is empty too) reads no
 * total, and a layout that keeps its empty cells is read by position as before.
 */
class VanishedCellsTest {

  private static final Path TABLES7 = Path.of("..", "fixtures", "written", "tables7");
  private static final Path TABLES8 = Path.of("..", "fixtures", "written", "tables8");
  private static final Path PROBE13 = Path.of("..", "fixtures", "written", "probe13");

  @ParameterizedTest
  @ValueSource(strings = {"vcells-2021.txt", "vlines-2019.txt", "vpipe-2021.txt", "vtsv-2019.txt"})
  void eachRowsTotalIsReadAndItsOtherCellsAreNotPlaced(String file) throws IOException {
    ApplicationTable t = read(TABLES7.resolve(file));
    assertThat(totals(t)).as("一, 二, (七), 四 总计").containsExactly(37L, 4L, 38L, 3L);
    // （一）予以公开 prints 12 / 2 / 1 / 15: 自然人 12, 商业企业 2, 社会公益组织 1, but which is which is lost
    assertThat(total(t, ApplicationRowId.R_OPEN)).isEqualTo(15L);
    assertThat(total(t, ApplicationRowId.R_DENY_5)).isEqualTo(2L);
    assertThat(total(t, ApplicationRowId.R_DENY_8)).isEqualTo(0L);
    for (ApplicationRow r : t.rows()) {
      assertThat(r.status()).as(r.rowId() + " not read in full").isEqualTo(RowStatus.INCOMPLETE);
      assertThat(r.totalOnly()).as(r.rowId() + " read for its 总计").isTrue();
      assertThat(r.cell(ApplicantColumn.NATURAL_PERSON).isNotPrinted()).isTrue();
      assertThat(r.cell(ApplicantColumn.OTHER_ORG).isNotPrinted()).isTrue();
    }
  }

  @Test
  void pdfTextOfATableWithEmptyZeroCells() throws IOException {
    // 洪泽区 2024 (real PDF text): `一、本年新收政府信息公开申请数量 95 95`, zero rows `… 0`; the reading
    // by lines places no cell, the reading by labels reads the 总计s
    ApplicationTable t = read(TABLES7.resolve("vpdf-2024.txt"));
    assertThat(totals(t)).containsExactly(95L, 0L, 95L, 0L);
    assertThat(total(t, ApplicationRowId.R_OPEN)).isEqualTo(50L);
    assertThat(total(t, ApplicationRowId.R_NA_1)).isEqualTo(31L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a03-2020.txt", "b02-2022.txt", "b20-2022.txt", "b30-2024.txt"})
  void probeReportsWhoseZeroCellsVanished(String file) throws IOException {
    List<Long> expected =
        switch (file) {
          case "a03-2020.txt" -> List.of(23L, 0L, 23L, 0L);
          case "b02-2022.txt" -> List.of(10L, 1L, 10L, 1L);
          case "b20-2022.txt" -> List.of(1L, 0L, 1L, 0L);
          default -> List.of(27L, 1L, 27L, 1L);
        };
    assertThat(totals(read(PROBE13.resolve(file)))).isEqualTo(expected);
  }

  @Test
  void aRowWhoseTotalCellIsEmptyTooReadsNoTotal() throws IOException {
    // （七）总计 prints `2 / 2`: 自然人 2 and 法律服务机构 2, its 总计 (4) empty too. Taken for its 总计,
    // its last number would give (七)总计 2; 一 + 二 = 4 + 0 ≠ 2 + 0 rules the form out.
    ApplicationTable t = read(TABLES7.resolve("vtrapblank-2021.txt"));
    assertThat(totals(t)).containsOnlyNulls();
    assertThat(t.rows()).noneMatch(ApplicationRow::totalOnly);
  }

  @Test
  void aRowPrintingOneNonZeroNumberReadsNoTotal() throws IOException {
    // `1.本机关不掌握相关政府信息 / 2`: with zero cells empty, a non-zero row prints a cell and its 总计,
    // so a lone 2 is a cell whose 总计 is empty too (the equations would hold with it taken as one)
    ApplicationTable t = read(TABLES7.resolve("vtrapsingle-2019.txt"));
    assertThat(totals(t)).containsOnlyNulls();
  }

  @ParameterizedTest
  @ValueSource(strings = {"vkeptpipe-2021.txt", "vkepttsv-2019.txt"})
  void emptyCellsKeptAsEmptyFieldsAreReadByPosition(String file) throws IOException {
    ApplicationTable t = read(TABLES7.resolve(file));
    assertThat(totals(t)).containsExactly(37L, 4L, 38L, 3L);
    ApplicationRow first = t.row(ApplicationRowId.NEW).orElseThrow();
    assertThat(first.status()).isEqualTo(RowStatus.BLANKS);
    List<Long> counts = first.cells().stream().map(CellValue::asCount).toList();
    assertThat(counts).containsExactly(30L, 4L, null, 1L, 2L, null, 37L);
  }

  private static final Path PROBE18 = Path.of("..", "fixtures", "written", "probe18");

  /**
   * {@code text} with table 三's pipe rows printed one cell per line, each cell closed by {@code "
   * |"}, the row's last cell by {@code " | |"}, a lone {@code |} line opening each row (the crawl
   * form of real text 133 and probe18 c03, d03).
   */
  static String cellLinesClosedByPipes(String text) {
    StringBuilder out = new StringBuilder();
    boolean inTable = false;
    for (String line : text.split("\n", -1)) {
      inTable |= line.startsWith("三、收到和处理政府信息公开申请情况");
      inTable &= !line.startsWith("四、政府信息公开行政复议");
      if (!inTable || line.chars().filter(ch -> ch == '|').count() < 2) {
        out.append(line).append('\n');
        continue;
      }
      List<String> fields = new ArrayList<>();
      for (String f : line.split("\\|")) {
        if (!f.isBlank()) {
          fields.add(f.strip());
        }
      }
      out.append("|\n");
      for (int k = 0; k < fields.size(); k++) {
        out.append(fields.get(k)).append(k == fields.size() - 1 ? " | |" : " |").append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void aShortRowInCellLinesClosedByPipesReadsItsTotal() throws IOException {
    // probe18 d03: （七）总计 printed 56 / 7 / 1 / 1 / 1 / 66 | |, a zero cell lost; the row's last
    // empty
    // field closes the row and is no blank 总计 cell
    ApplicationTable d03 = read(PROBE18.resolve("d03-2020.txt"));
    assertThat(totals(d03)).containsExactly(67L, 3L, 66L, 4L);
    assertThat(d03.row(ApplicationRowId.R_TOTAL).orElseThrow().totalOnly()).isTrue();
    // probe18 d01 (一、本年新收 52 | 4 | 1 | 4 | 2 | 63 |) printed in the same form
    String d01 = Files.readString(PROBE18.resolve("d01-2023.txt"));
    assertThat(totals(read("d01-2023.txt", d01))).containsExactly(63L, 5L, 64L, 4L);
    ApplicationTable d01Lines = read("d01-2023.txt", cellLinesClosedByPipes(d01));
    assertThat(totals(d01Lines)).containsExactly(63L, 5L, 64L, 4L);
    // whole rows of the form are read cell by cell as before
    ApplicationRow carryIn = d01Lines.row(ApplicationRowId.CARRY_IN).orElseThrow();
    assertThat(carryIn.status()).isEqualTo(RowStatus.OK);
    assertThat(carryIn.cells()).hasSize(7);
  }

  @Test
  void aShortRowInCellLinesClosedByPipesThatDoesNotAddUpReadsNoTotal() throws IOException {
    // d01's 一、本年新收 without its 4 of 商业企业: 52 + 1 + 4 + 2 = 59, not 63; the row is not placed
    String d01 = Files.readString(PROBE18.resolve("d01-2023.txt"));
    String lost = d01.replace("一、本年新收政府信息公开申请数量 | 52 | 4 | 1 |", "一、本年新收政府信息公开申请数量 | 52 | 1 |");
    assertThat(lost).isNotEqualTo(d01);
    ApplicationTable t = read("d01-2023.txt", cellLinesClosedByPipes(lost));
    assertThat(total(t, ApplicationRowId.NEW)).isNull();
  }

  /**
   * d03's （七）总计 row with its lost zero put back (56 7 0 1 1 1 66), then each of its seven cells
   * dropped: the result total is 66 or null, never another number, and 66 where the dropped cell
   * was the zero.
   */
  @Test
  void d03sResultRowWithACellDroppedAnywhereReads66OrNull() throws IOException {
    String d03 = Files.readString(PROBE18.resolve("d03-2020.txt"));
    String printed = "（七）总计 |\n56 |\n7 |\n1 |\n1 |\n1 |\n66 | |\n";
    assertThat(d03).contains(printed);
    List<String> whole = List.of("56", "7", "0", "1", "1", "1", "66");
    for (int at = 0; at < whole.size(); at++) {
      List<String> cells = new ArrayList<>(whole);
      cells.remove(at);
      StringBuilder row = new StringBuilder("（七）总计 |\n");
      for (int k = 0; k < cells.size(); k++) {
        row.append(cells.get(k)).append(k == cells.size() - 1 ? " | |" : " |").append('\n');
      }
      Long got =
          total(
              read("d03-2020.txt", d03.replace(printed, row.toString())), ApplicationRowId.R_TOTAL);
      if (at == 2) {
        assertThat(got).as("zero dropped").isEqualTo(66L);
      } else {
        assertThat(got).as("cell " + at + " dropped").isIn(66L, null);
      }
    }
    StringBuilder full = new StringBuilder("（七）总计 |\n");
    for (int k = 0; k < whole.size(); k++) {
      full.append(whole.get(k)).append(k == whole.size() - 1 ? " | |" : " |").append('\n');
    }
    ApplicationTable t = read("d03-2020.txt", d03.replace(printed, full.toString()));
    assertThat(total(t, ApplicationRowId.R_TOTAL)).isEqualTo(66L);
    assertThat(t.row(ApplicationRowId.R_TOTAL).orElseThrow().status()).isEqualTo(RowStatus.OK);
  }

  /**
   * Copies of probe21 reports with every zero cell of table 三 left empty ({@code tables8},
   * *-blank): pdftotext -layout (l01, l03, l05, l06, l07: page numbers {@code 第 3 页，共 5 页} and
   * {@code — 3 —} inside the table), pdftotext plain (p07, p08) and space-separated rows (s04). A
   * row printing nothing (its 总计 0 left empty too) counts 0 in the sums and stays unread (-1 here).
   */
  @ParameterizedTest
  @CsvSource({
    "l01-2024-blank.txt, 3480, 37, 3456, 61",
    "l03-2024-blank.txt, 855, 8, 845, 18",
    "l05-2022-blank.txt, 216, 6, 214, 8",
    "l06-2023-blank.txt, 47, 1, 47, 1",
    "l07-2021-blank.txt, 1295, 13, 1288, 20",
    "p07-2021-blank.txt, 381, 9, 377, 13",
    "p08-2023-blank.txt, 7, -1, 6, 1",
    "s04-2020-blank.txt, 4, -1, 4, -1"
  })
  void zerosLeftEmptyInPdfTextAndSpacedRows(
      String file, long newTotal, long carryIn, long result, long carryOut) throws IOException {
    ApplicationTable t = read(TABLES8.resolve(file));
    List<Long> expected = new ArrayList<>();
    for (long v : new long[] {newTotal, carryIn, result, carryOut}) {
      expected.add(v < 0 ? null : v);
    }
    assertThat(totals(t)).containsExactlyElementsOf(expected);
  }

  @Test
  void aRowOfZerosPrintedEmptyIsNotReadAsZero() throws IOException {
    // s04's 二 and 四 print nothing: 0 in the balance (4 + 0 = 4 + 0), but no value is made for them
    ApplicationTable t = read(TABLES8.resolve("s04-2020-blank.txt"));
    assertThat(total(t, ApplicationRowId.R_OPEN)).isEqualTo(2L);
    assertThat(total(t, ApplicationRowId.R_NA_1)).isEqualTo(1L);
    assertThat(total(t, ApplicationRowId.R_DENY_1)).isNull();
    assertThat(t.row(ApplicationRowId.CARRY_IN).orElseThrow().status())
        .isEqualTo(RowStatus.INCOMPLETE);
  }
}
