package ogireports.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Compression faults: a .gz of a .gz unwrapped within the same limits; a record that claims more
 * bytes than the input holds is a truncated record, not TOO_LARGE; a cut .gz keeps the text decoded
 * before the cut.
 */
class CompressionFaultsTest {

  static final String TEXT = "某市人民政府2021年政府信息公开工作年度报告\n一、总体情况\n".repeat(2000);

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aGzipOfAGzipIsUnwrapped() {
    for (String name : List.of("report.txt.gz.gz", "report.txt.gz", "report.txt")) {
      byte[] twice = Items.gzip(Items.gzip(utf8(TEXT)));
      List<CrawlItem> items = Items.read(name, twice);
      assertThat(items).as(name).hasSize(1);
      assertThat(new String(Items.doc(items.get(0)).document().bytes(), StandardCharsets.UTF_8))
          .isEqualTo(TEXT);
    }
    byte[] mixed = Items.zstd(Items.bzip2(Items.gzip(utf8(TEXT))));
    assertThat(
            new String(
                Items.doc(Items.read("r.zst", mixed).get(0)).document().bytes(),
                StandardCharsets.UTF_8))
        .isEqualTo(TEXT);
  }

  @Test
  void aNestedBombStopsAtTheSameLimits() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 256; i++) {
        z.write(zeros);
      }
    }
    byte[] twice = Items.gzip(out.toByteArray());
    CrawlReader r =
        CrawlReader.open(
            "bomb.gz.gz", new java.io.ByteArrayInputStream(twice), null, Limits.DEFAULTS);
    List<CrawlItem> items = new java.util.ArrayList<>();
    r.forEachRemaining(items::add);
    CrawlItem.Failure f = Items.failure(items.get(items.size() - 1));
    assertThat(f.reason()).isEqualTo(FailureReason.DECOMPRESSION_LIMIT);
    assertThat(r.stats().decompressedBytes()).isLessThan(4L << 20);
  }

  @Test
  void aTruncatedGzipKeepsTheTextBeforeTheCut() {
    byte[] gz = Items.gzip(utf8(TEXT));
    byte[] cut = Arrays.copyOf(gz, gz.length / 2);
    List<CrawlItem> items = Items.read("report.txt.gz", cut);
    assertThat(items).hasSize(1);
    String kept = new String(Items.doc(items.get(0)).document().bytes(), StandardCharsets.UTF_8);
    assertThat(kept.length()).isGreaterThan(TEXT.length() / 4);
    assertThat(TEXT).startsWith(kept.substring(0, kept.length() - 2));
    // an uncompressed file is not affected; a cut .gz with nothing decodable is still unreadable
    assertThat(Items.failure(Items.read("x.txt.gz", Arrays.copyOf(gz, 12)).get(0)).reason())
        .isEqualTo(FailureReason.UNREADABLE);
  }

  @Test
  void aWarcRecordClaimingMoreThanTheInputHoldsIsNotTooLarge() {
    String header =
        "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            + "WARC-Target-URI: http://example.gov.cn/a\r\nContent-Type: text/plain\r\n"
            + "Content-Length: 99999999999\r\n\r\n";
    byte[] warc = utf8(header + "一、总体情况\n".repeat(10));
    List<CrawlItem> items = Items.read("crawl.warc", warc);
    CrawlItem.Failure f = Items.failure(items.get(items.size() - 1));
    assertThat(f.reason()).as(f.detail()).isNotEqualTo(FailureReason.TOO_LARGE);
    assertThat(f.bytes()).isLessThanOrEqualTo(warc.length);
    // a record that really is larger than the limit stays TOO_LARGE
    byte[] big =
        utf8(
            "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:2>\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 2000\r\n\r\n"
                + "a".repeat(2000)
                + "\r\n\r\n");
    List<CrawlItem> bigItems =
        Items.read("big.warc", big, null, Limits.DEFAULTS.withMaxDocumentBytes(100));
    assertThat(Items.failure(bigItems.get(0)).reason()).isEqualTo(FailureReason.TOO_LARGE);
  }
}
