package ogireports.crawl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import ogireports.document.Document;

/**
 * A JSONL input: one JSON object per line, one document per object, named {@code <input>#L<n>} (n
 * the 1-based physical line). The document is the content field's text as UTF-8, or the bytes of a
 * base64 field ({@code content_base64}, {@code body_base64}, others by {@code --jsonlFields}), so a
 * PDF or Word file travels in JSON Lines too. Blank lines are skipped. A line that is not a JSON
 * object, or has no text content field, becomes a {@link FailureReason#MALFORMED_RECORD}; a line or
 * content over the document limit a {@link FailureReason#TOO_LARGE}.
 */
final class JsonlRecords extends CrawlReader {

  private final LineReader lines;
  private final JsonlFields fields;
  private final ObjectMapper json;
  private long lineNo;

  JsonlRecords(String sourceUri, InputStream in, Limits limits, JsonlFields fields) {
    super(sourceUri, limits);
    this.fields = fields;
    // A line may hold escapes (\\uXXXX is 6 bytes for 3 of UTF-8): allow twice the document size.
    long maxLine = Math.min(Integer.MAX_VALUE - 16, 2 * limits.maxDocumentBytes() + (1 << 20));
    this.lines = new LineReader(in, (int) maxLine);
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength((int) maxLine)
                    .maxDocumentLength(maxLine)
                    .build())
            .build();
    this.json = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  @Override
  CrawlItem readNext() throws IOException {
    while (true) {
      LineReader.Line line = lines.next();
      if (line == null) {
        return null;
      }
      lineNo++;
      String uri = sourceUri + "#L" + lineNo;
      if (line.overLong()) {
        stats.record();
        return new CrawlItem.Failure(
            uri,
            FailureReason.TOO_LARGE,
            "the line is "
                + line.length()
                + " bytes, over the limit for a record of a "
                + limits.maxDocumentBytes()
                + "-byte document",
            line.length());
      }
      byte[] bytes = line.bytes();
      int start = lineNo == 1 && startsWithBom(bytes) ? 3 : 0;
      if (isBlank(bytes, start)) {
        stats.skip("jsonl:blank_line");
        continue;
      }
      stats.record();
      return parse(uri, bytes, start);
    }
  }

  private CrawlItem parse(String uri, byte[] bytes, int start) {
    JsonNode node;
    try {
      node = json.readTree(bytes, start, bytes.length - start);
    } catch (JsonProcessingException e) {
      return malformed(uri, "not valid JSON: " + e.getOriginalMessage(), bytes.length);
    } catch (IOException e) {
      return malformed(uri, "not valid JSON: " + e.getMessage(), bytes.length);
    }
    if (node == null || !node.isObject()) {
      return malformed(uri, "the line is JSON but not an object", bytes.length);
    }
    byte[] text;
    JsonNode base64 = first(node, fields.contentBase64());
    JsonNode content = first(node, fields.content());
    if (base64 != null) {
      // the document's own bytes (a PDF, a Word file, a page as fetched): the decoder tells them
      if (!base64.isTextual()) {
        return malformed(
            uri,
            "the base64 content field holds " + base64.getNodeType() + ", not text",
            bytes.length);
      }
      try {
        text = Base64.getMimeDecoder().decode(base64.textValue());
      } catch (IllegalArgumentException e) {
        return malformed(
            uri, "the base64 content field is not base64: " + e.getMessage(), bytes.length);
      }
    } else if (content == null) {
      return malformed(
          uri,
          "no content field ("
              + String.join("|", fields.content())
              + ", or "
              + String.join("|", fields.contentBase64())
              + " in base64)",
          bytes.length);
    } else if (!content.isTextual()) {
      return malformed(
          uri, "the content field holds " + content.getNodeType() + ", not text", bytes.length);
    } else {
      text = content.textValue().getBytes(StandardCharsets.UTF_8);
    }
    if (text.length > limits.maxDocumentBytes()) {
      return new CrawlItem.Failure(
          uri,
          FailureReason.TOO_LARGE,
          "the content is "
              + text.length
              + " bytes, over the limit of "
              + limits.maxDocumentBytes(),
          text.length);
    }
    JsonNode url = first(node, fields.url());
    JsonNode fetched = first(node, fields.fetchedAt());
    return new CrawlItem.Readable(
        new Document(
            uri, text, url != null && url.isValueNode() ? url.asText() : null, fetchedAt(fetched)));
  }

  /** An ISO string as written; epoch seconds or milliseconds as an ISO-8601 instant. */
  static String fetchedAt(JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return null;
    }
    if (node.isNumber()) {
      long v = node.asLong();
      return (Math.abs(v) > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v))
          .toString();
    }
    String s = node.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static JsonNode first(JsonNode node, List<String> names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null && !v.isNull()) {
        return v;
      }
    }
    return null;
  }

  private CrawlItem.Failure malformed(String uri, String detail, long bytes) {
    return new CrawlItem.Failure(uri, FailureReason.MALFORMED_RECORD, detail, bytes);
  }

  private static boolean startsWithBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static boolean isBlank(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }
}
