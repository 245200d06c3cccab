package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * Real text 035 (东港镇, 2021) as a crawler flattens a CMS page: its key-value header and the report
 * on one line. A sentence of its overview, {@code 2021年通过政府网站主动公布…}, had been read as naming the
 * body {@code 通过政府网站}: a website is no body, and a name ending in one is none.
 */
class FlattenedCmsPageTest {

  @Test
  void aWebsiteIsNoBody() throws Exception {
    String text =
        Files.readString(
            Path.of("..", "fixtures", "real-reports", "035.txt"), StandardCharsets.UTF_8);
    // the CMS header of the CMS_HEADER variant, then every line joined into one
    String page = Variants.JOINED.of(Variants.CMS_HEADER.of(text, 0), 0);
    ReadOutcome read =
        new ReportReader(PlaceResolver.fromClasspath())
            .read(new Document("035-flattened", page.getBytes(StandardCharsets.UTF_8)));
    assertThat(read).isInstanceOf(ReadOutcome.Accepted.class);
    ReadOutcome.Accepted accepted = (ReadOutcome.Accepted) read;
    assertThat(accepted.report().metadata().agency()).isNotEqualTo("通过政府网站");
    assertThat(accepted.report().metadata().year()).isEqualTo(2021);
  }
}
