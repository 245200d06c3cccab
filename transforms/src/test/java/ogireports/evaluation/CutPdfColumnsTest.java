package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import ogireports.tables.TableValuesDump;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Excerpts of poppler's {@code pdftotext} text of the real PDF reports, cut wherever a crawl's byte
 * limit falls: after every digit from table 三 on, and every 7th character between. Its table 三 is
 * printed by columns in blocks of rows ({@code 0 21 | 0 0 | …} after （七）总计: the 自然人, 商业企业, … cells
 * of （六） and （七}); cut inside a block, the numbers after a label are not that row's. Every value
 * read from a cut text must be the value read from the whole text, or none.
 */
class CutPdfColumnsTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static final int STEP = 7;

  @ParameterizedTest
  @ValueSource(strings = {"hongze-2023.pdftotext.txt", "hongze-2024.pdftotext.txt"})
  void aCutNeverMakesAValueUp(String file) throws IOException {
    String whole =
        Files.readString(
            RealReportsEvaluationTest.FIXTURES.resolve("pdf").resolve(file),
            StandardCharsets.UTF_8);
    Map<String, Double> want = values(whole);
    assertThat(want).containsEntry("T3.NEW.TOTAL", file.contains("2023") ? 21.0 : 95.0);
    List<String> problems = new ArrayList<>();
    int cuts = 0;
    for (int at = whole.indexOf("三、收到和处理"); at < whole.length(); at++) {
      if (!Character.isDigit(whole.charAt(at - 1)) && at % STEP != 0) {
        continue;
      }
      cuts++;
      Map<String, Double> got = values(whole.substring(0, at));
      if (got == null) {
        continue;
      }
      for (Map.Entry<String, Double> e : got.entrySet()) {
        Double read = want.get(e.getKey());
        if (e.getValue() != null && !Objects.equals(e.getValue(), read)) {
          problems.add(
              "cut after …"
                  + whole.substring(Math.max(0, at - 30), at).replace("\n", "⏎")
                  + ": "
                  + e.getKey()
                  + " "
                  + e.getValue()
                  + ", whole text "
                  + read);
        }
      }
    }
    assertThat(cuts).isGreaterThan(100);
    assertThat(problems).as(file + ": values a cut made up").isEmpty();
  }

  /** Tables 三 and 四, by cell ({@code T3.NEW.TOTAL}); null when the text is not read at all. */
  private static Map<String, Double> values(String text) {
    ReadOutcome outcome = READER.read("cut.txt", text);
    if (!(outcome instanceof ReadOutcome.Accepted accepted)) {
      return null;
    }
    Map<String, Double> values = TableValuesDump.of(accepted.report().tables());
    values.keySet().removeIf(key -> key.startsWith("T2."));
    return values;
  }
}
