package ogireports.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of Markdown, in which crawlers that turn pages into Markdown save a report: heading
 * marks ({@code ## 一、总体情况}), emphasis ({@code **一、总体情况**}), links and images, block quotes,
 * backslash escapes, {@code <br>} inside table cells, and the delimiter row under a table's first
 * row ({@code |---|---|}). They are taken out of each line before anything is read, so a heading
 * reads as the heading and a table as pipe rows, which the table readers know.
 *
 * <p>Written here rather than parsed with a Markdown library: a crawled report's tables have merged
 * header cells, so their body rows hold more cells than the first row, and a GFM table parser drops
 * every cell past the first row's count (the values). Only the marks are removed; the lines stay.
 *
 * <p>A text is taken as Markdown only when it shows it ({@link #isMarkdown}); another text is
 * returned as it is.
 */
public final class MarkdownSyntax {

  private MarkdownSyntax() {}

  /** The lines without Markdown; {@code sourceLine[i]} is line i's 1-based input line. */
  public record Stripped(List<String> lines, int[] sourceLine, boolean changed) {}

  /** {@code |---|:---:|}, {@code ---|---}: a table's delimiter row. */
  private static final Pattern DELIMITER_ROW =
      Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}[ \\t]+(?=\\S)");

  private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*$");

  private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(>[ \\t]?)+");

  /** An unordered list item's mark ({@code - }, {@code * }, {@code + }) before its text. */
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,3}[-*+][ \\t]+(?=\\S)");

  /** A page number printed between dashes ({@code - 3 -}): no list item. */
  private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*-\\s*\\d+\\s*-\\s*$");

  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");

  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");

  private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

  /** A backslash before ASCII punctuation other than {@code |} (an escaped bar is a cell's). */
  private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{}~])");

  /** Lines looked at to tell Markdown. */
  static final int SNIFF_LINES = 400;

  /** A whole line in bold ({@code **…**}): a Markdown title or heading. */
  private static final Pattern BOLD_LINE = Pattern.compile("^\\s*\\*\\*[^*]+\\*\\*\\s*$");

  /**
   * True when {@code lines} are Markdown: a table's delimiter row, a heading ({@code ## …}) or a
   * whole line in bold, none of which a text report prints.
   */
  public static boolean isMarkdown(List<String> lines) {
    for (int i = 0; i < lines.size() && i < SNIFF_LINES; i++) {
      String line = lines.get(i);
      if (isDelimiterRow(line)
          || (line.indexOf('#') >= 0 && HEADING.matcher(line).find())
          || (line.contains("**") && BOLD_LINE.matcher(line).matches())) {
        return true;
      }
    }
    return false;
  }

  /** The lines with Markdown's syntax taken out, or as they are when they are no Markdown. */
  public static Stripped strip(List<String> lines) {
    if (!isMarkdown(lines)) {
      return new Stripped(lines, null, false);
    }
    List<String> kept = new ArrayList<>(lines.size());
    int[] source = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isDelimiterRow(line)) {
        continue;
      }
      source[kept.size()] = i + 1;
      kept.add(plain(line));
    }
    return new Stripped(kept, java.util.Arrays.copyOf(source, kept.size()), true);
  }

  /** A table's delimiter row: dashes between bars (a line of dashes alone is a text's rule). */
  private static boolean isDelimiterRow(String line) {
    return line.indexOf('|') >= 0
        && line.indexOf('-') >= 0
        && DELIMITER_ROW.matcher(line).matches();
  }

  /** One line without its marks. */
  static String plain(String line) {
    String s = line;
    if (s.indexOf('>') >= 0) {
      s = QUOTE.matcher(s).replaceFirst("");
      s = BREAK.matcher(s).replaceAll(" ");
    }
    if (LIST_ITEM.matcher(s).find() && !PAGE_NUMBER.matcher(s).matches()) {
      s = LIST_ITEM.matcher(s).replaceFirst("");
    }
    if (s.indexOf('#') >= 0) {
      Matcher h = HEADING.matcher(s);
      if (h.find()) {
        s = CLOSING_HASHES.matcher(s.substring(h.end())).replaceFirst("");
      }
    }
    if (s.indexOf('[') >= 0) {
      s = IMAGE.matcher(s).replaceAll("");
      s = LINK.matcher(s).replaceAll("$1");
    }
    s = pairs(s, "**");
    s = pairs(s, "__");
    s = pairs(s, "~~");
    if (s.indexOf('\\') >= 0) {
      s = ESCAPE.matcher(s).replaceAll("$1");
    }
    return s;
  }

  /** {@code s} without {@code mark} where it comes in pairs (a lone one is text). */
  private static String pairs(String s, String mark) {
    int first = s.indexOf(mark);
    if (first < 0 || s.lastIndexOf(mark) == first) {
      return s;
    }
    int count = 0;
    for (int at = first; at >= 0; at = s.indexOf(mark, at + mark.length())) {
      count++;
    }
    if (count % 2 == 1) {
      // the last one is unpaired: keep it
      int last = s.lastIndexOf(mark);
      return s.substring(0, last).replace(mark, "") + s.substring(last);
    }
    return s.replace(mark, "");
  }
}
