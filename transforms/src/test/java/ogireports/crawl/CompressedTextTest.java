package ogireports.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CompressedTextTest {

  private static final byte[] TEXT =
      "某市应急管理局2020年政府信息公开工作年度报告\n一、总体情况\n".repeat(50).getBytes(StandardCharsets.UTF_8);

  @Test
  void everyCompressionGivesTheSameTextDocument() {
    for (var c :
        List.of(
            new Object[] {"r.txt", TEXT},
            new Object[] {"r.txt.gz", Items.gzip(TEXT)},
            new Object[] {"r.txt.bz2", Items.bzip2(TEXT)},
            new Object[] {"r.txt.deflate", Items.rawDeflate(TEXT)},
            new Object[] {"r.txt.deflate", Items.zlib(TEXT)},
            new Object[] {"r.txt.zst", Items.zstd(TEXT)},
            new Object[] {"r.html", Items.zstd(TEXT)},
            new Object[] {"unknown", Items.bzip2(TEXT)})) {
      List<CrawlItem> items = Items.read((String) c[0], (byte[]) c[1]);
      assertThat(items).as((String) c[0]).hasSize(1);
      CrawlItem.Readable doc = Items.doc(items.get(0));
      assertThat(doc.sourceUri()).isEqualTo(c[0]);
      assertThat(doc.document().bytes()).isEqualTo(TEXT);
    }
  }

  @Test
  void aTextOverTheLimitIsTooLarge() {
    List<CrawlItem> items =
        Items.read("r.txt.gz", Items.gzip(TEXT), null, Limits.DEFAULTS.withMaxDocumentBytes(100));
    assertThat(Items.failure(items.get(0)).reason()).isEqualTo(FailureReason.TOO_LARGE);
  }

  @Test
  void corruptCompressedDataIsUnreadable() {
    byte[] gz = Items.gzip(TEXT);
    for (int i = 20; i < gz.length - 8; i++) {
      gz[i] ^= 0x55;
    }
    List<CrawlItem> items = Items.read("r.txt.gz", gz);
    assertThat(Items.failure(items.get(0)).reason()).isEqualTo(FailureReason.UNREADABLE);
  }

  /** 1 GiB of zeros gzip-compressed (about 1 MB), made as a stream, never held uncompressed. */
  static byte[] gzipBomb(long size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z =
        new GZIPOutputStream(out, 1 << 16) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      byte[] zeros = new byte[1 << 20];
      for (long n = 0; n < size; n += zeros.length) {
        z.write(zeros);
      }
    }
    return out.toByteArray();
  }

  @Test
  void aGzipBombStopsAtTheRatioLimitEarly() throws IOException {
    byte[] bomb = gzipBomb(1L << 30);
    assertThat(bomb.length).isLessThan(2 << 20);
    for (String name : List.of("bomb.txt.gz", "bomb.jsonl.gz", "bomb.warc.gz")) {
      try (CrawlReader r =
          CrawlReader.open(name, new java.io.ByteArrayInputStream(bomb), null, Limits.DEFAULTS)) {
        List<CrawlItem> items = new java.util.ArrayList<>();
        r.forEachRemaining(items::add);
        CrawlItem.Failure f = Items.failure(items.get(items.size() - 1));
        assertThat(f.reason()).as(name).isEqualTo(FailureReason.DECOMPRESSION_LIMIT);
        assertThat(f.sourceUri()).isEqualTo(name);
        assertThat(f.detail()).contains("ratio");
        // stopped just past the 1 MiB after which the ratio is checked, far below 1 GiB
        assertThat(r.stats().decompressedBytes()).isLessThan(2L << 20);
      }
    }
  }

  @Test
  void theArchiveLimitStopsAnInputWithoutARatioProblem() throws IOException {
    byte[] bomb = gzipBomb(64L << 20);
    Limits limits = Limits.DEFAULTS.withMaxArchiveBytes(10L << 20).withMaxRatio(1e9, 0);
    List<CrawlItem> items = Items.read("zeros.txt.gz", bomb, null, limits);
    CrawlItem.Failure f = Items.failure(items.get(0));
    assertThat(f.reason()).isIn(FailureReason.DECOMPRESSION_LIMIT, FailureReason.TOO_LARGE);
    items = Items.read("zeros.txt.gz", bomb, null, limits.withMaxDocumentBytes(100L << 20));
    f = Items.failure(items.get(0));
    assertThat(f.reason()).isEqualTo(FailureReason.DECOMPRESSION_LIMIT);
    assertThat(f.bytes()).isEqualTo((10L << 20) + 1);
  }
}
