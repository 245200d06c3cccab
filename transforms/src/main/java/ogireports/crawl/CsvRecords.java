package ogireports.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ogireports.document.Decoder;
import ogireports.document.Document;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV input: a crawl exported as a table (a crawler's CSV feed, a data frame written with {@code
 * to_csv}, a sheet saved as CSV), one page per row under a header row that names the columns. The
 * columns are the JSON Lines fields' roles ({@link JsonlFields}: content, URL, fetch time, title,
 * publication date; names matched without regard to case); each row is a document named {@code
 * <input>#<n>} (n the row's number after the header, from 1). Parsed with Apache Commons CSV (RFC
 * 4180: quoted fields may hold commas, quotes and line breaks), read as a stream.
 *
 * <p>Sheets saved as CSV on Chinese systems are in GBK: the encoding is told from the first 64 KB
 * by the documents' own {@link Decoder} (UTF-8, UTF-16, GB18030, Big5), GB18030 when it tells none.
 *
 * <p>A file whose header names no content column gives one {@link FailureReason#MALFORMED_RECORD}
 * and no documents; a row without content, or one that is not valid CSV (a quote never closed), a
 * failure of its own, and a CSV that cannot be read on ends there with one failure for the rest.
 */
final class CsvRecords extends CrawlReader {

  /** Bytes looked at to choose between UTF-8 and GB18030. */
  private static final int SNIFF_BYTES = 65_536;

  private final JsonlFields fields;
  private final InputStream in;
  private Iterator<CSVRecord> rows;
  private Map<String, Integer> columns;
  private long row;
  private boolean done;

  CsvRecords(String sourceUri, InputStream in, Limits limits, JsonlFields fields) {
    super(sourceUri, limits);
    this.fields = fields;
    this.in = in;
  }

  @Override
  CrawlItem readNext() throws IOException {
    if (done) {
      return null;
    }
    if (rows == null) {
      CrawlItem failure = open();
      if (failure != null) {
        done = true;
        return failure;
      }
    }
    try {
      if (!rows.hasNext()) {
        done = true;
        return null;
      }
      CSVRecord record = rows.next();
      row++;
      stats.record();
      return document(record);
    } catch (UncheckedIOException | IllegalStateException e) {
      // a quote never closed, or bytes that are not of the charset: the rest cannot be read
      done = true;
      row++;
      stats.record();
      return new CrawlItem.Failure(
          sourceUri + "#" + row,
          FailureReason.MALFORMED_RECORD,
          "not valid CSV from row "
              + row
              + ": "
              + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
              + "; the rest of the file is not read",
          0);
    }
  }

  /** Reads the header; a failure when it names no content column. */
  private CrawlItem open() throws IOException {
    in.mark(SNIFF_BYTES + 4);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    // the encoding as the documents' decoder tells it (a last character the window cut is
    // allowed); a byte-order mark is skipped
    Decoder.Result decoded = Decoder.decode(head);
    Charset charset =
        decoded.isText() ? Charset.forName(decoded.text().charset()) : Charset.forName("GB18030");
    in.skipNBytes(bomLength(head));
    Reader reader =
        new InputStreamReader(
            in,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setAllowDuplicateHeaderNames(true)
            .setIgnoreEmptyLines(true)
            .get()
            .parse(reader);
    columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, Integer> e : parser.getHeaderMap().entrySet()) {
      if (e.getKey() != null) {
        columns.putIfAbsent(e.getKey().strip(), e.getValue());
      }
    }
    rows = parser.iterator();
    if (column(fields.content()) < 0 && column(fields.contentBase64()) < 0) {
      stats.record();
      return new CrawlItem.Failure(
          sourceUri,
          FailureReason.MALFORMED_RECORD,
          "the CSV header names no content column ("
              + String.join("|", fields.content())
              + "): "
              + String.join(",", columns.keySet()),
          0);
    }
    return null;
  }

  private CrawlItem document(CSVRecord record) {
    String uri = sourceUri + "#" + row;
    byte[] bytes;
    String base64 = value(record, fields.contentBase64());
    String content = value(record, fields.content());
    if (base64 != null) {
      try {
        bytes = java.util.Base64.getMimeDecoder().decode(base64);
      } catch (IllegalArgumentException e) {
        return new CrawlItem.Failure(
            uri,
            FailureReason.MALFORMED_RECORD,
            "the base64 content column is not base64: " + e.getMessage(),
            base64.length());
      }
    } else if (content == null) {
      return new CrawlItem.Failure(
          uri, FailureReason.MALFORMED_RECORD, "the row's content column is empty", 0);
    } else {
      bytes = content.getBytes(StandardCharsets.UTF_8);
    }
    CrawlItem.Failure tooLarge = overLimit(uri, bytes);
    if (tooLarge != null) {
      return tooLarge;
    }
    return new CrawlItem.Readable(
        new Document(
            uri,
            bytes,
            value(record, fields.url()),
            value(record, fields.fetchedAt()),
            value(record, fields.title()),
            value(record, fields.published())));
  }

  /** The first of the named columns the header has, or -1. */
  private int column(List<String> names) {
    for (String name : names) {
      Integer at = columns.get(name);
      if (at != null) {
        return at;
      }
    }
    return -1;
  }

  /** The row's value in the first of the named columns that holds one (not blank), or null. */
  private String value(CSVRecord record, List<String> names) {
    for (String name : names) {
      Integer at = columns.get(name);
      if (at != null && at < record.size()) {
        String v = record.get(at);
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
    }
    return null;
  }

  private static int bomLength(byte[] head) {
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB) {
      return 3;
    }
    boolean utf16 =
        head.length >= 2
            && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
                || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF));
    return utf16 ? 2 : 0;
  }
}
