package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * The metadata (agency, place, year) of written reports read in the crawl forms that once lost or
 * garbled them, checked against their labels: a page's lines joined (a menu's 走进右江, a breadcrumb's
 * 直属单位 or last step run into the title; a title wrapped after its government joined again; a
 * sign-off's name and date on one line), and a crawl record whose title field left the body's name
 * in the text.
 */
class CrawlFormsMetadataTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  /** Variant, set and file. */
  private static final List<String[]> READ_RIGHT =
      List.of(
          new String[] {"JOINED", "probe14", "o04-2017.txt"},
          new String[] {"JOINED", "probe14", "w09-2022.txt"},
          new String[] {"JOINED_SPACE", "probe14", "w09-2022.txt"},
          new String[] {"JOINED", "probe13", "a05-2020.txt"},
          new String[] {"JOINED", "probe12", "c05-2021.txt"},
          new String[] {"JOINED", "probe12", "o06-2014.txt"},
          new String[] {"JOINED_SPACE", "probe12", "o06-2014.txt"},
          new String[] {"JOINED", "probe12", "o09-2015.txt"},
          new String[] {"JOINED", "probe12", "a11-2020.txt"},
          new String[] {"JOINED", "probe12", "b15-2021.txt"},
          new String[] {"JOINED", "probe13", "b05-2024.txt"},
          new String[] {"JSON_TITLE_APART", "probe12", "o02-2011.txt"},
          new String[] {"JSON_TITLE_APART", "probe12", "b03-2023.txt"},
          new String[] {"JSON_TITLE_APART", "probe12", "c01-2022.txt"},
          new String[] {"JSON_TITLE_APART", "probe12", "c05-2021.txt"});

  @Test
  void crawlFormsOfWrittenReportsReadTheirLabelledMetadata() throws IOException {
    List<String> misses = new ArrayList<>();
    int seed = 0;
    for (String[] c : READ_RIGHT) {
      Variants v = Variants.valueOf(c[0]);
      Path labels = Path.of("..", "fixtures", "written", c[1], "expected.jsonl");
      ExpectedReport e =
          ExpectedReport.readAll(labels).stream()
              .filter(r -> r.file().equals(c[2]))
              .findFirst()
              .orElseThrow();
      String text = Files.readString(labels.getParent().resolve(c[2]), StandardCharsets.UTF_8);
      for (Evaluation.Miss m : new Evaluation().score(e, v.read(READER, c[2], text, ++seed))) {
        if (!m.field().isTotal()) {
          misses.add(c[0] + " " + c[1] + "/" + m);
        }
      }
    }
    assertThat(misses).isEmpty();
  }
}
