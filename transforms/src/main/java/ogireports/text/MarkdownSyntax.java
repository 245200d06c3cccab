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
      if (!holdsMark(line)) {
        continue; // most lines: none of the five looks below can match
      }
      if (isDelimiterRow(line)
          || isGridRule(line)
          || isColumnRule(line)
          || (line.indexOf('#') >= 0 && HEADING.matcher(line).find())
          || (line.contains("**") && BOLD_LINE.matcher(line).matches())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a line holds a character each of {@link #isMarkdown}'s looks needs: a delimiter row's
   * '|', a grid rule's '+', a column rule's '-', a heading's '#', bold's '*'. One scan instead of a
   * search for each.
   */
  private static boolean holdsMark(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '|' || c == '+' || c == '-' || c == '#' || c == '*') {
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
      if (isGridRule(line)) {
        i = gridTable(lines, i, kept, source);
        continue;
      }
      int end = isColumnRule(line) ? multilineTable(lines, i, kept, source) : -1;
      if (end >= 0) {
        i = end;
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

  /**
   * {@code +----+:---:+}, {@code +====+}: a grid table's rule (a cell spanning it prints {@code
   * |}).
   */
  private static final Pattern GRID_RULE =
      Pattern.compile("^\\s*[+|]([-=:]*[+|])*[-=:]+[+|]([-=: ]*[+|])*\\s*$");

  /**
   * {@code ------ ----- -----}: the rule under a multiline table's header, a run of dashes a
   * column.
   */
  private static final Pattern COLUMN_RULE = Pattern.compile("^\\s*-{3,}( +-{3,})+\\s*$");

  /** A line of dashes alone: a multiline table's first or last rule. */
  private static final Pattern DASH_LINE = Pattern.compile("^\\s*-{3,}\\s*$");

  /** Most lines of a multiline table after its header rule (table 三 wrapped: about 150). */
  private static final int MAX_TABLE_LINES = 600;

  /** Most lines between a multiline table's header rule and its first rule above it. */
  private static final int MAX_HEADER_LINES = 40;

  private static boolean isGridRule(String line) {
    return line.indexOf('+') >= 0 && GRID_RULE.matcher(line).matches();
  }

  private static boolean isColumnRule(String line) {
    return line.indexOf("- -") >= 0 && COLUMN_RULE.matcher(line).matches();
  }

  /**
   * A pandoc grid table from its rule at {@code rule}: each row (the {@code |} lines between two
   * rules, its cells wrapped over them) put as one pipe row, each cell's pieces joined, on the
   * row's first line. Returns the table's last line.
   */
  private static int gridTable(List<String> lines, int rule, List<String> kept, int[] source) {
    int i = rule + 1;
    List<List<String>> row = new ArrayList<>();
    int rowLine = -1;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (isGridRule(line)) {
        emitRow(row, rowLine, kept, source);
        row.clear();
        i++;
        continue;
      }
      String t = line.strip();
      if (!t.startsWith("|") || !t.endsWith("|") || t.length() < 2) {
        break;
      }
      if (row.isEmpty()) {
        rowLine = i;
      }
      row.add(List.of(t.substring(1, t.length() - 1).split("\\|", -1)));
      i++;
    }
    emitRow(row, rowLine, kept, source);
    return i - 1;
  }

  /**
   * A pandoc multiline table whose header rule is at {@code rule}: its columns are the rule's runs
   * of dashes; each row (lines up to a blank line; the header's above the rule, after a line of
   * dashes) put as one pipe row, each cell's pieces (cut at the columns, by display width) joined.
   * Returns the table's last line (its closing line of dashes), or -1 when the rule closes no
   * table.
   */
  private static int multilineTable(List<String> lines, int rule, List<String> kept, int[] source) {
    int end = -1;
    for (int k = rule + 1; k < lines.size() && k <= rule + MAX_TABLE_LINES; k++) {
      if (DASH_LINE.matcher(lines.get(k)).matches()) {
        end = k;
        break;
      }
    }
    if (end < 0) {
      return -1;
    }
    int[] starts = columnStarts(lines.get(rule));
    // the header above the rule, up to the table's first line of dashes, was kept as lines: redo it
    int top = -1;
    for (int k = rule - 1; k >= 0 && k >= rule - MAX_HEADER_LINES; k--) {
      if (DASH_LINE.matcher(lines.get(k)).matches()) {
        top = k;
        break;
      }
    }
    if (top >= 0) {
      int keptTop = kept.size();
      while (keptTop > 0 && source[keptTop - 1] > top) {
        keptTop--;
      }
      if (keptTop > 0 && source[keptTop - 1] == top + 1) {
        keptTop--; // the first line of dashes
      }
      while (kept.size() > keptTop) {
        kept.remove(kept.size() - 1);
      }
      cutRows(lines, top + 1, rule, starts, kept, source);
    }
    cutRows(lines, rule + 1, end, starts, kept, source);
    return end;
  }

  /** The rows of lines {@code [from, to)}, each up to a blank line, cut at the columns. */
  private static void cutRows(
      List<String> lines, int from, int to, int[] starts, List<String> kept, int[] source) {
    List<List<String>> row = new ArrayList<>();
    int rowLine = -1;
    for (int k = from; k < to; k++) {
      String line = lines.get(k);
      if (line.isBlank()) {
        emitRow(row, rowLine, kept, source);
        row.clear();
        continue;
      }
      if (row.isEmpty()) {
        rowLine = k;
      }
      row.add(cutAt(line, starts));
    }
    emitRow(row, rowLine, kept, source);
  }

  /** Where each column of a header rule starts (display columns). */
  private static int[] columnStarts(String rule) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < rule.length(); i++) {
      if (rule.charAt(i) == '-' && (i == 0 || rule.charAt(i - 1) != '-')) {
        starts.add(i);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A line's pieces in each column: each piece goes to the column its first character is in. */
  private static List<String> cutAt(String line, int[] starts) {
    StringBuilder[] cells = new StringBuilder[starts.length];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = new StringBuilder();
    }
    int col = 0;
    int column = 0;
    boolean inPiece = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == ' ' || ch == '\t') {
        inPiece = false;
        col++;
        continue;
      }
      if (!inPiece) {
        column = 0;
        while (column + 1 < starts.length && starts[column + 1] <= col) {
          column++;
        }
        if (cells[column].length() > 0) {
          cells[column].append(' ');
        }
        inPiece = true;
      }
      cells[column].append(ch);
      col += wide(ch) ? 2 : 1;
    }
    List<String> out = new ArrayList<>(cells.length);
    for (StringBuilder b : cells) {
      out.add(b.toString());
    }
    return out;
  }

  /** True for a character printed two columns wide (Han, kana, Hangul, full-width forms). */
  private static boolean wide(char c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6);
  }

  /**
   * One row of a table's cells, printed over several lines (a cell per field of each), as one pipe
   * row on its first line: each column's pieces joined.
   */
  private static void emitRow(List<List<String>> row, int line, List<String> kept, int[] source) {
    if (row.isEmpty()) {
      return;
    }
    int columns = 0;
    for (List<String> fields : row) {
      columns = Math.max(columns, fields.size());
    }
    StringBuilder out = new StringBuilder("|");
    for (int c = 0; c < columns; c++) {
      StringBuilder cell = new StringBuilder();
      for (List<String> fields : row) {
        String piece = c < fields.size() ? fields.get(c).strip() : "";
        if (!piece.isEmpty()
            && cell.length() > 0
            && !wide(piece.charAt(0))
            && !wide(cell.charAt(cell.length() - 1))) {
          cell.append(' ');
        }
        cell.append(piece);
      }
      out.append(' ').append(plain(cell.toString())).append(" |");
    }
    source[kept.size()] = line + 1;
    kept.add(out.toString());
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
