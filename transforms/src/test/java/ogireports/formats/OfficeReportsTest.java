package ogireports.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import ogireports.document.Decoder;
import ogireports.document.ReportReader;
import ogireports.evaluation.Evaluation;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * The Word and Excel versions of real reports in {@code fixtures/written/office} ({@link
 * OfficeReports}): each read gives the hand-checked agency, place, year and totals.
 */
class OfficeReportsTest {

  static final Path DIR = Path.of("..", "fixtures", "written", "office");

  static List<String> lines(byte[] bytes) {
    Decoder.Result decoded = Decoder.decode(bytes);
    assertThat(decoded.isText()).as(String.valueOf(decoded.detail())).isTrue();
    return decoded.text().lines();
  }

  @Test
  void theCommittedFilesReadAsTheWriterMakesThem() throws IOException {
    if (System.getenv("OGIREPORTS_WRITE_OFFICE_FIXTURES") != null) {
      OfficeReports.writeAll(DIR);
    }
    for (Map.Entry<String, Supplier<byte[]>> e : OfficeReports.all().entrySet()) {
      List<String> made = lines(e.getValue().get());
      if (System.getenv("OGIREPORTS_PRINT_OFFICE_FIXTURES") != null) {
        System.out.println("==== " + e.getKey());
        made.forEach(System.out::println);
      }
      assertThat(lines(Files.readAllBytes(DIR.resolve(e.getKey())))).as(e.getKey()).isEqualTo(made);
    }
  }

  @Test
  void everyFileGivesItsHandCheckedValues() {
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath(), null);
    Evaluation evaluation = new Evaluation();
    evaluation.scoreAll(DIR.resolve("expected.jsonl"), null, reader);
    List<String> misses = new ArrayList<>();
    evaluation.misses().forEach(m -> misses.add(m.toString()));
    assertThat(misses).isEmpty();
  }
}
