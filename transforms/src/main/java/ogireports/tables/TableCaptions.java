package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import ogireports.text.LineForms;
import ogireports.text.Normalise;

/**
 * Captions and sub-headings over the template's tables, as reports print them: {@code 表1
 * 收到和处理政府信息公开申请情况} over table 三, and over table 四 split in two (as many county and department
 * reports print it) {@code 表一：行政复议情况} / {@code 表二：行政诉讼情况} or {@code （一）行政复议情况} / {@code （二）行政诉讼情况}.
 *
 * <p>Such a line is no cell of its table, yet every reading would take it for one: a text cell
 * among the header words (its {@code 表}, {@code 情况}), a number ({@code 1} of {@code 表1}), a line
 * that ends a run of values. Before the tables are read, each caption line is put in the words the
 * table itself prints: the name of the table 四 part it titles ({@code 行政复议}, {@code 行政诉讼}, as a
 * split table prints them over its parts), or nothing (a blank line) for a caption that names a
 * whole table. The line count is kept, so every cell keeps its line.
 *
 * <p>A caption that gives a year ({@code 表2　2020年度收到和处理…情况}) is left as printed: it tells which of
 * two tables 三 is the report's ({@link TableReader}).
 */
final class TableCaptions {

  /** Longest caption or sub-heading, squeezed. */
  private static final int MAX_CAPTION_CHARS = 40;

  /** Words a caption's title holds when it names one of the report's tables. */
  private static final List<String> TABLE_TITLE_WORDS = List.of("复议", "诉讼", "申请", "公开");

  /** What a table 四 part's sub-heading may print after its name. */
  private static final List<String> PART_ENDINGS =
      List.of("", "情况", "案件情况", "案件", "统计表", "统计情况", "情况统计表", "情况表", "表");

  private static final String REVIEW = "行政复议";
  private static final String LITIGATION = "行政诉讼";

  private TableCaptions() {}

  /**
   * {@code forms} with each caption line put in its table's words (see the class comment), or
   * {@code forms} itself when it has none.
   */
  static LineForms relabel(LineForms forms) {
    List<String> out = null;
    for (int i = 0; i < forms.size(); i++) {
      String line = forms.line(i);
      if (line == null || !mayBeCaption(forms.firstPrinted(i))) {
        continue;
      }
      String words = wordsOf(forms.squeezed(i));
      if (words == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(forms.lines());
      }
      out.set(i, words.isEmpty() ? "" : indentOf(line) + words);
    }
    if (out == null) {
      return forms;
    }
    LineForms relabelled = LineForms.of(out);
    if (forms.lastLineCut()) {
      relabelled.markLastLineCut();
    }
    return relabelled;
  }

  /** How far above table 三's first row its caption is looked for (the header's lines between). */
  private static final int CAPTION_ABOVE_ROWS = 20;

  /**
   * The year a caption over table 三 names ({@code 表1　2019年度收到和处理政府信息公开申请情况}): the four digits
   * before a {@code 年} on the nearest line above the table's first row ({@code firstRowLine},
   * 1-based) that names the table ({@code 收到和处理}); -1 when that line names no year or there is
   * none.
   */
  static int applicationsCaptionYear(LineForms forms, int firstRowLine) {
    for (int k = firstRowLine - 2; k >= 0 && k >= firstRowLine - 1 - CAPTION_ABOVE_ROWS; k--) {
      String sq = forms.squeezed(k);
      int title = sq == null ? -1 : sq.indexOf("收到和处理");
      if (title < 0 || sq.length() > MAX_CAPTION_CHARS) {
        continue;
      }
      int year = sq.lastIndexOf('年', title);
      if (year < 4) {
        return -1;
      }
      String digits = sq.substring(year - 4, year);
      for (int i = 0; i < 4; i++) {
        if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
          return -1;
        }
      }
      return Integer.parseInt(digits);
    }
    return -1;
  }

  /**
   * True when a line's first printed character ({@link LineForms#firstPrinted}: -1 for a blank
   * line) may start a caption or a sub-heading.
   */
  private static boolean mayBeCaption(int c) {
    return c == '表' || c == '（' || c == '(' || (c >= '1' && c <= '4') || (c >= '１' && c <= '４');
  }

  /**
   * The words a caption line stands for: {@code 行政复议} or {@code 行政诉讼} for a part of table 四, "" for
   * a caption of a whole table; null when the line is no caption.
   */
  static String wordsOf(String squeezed) {
    if (squeezed.length() > MAX_CAPTION_CHARS
        || squeezed.indexOf('|') >= 0
        || squeezed.indexOf('｜') >= 0) {
      return null;
    }
    String title = captionTitle(squeezed);
    if (title != null) {
      if (title.isEmpty() || printsYear(squeezed) || !namesTable(title)) {
        return null;
      }
      boolean review = title.contains(REVIEW);
      boolean litigation = title.contains("诉讼") || title.contains("起诉");
      return review == litigation ? "" : review ? REVIEW : LITIGATION;
    }
    String part = subHeadingTitle(squeezed);
    if (part == null) {
      return null;
    }
    if (part.startsWith("政府信息公开")) {
      part = part.substring("政府信息公开".length());
    }
    for (String name : List.of(REVIEW, LITIGATION)) {
      if (part.startsWith(name) && PART_ENDINGS.contains(part.substring(name.length()))) {
        return name;
      }
    }
    return null;
  }

  /**
   * The title after a table number ({@code 表1}, {@code 表一}, {@code 表 2：}), or null when the text
   * does not start with one.
   */
  private static String captionTitle(String s) {
    if (!s.startsWith("表")) {
      return null;
    }
    int i = 1;
    while (i < s.length() && i <= 2 && isNumeral(s.charAt(i))) {
      i++;
    }
    if (i == 1) {
      return null;
    }
    while (i < s.length() && ":：、.．-—".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return s.substring(i);
  }

  /**
   * The title of a sub-heading numbered {@code (一)}, {@code （二）}, {@code 1.} or {@code 2、} (a
   * closing {@code ：} dropped), or null.
   */
  private static String subHeadingTitle(String s) {
    int i;
    if (s.length() >= 3 && s.charAt(0) == '(' && isNumeral(s.charAt(1)) && s.charAt(2) == ')') {
      i = 3;
    } else if (s.length() >= 2
        && s.charAt(0) >= '1'
        && s.charAt(0) <= '4'
        && (s.charAt(1) == '.' || s.charAt(1) == '、')) {
      i = 2;
    } else {
      return null;
    }
    int end = s.length();
    if (end > i && (s.charAt(end - 1) == ':' || s.charAt(end - 1) == '：')) {
      end--;
    }
    return s.substring(i, end);
  }

  private static boolean isNumeral(char c) {
    return (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
  }

  private static boolean namesTable(String title) {
    for (String w : TABLE_TITLE_WORDS) {
      if (title.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the caption names a year ({@code 2020年}; looked for in the whole squeezed caption,
   * where the table's number runs into the year: {@code 表12019年度}): such captions are read as they
   * are.
   */
  private static boolean printsYear(String title) {
    for (int k = 0; k + 5 <= title.length(); k++) {
      if (title.charAt(k + 4) == '年'
          && (title.startsWith("19", k) || title.startsWith("20", k))
          && Character.isDigit(title.charAt(k + 2))
          && Character.isDigit(title.charAt(k + 3))) {
        return true;
      }
    }
    return false;
  }

  /** The whitespace a line starts with (a tab keeps a layout-A cell one). */
  private static String indentOf(String line) {
    int i = 0;
    while (i < line.length() && Normalise.isSpace(line.charAt(i))) {
      i++;
    }
    return line.substring(0, i);
  }
}
