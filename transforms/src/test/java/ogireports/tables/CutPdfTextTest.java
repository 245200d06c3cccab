package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ogireports.model.ReportTables;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crawled excerpts of a report extracted from PDF that end inside table 三: only values the kept
 * text determines are read, the hand-checked ones of the whole report.
 *
 * <p>The text is poppler's {@code pdftotext} (default mode) of {@code
 * fixtures/written/pdf/hongze-2024-left.pdf}, the hand-checked values of 洪泽区 2024 set in the
 * national template with left-aligned cells. Some labels are printed after their rows' values (the
 * page's labels in a heap), and a row's first value may share its label's line ({@code 3.危及“三安全一稳定”
 * 1}) while its six others follow one per line.
 */
class CutPdfTextTest {

  static final Path TEXT =
      Path.of("..", "fixtures", "written", "pdf", "hongze-2024-left.pdftotext.txt");

  /** The text with the unit 件 after every count of table 三 ({@code 1件}): cells typed with units. */
  static List<String> withUnits(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean inTable = false;
    for (String line : lines) {
      if (line.startsWith("三、收到和处理")) {
        inTable = true;
      } else if (line.startsWith("四、政府信息公开行政复议")) {
        inTable = false;
      }
      out.add(inTable ? line.replaceAll("(^| )(\\d+)$", "$1$2件") : line);
    }
    return out;
  }

  /** Every table 三 value read from the text cut after each of its lines. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void everyCutInsideTable三ReadsOnlyTheReportsValues(boolean units) throws IOException {
    List<String> lines = PdfTextTablesTest.lines(TEXT);
    if (units) {
      lines = withUnits(lines);
      assertThat(lines).contains("3.危及“三安全一稳定” 1件");
    }
    Map<String, Double> whole = PdfTextTablesTest.expected("hongze-2024.pdf");
    int from = lines.indexOf("三、收到和处理政府信息公开申请情况");
    int to = lines.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    assertThat(from).isPositive();
    assertThat(to).isGreaterThan(from);
    List<String> wrong = new ArrayList<>();
    for (int end = from; end <= to; end++) {
      List<String> cut = lines.subList(0, end);
      Map<String, Double> read =
          TableValuesDump.of(TableReader.read(cut, SectionSplitter.split(cut)));
      for (Map.Entry<String, Double> e : read.entrySet()) {
        if (e.getKey().startsWith("T3.")
            && e.getValue() != null
            && !e.getValue().equals(whole.get(e.getKey()))) {
          wrong.add("cut after line " + end + ": " + e.getKey() + " " + e.getValue());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aRowsFirstValueOnItsLabelsLineIsNotLost() throws IOException {
    // "3.危及“三安全一稳定” 1", then 0 0 0 0 0 1 one per line, then 4.'s first 0 (4.'s label is
    // printed at the page's end): the row was read 0 0 0 0 0 1 0, the 1 on its label's line lost;
    // eight values after the label do not say which seven are the row's
    List<String> lines = PdfTextTablesTest.lines(TEXT);
    int row = lines.indexOf("3.危及“三安全一稳定” 1");
    List<String> cut = lines.subList(0, row + 15); // its seven values and the next row's first
    assertThat(cut.get(cut.size() - 1)).isEqualTo("0");
    ReportTables tables = TableReader.read(cut, SectionSplitter.split(cut));
    Map<String, Double> read = TableValuesDump.of(tables);
    assertThat(read.get("T3.R_DENY_3.NATURAL_PERSON")).isIn(null, 1.0);
    assertThat(read.get("T3.R_DENY_3.OTHER_ORG")).isIn(null, 0.0);
    assertThat(read.get("T3.R_DENY_3.TOTAL")).isIn(null, 1.0);
    assertThat(read).containsEntry("T3.R_DENY_2.TOTAL", 0.0); // the rows before stand
  }
}
