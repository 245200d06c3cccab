package ogireports.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record that the framing reads as {@code WARC-Type: response} but jwarc parses as another record
 * type is a malformed record, not a ClassCastException turned into a failure (found by the WARC
 * fuzz target: {@code regression_response_type_mismatch_classcast.warc}, {@code
 * regression_control_char_before_warc_type.warc}).
 */
class WarcTypeMismatchTest {

  @Test
  void responseTypeMismatchIsAMalformedRecord() throws IOException {
    check("regression_response_type_mismatch_classcast.warc");
  }

  /** {@code \u0017WARC-Type: response}: trimmed to WARC-Type by the framing, not by jwarc. */
  @Test
  void controlCharacterBeforeTheTypeFieldIsAMalformedRecord() throws IOException {
    check("regression_control_char_before_warc_type.warc");
  }

  private static void check(String name) throws IOException {
    byte[] bytes;
    try (InputStream in =
        WarcTypeMismatchTest.class.getResourceAsStream(
            "/ogireports/fuzz/CrawlReaderFuzzTestInputs/warc/" + name)) {
      bytes = in.readAllBytes();
    }
    List<CrawlItem> items =
        Items.read(
            "archive.warc", bytes, InputFormat.WARC, new Limits(4096, 1 << 20, 100, 64 << 10));
    assertThat(items).isNotEmpty();
    assertThat(items)
        .filteredOn(i -> i instanceof CrawlItem.Failure)
        .extracting(i -> ((CrawlItem.Failure) i).detail())
        .noneMatch(d -> d.contains("ClassCastException") || d.contains("NoSuchElementException"))
        .anyMatch(d -> d.contains("jwarc reads as"));
    assertThat(items)
        .filteredOn(i -> i instanceof CrawlItem.Failure)
        .extracting(i -> ((CrawlItem.Failure) i).reason())
        .doesNotContain(FailureReason.UNREADABLE);
  }
}
