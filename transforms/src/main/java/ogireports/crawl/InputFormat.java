package ogireports.crawl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How an input file holds documents. Any of them may be compressed ({@link Compression}); the
 * format is decided on the file name without its compression extension and on the first
 * decompressed bytes.
 *
 * <ul>
 *   <li>{@link #TEXT}: the whole file is one document (.txt, .html, .htm and anything unknown).
 *   <li>{@link #JSONL}: one JSON object per line, one document per object (.jsonl, .ndjson,
 *       .jsonlines, or a file starting with an object), or one pretty-printed object (an API's
 *       response saved as crawled), or one array of records (a file starting with {@code [{}).
 *   <li>{@link #WARC}: a Web ARChive, one document per HTML/text response or resource record
 *       (.warc).
 *   <li>{@link #CSV}: a crawl exported as a table, one document per row under a header row naming
 *       the columns (.csv).
 * </ul>
 */
public enum InputFormat {
  TEXT,
  JSONL,
  WARC,
  CSV;

  /**
   * Decides the format of a file.
   *
   * @param fileName the file name or path; compression extensions ({@code .gz .bz2 .deflate .zst})
   *     are ignored, so {@code dump.jsonl.zst} is JSONL
   * @param head the first decompressed bytes of the file (any length, may be empty or null); a file
   *     with no telling extension that starts with {@code WARC/1.} is WARC, one that starts with
   *     <code>{"</code> (or a pretty-printed object's <code>{</code>, white space, <code>"</code>)
   *     or <code>[{</code> (white space allowed between) is JSONL
   * @return the format, {@link #TEXT} when nothing else fits
   */
  public static InputFormat detect(String fileName, byte[] head) {
    String name =
        Compression.stripExtension(fileName == null ? "" : fileName).toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonlines")) {
      return JSONL;
    }
    if (name.endsWith(".warc")) {
      return WARC;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")) {
      return TEXT;
    }
    if (head != null && head.length > 0) {
      String start = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1);
      int i = start.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
      while (i < start.length() && Character.isWhitespace(start.charAt(i))) {
        i++;
      }
      String s = start.substring(i);
      if (s.startsWith("WARC/1.")) {
        return WARC;
      }
      if (s.startsWith("{") && s.substring(1).stripLeading().startsWith("\"")) {
        return JSONL; // an object per line, or one pretty-printed object
      }
      if (s.startsWith("[") && s.substring(1).stripLeading().startsWith("{")) {
        return JSONL; // an array of records, as a crawler's JSON export writes them
      }
    }
    return TEXT;
  }

  /**
   * Reads the pipeline option {@code --inputFormat}: {@code auto} (or empty) gives null, meaning
   * "detect per file"; {@code text}, {@code jsonl}, {@code warc}, {@code csv} (any case) force a
   * format.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static InputFormat fromOption(String option) {
    if (option == null || option.isBlank() || option.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      return valueOf(option.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--inputFormat must be auto, text, jsonl, warc or csv, not " + option, e);
    }
  }
}
