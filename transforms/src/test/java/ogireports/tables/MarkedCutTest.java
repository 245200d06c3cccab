package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ReportTables;
import ogireports.model.Template;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Excerpts of real reports cut inside table 三 and marked as cut by the crawl, read as the pipeline
 * reads a document ({@code …}, {@code （未完）}, on the cut line or on a line of its own), or by
 * nothing but a line break written after the cut: a value the cut may have shortened ({@code 66}
 * kept as {@code 6…}) is not read, every other value is the whole text's.
 */
class MarkedCutTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath());

  /** The tables of a text read as the pipeline reads a crawled document. */
  private static ReportTables read(String text) {
    ReadOutcome outcome = READER.read("excerpt.txt", text);
    return outcome instanceof ReadOutcome.Accepted accepted
        ? accepted.report().tables()
        : new ReportTables(Template.UNKNOWN, null, null, null, "none");
  }

  @Test
  void aNumberBeforeTheMarkIsNotRead() throws IOException {
    String text = Files.readString(TextVariantsTest.FIXTURES.resolve("101.txt"));
    String row = "一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66";
    Map<String, Double> read =
        TableValuesDump.of(read(text.substring(0, text.indexOf(row) + row.length()) + "…"));
    // 66… may have been 660 or 661: before, 总计 was read as 6
    assertThat(read.get("T3.NEW.TOTAL")).isNull();
  }

  /** Every value read from the text cut at each character of table 三, the mark after the cut. */
  @ParameterizedTest
  @CsvSource({
    "real-reports, 101.txt, …",
    "real-reports, 101.txt, '\n…'",
    "real-reports/pdf, hongze-2024.pypdf.txt, （未完）",
    "seeds, 001_0157cd21641b28c7.txt, '\n……'",
    "real-reports, 101.txt, '\n'",
    "real-reports/pdf, hongze-2024.pypdf.txt, '\n'",
    "seeds, 001_0157cd21641b28c7.txt, '\n'"
  })
  void everyMarkedCutReadsOnlyTheWholeTextsValues(String folder, String file, String mark)
      throws IOException {
    Path path = Path.of("..", "fixtures").resolve(folder).resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8).replace("\r", "");
    Map<String, Double> whole = TableValuesDump.of(read(text));
    int from = text.indexOf("收到和处理政府信息公开申请情况\n");
    int to = text.indexOf("行政复议", from);
    to = to < 0 ? text.length() : to; // 101.txt is itself an excerpt that ends inside table 三
    assertThat(from).isPositive();
    assertThat(to - from).isGreaterThan(300);
    List<String> wrong = new ArrayList<>();
    for (int end = from; end < to; end++) {
      Map<String, Double> read = TableValuesDump.of(read(text.substring(0, end) + mark));
      for (Map.Entry<String, Double> e : read.entrySet()) {
        if (e.getValue() != null && !e.getValue().equals(whole.get(e.getKey()))) {
          wrong.add("cut at " + end + ": " + e.getKey() + " " + e.getValue());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
