package ogireports.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ogireports.document.Document;
import ogireports.formats.CharsetLabel;
import ogireports.formats.FileFormat;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC input (already decompressed). Records are framed here, one at a time, from their {@code
 * Content-Length}, so that a broken record is skipped and the next one found again ({@code
 * WARC/1.x} at the start of a line); each usable record is then parsed with jwarc.
 *
 * <ul>
 *   <li>{@code response} records with an HTTP status 2xx and an HTML or text payload ({@code
 *       text/html}, {@code application/xhtml+xml}, {@code text/plain}, or no Content-Type) become
 *       documents: the HTTP body with transfer and content encodings undone (chunked, gzip,
 *       deflate, as jwarc decodes them).
 *   <li>{@code response} and {@code resource} records of a report file ({@code application/pdf},
 *       Word, Excel, WPS types) become documents with their bytes as sent; {@code
 *       application/octet-stream} and other download labels only when the bytes are a PDF, OLE2 or
 *       ZIP file (the decoder then reads them by their magic bytes).
 *   <li>{@code resource} records with such a Content-Type become documents too, and so do {@code
 *       conversion} records: the text a crawl extracted from a page, as Common Crawl's WET files
 *       ({@code .warc.wet.gz}) hold it ({@code text/plain}).
 *   <li>Other records ({@code request}, {@code metadata}, {@code warcinfo}, {@code revisit}, …),
 *       other payload types and other statuses are skipped and counted in {@link CrawlStats}.
 * </ul>
 *
 * <p>The payload bytes are kept as sent when the charset is UTF-8, GBK/GB2312/GB18030, a Latin-1
 * family label (often a mislabel of GBK) or not given: the decoder detects the encoding. A payload
 * in another charset Java knows (Big5, UTF-16 without BOM, …) is converted to UTF-8 when it decodes
 * cleanly in it. Documents are named {@code <input>#<WARC-Record-ID without angle brackets>}, with
 * {@code WARC-Target-URI} as URL and {@code WARC-Date} as fetch time.
 */
final class WarcRecords extends CrawlReader {

  /** Largest header block of a record. */
  static final int MAX_HEADER_BYTES = 1 << 20;

  /** Room for the HTTP headers on top of the document limit. */
  static final long HTTP_HEADER_ALLOWANCE = 1 << 20;

  private static final Set<String> TEXT_TYPES =
      Set.of("text/html", "application/xhtml+xml", "text/plain");

  /** Payloads that are report files (read by their magic bytes, not by this label). */
  private static final Set<String> DOCUMENT_TYPES =
      Set.of(
          "application/pdf",
          "application/x-pdf",
          "application/msword",
          "application/vnd.ms-excel",
          "application/vnd.ms-works",
          "application/kswps",
          "application/wps-office.wps",
          "application/wps-office.doc",
          "application/wps-office.docx",
          "application/wps-office.xls",
          "application/wps-office.xlsx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** Labels of unknown bytes: kept only when the bytes are a PDF, OLE2 or ZIP file. */
  private static final Set<String> OCTET_TYPES =
      Set.of(
          "application/octet-stream",
          "application/x-download",
          "application/force-download",
          "application/download",
          "binary/octet-stream",
          "application/unknown");

  private final LineReader lines;
  private LineReader.Line lookahead;

  WarcRecords(String sourceUri, InputStream in, Limits limits) {
    super(sourceUri, limits);
    this.lines = new LineReader(in, MAX_HEADER_BYTES);
  }

  @Override
  CrawlItem readNext() throws IOException {
    while (true) {
      long offset = lines.position();
      LineReader.Line first = lookahead != null ? lookahead : lines.next();
      lookahead = null;
      while (first != null && first.length() == 0) {
        offset = lines.position();
        first = lines.next();
      }
      if (first == null) {
        return null;
      }
      if (!isVersionLine(first)) {
        return resync(offset, first.length() + 1, "no WARC/1.x version line where a record starts");
      }
      ByteArrayOutputStream header = new ByteArrayOutputStream(1024);
      append(header, first);
      Map<String, String> fields = new LinkedHashMap<>();
      while (true) {
        LineReader.Line line = lines.next();
        if (line == null) {
          stats.record();
          finish();
          return failure(
              sourceUri + "#@" + offset,
              "the input ends inside a record header",
              lines.position() - offset);
        }
        if (line.length() == 0) {
          break;
        }
        if (line.overLong() || header.size() + line.length() > MAX_HEADER_BYTES) {
          return resync(
              offset,
              lines.position() - offset,
              "a record header over " + MAX_HEADER_BYTES + " bytes");
        }
        append(header, line);
        String text = new String(line.bytes(), StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        if (colon > 0) {
          fields.putIfAbsent(
              text.substring(0, colon).trim().toLowerCase(Locale.ROOT),
              text.substring(colon + 1).trim());
        }
      }
      header.write('\r');
      header.write('\n');
      stats.record();
      String id = strip(fields.get("warc-record-id"));
      String uri = sourceUri + "#" + (id == null ? "@" + offset : id);
      long length;
      try {
        length = Long.parseLong(fields.getOrDefault("content-length", "").trim());
        if (length < 0) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        return resync(uri, offset, 0, "no valid Content-Length in the record header");
      }
      String type = fields.getOrDefault("warc-type", "").toLowerCase(Locale.ROOT);
      if (!type.equals("response") && !type.equals("resource") && !type.equals("conversion")) {
        stats.skip("warc:" + (type.isEmpty() ? "untyped" : type));
        if (lines.skip(length) < length) {
          finish();
          return failure(uri, "the input ends inside the record's block", length);
        }
        continue;
      }
      if (length > limits.maxDocumentBytes() + HTTP_HEADER_ALLOWANCE) {
        lines.skip(length);
        return new CrawlItem.Failure(
            uri,
            FailureReason.TOO_LARGE,
            "a "
                + type
                + " record of "
                + length
                + " bytes, over the limit of "
                + limits.maxDocumentBytes(),
            length);
      }
      byte[] block = lines.read((int) length);
      if (block.length < length) {
        finish();
        return failure(
            uri,
            "the record is truncated: " + block.length + " of " + length + " bytes",
            block.length);
      }
      CrawlItem item = document(uri, type, header.toByteArray(), block, fields);
      if (item != null) {
        return item;
      }
    }
  }

  /** Parses one framed record with jwarc; null when it is skipped. */
  private CrawlItem document(
      String uri, String type, byte[] header, byte[] block, Map<String, String> fields) {
    byte[] whole = new byte[header.length + block.length];
    System.arraycopy(header, 0, whole, 0, header.length);
    System.arraycopy(block, 0, whole, header.length, block.length);
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(whole))) {
      reader.setLenient(true);
      Optional<WarcRecord> parsed = reader.next();
      if (parsed.isEmpty()) {
        return failure(uri, "jwarc found no record", block.length);
      }
      WarcRecord record = parsed.get();
      String url = strip(fields.get("warc-target-uri"));
      String date = fields.get("warc-date");
      String mediaType;
      InputStream payload;
      if (type.equals("response")) {
        String warcType = fields.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        if (!warcType.startsWith("application/http")) {
          stats.skip("warc:response_not_http");
          return null;
        }
        if (!(record instanceof WarcResponse response)) {
          // our framing read WARC-Type: response, jwarc's parse of the same header did not
          // (e.g. a control character before the field name, which trim() drops but jwarc keeps)
          return failure(
              uri,
              "a response record whose header jwarc reads as a "
                  + record.getClass().getSimpleName()
                  + ", not a response",
              block.length);
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
          stats.skip("http:" + http.status());
          return null;
        }
        mediaType = http.headers().first("Content-Type").orElse(null);
        if (!isText(mediaType) && !isDocument(mediaType)) {
          stats.skip("payload:" + base(mediaType));
          return null;
        }
        payload = http.bodyDecoded().stream();
      } else {
        mediaType = fields.get("content-type");
        if (!isText(mediaType) && !isDocument(mediaType)) {
          stats.skip("payload:" + base(mediaType));
          return null;
        }
        payload = record.body().stream();
      }
      byte[] bytes =
          payload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
      if (bytes.length > limits.maxDocumentBytes()) {
        return new CrawlItem.Failure(
            uri,
            FailureReason.TOO_LARGE,
            "the payload is over the limit of " + limits.maxDocumentBytes() + " bytes once decoded",
            bytes.length);
      }
      if (!isText(mediaType)) {
        // a PDF, Word or Excel file: the Content-Type is a hint, the magic bytes decide
        if (OCTET_TYPES.contains(base(mediaType)) && FileFormat.of(bytes) == FileFormat.OTHER) {
          stats.skip("payload:" + base(mediaType));
          return null;
        }
        return new CrawlItem.Readable(new Document(uri, bytes, url, date));
      }
      return new CrawlItem.Readable(
          new Document(uri, CharsetLabel.applied(bytes, charset(mediaType)), url, date));
    } catch (IOException | RuntimeException e) {
      return failure(
          uri,
          "the "
              + type
              + " record cannot be parsed: "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage(),
          block.length);
    }
  }

  /** Skips to the next line starting with WARC/1.x and reports the skipped bytes. */
  private CrawlItem resync(long offset, long already, String why) throws IOException {
    return resync(sourceUri + "#@" + offset, offset, already, why);
  }

  private CrawlItem resync(String uri, long offset, long already, String why) throws IOException {
    while (true) {
      long at = lines.position();
      LineReader.Line line = lines.next();
      if (line == null) {
        return failure(
            uri,
            why + "; skipped " + (lines.position() - offset) + " bytes to the end of the input",
            lines.position() - offset);
      }
      if (isVersionLine(line)) {
        lookahead = line;
        return failure(
            uri, why + "; skipped " + (at - offset) + " bytes to the next record", at - offset);
      }
    }
  }

  private CrawlItem.Failure failure(String uri, String detail, long bytes) {
    return new CrawlItem.Failure(uri, FailureReason.MALFORMED_RECORD, detail, bytes);
  }

  private static boolean isVersionLine(LineReader.Line line) {
    byte[] b = line.bytes();
    return b.length >= 7
        && b[0] == 'W'
        && b[1] == 'A'
        && b[2] == 'R'
        && b[3] == 'C'
        && b[4] == '/'
        && b[5] == '1'
        && b[6] == '.';
  }

  private static void append(ByteArrayOutputStream out, LineReader.Line line) {
    out.write(line.bytes(), 0, line.bytes().length);
    out.write('\r');
    out.write('\n');
  }

  private static String strip(String v) {
    if (v == null) {
      return null;
    }
    String s = v.trim();
    if (s.startsWith("<") && s.endsWith(">")) {
      s = s.substring(1, s.length() - 1);
    }
    return s.isEmpty() ? null : s;
  }

  static boolean isText(String mediaType) {
    return mediaType == null || mediaType.isBlank() || TEXT_TYPES.contains(base(mediaType));
  }

  /** A report file's type (PDF, Word, Excel), or unknown bytes that may be one. */
  static boolean isDocument(String mediaType) {
    String base = base(mediaType);
    return DOCUMENT_TYPES.contains(base) || OCTET_TYPES.contains(base);
  }

  private static String base(String mediaType) {
    if (mediaType == null || mediaType.isBlank()) {
      return "none";
    }
    int semi = mediaType.indexOf(';');
    return (semi < 0 ? mediaType : mediaType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  static String charset(String mediaType) {
    if (mediaType == null) {
      return null;
    }
    try {
      String cs = MediaType.parseLeniently(mediaType).parameters().get("charset");
      return cs == null ? null : cs.replace("\"", "").trim().toLowerCase(Locale.ROOT);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
