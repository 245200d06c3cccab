package ogireports.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header a crawler writes above a page's text, in its own English field names: a reader
 * service's ({@code Title: …}, {@code URL Source: …}, {@code Published Time: …}, then {@code
 * Markdown Content:}) or YAML front matter between two {@code ---} lines ({@code title:}, {@code
 * url:}, {@code date:}). Its fields are given back in the report's own vocabulary, a line for a
 * line: the title as a line of its own, the publication date as {@code 发布时间：2023-01-20}, the page's
 * URL as a line; the other fields and the markers become blank lines. Without this the field name
 * was read as the body ({@code Title}).
 *
 * <p>A header is only what starts the text: a first line {@code Title:} with {@code URL Source:} or
 * {@code Markdown Content:} within the next lines, or a first line {@code ---} closed by another
 * within {@link #MAX_HEADER_LINES} lines of {@code key: value}.
 */
public final class CrawlerHeader {

  private CrawlerHeader() {}

  /** Longest header read. */
  static final int MAX_HEADER_LINES = 30;

  private static final Pattern FIELD =
      Pattern.compile("^\\s*([A-Za-z][A-Za-z _-]{0,30}):\\s?(.*)$");

  private static final Pattern ISO_DATE = Pattern.compile("^\\s*[\"']?(\\d{4}-\\d{1,2}-\\d{1,2})");

  /** The lines with a crawler's header given in the report's words; the same lines otherwise. */
  public static List<String> rewrite(List<String> lines) {
    int end = headerEnd(lines);
    if (end < 0) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines);
    for (int i = 0; i < end; i++) {
      Matcher m = FIELD.matcher(lines.get(i));
      out.set(i, m.matches() ? field(m.group(1), m.group(2).strip()) : "");
    }
    return out;
  }

  /**
   * The fields a crawl record kept beside the page's text, as the lines a page prints them: the
   * title as a line of its own, the publication date as {@code 发布时间：…} (a date with its year, as
   * the site wrote it). None when neither is given.
   */
  public static List<String> ofRecord(String title, String published) {
    List<String> lines = new ArrayList<>(2);
    if (title != null && !title.isBlank()) {
      lines.add(LINE_BREAKS.matcher(title.strip()).replaceAll(" "));
    }
    if (published != null && YEAR.matcher(published).find()) {
      lines.add("发布时间：" + published.strip());
    }
    return lines;
  }

  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");

  /**
   * The number of header lines (the closing marker included), or -1 when the text starts with no
   * crawler's header.
   */
  static int headerEnd(List<String> lines) {
    int first = 0;
    while (first < lines.size() && first < 3 && lines.get(first).isBlank()) {
      first++;
    }
    if (first >= lines.size()) {
      return -1;
    }
    String start = lines.get(first).strip();
    int limit = Math.min(lines.size(), first + MAX_HEADER_LINES);
    if (start.equals("---")) {
      for (int i = first + 1; i < limit; i++) {
        String line = lines.get(i);
        if (line.strip().equals("---")) {
          return i > first + 1 ? i + 1 : -1;
        }
        if (!line.isBlank() && !FIELD.matcher(line).matches() && !line.startsWith(" ")) {
          return -1; // not key: value lines (a rule above the text, not front matter)
        }
      }
      return -1;
    }
    if (!start.regionMatches(true, 0, "Title:", 0, 6)) {
      return -1;
    }
    for (int i = first + 1; i < limit; i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !FIELD.matcher(line).matches()) {
        return -1; // the header's fields follow one another (blank lines between)
      }
      if (line.regionMatches(true, 0, "Markdown Content:", 0, 17)) {
        return i + 1;
      }
      if (line.regionMatches(true, 0, "URL Source:", 0, 11)) {
        // the fields go on to Markdown Content: or to the first line that is no field
        int j = i + 1;
        while (j < limit && (lines.get(j).isBlank() || FIELD.matcher(lines.get(j)).matches())) {
          if (lines.get(j).strip().regionMatches(true, 0, "Markdown Content:", 0, 17)) {
            return j + 1;
          }
          j++;
        }
        return j;
      }
    }
    return -1;
  }

  /** One field in the report's words, or a blank line for a field it does not print. */
  private static String field(String name, String value) {
    String key = name.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    if (value.length() >= 2
        && (value.charAt(0) == '"' || value.charAt(0) == '\'')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      value = value.substring(1, value.length() - 1);
    }
    switch (key) {
      case "title":
        return value;
      case "url source":
      case "url":
      case "source":
      case "source url":
        return value.startsWith("http") ? value : "";
      case "published time":
      case "published":
      case "date":
      case "publish date":
      case "published date":
        Matcher d = ISO_DATE.matcher(value);
        return d.find() ? "发布时间：" + d.group(1) : "";
      default:
        return "";
    }
  }
}
