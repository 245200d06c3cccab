package ogireports.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ogireports.crawl.CrawlItem;
import ogireports.crawl.CrawlReader;
import ogireports.crawl.InputFormat;
import ogireports.crawl.Limits;

/**
 * Crawl inputs on arbitrary bytes: JSON Lines, WARC, and compressed inputs whose compression and
 * format are detected from the bytes. Reading never throws (only {@code close()} may throw its
 * documented IOException); no document is larger than {@code maxDocumentBytes}; a failure item
 * never hides a programming error (an unchecked exception of our own code turned into UNREADABLE).
 *
 * <p>Regression inputs: {@code CrawlReaderFuzzTestInputs/<method>/}.
 */
class CrawlReaderFuzzTest {

  /** Small limits, so the fuzzer reaches them: 4 KiB documents, 1 MiB per input, ratio 100. */
  static final Limits LIMITS = new Limits(4096, 1 << 20, 100, 64 << 10);

  /** Unchecked exceptions that only a bug in the reader raises. */
  private static final Set<String> BUGS =
      Set.of(
          "NullPointerException",
          "ArrayIndexOutOfBoundsException",
          "StringIndexOutOfBoundsException",
          "IndexOutOfBoundsException",
          "ClassCastException",
          "NegativeArraySizeException",
          "ArithmeticException",
          "IllegalStateException",
          "NoSuchElementException",
          "ConcurrentModificationException",
          "OutOfMemoryError",
          "StackOverflowError");

  @FuzzTest
  void jsonl(byte[] bytes) {
    read("dump.jsonl", bytes, InputFormat.JSONL);
  }

  @FuzzTest
  void warc(byte[] bytes) {
    read("archive.warc", bytes, InputFormat.WARC);
  }

  /** Compression (gzip, bzip2, zlib, zstd) and format detected from the bytes alone. */
  @FuzzTest
  void compressed(byte[] bytes) {
    read("crawl-input", bytes, null);
  }

  static List<CrawlItem> read(String uri, byte[] bytes, InputFormat format) {
    List<CrawlItem> items =
        Guard.run(
            "CrawlReader",
            () -> {
              List<CrawlItem> out = new ArrayList<>();
              CrawlReader reader =
                  CrawlReader.open(uri, new ByteArrayInputStream(bytes), format, LIMITS);
              try {
                while (reader.hasNext()) {
                  out.add(reader.next());
                  assertThat(out.size())
                      .as("items from %d bytes", bytes.length)
                      .isLessThanOrEqualTo(bytes.length + 2 + (int) LIMITS.maxArchiveBytes());
                }
                assertThat(reader.stats()).isNotNull();
              } finally {
                try {
                  reader.close();
                } catch (IOException documented) {
                  // close() is documented to throw IOException
                }
              }
              return out;
            });
    for (CrawlItem item : items) {
      assertThat(item).isNotNull();
      assertThat(item.sourceUri()).isNotNull().startsWith(uri);
      if (item instanceof CrawlItem.Readable doc) {
        assertThat((long) doc.document().bytes().length)
            .as("document %s", doc.sourceUri())
            .isLessThanOrEqualTo(LIMITS.maxDocumentBytes());
      } else if (item instanceof CrawlItem.Failure failure) {
        assertThat(failure.reason()).isNotNull();
        assertThat(failure.bytes()).isGreaterThanOrEqualTo(0);
        String detail = failure.detail() == null ? "" : failure.detail();
        for (String bug : BUGS) {
          assertThat(detail).as("failure hides a bug: %s", detail).doesNotContain(bug + ":");
        }
      }
    }
    return items;
  }
}
