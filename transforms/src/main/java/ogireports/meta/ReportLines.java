package ogireports.meta;

import java.util.ArrayList;
import java.util.List;
import ogireports.text.LineForms;
import ogireports.text.Normalise;
import ogireports.text.ParseBudget;
import ogireports.text.Script;

/**
 * A report's non-empty lines in two forms: as printed (whitespace collapsed) and squeezed (NFKC,
 * all whitespace removed) for matching, with the {@link PageFurniture} fields of each line. Built
 * once per report; null lines are skipped.
 *
 * <p>A document printed in Traditional script is read in Simplified ({@link Script}); the
 * ReportLines then also keeps the lines as printed, so that a name found in the Simplified text can
 * be given back as printed ({@link #asPrinted}). A page in Simplified may still print its title or
 * header lines in Traditional ({@code 廣州市國資委2020年政府信息公開工作年度報告}): those lines are matched in
 * Simplified too.
 */
final class ReportLines {

  /** Lines longer than this are truncated for matching (hostile input stays cheap). */
  private static final int MAX_LINE = 20_000;

  private static final int MAX_LINES = 20_000;

  /** Each line as read (Simplified, cut at {@link #MAX_LINE}); collapsed when asked for. */
  private final List<String> read;

  /** {@link Chars#collapse} of each line of {@link #read}, made when first asked for. */
  private String[] printed;

  private final List<String> squeezed;

  /**
   * {@link #squeezed} as printed where a line was converted from Traditional script; null while
   * every line is read as printed (most documents), and then made in full.
   */
  private List<String> squeezedAsPrinted;

  /** The furniture of the first {@link #FURNITURE_LINES} non-empty lines: the others have none. */
  private final List<List<PageFurniture.Field>> furniture;

  private final ParseBudget budget;

  ReportLines(List<String> lines) {
    this(lines, ParseBudget.UNLIMITED);
  }

  /** A doc whose line loops check {@code budget} (phase {@code metadata}). */
  ReportLines(List<String> lines, ParseBudget budget) {
    this(lines, null, budget);
  }

  /**
   * A doc of {@code lines} (Simplified) whose lines as printed are {@code asPrinted} (the same
   * lines in Traditional script, one for one; null when the document was read as printed).
   */
  ReportLines(List<String> lines, List<String> asPrinted, ParseBudget budget) {
    this(LineForms.of(lines), asPrinted, budget);
  }

  /**
   * Like {@link #ReportLines(List, List, ParseBudget)} over lines whose squeezed forms are shared.
   */
  ReportLines(LineForms forms, List<String> asPrinted, ParseBudget budget) {
    this.budget = budget;
    List<String> lines = forms.lines();
    int capacity = Math.min(lines.size(), MAX_LINES);
    read = new ArrayList<>(capacity);
    squeezed = new ArrayList<>(capacity);
    furniture = new ArrayList<>(FURNITURE_LINES);
    boolean aligned = asPrinted != null && asPrinted.size() == lines.size();
    for (int i = 0; i < lines.size(); i++) {
      check();
      String raw = lines.get(i);
      if (raw == null) {
        continue;
      }
      String r = raw.length() > MAX_LINE ? raw.substring(0, MAX_LINE) : raw;
      String sq = forms.squeezed(i, MAX_LINE);
      if (sq.isEmpty()) {
        continue;
      }
      boolean converted = false;
      if (!aligned && squeezed.size() < FURNITURE_LINES && Script.isTraditional(sq, 2)) {
        // a title or header line in Traditional script in a Simplified page: matched in
        // Simplified, given back as printed
        r = Script.simplified(r);
        sq = Script.simplified(sq);
        converted = true;
      }
      read.add(r);
      squeezed.add(sq);
      String original = aligned && asPrinted.get(i) != null ? asPrinted.get(i) : raw;
      if (original == raw && !converted) {
        // read as printed (no script conversion): the squeezed line is the printed one
        if (squeezedAsPrinted != null) {
          squeezedAsPrinted.add(sq);
        }
      } else {
        if (squeezedAsPrinted == null) {
          // the lines before were read as printed
          squeezedAsPrinted = new ArrayList<>(capacity);
          squeezedAsPrinted.addAll(squeezed.subList(0, squeezed.size() - 1));
        }
        squeezedAsPrinted.add(
            Normalise.squeeze(
                original.length() > MAX_LINE ? original.substring(0, MAX_LINE) : original));
      }
      if (squeezed.size() <= FURNITURE_LINES) {
        furniture.add(PageFurniture.fields(r, converted ? null : sq));
      }
      if (i < PAGE_URL_LINES) {
        pageHeadLines = squeezed.size();
      }
      if (squeezed.size() >= MAX_LINES) {
        break;
      }
    }
  }

  /** The page's own URL is looked for in the furniture of the first lines only. */
  static final int PAGE_URL_LINES = 60;

  /** The non-empty lines that come from the first {@link #PAGE_URL_LINES} lines. */
  private int pageHeadLines;

  /**
   * The URL in the page furniture of the lines that come from the first {@link #PAGE_URL_LINES}
   * lines ({@code 原文链接: https://…}), or null.
   */
  String pageUrl() {
    for (int i = 0; i < pageHeadLines; i++) {
      List<PageFurniture.Field> fields = furniture(i);
      for (int k = 0; k < fields.size(); k++) { // no iterator for the many empty lists
        PageFurniture.Field f = fields.get(k);
        if (f.kind() == PageFurniture.Kind.URL
            && (f.value().startsWith("http://") || f.value().startsWith("https://"))) {
          return f.value();
        }
      }
    }
    return null;
  }

  /** Furniture is looked for in the head of a page only. */
  private static final int FURNITURE_LINES = 40;

  /** The page-furniture fields of the i-th non-empty line (empty for report text). */
  List<PageFurniture.Field> furniture(int i) {
    return i < furniture.size() ? furniture.get(i) : List.of();
  }

  /**
   * True when the i-th non-empty line is page furniture (key–value line, breadcrumb, page title).
   */
  boolean isFurniture(int i) {
    return !furniture(i).isEmpty();
  }

  /**
   * The end (exclusive) of the document's first {@code n} lines of its own text: lines of page
   * furniture above or among them (a CMS header of any length) are not counted, nor lines that
   * continue a wrapped sentence (PDF text), so the intro is found wherever the header ends and
   * however narrow the page.
   */
  int head(int n) {
    if (n <= 0) {
      return size();
    }
    // The finders ask for heads of a few lengths, some at every line they read: the lines counted
    // are found once, as far as asked.
    while (headCounted < n && headLooked < size()) {
      int i = headLooked++;
      if (!isFurniture(i) && !continuesSentence(i)) {
        if (headCounted == headEnds.length) {
          headEnds = java.util.Arrays.copyOf(headEnds, 2 * headEnds.length);
        }
        headEnds[headCounted++] = i + 1;
      }
    }
    return headCounted >= n ? headEnds[n - 1] : size();
  }

  /** {@link #head}{@code (k + 1)} of the first {@link #headCounted} lines counted. */
  private int[] headEnds = new int[16];

  /** The lines {@link #head} counted so far, of the first {@link #headLooked}. */
  private int headCounted;

  private int headLooked;

  /** True when line i continues the sentence of the line before it (prose wrapped at a width). */
  boolean continuesSentence(int i) {
    if (i == 0) {
      return false;
    }
    String before = squeezed.get(i - 1);
    return width(i - 1) >= MIN_WRAPPED && !endsSentence(before) && !startsBlock(squeezed.get(i));
  }

  /**
   * {@code name} (squeezed, as found in the Simplified text) as the document prints it: the same
   * characters in Traditional script for a Traditional document, else {@code name} itself.
   */
  String asPrinted(String name) {
    if (name == null) {
      return null;
    }
    if (squeezedAsPrinted == null) {
      return name; // every line is read as printed
    }
    for (int i = 0; i < squeezed.size(); i++) {
      String sq = squeezed.get(i);
      String original = squeezedAsPrinted.get(i);
      if (sq.equals(original)) {
        continue;
      }
      int at = sq.indexOf(name);
      if (at >= 0 && original.length() == sq.length()) {
        return original.substring(at, at + name.length());
      }
    }
    return name;
  }

  /**
   * Checks the parse budget; called once per line by the loops that may visit every line.
   *
   * @throws ParseBudget.Exceeded when it has run out
   */
  void check() {
    budget.check(MetadataReader.PHASE);
  }

  int size() {
    return squeezed.size();
  }

  /** The i-th non-empty line, NFKC with whitespace removed. */
  String sq(int i) {
    return squeezed.get(i);
  }

  /**
   * The squeezed i-th line with the lines that continue its sentence: text extracted from a PDF
   * wraps prose at the page width ({@code 本报告由淮安市洪泽区人民政府办公室根据《中华人民共和} / {@code 国政府信息公开条例》…要求编制}),
   * so a sentence read line by line loses what it says. A line ends its sentence with {@code 。；：!?}
   * or is short; a heading, a line of page furniture or a line of table cells starts a new one. A
   * link of the page's list of other reports ({@link RelatedLinks}) is no sentence of the report:
   * its body and year are another report's.
   */
  String prose(int i) {
    if (RelatedLinks.isLink(this, i)) {
      return "";
    }
    return joinWrapped(squeezed, i, k -> !isFurniture(k), this::width);
  }

  /**
   * The width the i-th line takes on the page, to tell a line wrapped at the page's width: its
   * squeezed length, and for a line whose Han characters are spread by spaces ({@code 特 编 制 湛 江 市 人
   * 民 政 府 地 方 志 办}, PDF text of a page set with character spacing) its length with those spaces,
   * which is about twice as much.
   */
  int width(int i) {
    String sq = squeezed.get(i);
    String raw = read.get(i);
    if (raw.length() < sq.length() * 3 / 2) {
      return sq.length(); // (most lines) no room for a space between most characters
    }
    int spaces = 0;
    for (int k = 1; k + 1 < raw.length(); k++) {
      if (raw.charAt(k) == ' '
          && Chars.isHan(raw.charAt(k - 1))
          && Chars.isHan(raw.charAt(k + 1))) {
        spaces++;
      }
    }
    return spaces * 3 >= sq.length() ? sq.length() + spaces : sq.length();
  }

  /** Lines continued by the next ones for sentences at most this long. */
  private static final int MAX_SENTENCE = 300;

  private static final int MAX_CONTINUATIONS = 4;

  /**
   * A line shorter than this is not wrapped prose (a title, a heading, a menu item, the last line
   * of a paragraph): a page wraps at 30 characters or more.
   */
  private static final int MIN_WRAPPED = 24;

  /** {@link #prose} over any squeezed lines; {@code mayContinue} tells which lines may continue. */
  static String joinWrapped(
      List<String> squeezed, int i, java.util.function.IntPredicate mayContinue) {
    return joinWrapped(squeezed, i, mayContinue, k -> squeezed.get(k).length());
  }

  /**
   * {@link #joinWrapped(List, int, java.util.function.IntPredicate)} with the lines' widths on the
   * page.
   */
  private static String joinWrapped(
      List<String> squeezed,
      int i,
      java.util.function.IntPredicate mayContinue,
      java.util.function.IntUnaryOperator width) {
    String line = squeezed.get(i);
    if (width.applyAsInt(i) < MIN_WRAPPED || endsSentence(line) || isNavigation(line)) {
      return line;
    }
    StringBuilder out = new StringBuilder(line);
    for (int k = i + 1, n = 0;
        k < squeezed.size() && n < MAX_CONTINUATIONS && out.length() < MAX_SENTENCE;
        k++, n++) {
      String next = squeezed.get(k);
      if (!mayContinue.test(k) || startsBlock(next)) {
        break;
      }
      out.append(next);
      if (endsSentence(next) || width.applyAsInt(k) < MIN_WRAPPED) {
        break;
      }
    }
    return out.toString();
  }

  /**
   * True for a site's navigation ({@code 智能问答新媒体矩阵首页>政务公开>政府信息公开年报>乡镇(街道)>新政镇人民政府}): two {@code >}
   * or more. It is no sentence the next line continues (the title under it is not the end of a
   * sentence naming the report: {@code 新政镇人民政府仪陇县新政镇2023年…年度报告}), nor a title though its last item
   * names the report ({@code 首页>>政府信息公开>>2021年年报}).
   */
  static boolean isNavigation(String sq) {
    int first = sq.indexOf('>');
    return first >= 0 && sq.indexOf('>', first + 1) >= 0;
  }

  private static boolean endsSentence(String sq) {
    return sq.isEmpty() || "。;:!?；：！？".indexOf(sq.charAt(sq.length() - 1)) >= 0;
  }

  /** A heading ({@code 一、}, {@code (一)}, {@code 1.}) or a row of numbers starts a new block. */
  private static boolean startsBlock(String sq) {
    if (TitleFinder.isTitleLine(sq)) {
      // a report's title on a line of its own continues no line above it (a repost's note
      // ending with the forwarding office's name: 转发单位：宜春市人民政府办公室 / 袁州区教育体育局…年度报告)
      return true;
    }
    if (sq.length() >= 2
        && "一二三四五六七八九十".indexOf(sq.charAt(0)) >= 0
        && "、.,:".indexOf(sq.charAt(1)) >= 0) {
      return true;
    }
    if (sq.startsWith("(") && sq.length() >= 3 && sq.charAt(2) == ')') {
      return true;
    }
    // a line mostly of digits is a table's values; the digits of a date (2024年12月31日) are prose,
    // as in a sentence's wrapped end (日至2024年12月31日。)
    int digits = 0;
    int others = 0;
    for (int k = 0; k < sq.length(); k++) {
      if (Chars.isAnyDigit(sq.charAt(k))) {
        int run = k;
        while (k + 1 < sq.length() && Chars.isAnyDigit(sq.charAt(k + 1))) {
          k++;
        }
        if (k + 1 < sq.length() && "年月日".indexOf(sq.charAt(k + 1)) >= 0) {
          others += k - run + 1;
        } else {
          digits += k - run + 1;
        }
      } else {
        others++;
      }
      if (others * 2 >= sq.length()) {
        return false; // digits can no longer be more than half (prose)
      }
    }
    return digits * 2 > sq.length();
  }

  /** Two spaces or more, or a tab: what separates a page's fields run onto one line. */
  private static final java.util.regex.Pattern FIELD_GAP =
      java.util.regex.Pattern.compile("[ \\u00a0\\u3000]{2,}|\\t");

  /**
   * The parts of the i-th non-empty line between gaps of two spaces or more or tabs, squeezed (a
   * page's fields run onto one line: {@code 分类 统计 发布机构 江门市统计局}), or its squeezed form alone when it
   * has no such gap.
   */
  List<String> spacedParts(int i) {
    String raw = read.get(i);
    if (raw.indexOf('\t') < 0 && !raw.contains("  ") && raw.indexOf('\u3000') < 0) {
      return List.of(sq(i));
    }
    List<String> parts = new ArrayList<>();
    for (String part : FIELD_GAP.split(raw)) {
      String p = Normalise.squeeze(part);
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    return parts.size() <= 1 ? List.of(sq(i)) : parts;
  }

  /** The i-th non-empty line as printed, whitespace collapsed. */
  String printed(int i) {
    if (printed == null) {
      printed = new String[read.size()];
    }
    if (printed[i] == null) {
      printed[i] = Chars.collapse(read.get(i));
    }
    return printed[i];
  }

  /**
   * Index of the heading of the given section (e.g. '五' for {@code 五、存在的主要问题…}), or {@link #size()}
   * when absent. Only lines that start with the numeral and a separator and are short enough to be
   * headings count.
   */
  int sectionStart(char numeral, int from) {
    for (int i = Math.max(0, from); i < squeezed.size(); i++) {
      check();
      String s = squeezed.get(i);
      if (s.length() >= 3
          && s.length() <= 40
          && s.charAt(0) == numeral
          && "、.,:".indexOf(s.charAt(1)) >= 0
          && Chars.isHan(s.charAt(2))) {
        return i;
      }
    }
    return squeezed.size();
  }
}
