package ogireports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ogireports.tables.ApplicationTotals;
import org.junit.jupiter.api.Test;

/**
 * A spreadsheet previewer's page (probe15 x05) and an Excel-to-HTML export print the sheet inside a
 * frame of column letters and row numbers: the frame is left out, so each row's cells stand in
 * their columns. A table with only row numbers, or whose letters or numbers skip, is no such frame
 * and is rendered as printed.
 */
class SpreadsheetFrameTest {

  private static final Path PROBE15 = Path.of("..", "fixtures", "written", "probe15");

  private static List<Long> totals(String name, String html) {
    return ApplicationTotals.totals(ApplicationTotals.read(name, html));
  }

  /** The HTML with the table holding {@code marker} framed: a letters row and row numbers. */
  private static String framed(String html, String marker, int columns) {
    int at = html.indexOf(marker);
    int start = html.lastIndexOf("<table", at);
    int open = html.indexOf('>', start) + 1;
    int end = html.indexOf("</table>", at);
    StringBuilder letters = new StringBuilder("<tr><th></th>");
    for (int k = 0; k < columns; k++) {
      letters.append("<th>").append((char) ('A' + k)).append("</th>");
    }
    letters.append("</tr>\n");
    String body = html.substring(open, end);
    StringBuilder numbered = new StringBuilder();
    int n = 0;
    int from = 0;
    for (int tr = body.indexOf("<tr"); tr >= 0; tr = body.indexOf("<tr", tr + 1)) {
      int close = body.indexOf('>', tr) + 1;
      numbered.append(body, from, close).append("<th>").append(++n).append("</th>");
      from = close;
    }
    numbered.append(body.substring(from));
    return html.substring(0, open) + letters + numbered + html.substring(end);
  }

  @Test
  void aSpreadsheetPreviewReadsEveryTotal() throws IOException {
    String html = Files.readString(PROBE15.resolve("x05-2023.html"), StandardCharsets.UTF_8);
    assertThat(totals("x05-2023.html", html)).containsExactly(6L, 0L, 5L, 1L);
  }

  @Test
  void aPagesTableFramedAsASpreadsheetReadsAsPrinted() throws IOException {
    // probe15 h01 (12 1 11 2), its table 三 (rowspans, colspans) framed as a previewer frames it
    String html = Files.readString(PROBE15.resolve("h01-2022.html"), StandardCharsets.UTF_8);
    assertThat(totals("h01-2022.html", html)).containsExactly(12L, 1L, 11L, 2L);
    String framed = framed(html, "本年新收", 10);
    assertThat(framed).contains("<th>J</th>").contains("<th>20</th>");
    assertThat(totals("h01-2022.html", framed)).containsExactly(12L, 1L, 11L, 2L);
  }

  @Test
  void onlyAWholeFrameIsLeftOut() {
    String frame =
        "<html><body><div><table>"
            + "<tr><th></th><th>A</th><th>B</th><th>C</th></tr>"
            + "<tr><th>1</th><td>规章</td><td>0</td><td>3</td></tr>"
            + "<tr><th>2</th><td>行政规范性文件</td><td>1</td><td>4</td></tr>"
            + "</table></div></body></html>";
    assertThat(HtmlPage.render(frame).lines()).containsSubsequence("规章\t0\t3", "行政规范性文件\t1\t4");
    // row numbers without the letters row: a table's own first column
    String noLetters = frame.replace("<tr><th></th><th>A</th><th>B</th><th>C</th></tr>", "");
    assertThat(HtmlPage.render(noLetters).lines())
        .containsSubsequence("1\t规章\t0\t3", "2\t行政规范性文件\t1\t4");
    // numbers that skip, or letters out of order: not a previewer's frame
    String skipping = frame.replace("<th>2</th>", "<th>5</th>");
    assertThat(HtmlPage.render(skipping).lines()).contains("\tA\tB\tC", "1\t规章\t0\t3");
    String lettersOutOfOrder = frame.replace("<th>B</th>", "<th>X</th>");
    assertThat(HtmlPage.render(lettersOutOfOrder).lines()).contains("1\t规章\t0\t3");
  }
}
