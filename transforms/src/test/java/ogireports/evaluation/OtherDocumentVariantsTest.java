package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.document.ReadOutcome;
import ogireports.document.RejectReason;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * probe16's documents that are not this report (a university's 学年 report, a power company's, a
 * court's 司法公开, a 人大's survey, a village's 村务公开) stay NOT_A_REPORT rejects in every form a crawl
 * gives a text ({@link Variants}: lines joined, re-wrapped, under a CMS header, in Traditional
 * script, as HTML, as crawl records with the title kept apart…), as the reports stay reports in
 * them ({@link MetamorphicVariantsTest}).
 */
class OtherDocumentVariantsTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static final Path PROBE16 = Path.of("..", "fixtures", "written", "probe16");

  private static final List<String> NOT_REPORTS =
      List.of("b04-2023.txt", "b05-2023.txt", "b06-2023.txt", "b07-2024.txt", "b08-2023.txt");

  @Test
  void everyFormOfTheFiveIsANotAReportReject() throws IOException {
    List<String> read = new ArrayList<>();
    int seed = 0;
    for (String file : NOT_REPORTS) {
      String text = Files.readString(PROBE16.resolve(file), StandardCharsets.UTF_8);
      for (Variants v : Variants.values()) {
        seed++;
        ReadOutcome o = v.read(READER, file, text, seed);
        if (!(o instanceof ReadOutcome.Rejected r && r.reason() == RejectReason.NOT_A_REPORT)) {
          read.add(
              file
                  + " "
                  + v
                  + ": "
                  + (o instanceof ReadOutcome.Rejected r
                      ? r.reason() + " " + r.detail()
                      : "report of " + ((ReadOutcome.Accepted) o).report().metadata().agency()));
        }
      }
    }
    assertThat(read).isEmpty();
  }
}
