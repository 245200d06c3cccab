package ogireports.crawl;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts kept while one input is read. {@code skipped} counts records that are not documents and
 * are not failures either (WARC request, metadata, warcinfo records; non-HTML payloads; HTTP
 * statuses other than 2xx; blank JSONL lines), by a key such as {@code warc:request}.
 */
public final class CrawlStats {
  private long records;
  private long documents;
  private long failures;
  private long decompressedBytes;
  private final Map<String, Long> skipped = new TreeMap<>();

  void record() {
    records++;
  }

  void document() {
    documents++;
  }

  void failure() {
    failures++;
  }

  void skip(String key) {
    skipped.merge(key, 1L, Long::sum);
  }

  void decompressedBytes(long n) {
    decompressedBytes = n;
  }

  /** Records seen (WARC records, non-blank JSONL lines, 1 for a TEXT file). */
  public long records() {
    return records;
  }

  /** Documents produced. */
  public long documents() {
    return documents;
  }

  /** Failure items produced. */
  public long failures() {
    return failures;
  }

  /** Bytes read after decompression. */
  public long decompressedBytes() {
    return decompressedBytes;
  }

  /** Records skipped silently, by kind. */
  public Map<String, Long> skipped() {
    return Map.copyOf(skipped);
  }

  @Override
  public String toString() {
    return "records="
        + records
        + " documents="
        + documents
        + " failures="
        + failures
        + " skipped="
        + skipped
        + " decompressedBytes="
        + decompressedBytes;
  }
}
