package ogireports.tables;

import static ogireports.tables.ApplicationTotals.read;
import static ogireports.tables.ApplicationTotals.total;
import static ogireports.tables.ApplicationTotals.totals;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import org.junit.jupiter.api.Test;

/**
 * OCR of a scanned table 三 with illegible cells ({@code fixtures/written/probe21/n04} and its
 * copies in {@code tables8}): a mark inside a number ({@code 1■9}, {@code 1?9}) or in place of a
 * cell ({@code ▇▇}, {@code ?}) is one illegible cell; a legible 总计 after it is read, an illegible
 * one is not, and digits the OCR split ({@code 1 9}) give no 总计.
 */
class OcrMarksTest {

  private static final Path PROBE21 = Path.of("..", "fixtures", "written", "probe21");
  private static final Path TABLES8 = Path.of("..", "fixtures", "written", "tables8");

  @Test
  void anIllegibleTotalIsNotReadFromTheCellsBesideAMark() throws IOException {
    // `1■9 16 1 2 9 9 ▇▇` was read as 1, 9, 16, 1, 2, 9, 9 with 9 taken for the 总计
    ApplicationTable t = read(PROBE21.resolve("n04-2024.txt"));
    assertThat(totals(t)).containsExactly(null, 4L, null, null);
    assertThat(total(t, ApplicationRowId.R_PARTIAL)).isEqualTo(14L);
    assertThat(total(t, ApplicationRowId.R_OPEN)).isNull(); // `5■ 7 0 1 4 4 ?`
  }

  @Test
  void aQuestionMarkInsideANumberIsAnIllegibleCell() throws IOException {
    ApplicationTable t = read(TABLES8.resolve("n04-2024-question.txt"));
    assertThat(totals(t)).containsExactly(null, 4L, null, null);
  }

  @Test
  void digitsSplitByASpaceGiveNoTotal() throws IOException {
    // `1 9 16 1 2 9 9 ▇▇`: eight cells for seven columns
    ApplicationTable t = read(TABLES8.resolve("n04-2024-split.txt"));
    assertThat(totals(t)).containsExactly(null, 4L, null, null);
  }

  @Test
  void aLegibleTotalBesideAnIllegibleCellIsRead() throws IOException {
    // `1■9 16 1 2 9 9 156`, `1■1 15 1 2 9 9 157`; row 四 `■ ▇ 0 0 0 0 ▇▇` stays unread
    ApplicationTable t = read(TABLES8.resolve("n04-2024-total.txt"));
    assertThat(totals(t)).containsExactly(156L, 4L, 157L, null);
  }

  @Test
  void aLegibleRowThatDoesNotAddUpInAMarkedTableGivesNoTotal() throws IOException {
    // row 二 printed `4 0 0 0 0 0 5`: as printed elsewhere (a printed inconsistency), but in an OCR
    // text with illegible cells the numbers may be a split number or a lost cell
    String text =
        Files.readString(TABLES8.resolve("n04-2024-total.txt"), StandardCharsets.UTF_8)
            .replace("申请数量 4 0 0 0 0 0 4", "申请数量 4 0 0 0 0 0 5");
    ApplicationTable t = read("n04-marked.txt", text);
    assertThat(total(t, ApplicationRowId.NEW)).isEqualTo(156L);
    assertThat(total(t, ApplicationRowId.CARRY_IN)).isNull();
  }

  @Test
  void aPrintedInconsistencyWithNoMarksIsReadAsPrinted() throws IOException {
    // probe21 l04 prints （七）总计 903 for 930, t04 row 一 10 too high: no OCR mark, read as printed
    assertThat(total(read(PROBE21.resolve("l04-2020.txt")), ApplicationRowId.R_TOTAL))
        .isEqualTo(903L);
    assertThat(total(read(PROBE21.resolve("t04-2022.txt")), ApplicationRowId.NEW)).isEqualTo(2419L);
  }

  @Test
  void aMarkIsACellOnlyBesideNumbers() {
    String row = "一、本年新收 1■9 16 ▇▇";
    assertThat(OcrMarks.isIllegible(row, 7, 10)).isTrue();
    assertThat(OcrMarks.isIllegible(row, 14, 16)).isTrue();
    assertThat(OcrMarks.isCellOf(row, 14, 16)).isTrue();
    String bullet = "■ 本机关主动公开";
    assertThat(OcrMarks.isIllegible(bullet, 0, 1)).isTrue();
    assertThat(OcrMarks.isCellOf(bullet, 0, 1)).isFalse();
    assertThat(OcrMarks.isIllegible("119")).isFalse();
    assertThat(Arrays.asList(OcrMarks.isIllegible("1?9"), OcrMarks.isIllegible("第3页")))
        .containsExactly(true, false);
  }
}
