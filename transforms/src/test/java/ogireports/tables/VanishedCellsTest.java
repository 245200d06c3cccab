package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.RowStatus;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
  private static final Path PROBE13 = Path.of("..", "fixtures", "written", "probe13");
  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  static ApplicationTable read(Path file) throws IOException {
    ReadOutcome outcome =
        READER.read(new Document(file.getFileName().toString(), Files.readAllBytes(file)));
    assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
    return ((ReadOutcome.Accepted) outcome).report().tables().applications();
  }

  static Long total(ApplicationTable t, ApplicationRowId id) {
    if (t == null) {
      return null;
    }
    CellValue cell = t.row(id).map(r -> r.cell(ApplicantColumn.TOTAL)).orElse(null);
    return cell == null ? null : cell.asCount();
  }

  /** 一, 二, (七)总计 and 四's 总计. */
  static List<Long> totals(ApplicationTable t) {
    List<Long> out = new ArrayList<>();
    for (ApplicationRowId id :
        List.of(
            ApplicationRowId.NEW,
            ApplicationRowId.CARRY_IN,
            ApplicationRowId.R_TOTAL,
            ApplicationRowId.CARRY_OUT)) {
      out.add(total(t, id));
    }
    return out;
  }

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
}
