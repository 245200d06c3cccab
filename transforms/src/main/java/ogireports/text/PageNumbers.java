package ogireports.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page numbers and running headers of a printed report, left in its text when a PDF was
 * extracted to a text file or pasted into a page: a page's number on a line of its own ({@code - 3
 * -}, {@code — 3 —}, {@code 第 3 页 共 8 页}, {@code 3/8}, {@code Page 3}) and the title printed again
 * at the top of the next page. They fall wherever the page ended, inside a table's rows too, where
 * a stray {@code 3/8} reads as a cell and a title as a label; so they are taken out before anything
 * is read, as {@code ogireports.formats.PageLayout} drops them from a PDF it lays out.
 *
 * <p>A line is a page number only when it holds nothing else; a bare number is never one (it is a
 * cell value). A running header is a line next to a page number (blank lines between allowed) that
 * repeats either a line next to another page number or one of the report's first lines (its title);
 * a table label beside one page break is neither, and stays.
 *
 * <p>One pass over the lines: a line is looked at only when it is short and starts as a page number
 * can; a text without page numbers is returned as it is.
 */
public final class PageNumbers {

  /** Longest line read as a page number ({@code 第 123 页 共 456 页} is 17 characters). */
  static final int MAX_CHARS = 24;

  /** Longest running header (a report's title). */
  static final int MAX_HEADER_CHARS = 60;

  /** How many of the first non-blank lines hold the report's title. */
  static final int TITLE_LINES = 5;

  /** The lines without the page furniture; {@code sourceLine[i]} is line i's 1-based input line. */
  public record Stripped(List<String> lines, int[] sourceLine, boolean changed) {}

  private PageNumbers() {}

  /** The lines with their page numbers and running headers taken out. */
  public static Stripped strip(List<String> lines) {
    int n = lines.size();
    boolean[] drop = null;
    for (int i = 0; i < n; i++) {
      if (isPageNumber(lines.get(i))
          || isPrintedPageEdge(lines.get(i))
          || isArticlePager(lines.get(i))) {
        if (drop == null) {
          drop = new boolean[n];
        }
        drop[i] = true;
      }
    }
    if (drop == null) {
      return new Stripped(lines, null, false);
    }
    dropRunningHeaders(lines, drop);
    List<String> kept = new ArrayList<>(n);
    int[] source = new int[n];
    for (int i = 0; i < n; i++) {
      if (!drop[i]) {
        source[kept.size()] = i + 1;
        kept.add(lines.get(i));
      }
    }
    return new Stripped(kept, java.util.Arrays.copyOf(source, kept.size()), true);
  }

  /** The units a table's count may carry in its cell ({@code 0件}, {@code 12条}). */
  private static final String CELL_UNITS = "件条个项次";

  /** True when the squeezed line is one number, with or without its unit: a table's cell. */
  private static boolean isCellValue(String sq) {
    int end = sq.length();
    if (end > 0 && CELL_UNITS.indexOf(sq.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      if (!Character.isDigit(sq.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Marks the running headers beside the page numbers {@code drop} marks. */
  private static void dropRunningHeaders(List<String> lines, boolean[] drop) {
    int n = lines.size();
    List<Integer> beside = new ArrayList<>();
    List<Integer> pageOf = new ArrayList<>(); // the page number each is beside
    for (int i = 0; i < n; i++) {
      if (drop[i] && !isPageNumberAt(lines, drop, i - 1)) {
        addNeighbour(lines, drop, i, -1, beside, pageOf);
        addNeighbour(lines, drop, i, +1, beside, pageOf);
      }
    }
    if (beside.isEmpty()) {
      return;
    }
    Set<String> title = new HashSet<>();
    for (int i = 0, seen = 0; i < n && seen < TITLE_LINES; i++) {
      if (!drop[i] && !Normalise.isBlank(lines.get(i))) {
        seen++;
        title.add(Normalise.squeeze(lines.get(i)));
      }
    }
    Map<String, Integer> firstPage = new HashMap<>();
    Set<String> repeated = new HashSet<>(); // beside two page numbers or more
    List<String> texts = new ArrayList<>(beside.size());
    for (int k = 0; k < beside.size(); k++) {
      String sq = Normalise.squeeze(lines.get(beside.get(k)));
      texts.add(sq);
      Integer page = firstPage.putIfAbsent(sq, pageOf.get(k));
      if (page != null && !page.equals(pageOf.get(k))) {
        repeated.add(sq);
      }
    }
    for (int k = 0; k < beside.size(); k++) {
      String sq = texts.get(k);
      int at = beside.get(k);
      boolean firstTitle = title.contains(sq) && isFirstOccurrence(lines, at, sq);
      if (isCellValue(sq)) {
        continue; // a table's cell beside a page break (0件 on two pages) is no running header
      }
      if (repeated.contains(sq) || (title.contains(sq) && !firstTitle)) {
        drop[at] = true;
      }
    }
  }

  private static boolean isPageNumberAt(List<String> lines, boolean[] drop, int i) {
    return i >= 0 && drop[i] && isPageNumber(lines.get(i));
  }

  /** True when line {@code at} is the first line of the text whose squeezed form is {@code sq}. */
  private static boolean isFirstOccurrence(List<String> lines, int at, String sq) {
    for (int i = 0; i < at; i++) {
      String line = lines.get(i);
      if (line.length() >= sq.length() && Normalise.squeeze(line).equals(sq)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The nearest non-blank line from page number {@code i} in direction {@code step}, when it may be
   * a running header: short, and holding a Han character (no number or page furniture).
   */
  private static void addNeighbour(
      List<String> lines,
      boolean[] drop,
      int i,
      int step,
      List<Integer> beside,
      List<Integer> pageOf) {
    int k = i + step;
    // blank lines and the page numbers next to this one (a footer's and a header's) lie between
    while (k >= 0 && k < lines.size() && (drop[k] || Normalise.isBlank(lines.get(k)))) {
      k += step;
    }
    if (k < 0 || k >= lines.size()) {
      return;
    }
    String line = lines.get(k);
    if (withoutAddressAndTime(line).length() <= MAX_HEADER_CHARS && holdsHan(line)) {
      beside.add(k);
      pageOf.add(i);
    }
  }

  private static boolean holdsHan(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= 0x4E00 && c <= 0x9FFF) {
        return true;
      }
    }
    return false;
  }

  /** Longest line looked at as an article's pager. */
  private static final int MAX_PAGER_CHARS = 80;

  private static final Pattern PAGER_WORD =
      Pattern.compile("共\\d+页|第\\d+页|上一页|下一页|首页|尾页|末页|\\d+|[<>«»‹›…]|\\.\\.\\.|跳转到?|页|GO|确定");

  /**
   * True for the pager of an article a site cut into pages ({@code 共2页 上一页 1 2 下一页}), which a crawl
   * that joined the pages keeps between them, inside a table too: words of a pager only, with 上一页
   * or 下一页 among them.
   */
  static boolean isArticlePager(String line) {
    if (line.length() > MAX_PAGER_CHARS || (!line.contains("上一页") && !line.contains("下一页"))) {
      return false;
    }
    for (String word : line.strip().split("[\\s\\u3000]+")) {
      if (!word.isEmpty() && !PAGER_WORD.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }

  /** A page's address as a browser prints it in a page's margin. */
  private static final Pattern ADDRESS = Pattern.compile("(?:https?|file)://\\S+");

  /** A date and time as a browser prints them in a page's margin ({@code 2023/4/6 15:42}). */
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}[/-]\\d{1,2}[/-]\\d{1,2}(?:\\s*(?:上午|下午))?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?"
              + "|\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AP]M)?");

  /** Longest line looked at as a printed page's margin. */
  private static final int MAX_EDGE_CHARS = 240;

  /**
   * True for the margin a browser prints on each page of a page printed to PDF: the page's address
   * beside its page number ({@code http://…/post_4097561.html 3/4}), or the page number beside the
   * date and time of printing ({@code 第 2 页，共 4 页 2021/6/3 14:27:51}). Its other margin (the date
   * and the page's title) is a running header, told by its repeating beside each page break.
   */
  static boolean isPrintedPageEdge(String line) {
    if (line.length() > MAX_EDGE_CHARS || (line.indexOf("://") < 0 && line.indexOf(':') < 0)) {
      return false;
    }
    String rest = withoutAddressAndTime(line);
    if (rest.length() == line.strip().length()) {
      return false; // neither an address nor a time
    }
    return isPageNumber(rest.replace('，', ' ').replace(',', ' ').strip());
  }

  /** The line without a printed page's address and date-time, its spaces squeezed. */
  private static String withoutAddressAndTime(String line) {
    if (line.indexOf("://") < 0 && line.indexOf(':') < 0) {
      return line;
    }
    String rest = ADDRESS.matcher(line).replaceAll(" ");
    rest = DATE_TIME.matcher(rest).replaceAll(" ");
    return rest.strip().replaceAll("\\s{2,}", " ");
  }

  /** A flip-book page's title line ({@code Page 6 - 阆中市…年度报告}), the title its group. */
  private static final Pattern FLIP_BOOK_TITLE =
      Pattern.compile("^\\s*(?:Page|PAGE|page)\\s*\\d+\\s*[-–—:]\\s*(.+)$");

  /** A flip-book page's number ({@code P. 6}). */
  private static final Pattern FLIP_BOOK_NUMBER = Pattern.compile("^\\s*P\\.\\s*\\d+\\s*$");

  /** The title a flip-book page's title line gives ({@code Page 8 - 威海市文登区信访局2022年…}), or null. */
  public static String flipBookPageTitle(String line) {
    if (line == null || (line.indexOf('P') < 0 && line.indexOf('p') < 0)) {
      return null;
    }
    java.util.regex.Matcher m = FLIP_BOOK_TITLE.matcher(line);
    return m.matches() ? m.group(1) : null;
  }

  /**
   * True for a line that marks a page: a page number ({@link #isPageNumber}) or a flip-book page's
   * title or number ({@code Page 6 - …}, {@code P. 6}), whose digits are no table's.
   */
  public static boolean isPageMark(String line) {
    if (line == null) {
      return false;
    }
    return isPageNumber(line)
        || flipBookPageTitle(line) != null
        || (line.indexOf('P') >= 0 && FLIP_BOOK_NUMBER.matcher(line).matches());
  }

  /**
   * True for a line that is a page number and nothing else: {@code - 3 -}, {@code —3—}, {@code 第 3
   * 页}, {@code 第3页 共8页}, {@code 第3页/共8页}, {@code 3/8} or {@code 3 / 8 页} (the page no greater than
   * the count), {@code Page 3}, {@code Page 3 of 8}; full-width digits and dashes too.
   */
  public static boolean isPageNumber(String line) {
    if (line == null || line.isEmpty() || line.length() > MAX_CHARS) {
      return false;
    }
    // most short lines are table cells: told by their first character without a cursor
    int at = 0;
    while (at < line.length() && Normalise.isSpace(line.charAt(at))) {
      at++;
    }
    if (at == line.length()) {
      return false;
    }
    char first = line.charAt(at);
    if (digit(first) >= 0 ? line.indexOf('/') < 0 && line.indexOf('／') < 0 : !mayStart(first)) {
      return false;
    }
    Cursor c = new Cursor(line);
    c.spaces();
    if (isDash(first)) {
      int dashes = c.dashes();
      c.spaces();
      if (c.digits() < 0) {
        return false;
      }
      c.spaces();
      return dashes > 0 && c.dashes() > 0 && c.spacesToEnd();
    }
    if (first == '第') {
      c.next();
      c.spaces();
      if (c.digits() < 0) {
        return false;
      }
      c.spaces();
      if (!c.take('页')) {
        return false;
      }
      c.spaces();
      if (c.end()) {
        return true;
      }
      c.take('/');
      c.take('／');
      c.take(',');
      c.take('，');
      c.spaces();
      if (!c.take('共')) {
        return false;
      }
      c.spaces();
      if (c.digits() < 0) {
        return false;
      }
      c.spaces();
      return c.take('页') && c.spacesToEnd();
    }
    if (first == 'P' || first == 'p') {
      if (!c.takeWord("Page") && !c.takeWord("page") && !c.takeWord("PAGE")) {
        return false;
      }
      c.spaces();
      if (c.digits() < 0) {
        return false;
      }
      c.spaces();
      if (c.takeWord("of")) {
        c.spaces();
        if (c.digits() < 0) {
          return false;
        }
      }
      return c.spacesToEnd();
    }
    if (digit(first) >= 0) {
      int page = c.digits();
      c.spaces();
      if (!c.take('/') && !c.take('／')) {
        return false;
      }
      c.spaces();
      c.take('共');
      c.spaces();
      int pages = c.digits();
      c.spaces();
      c.take('页');
      return page >= 1 && pages >= page && c.spacesToEnd();
    }
    return false;
  }

  /** True for a character other than a digit a page number may start with. */
  private static boolean mayStart(char c) {
    return isDash(c) || c == '第' || c == 'P' || c == 'p';
  }

  /** The value of an ASCII or full-width digit, else -1. */
  private static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= '０' && c <= '９' ? c - '０' : -1;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '－' || c == '—' || c == '–' || c == '―' || c == '_';
  }

  /** A cursor over one short line. */
  private static final class Cursor {
    private final String s;
    private int i;

    Cursor(String s) {
      this.s = s;
    }

    boolean end() {
      return i >= s.length();
    }

    void next() {
      i++;
    }

    void spaces() {
      while (i < s.length() && Normalise.isSpace(s.charAt(i))) {
        i++;
      }
    }

    boolean spacesToEnd() {
      spaces();
      return end();
    }

    boolean take(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    boolean takeWord(String w) {
      if (s.startsWith(w, i)) {
        i += w.length();
        return true;
      }
      return false;
    }

    /** Up to two dashes; how many. */
    int dashes() {
      int k = 0;
      while (k < 2 && i < s.length() && isDash(s.charAt(i))) {
        i++;
        k++;
      }
      return k;
    }

    /** One to four digits (ASCII or full-width) and their value, else -1. */
    int digits() {
      int v = 0;
      int k = 0;
      while (k < 4 && i < s.length() && digit(s.charAt(i)) >= 0) {
        v = v * 10 + digit(s.charAt(i));
        i++;
        k++;
      }
      if (k == 0 || (i < s.length() && digit(s.charAt(i)) >= 0)) {
        return -1;
      }
      return v;
    }
  }
}
