package ogireports.tables;

import static ogireports.tables.ApplicationTotals.totals;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicationTable;
import ogireports.model.ReportTables;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * A text printed with a space between every character, digits too, and a wider gap between table
 * cells, as a PDF reader's OCR prints a scan (probe16 f04): each cell's characters are put together
 * again where the gap tells the cells apart, and the tables so read are kept where their arithmetic
 * confirms them. A text whose cells are set apart by the same single space as its characters does
 * not tell which digits are one number: its numbers of two digits stay null.
 */
class SpacedCharactersTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);
  private static final Path PROBE16 = Path.of("..", "fixtures", "written", "probe16");
  private static final Path TABLES4 = Path.of("..", "fixtures", "written", "tables4");
  private static final Path PROBE15 = Path.of("..", "fixtures", "written", "probe15");

  static ReportTables tables(String name, String text) {
    ReadOutcome outcome = READER.read(new Document(name, text.getBytes(StandardCharsets.UTF_8)));
    assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
    return ((ReadOutcome.Accepted) outcome).report().tables();
  }

  /**
   * The text as OCR spaces it: the characters of each tab-separated field one space apart, the
   * fields {@code gap} apart (empty fields, spans, are gone as in a scan).
   */
  static String spaced(String text, String gap) {
    return Arrays.stream(text.split("\n", -1))
        .map(
            line ->
                Arrays.stream(line.split("\t"))
                    .map(String::strip)
                    .filter(f -> !f.isEmpty())
                    .map(
                        f ->
                            f.codePoints()
                                .mapToObj(Character::toString)
                                .collect(Collectors.joining(" ")))
                    .collect(Collectors.joining(gap)))
        .collect(Collectors.joining("\n"));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void anOcrTextSpacedThroughoutReadsEveryTotal() throws IOException {
    // 梧州市万秀区商务局 2024: 一 1 2   3   0 … 1 5, (七) 1 3   2   0 … 1 5
    ReportTables t = tables("f04-2024.txt", read(PROBE16.resolve("f04-2024.txt")));
    assertThat(totals(t.applications())).containsExactly(15L, 1L, 15L, 1L);
    assertThat(t.applications().row(ogireports.model.ApplicationRowId.NEW).orElseThrow().cells())
        .extracting(ogireports.model.CellValue::asCount)
        .containsExactly(12L, 3L, 0L, 0L, 0L, 0L, 15L);
  }

  @Test
  void aTableOfTabsSpacedAsOcrDoesReadsAsPrinted() throws IOException {
    // the same report in TSV rows (37 4 38 3) and spaced: cells three spaces, two spaces or a
    // full-width space and a space apart
    String text = read(TABLES4.resolve("tsv-2021.txt"));
    assertThat(totals(tables("tsv-2021.txt", text).applications()))
        .containsExactly(37L, 4L, 38L, 3L);
    for (String gap : List.of("   ", "  ", "\u3000 ")) {
      ApplicationTable t = tables("tsv-2021.txt", spaced(text, gap)).applications();
      assertThat(totals(t)).as("gap '%s'", gap).containsExactly(37L, 4L, 38L, 3L);
    }
    // a report of 2022 with 41 new, 42 answered (大理白族自治州公安局交通警察支队)
    String a03 = read(PROBE15.resolve("a03-2022.txt"));
    assertThat(totals(tables("a03-2022.txt", spaced(a03, "   ")).applications()))
        .containsExactly(41L, 3L, 42L, 2L);
  }

  @Test
  void cellsAsFarApartAsCharactersDoNotTellTheNumbers() throws IOException {
    // every gap one space: "3 1   4" and "3 1 4" are the same text; 37 and 38 stay null, the
    // rows of one-digit cells (二 4, 四 3) are read
    String text = read(TABLES4.resolve("tsv-2021.txt"));
    ApplicationTable t = tables("tsv-2021.txt", spaced(text, " ")).applications();
    assertThat(totals(t)).containsExactly(null, 4L, null, 3L);
  }

  @Test
  void theLinesOfASpacedTextArePutTogetherByTheirGaps() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      lines.add("　 　 本 报 告 根 据 条 例 编 制 。 统 计 期 限 自 2 0 2 4 年 1 月 1 日 起");
    }
    lines.add("一 、 本 年 新 收 政 府 信 息 公 开 申 请 数 量   1 2   3   0   0   0   0   1 5");
    lines.add("行 政 许 可   3 7");
    lines.add("0   0   0   0   0   0   0   0   0   0   0   0   0   0   0");
    lines.add("（ 七 ） 总 计   1 3   2   0   0   0   0   1 5");
    List<String> together = SpacedCharacters.cellsOf(lines);
    assertThat(together).isNotNull();
    assertThat(together.get(0)).isEqualTo("本报告根据条例编制。统计期限自2024年1月1日起");
    assertThat(together.get(5)).isEqualTo("一、本年新收政府信息公开申请数量\t12\t3\t0\t0\t0\t0\t15");
    assertThat(together.get(6)).isEqualTo("行政许可\t37");
    assertThat(together.get(8)).isEqualTo("（七）总计\t13\t2\t0\t0\t0\t0\t15");
    // a text of words side by side is not spaced, even with rows of single digits apart
    List<String> plain = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      plain.add("本报告根据条例编制。");
      plain.add("0   0   0   0   0   0   0");
    }
    assertThat(SpacedCharacters.cellsOf(plain)).isNull();
    // spaced, but no row shows a wider gap between numbers: not put together
    List<String> noGap = new ArrayList<>(lines.subList(0, 5));
    noGap.add("一 、 本 年 新 收 政 府 信 息 公 开 申 请 数 量 1 2 3 0 0 0 0 1 5");
    assertThat(SpacedCharacters.cellsOf(noGap)).isNull();
  }
}
