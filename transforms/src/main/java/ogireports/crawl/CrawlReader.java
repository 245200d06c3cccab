package ogireports.crawl;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads one crawl input (a TEXT file, a JSONL dump or a WARC archive, any of them compressed) into
 * documents, one record at a time: nothing but the current record is held in memory.
 *
 * <p>Never throws for bad input. A record that cannot be used becomes a {@link CrawlItem.Failure}
 * and reading goes on with the next record; a failure of the input itself (corrupt compressed data,
 * an I/O error, a decompression limit) becomes a last failure item naming the input, after the
 * documents read before it.
 *
 * <pre>{@code
 * try (CrawlReader reader = CrawlReader.open(uri, in, null, Limits.DEFAULTS)) {
 *   reader.forEachRemaining(item -> ...);
 * }
 * }</pre>
 */
public abstract class CrawlReader implements Iterator<CrawlItem>, Closeable {

  /** Bytes looked at to detect the compression and the format. */
  static final int HEAD_BYTES = 512;

  /** Most layers of compression unwrapped (a .gz of a .gz of a .gz). */
  static final int MAX_LAYERS = 4;

  final String sourceUri;
  final Limits limits;
  final CrawlStats stats = new CrawlStats();
  private InputStream in;
  private LimitedInputStream limited;
  private CrawlItem pending;
  private boolean done;

  CrawlReader(String sourceUri, Limits limits) {
    this.sourceUri = sourceUri;
    this.limits = limits;
  }

  /**
   * Opens an input with the default JSONL field names.
   *
   * @param sourceUri the input's path or URI, used to detect the format and to name the items
   * @param in the input's raw bytes (closed by {@link #close()})
   * @param format the format, or null to detect it ({@link InputFormat#detect})
   * @param limits the size limits
   */
  public static CrawlReader open(
      String sourceUri, InputStream in, InputFormat format, Limits limits) {
    return open(sourceUri, in, format, limits, JsonlFields.DEFAULTS);
  }

  /** Opens an input; {@code fields} names the JSONL fields to read. */
  public static CrawlReader open(
      String sourceUri, InputStream in, InputFormat format, Limits limits, JsonlFields fields) {
    BufferedInputStream raw = new BufferedInputStream(in, bufferSize(in));
    CrawlReader reader;
    LimitedInputStream limited = null;
    InputStream body = raw;
    try {
      byte[] head = peek(raw, HEAD_BYTES);
      Compression compression = Compression.detect(sourceUri, head);
      LimitedInputStream.Counting counting = new LimitedInputStream.Counting(raw);
      boolean compressed = compression != Compression.NONE;
      InputStream decoded = compressed ? new CutShort(compression.wrap(counting, head)) : counting;
      // Compression inside compression (a .gz of a .gz): unwrapped by magic bytes, a few layers
      // deep, each layer's output held to the same size and ratio limits against the file's raw
      // bytes (so a layer that inflates without output cannot run away either).
      for (int layer = 1; compressed && layer < MAX_LAYERS; layer++) {
        BufferedInputStream inner =
            new BufferedInputStream(
                new LimitedInputStream(decoded, counting, true, limits), 65_536);
        byte[] innerHead = peek(inner, HEAD_BYTES);
        Compression nested = Compression.byMagic(innerHead);
        if (nested == Compression.NONE || nested == Compression.DEFLATE) {
          decoded = inner; // DEFLATE's two-byte magic could be the start of a text: not nested
          break;
        }
        decoded = new CutShort(nested.wrap(inner, innerHead));
      }
      limited = new LimitedInputStream(decoded, counting, compressed, limits);
      // an input read as it is needs no larger buffer than the raw one
      body = new BufferedInputStream(limited, compressed ? BUFFER : bufferSize(raw));
      InputFormat chosen = format;
      if (chosen == null) {
        chosen = InputFormat.detect(sourceUri, peek((BufferedInputStream) body, HEAD_BYTES));
      }
      reader =
          switch (chosen) {
            case TEXT -> new TextRecords(sourceUri, body, limits, compressed, fields);
            case JSONL -> new JsonlRecords(sourceUri, body, limits, fields);
            case WARC -> new WarcRecords(sourceUri, body, limits);
            case CSV -> new CsvRecords(sourceUri, body, limits, fields);
          };
    } catch (DecompressionLimitException e) {
      reader =
          new FailedInput(
              sourceUri, limits, FailureReason.DECOMPRESSION_LIMIT, e.getMessage(), e.bytesRead());
    } catch (IOException | RuntimeException e) {
      reader =
          new FailedInput(
              sourceUri,
              limits,
              FailureReason.UNREADABLE,
              "the input cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
              limited == null ? 0 : limited.total());
    }
    reader.in = body;
    reader.limited = limited;
    return reader;
  }

  /** The read buffers' size. */
  static final int BUFFER = 65_536;

  private static final int MIN_BUFFER = 2 * HEAD_BYTES;

  /**
   * A read buffer for {@code in}: {@link #BUFFER} bytes, or fewer when the input says it holds
   * fewer (a ~13 KB file needs no two 64 KB buffers). Only the cost depends on it.
   */
  static int bufferSize(InputStream in) {
    try {
      int available = in.available();
      if (available > 0 && available < BUFFER) {
        return Math.max(MIN_BUFFER, available + 1);
      }
    } catch (IOException e) {
      // the size is unknown
    }
    return BUFFER;
  }

  private static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = in.readNBytes(n);
    in.reset();
    return head;
  }

  /**
   * A record's content (a JSON field, a CSV column) over the document limit, or null when it is
   * within it.
   */
  final CrawlItem.Failure overLimit(String uri, byte[] content) {
    if (content.length <= limits.maxDocumentBytes()) {
      return null;
    }
    return new CrawlItem.Failure(
        uri,
        FailureReason.TOO_LARGE,
        "the content is "
            + content.length
            + " bytes, over the limit of "
            + limits.maxDocumentBytes(),
        content.length);
  }

  /**
   * The next item, or null at the end. Implementations catch what belongs to one record and return
   * a failure for it; exceptions that escape end the input.
   */
  abstract CrawlItem readNext() throws IOException;

  @Override
  public boolean hasNext() {
    if (pending == null && !done) {
      pending = advance();
      if (pending == null) {
        done = true;
      }
    }
    return pending != null;
  }

  @Override
  public CrawlItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CrawlItem item = pending;
    pending = null;
    return item;
  }

  private CrawlItem advance() {
    CrawlItem item;
    try {
      item = readNext();
    } catch (DecompressionLimitException e) {
      done = true;
      item =
          new CrawlItem.Failure(
              sourceUri,
              FailureReason.DECOMPRESSION_LIMIT,
              e.getMessage() + "; reading of the input stopped there",
              e.bytesRead());
    } catch (IOException | RuntimeException e) {
      done = true;
      item =
          new CrawlItem.Failure(
              sourceUri,
              FailureReason.UNREADABLE,
              "reading of the input stopped: "
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage(),
              limited == null ? 0 : limited.total());
    }
    if (item instanceof CrawlItem.Failure f
        && f.reason() == FailureReason.TOO_LARGE
        && limited != null
        && f.bytes() > limited.total()) {
      // A record that claims more bytes than the whole input holds: not too large, truncated.
      item =
          new CrawlItem.Failure(
              f.sourceUri(),
              FailureReason.MALFORMED_RECORD,
              "the record claims "
                  + f.bytes()
                  + " bytes but the input ends after "
                  + limited.total()
                  + " bytes in all: a truncated or corrupt record",
              limited.total());
    }
    if (item instanceof CrawlItem.Readable) {
      stats.document();
    } else if (item instanceof CrawlItem.Failure) {
      stats.failure();
    }
    if (limited != null) {
      stats.decompressedBytes(limited.total());
    }
    return item;
  }

  /** Marks the input as finished after the item being returned. */
  final void finish() {
    done = true;
  }

  /** The remaining items as a sequential stream (closing the stream closes the reader). */
  public Stream<CrawlItem> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Counts of what was read so far. */
  public CrawlStats stats() {
    return stats;
  }

  @Override
  public void close() throws IOException {
    done = true;
    pending = null;
    if (in != null) {
      in.close();
    }
  }

  /**
   * Compressed data that ends early (a truncated {@code .gz}) or breaks off: what was decoded
   * before the break is kept, and the stream ends there, so a cut text is still a document (a
   * report cut short becomes a PARTIAL report) and a cut archive keeps its whole records. A break
   * before the first byte is still an error (the input is unreadable), and a decompression limit
   * always is.
   */
  static final class CutShort extends java.io.FilterInputStream {
    private boolean any;
    private boolean ended;

    CutShort(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (ended) {
        return -1;
      }
      try {
        int n = in.read(b, off, len);
        if (n > 0) {
          any = true;
        }
        return n;
      } catch (DecompressionLimitException e) {
        throw e;
      } catch (IOException e) {
        if (!any) {
          throw e;
        }
        ended = true;
        return -1;
      }
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /** An input that failed before its first record: one failure item. */
  private static final class FailedInput extends CrawlReader {
    private CrawlItem.Failure failure;

    FailedInput(String sourceUri, Limits limits, FailureReason reason, String detail, long bytes) {
      super(sourceUri, limits);
      this.failure = new CrawlItem.Failure(sourceUri, reason, detail, bytes);
    }

    @Override
    CrawlItem readNext() {
      CrawlItem.Failure f = failure;
      failure = null;
      return f;
    }
  }
}
