package ogireports.tables;

import static ogireports.tables.ApplicationTotals.totals;
import static ogireports.tables.SpacedCharactersTest.tables;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.RowStatus;
import org.junit.jupiter.api.Test;

/**
 * Table 三 printed a cell per line with cells of two digits broken over two lines ({@code 1⏎5} for
 * 15), as OCR prints them (probe16 f05): a row with more cells than columns is read by the one
 * joining of its pieces that its row total and the table's 勾稽 balance and result sums admit; where
 * they admit several, the row stays null.
 */
class BrokenCellsTest {

  private static final Path PROBE16 = Path.of("..", "fixtures", "written", "probe16");
  private static final Path TABLES4 = Path.of("..", "fixtures", "written", "tables4");

  private static List<String> lines(Path file) throws IOException {
    return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** The lines with the value lines after the label line holding {@code label} replaced. */
  private static List<String> withRow(List<String> lines, String label, String... values) {
    int at = -1;
    for (int i = 0; i < lines.size() && at < 0; i++) {
      if (lines.get(i).replace(" ", "").contains(label)) {
        at = i;
      }
    }
    assertThat(at).as(label).isGreaterThanOrEqualTo(0);
    List<String> out = new ArrayList<>(lines.subList(0, at + 1));
    int next = at + 1;
    while (next < lines.size() && lines.get(next).strip().matches("[0-9]+")) {
      next++;
    }
    out.addAll(Arrays.asList(values));
    out.addAll(lines.subList(next, lines.size()));
    return out;
  }

  @Test
  void theOneJoiningThatAddsUpIsRead() throws IOException {
    // 庆阳市西峰区教育局 2022: 一 1⏎5⏎0⏎0⏎0⏎0⏎0⏎1⏎5, (七) 15⏎0⏎0⏎0⏎0⏎0⏎1⏎5
    ApplicationTable t =
        tables("f05-2022.txt", String.join("\n", lines(PROBE16.resolve("f05-2022.txt"))))
            .applications();
    assertThat(totals(t)).containsExactly(15L, 0L, 15L, 0L);
    assertThat(t.row(ApplicationRowId.NEW).orElseThrow().cells())
        .extracting(CellValue::asCount)
        .containsExactly(15L, 0L, 0L, 0L, 0L, 0L, 15L);
    assertThat(t.row(ApplicationRowId.NEW).orElseThrow().status()).isEqualTo(RowStatus.RECOVERED);
  }

  @Test
  void aTypedZeroIsACellOfItsOwn() throws IOException {
    // f05 with its zero cells typed 〇: 1⏎5⏎〇⏎〇⏎〇⏎〇⏎〇⏎1⏎5 still reads 15 0 0 0 0 0 15
    List<String> lines = new ArrayList<>();
    for (String line : lines(PROBE16.resolve("f05-2022.txt"))) {
      lines.add(line.equals("0") ? "〇" : line);
    }
    ApplicationTable t = tables("f05-2022.txt", String.join("\n", lines)).applications();
    assertThat(totals(t)).containsExactly(15L, 0L, 15L, 0L);
    // 1⏎〇 is no 10: a typed zero is never part of a longer number
    List<String> ten = withRow(lines, "（二）部分公开", "1", "〇", "〇", "〇", "〇", "〇", "〇", "1", "〇");
    assertThat(
            tables("f05-2022.txt", String.join("\n", ten))
                .applications()
                .row(ApplicationRowId.R_PARTIAL)
                .orElseThrow()
                .status())
        .isEqualTo(RowStatus.INCOMPLETE);
  }

  @Test
  void aTableOfTabsPrintedACellPerLineWithItsNumbersBrokenReadsAsPrinted() throws IOException {
    // tables4 tsv-2021 (37 4 38 3): each field on its own line, each number of two digits broken
    List<String> out = new ArrayList<>();
    boolean inTable = false;
    for (String line : lines(TABLES4.resolve("tsv-2021.txt"))) {
      inTable |= line.startsWith("三、收到和处理");
      if (line.startsWith("四、政府信息公开行政复议")) {
        inTable = false;
      }
      if (!inTable || !line.contains("\t")) {
        out.add(line);
        continue;
      }
      for (String field : line.split("\t")) {
        if (field.isBlank()) {
          continue;
        }
        if (field.matches("[0-9]{2}")) {
          out.add(field.substring(0, 1));
          out.add(field.substring(1));
        } else {
          out.add(field);
        }
      }
    }
    assertThat(out).containsSequence("3", "1", "4", "0", "1", "2", "0", "3", "8");
    ApplicationTable t = tables("tsv-2021.txt", String.join("\n", out)).applications();
    assertThat(totals(t)).containsExactly(37L, 4L, 38L, 3L);
  }

  @Test
  void joiningsTheArithmeticDoesNotTellApartStayNull() throws IOException {
    // 一, (一) and (七) each 1⏎1⏎0⏎0⏎0⏎0⏎0⏎1⏎1: 11 0 0 0 0 0 11 or 1 10 0 0 0 0 11, and the balance
    // and the result sums hold with either, as long as the three rows are read alike
    String[] broken = {"1", "1", "0", "0", "0", "0", "0", "1", "1"};
    String[] zeros = {"0", "0", "0", "0", "0", "0", "0"};
    List<String> lines = lines(PROBE16.resolve("f05-2022.txt"));
    lines = withRow(lines, "一、本年新收", broken);
    lines = withRow(lines, "（一）予以公开", broken);
    lines = withRow(lines, "（二）部分公开", zeros);
    lines = withRow(lines, "1.本机关不掌握", zeros);
    lines = withRow(lines, "1.信访举报投诉", zeros);
    lines = withRow(lines, "（七）总计", broken);
    ApplicationTable t = tables("f05-2022.txt", String.join("\n", lines)).applications();
    assertThat(totals(t)).containsExactly(null, 0L, null, 0L);
    assertThat(t.row(ApplicationRowId.R_OPEN).orElseThrow().status())
        .isEqualTo(RowStatus.INCOMPLETE);
    // one row decided (一 printed 11 0 0 0 0 0 11 in full): the others read the same way
    List<String> decided = withRow(lines, "一、本年新收", "11", "0", "0", "0", "0", "0", "11");
    assertThat(totals(tables("f05-2022.txt", String.join("\n", decided)).applications()))
        .containsExactly(11L, 0L, 11L, 0L);
  }
}
