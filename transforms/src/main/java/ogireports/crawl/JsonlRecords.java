package ogireports.crawl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import ogireports.document.Document;

/**
 * A JSONL input: one JSON object per line, one document per object, named {@code <input>#L<n>} (n
 * the 1-based physical line). The document is the content field's text as UTF-8, or the bytes of a
 * base64 field ({@code content_base64}, {@code body_base64}, others by {@code --jsonlFields}), so a
 * PDF or Word file travels in JSON Lines too. A record whose top level has none of a role's fields
 * has them looked for in its nested objects ({@link #first}). A file whose first line opens an
 * object and holds none of its fields is one pretty-printed JSON document: one record. Blank lines
 * are skipped. A line that is not a JSON object, or has no text content field, becomes a {@link
 * FailureReason#MALFORMED_RECORD}; a line or content over the document limit a {@link
 * FailureReason#TOO_LARGE}.
 *
 * <p>Crawls keep pages as lists too: a file that is one JSON array of records (what a crawler's
 * JSON export writes, {@code [{…},{…}]}) gives a document per element, named {@code <input>#<n>} (n
 * from 1), read as a stream so that a dump of any length is never held whole; and an object with no
 * content field of its own whose records stand in an array (a list interface's response, {@code
 * {"data":{"list":[{"title":…,"content":…},…]}}}) gives a document per element that has one, named
 * {@code <record>.<n>}.
 *
 * <p>A record's title and publication date, which a crawler's extractor keeps beside the text it
 * took them out of, go with its document ({@link Document#title()}, {@link Document#published()}):
 * without them a body that no longer prints its title names neither its body nor its year.
 */
final class JsonlRecords extends CrawlReader {

  private final LineReader lines;
  private final JsonlFields fields;
  private final ObjectMapper json;
  private long lineNo;

  /** Documents of one record still to be given (the records of a list). */
  private final ArrayDeque<CrawlItem> pending = new ArrayDeque<>();

  /** The file's array of records, read element by element; null when the file is no array. */
  private JsonParser array;

  /** Elements of the array read so far. */
  private long element;

  /** True once the file's array has been read to its end: the file holds nothing else. */
  private boolean arrayDone;

  /**
   * The document of a text file that holds one crawl record: a crawler that saved each page's
   * record (JSON, the page's text in a field with its line breaks and tabs escaped) as a file of
   * its own, under a text file's name. Null when the bytes are not one such record (a text, a
   * record cut short, several records, a record with no content field): the file is then read as
   * the text it is. The document keeps the file's URI.
   */
  static Document soleRecord(String sourceUri, byte[] bytes, Limits limits, JsonlFields fields) {
    // starts as a record does (the format's own test on the first bytes, with no file name)
    if (InputFormat.detect(null, bytes) != InputFormat.JSONL) {
      return null;
    }
    try {
      JsonlRecords records =
          new JsonlRecords(sourceUri, new ByteArrayInputStream(bytes), limits, fields);
      CrawlItem first = records.readNext();
      if (!(first instanceof CrawlItem.Readable readable) || records.readNext() != null) {
        return null;
      }
      Document d = readable.document();
      return new Document(
          sourceUri, d.bytes(), d.sourceUrl(), d.fetchedAt(), d.title(), d.published());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The text a JSON document that is no crawl record holds: its string values in the document's
   * order, a line each, its numbers and names left out; null when the bytes are not one JSON array
   * or object. Such a file is data an interface or a service returned (an OCR service's lines with
   * their boxes, {@code [[[[580, 180], …], ["红安县民政局2023年…", 0.91]], …]}): read as a text, the
   * boxes' coordinates were numbers of its tables.
   */
  static byte[] stringsOf(byte[] bytes) {
    int i = startsWithBom(bytes) ? 3 : 0;
    while (i < bytes.length && isSpace(bytes[i])) {
      i++;
    }
    if (i >= bytes.length || (bytes[i] != '[' && bytes[i] != '{')) {
      return null;
    }
    JsonNode node;
    try {
      node = ONE_DOCUMENT.readTree(bytes, i, bytes.length - i);
    } catch (IOException | RuntimeException e) {
      return null; // not one JSON document: a text that starts with a bracket
    }
    StringBuilder text = new StringBuilder();
    strings(node, text);
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a whole file as one JSON document, nothing after it. */
  private static final ObjectMapper ONE_DOCUMENT =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    if (array != null) {
      return nextElement();
    }
    if (arrayDone) {
      return null;
    }
    while (true) {
      LineReader.Line line = peeked.isEmpty() ? lines.next() : peeked.poll();
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
      if (lineNo == 1 && opensArray(bytes, start)) {
        array = arrayParser(bytes, start);
        if (array.nextToken() != JsonToken.START_ARRAY) {
          throw new IOException("the file starts with [ and is no JSON array");
        }
        return nextElement();
      }
      stats.record();
      if (lineNo == 1 && opensObjectOnly(bytes, start)) {
        return parseWhole(uri, bytes, start);
      }
      CrawlItem item = parse(uri, bytes, start);
      if (lineNo == 1 && item instanceof CrawlItem.Failure f && f.detail().startsWith(NO_CONTENT)) {
        // a file whose one line is an object with no content field is one JSON document (an OCR
        // service's response saved on one line), read as a pretty-printed one is; a dump whose
        // first record has none keeps the failure
        if (onlyBlankLinesFollow()) {
          wholeFile = true;
          return parse(uri, bytes, start);
        }
      }
      return item;
    }
  }

  /** Lines read ahead by {@link #onlyBlankLinesFollow}, given out again first. */
  private final java.util.ArrayDeque<LineReader.Line> peeked = new java.util.ArrayDeque<>();

  /** True when nothing but blank lines follows (those read stay to be read again). */
  private boolean onlyBlankLinesFollow() throws IOException {
    while (true) {
      LineReader.Line next = lines.next();
      if (next == null) {
        return true;
      }
      peeked.add(next);
      if (next.overLong() || !isBlank(next.bytes(), 0)) {
        return false;
      }
    }
  }

  private static final String NO_CONTENT = "no content field (";

  /**
   * True for a first line that opens an array whose first element (if on the line) is an object.
   */
  private static boolean opensArray(byte[] bytes, int start) {
    int i = start;
    while (i < bytes.length && isSpace(bytes[i])) {
      i++;
    }
    if (i >= bytes.length || bytes[i] != '[') {
      return false;
    }
    for (i++; i < bytes.length && isSpace(bytes[i]); i++) {}
    return i >= bytes.length || bytes[i] == '{';
  }

  /**
   * A streaming parser of the file from its first line on: each element is read as a tree of its
   * own, so only one record is held at a time (no limit on the whole array, the document limit on
   * each string).
   */
  private JsonParser arrayParser(byte[] first, int start) throws IOException {
    long max = Math.min(Integer.MAX_VALUE - 16, 2 * limits.maxDocumentBytes() + (1 << 20));
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength((int) max).build())
            .build();
    InputStream rest =
        new InputStream() {
          private byte[] chunk = java.util.Arrays.copyOfRange(first, start, first.length);
          private int at;

          @Override
          public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            while (chunk != null && at >= chunk.length) {
              LineReader.Line line = lines.next();
              if (line == null) {
                chunk = null;
                return -1;
              }
              lineNo++;
              if (line.overLong()) {
                throw new IOException(
                    "line "
                        + lineNo
                        + " is "
                        + line.length()
                        + " bytes, over the limit of a record");
              }
              chunk = line.bytes();
              at = -1; // the line break before the line
            }
            if (chunk == null) {
              return -1;
            }
            if (at < 0) {
              b[off] = '\n';
              at = 0;
              return 1;
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            return n;
          }
        };
    return new ObjectMapper(factory).createParser(rest);
  }

  /**
   * The next element of the file's array as a record, or null after the last. An element that is
   * not valid JSON ends the reading there: one failure for it, and the rest of the file unread.
   */
  private CrawlItem nextElement() throws IOException {
    String uri = sourceUri + "#" + (element + 1);
    boolean counted = false;
    try {
      JsonToken token = array.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        array.close();
        array = null;
        arrayDone = true;
        return null;
      }
      element++;
      stats.record();
      counted = true;
      if (token != JsonToken.START_OBJECT) {
        array.skipChildren();
        return malformed(uri, "the array's element is " + kind(token) + ", not an object", 0);
      }
      JsonNode node = array.readValueAsTree(); // the element only (no check of what follows)
      return record(uri, node, 0);
    } catch (JsonProcessingException e) {
      if (!counted) {
        element++;
        stats.record();
      }
      array.close();
      array = null;
      arrayDone = true;
      while (lines.next() != null) {
        lineNo++;
      }
      return malformed(
          uri,
          "not valid JSON: " + e.getOriginalMessage() + "; the rest of the file is not read",
          0);
    }
  }

  /** What a JSON value that is no object is, in words. */
  private static String kind(JsonToken token) {
    if (token == JsonToken.START_ARRAY) {
      return "an array";
    }
    if (token == JsonToken.VALUE_STRING) {
      return "a string";
    }
    if (token.isNumeric()) {
      return "a number";
    }
    return token.isBoolean() ? "a boolean" : "null";
  }

  /**
   * True for a first line that opens an object and holds none of its fields ({@code {}), as a
   * pretty-printed JSON document (an API's response saved as crawled) starts: the file is that one
   * document, not one object per line.
   */
  private static boolean opensObjectOnly(byte[] bytes, int start) {
    int i = start;
    while (i < bytes.length && isSpace(bytes[i])) {
      i++;
    }
    if (i >= bytes.length || bytes[i] != '{') {
      return false;
    }
    for (i++; i < bytes.length; i++) {
      if (!isSpace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  /** The first line and every line after it, read as one JSON document: one record. */
  private CrawlItem parseWhole(String uri, byte[] first, int start) throws IOException {
    java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
    whole.write(first, start, first.length - start);
    long max = Math.min(Integer.MAX_VALUE - 16, 2 * limits.maxDocumentBytes() + (1 << 20));
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      lineNo++;
      if (line.overLong() || whole.size() + line.length() + 1 > max) {
        long size = whole.size() + line.length() + 1;
        while (lines.next() != null) {
          lineNo++;
        }
        return new CrawlItem.Failure(
            uri,
            FailureReason.TOO_LARGE,
            "the JSON document is over "
                + size
                + " bytes, over the limit for a "
                + limits.maxDocumentBytes()
                + "-byte document",
            size);
      }
      whole.write('\n');
      whole.write(line.bytes());
    }
    byte[] bytes = whole.toByteArray();
    wholeFile = true;
    return parse(uri, bytes, 0);
  }

  /** True once the file was read as one pretty-printed document ({@link #parseWhole}). */
  private boolean wholeFile;

  /** The string values of a JSON value in order, a line each ({@link #stringsOf(byte[])}). */
  private static void strings(JsonNode node, StringBuilder out) {
    if (node.isTextual()) {
      String v = node.textValue().strip();
      if (!v.isEmpty()) {
        out.append(v).append('\n');
      }
    } else if (node.isContainerNode()) {
      for (JsonNode child : node) {
        strings(child, out);
      }
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
    return record(uri, node, bytes.length);
  }

  /**
   * The document of one record ({@code bytes}: the record's size in the input, 0 when unknown), or
   * the first document of the records listed in it.
   */
  private CrawlItem record(String uri, JsonNode node, long bytes) {
    byte[] text;
    List<List<JsonNode>> levels = levels(node);
    // the document's fields at the shallowest level that has either (base64 first on a level)
    JsonNode base64 = null;
    JsonNode content = null;
    for (int depth = 0; depth < levels.size() && base64 == null && content == null; depth++) {
      base64 = at(levels, fields.contentBase64(), depth);
      content = at(levels, fields.content(), depth);
    }
    if (base64 == null && content == null) {
      JsonNode list = listOfRecords(levels);
      if (list != null) {
        int n = 0;
        for (JsonNode item : list) {
          n++;
          if (item.isObject() && holdsContent(item)) {
            pending.add(record(uri + "." + n, item, 0));
          }
        }
        return pending.poll();
      }
    }
    if (base64 != null) {
      // the document's own bytes (a PDF, a Word file, a page as fetched): the decoder tells them
      if (!base64.isTextual()) {
        return malformed(
            uri, "the base64 content field holds " + base64.getNodeType() + ", not text", bytes);
      }
      try {
        text = Base64.getMimeDecoder().decode(base64.textValue());
      } catch (IllegalArgumentException e) {
        return malformed(uri, "the base64 content field is not base64: " + e.getMessage(), bytes);
      }
    } else if ((content == null || !content.isTextual()) && wholeFile) {
      // a file that is one JSON document and no crawl record (an interface's or a service's
      // response, or one whose content field holds the service's structure, not the text): the
      // text its strings hold, as a text file of it is read
      StringBuilder out = new StringBuilder();
      strings(node, out);
      text = out.toString().getBytes(StandardCharsets.UTF_8);
    } else if (content == null) {
      return malformed(
          uri,
          NO_CONTENT
              + String.join("|", fields.content())
              + ", or "
              + String.join("|", fields.contentBase64())
              + " in base64)",
          bytes);
    } else if (!content.isTextual()) {
      return malformed(
          uri, "the content field holds " + content.getNodeType() + ", not text", bytes);
    } else {
      text = content.textValue().getBytes(StandardCharsets.UTF_8);
    }
    CrawlItem.Failure tooLarge = overLimit(uri, text);
    if (tooLarge != null) {
      return tooLarge;
    }
    JsonNode url = first(levels, fields.url());
    JsonNode fetched = first(levels, fields.fetchedAt());
    JsonNode holder = holderOf(levels, base64 != null ? base64 : content);
    return new CrawlItem.Readable(
        new Document(
            uri,
            text,
            url != null && url.isValueNode() ? url.asText() : null,
            fetchedAt(fetched),
            textOf(beside(node, holder, fields.title())),
            published(beside(node, holder, fields.published()))));
  }

  /** True when an object holds a content field of its own (top level or dotted path). */
  private boolean holdsContent(JsonNode object) {
    List<List<JsonNode>> top = List.of(List.of(object));
    JsonNode base64 = at(top, fields.contentBase64(), 0);
    JsonNode content = at(top, fields.content(), 0);
    return (base64 != null && base64.isTextual()) || (content != null && content.isTextual());
  }

  /**
   * The shallowest array (at most {@link #MAX_FIELD_DEPTH} levels down, the first in the record's
   * order on a level) with an object element that holds a content field, or null.
   */
  private JsonNode listOfRecords(List<List<JsonNode>> levels) {
    for (List<JsonNode> level : levels) {
      for (JsonNode object : level) {
        for (JsonNode child : object) {
          if (child.isArray()) {
            for (JsonNode item : child) {
              if (item.isObject() && holdsContent(item)) {
                return child;
              }
            }
          }
        }
      }
    }
    return null;
  }

  /** The object that holds {@code value} as a field (the record itself when none of its own). */
  private static JsonNode holderOf(List<List<JsonNode>> levels, JsonNode value) {
    for (List<JsonNode> level : levels) {
      for (JsonNode object : level) {
        for (JsonNode child : object) {
          if (child == value) {
            return object;
          }
        }
      }
    }
    return levels.get(0).get(0);
  }

  /**
   * The first of {@code names} with a value in the object that holds the record's content (a dotted
   * name is a path from the top): a title or date elsewhere in the record (a site's name in a
   * {@code site} object) is not the page's. A title may be a vendor's ({@code artTitle}: {@link
   * #endingIn}).
   */
  private static JsonNode beside(JsonNode top, JsonNode holder, List<String> names) {
    for (String name : names) {
      JsonNode v = name.indexOf('.') > 0 ? path(top, name) : holder.get(name);
      if (v != null && v.isValueNode() && !v.isNull()) {
        return v;
      }
    }
    return names.contains("title") ? endingIn(List.of(holder), "title") : null;
  }

  private static String textOf(JsonNode node) {
    if (node == null) {
      return null;
    }
    String s = node.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * A publication date as the site wrote it; epoch seconds or milliseconds as the date in China
   * (UTC+8), where the sites are.
   */
  static String published(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isNumber()) {
      return epoch(node.asLong())
          .atOffset(java.time.ZoneOffset.ofHours(8))
          .toLocalDate()
          .toString();
    }
    return textOf(node);
  }

  /** An ISO string as written; epoch seconds or milliseconds as an ISO-8601 instant. */
  static String fetchedAt(JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return null;
    }
    if (node.isNumber()) {
      return epoch(node.asLong()).toString();
    }
    return textOf(node);
  }

  /**
   * A number of epoch seconds, or of milliseconds when above 10^11 (past the year 5138 in seconds).
   */
  private static Instant epoch(long v) {
    return Math.abs(v) > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
  }

  /** How deep into nested objects a field is looked for when the record's top level has none. */
  static final int MAX_FIELD_DEPTH = 4;

  /**
   * The first of {@code names} present with a non-null value: a dotted name ({@code data.content})
   * is a path; a plain name is looked for in the record's top level, then, when none is there, in
   * its nested objects level by level (an API's response saved as crawled: {@code {"code": 0,
   * "data": {"title": …, "content": "<p>…"}}}), the shallowest first. Arrays are not entered: they
   * hold many items, not one document's fields.
   */
  private static JsonNode first(List<List<JsonNode>> levels, List<String> names) {
    for (int depth = 0; depth < levels.size(); depth++) {
      JsonNode v = at(levels, names, depth);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * The objects of a record level by level: the record, its nested objects, theirs…, {@link
   * #MAX_FIELD_DEPTH} levels down at most; arrays are not entered.
   */
  private static List<List<JsonNode>> levels(JsonNode node) {
    List<List<JsonNode>> levels = new ArrayList<>();
    List<JsonNode> level = List.of(node);
    while (!level.isEmpty() && levels.size() <= MAX_FIELD_DEPTH) {
      levels.add(level);
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode object : level) {
        for (JsonNode child : object) {
          if (child.isObject()) {
            next.add(child);
          } else if (child.isTextual()) {
            JsonNode inner = objectInText(child.textValue());
            if (inner != null) {
              next.add(inner);
            }
          }
        }
      }
      level = next;
    }
    return levels;
  }

  /** Parses the JSON an interface wrote into a string field ({@link #objectInText}). */
  private static final ObjectMapper STRING_FIELDS = new ObjectMapper();

  /**
   * The object a string field holds as JSON text, or null: an interface that serialised its payload
   * twice ({@code {"code":0,"data":"{\"title\":…,\"text\":\"<p>…\"}"}}) is read as if the object
   * stood there.
   */
  private static JsonNode objectInText(String text) {
    int n = text.length();
    if (n < 2 || text.charAt(0) != '{' || text.charAt(n - 1) != '}') {
      return null;
    }
    try {
      JsonNode inner = STRING_FIELDS.readTree(text);
      return inner != null && inner.isObject() ? inner : null;
    } catch (IOException | RuntimeException e) {
      return null; // a text in braces, not JSON
    }
  }

  /**
   * The first of {@code names} with a non-null value in the objects {@code depth} levels down; when
   * none is there and a name is {@code content} or {@code title}, a field whose name ends in it, in
   * any case, as CMS vendors name their fields ({@code doccontent}, {@code artContent}, TRS's
   * {@code DOCTITLE}; not {@code docsubtitle}): the longest text for the content, the first that is
   * not blank for the title.
   */
  private static JsonNode at(List<List<JsonNode>> levels, List<String> names, int depth) {
    if (depth >= levels.size()) {
      return null;
    }
    for (String name : names) {
      for (JsonNode object : levels.get(depth)) {
        JsonNode v = depth == 0 && name.indexOf('.') > 0 ? path(object, name) : object.get(name);
        if (v != null && !v.isNull()) {
          return v;
        }
      }
    }
    for (String name : names) {
      if (name.equals("content") || name.equals("title")) {
        JsonNode found = endingIn(levels.get(depth), name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * See {@link #at}: a text field whose name ends in {@code suffix} ({@code content}, {@code
   * title}).
   */
  private static JsonNode endingIn(List<JsonNode> objects, String suffix) {
    boolean longest = suffix.equals("content");
    JsonNode best = null;
    for (JsonNode object : objects) {
      var fields = object.fields();
      while (fields.hasNext()) {
        var field = fields.next();
        String key = field.getKey().toLowerCase(java.util.Locale.ROOT);
        JsonNode v = field.getValue();
        if (!key.endsWith(suffix)
            || key.equals(suffix)
            || key.endsWith("sub" + suffix)
            || !v.isTextual()
            || v.textValue().isBlank()) {
          continue;
        }
        if (!longest) {
          return v;
        }
        if (best == null || v.textValue().length() > best.textValue().length()) {
          best = v;
        }
      }
    }
    return best;
  }

  private static JsonNode path(JsonNode node, String dotted) {
    JsonNode at = node;
    for (String step : dotted.split("\\.")) {
      at = at == null ? null : at.get(step);
    }
    return at;
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
