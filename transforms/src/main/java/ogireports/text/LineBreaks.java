package ogireports.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Gives back the line structure of text that lost it. A crawler that keeps a page's text without
 * its markup gives the whole body on one or a few lines: title, page furniture, section headings
 * and prose run together ({@code …工作年度报告本报告由…编制。一、总体情况2023年，…}). The readers of titles, metadata
 * and sections look at lines, so every line longer than {@link #LONG_LINE} characters is cut, and
 * only there:
 *
 * <ul>
 *   <li>before a CMS key followed by a colon ({@code 索引号:}, {@code 发布机构：}, {@code 来源:}…);
 *   <li>around a report title ({@code …年度报告} near the start, not inside a citation {@code 《…》} nor
 *       named inside a sentence);
 *   <li>around a section heading ({@code 二、主动公开政府信息情况}: a numeral, a stop and a heading text of
 *       that section that {@link SectionSplitter#headingNumber} accepts);
 *   <li>before a flip-book page marker ({@code Page 9 - …}, {@code P. 9}) and after {@code P. 9};
 *   <li>after a page's command ({@code 打印本页}, {@code 关闭窗口});
 *   <li>after a full stop {@code 。}.
 * </ul>
 *
 * <p>A page set with character spacing flattens to {@code 中 村 乡2020年 政 府 信 息 公 开 工 作 年 度 报 告}: the
 * places are looked for with the spaces that spread the characters taken out, and the line as
 * printed is cut at the same characters.
 *
 * <p>Table cells are left as they are: the table readers find labels in the character stream. Lines
 * of ordinary length are never touched, so text that kept its structure reads as before. Each
 * output line remembers the input line it came from.
 */
public final class LineBreaks {

  /** Lines longer than this are cut; a title, heading or table row is far shorter. */
  public static final int LONG_LINE = 160;

  /** Keys of CMS key–value headers that start a new line when followed by a colon. */
  static final List<String> CMS_KEYS =
      List.of(
          "索引号", "发布机构", "发文机关", "发布时间", "发布日期", "成文日期", "发文日期", "信息来源", "来源", "文号", "发文字号", "栏目",
          "主题分类", "公开方式", "公开时限", "公开范围", "名称", "标题", "原文链接", "浏览次数", "点击数", "当前位置", "生效日期", "生成日期",
          "信息分类", "有效性");

  /** Words of page furniture after which a title may start ({@code 打印本页洪泽区…年度报告}). */
  private static final List<String> FURNITURE_ENDS =
      List.of("打印本页", "关闭窗口", "打印", "分享到", "首页", "年报", "正文");

  /**
   * A page's commands, the end of its tool bar ({@code 【字体：大 中 小】 打印本页}): what follows is the
   * page's text, though a CMS key with no value ({@code 原文链接:}) stands before them.
   */
  private static final List<String> PAGE_COMMANDS = List.of("打印本页", "关闭窗口");

  private static final int TITLE_ZONE = 400;
  private static final int MAX_TITLE = 60;
  private static final int MAX_HEADING = 32;

  /** Lines with the input line each came from (1-based). */
  public record Restored(List<String> lines, int[] sourceLine, boolean changed) {}

  private LineBreaks() {}

  /** The lines with long ones cut at the places listed in the class comment. */
  public static Restored restore(List<String> lines, ParseBudget budget) {
    long longChars = 0;
    boolean headCut = false; // a line of the head holds a title among other text
    int head = 0;
    // the head's lines as cut at their title here, by line (null: not cut here), used again below
    List<List<String>> headPieces = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.length() > LONG_LINE) {
        longChars += line.length();
      } else if (!headCut && head < TITLE_ZONE) {
        List<String> pieces = cutAtTitle(line);
        while (headPieces.size() < i) {
          headPieces.add(null);
        }
        headPieces.add(pieces);
        headCut = pieces.size() > 1;
      }
      head += line.length();
    }
    if (longChars == 0 && !headCut) {
      return new Restored(lines, identity(lines.size()), false);
    }
    // room for a piece per 32 characters of the long lines (a sentence of prose), so that the
    // lists seldom grow
    int capacity = (int) Math.min(lines.size() + 16 + longChars / 32, Integer.MAX_VALUE - 16);
    List<String> out = new ArrayList<>(capacity);
    int[] source = new int[capacity]; // the input line of each output line, grown
    int charsBefore = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.length() <= LONG_LINE && charsBefore < TITLE_ZONE) {
        List<String> cut = i < headPieces.size() ? headPieces.get(i) : null;
        for (String piece : cut != null ? cut : cutAtTitle(line)) {
          source = add(out, source, piece, i + 1);
        }
      } else if (line.length() <= LONG_LINE) {
        source = add(out, source, line, i + 1);
      } else {
        for (String piece : cut(line, charsBefore < TITLE_ZONE, budget)) {
          source = add(out, source, piece, i + 1);
        }
      }
      charsBefore += line.length();
    }
    return new Restored(out, java.util.Arrays.copyOf(source, out.size()), true);
  }

  /** Adds a line that comes from input line {@code sourceLine}; the source lines, grown. */
  private static int[] add(List<String> out, int[] source, String line, int sourceLine) {
    if (out.size() == source.length) {
      source = java.util.Arrays.copyOf(source, source.length * 2);
    }
    source[out.size()] = sourceLine;
    out.add(line);
    return source;
  }

  /**
   * The pieces of a line of ordinary length at the start of a text: cut around the title it holds
   * among other text, and before the CMS keys beside it ({@code 芦庙乡人民政府2021年…年度报告来源: 西平县人民政府},
   * {@code 当前位置: 首页>> 地方政务 西藏自治区人民政府2009年政府信息公开年度报告中央政府门户网站 www.gov.cn}, a page's head flattened
   * and then cut at its runs of spaces).
   */
  static List<String> cutAtTitle(String printed) {
    if (printed.indexOf("报告") < 0 && printed.indexOf("報告") < 0) {
      return List.of(printed);
    }
    String simplified = Script.simplified(printed);
    String read = simplified.length() == printed.length() ? simplified : printed;
    int[] readAt = spreadCharacters(read);
    String line = readAt == null ? read : unspread(read, readAt);
    BitSet cutBefore = new BitSet(line.length() + 1);
    markTitle(line, cutBefore);
    if (cutBefore.isEmpty()) {
      return List.of(printed);
    }
    int titleEnd = cutBefore.length() - 1;
    for (int i = titleEnd; i < line.length(); i++) {
      if ("。，,；;".indexOf(line.charAt(i)) >= 0) {
        return List.of(printed); // a sentence about the report: …年度报告(以下简称年报)根据…编制。
      }
    }
    markCmsKeys(line, cutBefore); // …年度报告来源: 西平县人民政府 发布时间: 2022-01-30
    if (printed.length() <= MAX_TITLE && cutBefore.nextSetBit(titleEnd + 1) < 0) {
      return List.of(printed); // a title line, or a title with a note: no key after it
    }
    return pieces(printed, line, readAt, cutBefore);
  }

  /** {@code printed} cut before the characters of {@code line} marked in {@code cutBefore}. */
  private static List<String> pieces(String printed, String line, int[] readAt, BitSet cutBefore) {
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int i = cutBefore.nextSetBit(1);
        i >= 0 && i < line.length();
        i = cutBefore.nextSetBit(i + 1)) {
      int at = readAt == null ? i : readAt[i];
      pieces.add(printed.substring(from, at));
      from = at;
    }
    pieces.add(printed.substring(from));
    pieces.removeIf(p -> p.isBlank());
    return pieces.isEmpty() ? List.of(printed) : pieces;
  }

  /** The pieces of one long line. */
  static List<String> cut(String printed, boolean mayHoldTitle, ParseBudget budget) {
    // Places are found in Simplified script (a page in Traditional: 年度報告, 總體情況) and the
    // line as printed is cut there; the conversion keeps one character for one here.
    String simplified = Script.simplified(printed);
    String read = simplified.length() == printed.length() ? simplified : printed;
    // PDF text of a page set with character spacing prints 年 度 报 告: the places are found with
    // those spaces taken out, and the line is cut at the same characters
    int[] readAt = spreadCharacters(read);
    String line = readAt == null ? read : unspread(read, readAt);
    for (int i = 0; i < line.length(); i += 1024) {
      budget.check(SectionSplitter.PHASE); // a step per 1024 characters scanned
    }
    BitSet cutBefore = new BitSet(line.length() + 1); // few are set: read back with nextSetBit
    if (mayHoldTitle) {
      markTitle(line, cutBefore);
    }
    // Each kind of place is found by looking for the character it starts or ends with, which
    // is rare: most characters of a long line are passed over by indexOf.
    for (int i = line.indexOf('。'); i >= 0 && i + 1 < line.length(); i = line.indexOf('。', i + 1)) {
      cutBefore.set(i + 1);
    }
    for (char numeral : NUMERALS.toCharArray()) {
      for (int i = line.indexOf(numeral); i >= 0; i = line.indexOf(numeral, i + 1)) {
        if (i + 1 < line.length() && isStop(line.charAt(i + 1))) {
          int end = headingEnd(line, i);
          if (end > 0) {
            cutBefore.set(i);
            cutBefore.set(end);
          }
        }
      }
    }
    for (int i = line.indexOf('P'); i >= 0; i = line.indexOf('P', i + 1)) {
      if (i == 0 || !isAsciiLetter(line.charAt(i - 1))) {
        int end = pageMarkerEnd(line, i);
        if (end > 0) {
          cutBefore.set(i);
          if (line.startsWith("P.", i)) {
            cutBefore.set(end);
          }
        }
      }
    }
    markCmsKeys(line, cutBefore);
    for (int i = line.indexOf("首页"); i > 0; i = line.indexOf("首页", i + 1)) {
      int k = i + 2;
      while (k < line.length() && Normalise.isSpace(line.charAt(k))) {
        k++;
      }
      if (k < line.length() && BREADCRUMB_MARKS.indexOf(line.charAt(k)) >= 0) {
        cutBefore.set(i); // 无障碍 | 长者模式 | 登录 首页 > 政府信息公开 > …: a breadcrumb starts its line
      }
    }
    for (String command : PAGE_COMMANDS) {
      for (int i = line.indexOf(command); i >= 0; i = line.indexOf(command, i + 1)) {
        cutBefore.set(i + command.length());
      }
    }
    for (int i = line.indexOf('日'); i >= 0; i = line.indexOf('日', i + 1)) {
      if (endsDay(line, i) && gapAfter(read, readAt == null ? i : readAt[i])) {
        cutBefore.set(i + 1); // 长顺县广顺镇人民政府办公室 2024年1月28日 长顺县广顺镇2023年度…: a sign-off's date
      }
    }
    for (int i = line.indexOf('-'); i >= 0; i = line.indexOf('-', i + 1)) {
      int end = isoDateEnd(line, i);
      if (end > 0 && gapAfter(read, readAt == null ? end - 1 : readAt[end - 1])) {
        cutBefore.set(end); // 发布日期：2023-02-08  政府信息公开工作年度报告: a header's date, then the text
      }
    }
    return pieces(printed, line, readAt, cutBefore);
  }

  /**
   * True when whitespace follows the character at {@code at} of the printed line and the text after
   * it is not spread ({@code 28日 长顺县}, not {@code 2 8 日 长 顺 县}): a gap between two lines run
   * together, which the spreading spaces taken out of the line may have held.
   */
  private static boolean gapAfter(String read, int at) {
    int j = at + 1;
    if (j >= read.length() || !Character.isWhitespace(read.charAt(j))) {
      return false;
    }
    while (j < read.length() && Character.isWhitespace(read.charAt(j))) {
      j++;
    }
    return j + 1 < read.length()
        && !Character.isDigit(read.charAt(j)) // 2023-02-08 10:22: the date's time
        && !Character.isWhitespace(read.charAt(j + 1));
  }

  /**
   * Where a date written {@code 2023-02-08} ends when its first '-' is at {@code dash}, or -1: four
   * digits before it, one or two after it and after a second '-', and no digit after those.
   */
  private static int isoDateEnd(String line, int dash) {
    if (dash < 4) {
      return -1;
    }
    for (int k = dash - 4; k < dash; k++) {
      if (!isAsciiDigit(line.charAt(k))) {
        return -1;
      }
    }
    int k = dash + 1;
    int month = k;
    while (k < line.length() && k - month < 3 && isAsciiDigit(line.charAt(k))) {
      k++;
    }
    if (k == month || k - month > 2 || k >= line.length() || line.charAt(k) != '-') {
      return -1;
    }
    int day = ++k;
    while (k < line.length() && k - day < 3 && isAsciiDigit(line.charAt(k))) {
      k++;
    }
    return k == day || k - day > 2 ? -1 : k;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * True when the 日 at {@code i} ends a day's date ({@code 2024年1月28日}). Followed by a space, it
   * ends a sign-off or a notice's date, which prose runs on from without one.
   */
  private static boolean endsDay(String line, int i) {
    int d = i;
    while (d > 0 && Character.isDigit(line.charAt(d - 1))) {
      d--;
    }
    if (d == i || d == 0 || line.charAt(d - 1) != '月') {
      return false;
    }
    int m = d - 1;
    while (m > 0 && Character.isDigit(line.charAt(m - 1))) {
      m--;
    }
    return m < d - 1 && m > 0 && line.charAt(m - 1) == '年';
  }

  /**
   * Where each character of {@code line} without its spreading spaces ({@link #spreads}, as in
   * {@code 政 府 信 息 公 开}) stands in it. Null when the line has no such space (most lines).
   */
  static int[] spreadCharacters(String line) {
    int[] at = null;
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ' ' && spreads(line, i)) {
        if (at == null) {
          at = new int[line.length() + 1];
          for (int k = 0; k < i; k++) {
            at[k] = k;
          }
          n = i;
        }
        continue;
      }
      if (at != null) {
        at[n++] = i;
      }
    }
    if (at == null) {
      return null;
    }
    at[n] = line.length();
    return java.util.Arrays.copyOf(at, n + 1);
  }

  /**
   * True when the space at {@code i} spreads Han characters: it stands between two of them, and
   * either a single space stands between one of them and a third ({@code 政 府 信}), or one of them
   * stands alone, no Han character on its other side ({@code 公开方式:公 开清 水}, where the lines of
   * spread text ran together). A character after a wide gap ({@code 标 题 西藏}, {@code 首 页 走进}) ends a
   * spread label and does not stand alone; two lines joined by a space ({@code 年报 中村乡}) have no
   * lone character.
   */
  private static boolean spreads(String line, int i) {
    if (i < 1
        || i + 1 >= line.length()
        || !isHan(line.charAt(i - 1))
        || !isHan(line.charAt(i + 1))) {
      return false;
    }
    if (line.charAt(i - 1) == '无'
        && i >= 2
        && (line.charAt(i - 2) == ':' || line.charAt(i - 2) == '：')) {
      return false; // 文号：无 县医保局…: a field's value that says there is none, then the next line
    }
    boolean runBefore = i >= 3 && line.charAt(i - 2) == ' ' && isHan(line.charAt(i - 3));
    boolean runAfter =
        i + 3 < line.length() && line.charAt(i + 2) == ' ' && isHan(line.charAt(i + 3));
    return runBefore || runAfter || standsAlone(line, i - 2) || standsAlone(line, i + 2);
  }

  /**
   * True when the character at {@code at}, beside a Han character on the other side, is no Han
   * character nor a space of a wide gap (the line's ends count as such characters).
   */
  private static boolean standsAlone(String line, int at) {
    if (at < 0 || at >= line.length()) {
      return true;
    }
    char c = line.charAt(at);
    if (c != ' ' && c != '\u3000') {
      return !isHan(c);
    }
    return false; // a wider gap (文　　号 区住建委…: a spread key, then the next line)
  }

  private static boolean isHan(char c) {
    return Character.isIdeographic(c);
  }

  /** The characters of {@code line} at {@code at} (all but the last entry, the line's end). */
  private static String unspread(String line, int[] at) {
    StringBuilder out = new StringBuilder(at.length - 1);
    for (int k = 0; k + 1 < at.length; k++) {
      out.append(line.charAt(at[k]));
    }
    return out.toString();
  }

  /**
   * Marks the title: the first {@code 年度报告}/{@code 工作报告} that no {@code 本} precedes and no list's
   * bullet ({@code ·}); each bulleted title before it is a link of a list, cut out as a line of its
   * own.
   */
  private static void markTitle(String line, BitSet cutBefore) {
    int limit = Math.min(line.length(), TITLE_ZONE);
    int floor = 0; // a title starts after what was cut off before it (a link, a column's name)
    // only where 报告 stands can 年度报告 or 工作报告 end
    for (int at = line.indexOf("报告", 2);
        at >= 0 && at + 2 <= limit;
        at = line.indexOf("报告", at + 1)) {
      int i = at - 2;
      boolean report = line.startsWith("年度报告", i) || line.startsWith("工作报告", i);
      if (!report
          || (i > 0 && line.charAt(i - 1) == '本')
          || line.startsWith("格式", i + 4)
          || line.startsWith("的通知", i + 4) // 关于印发…年度报告的通知: a notice that names the report
          || (i + 4 < line.length() && "。，,；;".indexOf(line.charAt(i + 4)) >= 0)
          || insideCitation(line, i)) {
        continue;
      }
      int end = i + 4;
      int start = Math.max(titleStart(line, i), floor);
      if (start > 0 && "，,、》〉>“\"".indexOf(line.charAt(start - 1)) >= 0) {
        continue; // a report named inside a sentence, not a title
      }
      if (afterBreadcrumbStep(line, start) && yearAt(line.substring(start, end)) < 0) {
        // 首页 > 政府信息公开 > 地方政府信息公开年度报告: a column's name, the breadcrumb's last step;
        // it stays with the breadcrumb, and the title is looked for after it
        cutBefore.set(end);
        floor = end;
        continue;
      }
      int bullet = bulletBefore(line, start);
      if (bullet >= 0) {
        cutBefore.set(bullet); // a link of the page's list of other reports: a line of its own
        int next = end; // the spaces before the next link stay with this one
        while (next < line.length()
            && (line.charAt(next) == ' ' || line.charAt(next) == '\u3000')) {
          next++;
        }
        cutBefore.set(next);
        floor = next;
        continue;
      }
      cutBefore.set(start);
      int next = anotherTitleAt(line, start, end);
      if (next > 0) {
        // a link of a list without bullets (相关链接：…2021年…报告 | …2020年…报告 …2022年…报告): the
        // title a run of titles ends on is the report's own, each before it a line of its own
        cutBefore.set(next);
        floor = next;
        continue;
      }
      cutBefore.set(end);
      return;
    }
  }

  /** Marks a breadcrumb prints between its steps. */
  private static final String BREADCRUMB_MARKS = ">＞»→";

  /** True when a breadcrumb's mark stands before {@code start} (spaces between). */
  private static boolean afterBreadcrumbStep(String line, int start) {
    int k = start - 1;
    while (k >= 0 && (line.charAt(k) == ' ' || line.charAt(k) == '\u3000')) {
      k--;
    }
    return k >= 0 && BREADCRUMB_MARKS.indexOf(line.charAt(k)) >= 0;
  }

  /** Separators a page's list of links prints between two titles (besides spaces). */
  private static final String LINK_SEPARATORS = "|｜丨/、";

  /**
   * Where the title of another report of the same series starts right after a title {@code
   * start}..{@code end}, or -1: {@code 年度报告} or {@code 工作报告} ends it within {@link #MAX_TITLE}
   * characters, and it is worded as the first after its year ({@code 年政府信息公开工作年度报告}) with another
   * year or another body before, not a sentence that names a report ({@code 现将本县2020年度…年度报告如下}) nor
   * the same title printed again. Set apart by spaces or a list's separator, it is a title's whole
   * text from where it starts ({@link #titleStart}); run into the first with nothing between, only
   * the same body's title of another year is told apart.
   */
  private static int anotherTitleAt(String line, int start, int end) {
    int next = end;
    while (next < line.length()
        && (line.charAt(next) == ' '
            || line.charAt(next) == '\u3000'
            || LINK_SEPARATORS.indexOf(line.charAt(next)) >= 0)) {
      next++;
    }
    if (next >= line.length() || !isHan(line.charAt(next))) {
      return -1;
    }
    int limit = Math.min(line.length(), next + MAX_TITLE + 4);
    for (int at = line.indexOf("报告", next + 2);
        at >= 0 && at + 2 <= limit;
        at = line.indexOf("报告", at + 1)) {
      int i = at - 2;
      if (!line.startsWith("年度报告", i) && !line.startsWith("工作报告", i)) {
        continue;
      }
      String first = line.substring(start, end);
      String second = line.substring(next, i + 4);
      int y1 = yearAt(first);
      int y2 = yearAt(second);
      if (y1 < 0 || y2 < 0 || !first.substring(y1 + 4).equals(second.substring(y2 + 4))) {
        return -1;
      }
      boolean sameBody = first.substring(0, y1).equals(second.substring(0, y2));
      boolean sameYear = first.regionMatches(y1, second, y2, 4);
      if (next > end) {
        return titleStart(line, i) == next && !(sameBody && sameYear) ? next : -1;
      }
      return sameBody && !sameYear ? next : -1;
    }
    return -1;
  }

  /** Where a year of four digits followed by 年 starts in a title, or -1. */
  private static int yearAt(String title) {
    for (int k = 0; k + 5 <= title.length(); k++) {
      if (title.charAt(k + 4) == '年'
          && isAsciiDigit(title.charAt(k))
          && isAsciiDigit(title.charAt(k + 1))
          && isAsciiDigit(title.charAt(k + 2))
          && isAsciiDigit(title.charAt(k + 3))) {
        return k;
      }
    }
    return -1;
  }

  /** Marks a page sets before each link of a list ({@code · 德清县财政局2022年…年度报告}). */
  private static final String BULLETS = "·•●○◎■□◆◇▪▫►▶▸★☆・";

  /**
   * Where the bullet a title at {@code start} is set after stands ({@code ·}, spaces between), or
   * -1: a list's link to another report, which a flattened page runs into the report's own title. A
   * long body's name may start before the title's start as found ({@link #MAX_TITLE}): the
   * ideographs before it are gone back over too.
   */
  private static int bulletBefore(String line, int start) {
    int k = start - 1;
    int limit = Math.max(0, start - MAX_TITLE);
    while (k >= limit && Character.isIdeographic(line.charAt(k))) {
      k--;
    }
    while (k >= 0 && (line.charAt(k) == ' ' || line.charAt(k) == '\u3000')) {
      k--;
    }
    return k >= 0 && BULLETS.indexOf(line.charAt(k)) >= 0 ? k : -1;
  }

  /** True inside {@code 《…》} or {@code 〈…〉}: a cited document such as the report format. */
  private static boolean insideCitation(String line, int at) {
    int depth = 0;
    for (int k = 0; k < at; k++) {
      char c = line.charAt(k);
      if (c == '《' || c == '〈' || c == '<') {
        depth++;
      } else if ((c == '》' || c == '〉' || c == '>') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /**
   * Where a title ending at {@code reportAt} starts: going back over ideographs and over the digits
   * of a year ({@code 2023年}, {@code 2023 年}), at most {@link #MAX_TITLE} characters, and never
   * back over page furniture ({@code 打印本页}, a column name ending in {@code 年报}).
   */
  private static int titleStart(String line, int reportAt) {
    int limit = Math.max(0, reportAt - MAX_TITLE);
    int start = reportAt;
    int k = reportAt - 1;
    while (k >= limit) {
      char c = line.charAt(k);
      if (Character.isIdeographic(c) || c == '（' || c == '）' || c == '(' || c == ')') {
        start = k--;
      } else if (Character.isDigit(c) || c == ' ') {
        int d = k;
        while (d >= limit && (Character.isDigit(line.charAt(d)) || line.charAt(d) == ' ')) {
          d--;
        }
        String run = line.substring(d + 1, k + 1).trim();
        boolean year =
            run.length() == 4
                && run.chars().allMatch(Character::isDigit)
                && line.substring(k + 1).stripLeading().startsWith("年");
        if (!year) {
          break;
        }
        start = d + 1;
        k = d;
      } else {
        break;
      }
    }
    for (String f : FURNITURE_ENDS) {
      int at = line.lastIndexOf(f, reportAt - 1);
      if (at >= start && at + f.length() <= reportAt) {
        start = at + f.length();
      }
    }
    if (endsSpreadLabel(line, start) && start + 1 < reportAt) {
      start++; // 标      题西藏自治区…: the title starts after the label
    }
    while (start < reportAt && line.charAt(start) == ' ') {
      start++;
    }
    return start;
  }

  /**
   * True when the Han character at {@code at} ends a two-character label spread over a wide gap
   * ({@code 标 题}, {@code 首 页}): a lone Han character, two spaces or more, and this one.
   */
  private static boolean endsSpreadLabel(String line, int at) {
    if (at < 3
        || !isHan(line.charAt(at))
        || line.charAt(at - 1) != ' '
        || line.charAt(at - 2) != ' ') {
      return false;
    }
    int k = at - 1;
    while (k >= 0 && line.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && isHan(line.charAt(k)) && (k == 0 || !isHan(line.charAt(k - 1)));
  }

  /**
   * The end of a section heading starting at {@code at} (a numeral and a stop), or -1: the shortest
   * text ending in {@code 情况}, {@code 事项} or {@code 概述} that is a heading.
   */
  private static int headingEnd(String line, int at) {
    int limit = Math.min(line.length(), at + MAX_HEADING);
    for (int end = at + 4; end <= limit; end++) {
      String candidate = line.substring(at, end);
      if ((candidate.endsWith("情况") || candidate.endsWith("事项") || candidate.endsWith("概述"))
          && SectionSplitter.headingNumber(candidate) > 0) {
        return end;
      }
    }
    return -1;
  }

  /**
   * The end of a flip-book page marker at {@code at} ({@code Page 9 - …}, {@code P. 9}), or -1: a
   * page's own title and number start a line.
   */
  private static int pageMarkerEnd(String line, int at) {
    int k;
    if (line.startsWith("Page", at)) {
      k = at + 4;
    } else if (line.startsWith("P.", at)) {
      k = at + 2;
    } else {
      return -1;
    }
    while (k < line.length() && line.charAt(k) == ' ') {
      k++;
    }
    int digits = k;
    while (k < line.length() && Character.isDigit(line.charAt(k)) && k - digits < 4) {
      k++;
    }
    return k > digits ? k : -1;
  }

  /**
   * Marks a cut before each CMS key followed by a colon (spaces between allowed), not at the line's
   * start: found from the colons, which are few. Of keys ending at the same place the one that
   * starts first is the key ({@code 信息来源:}, not its {@code 来源}).
   */
  private static void markCmsKeys(String line, BitSet cutBefore) {
    // the next ':' and the next '：', each looked for again only once passed (a line of prose holds
    // many '：' and no ':', which a search from each colon would look for to the line's end)
    int ascii = line.indexOf(':');
    int wide = line.indexOf('：');
    while (ascii >= 0 || wide >= 0) {
      int colon;
      if (wide < 0 || (ascii >= 0 && ascii < wide)) {
        colon = ascii;
        ascii = line.indexOf(':', colon + 1);
      } else {
        colon = wide;
        wide = line.indexOf('：', colon + 1);
      }
      int keyEnd = colon;
      while (keyEnd > 0 && Normalise.isSpace(line.charAt(keyEnd - 1))) {
        keyEnd--;
      }
      int start = -1;
      for (String key : CMS_KEYS) {
        int at = keyEnd - key.length();
        if (at > 0 && (start < 0 || at < start) && line.startsWith(key, at)) {
          start = at;
        }
      }
      if (start > 0) {
        cutBefore.set(start);
      }
    }
    // a page-information table's rows run together (… | 发布机构 | 黟县宏村镇人民政府 | | 生成日期 | …):
    // a cut before the pipe that opens each key's cell
    for (int bar = line.indexOf('|'); bar >= 0; bar = line.indexOf('|', bar + 1)) {
      int k = bar + 1;
      while (k < line.length() && Normalise.isSpace(line.charAt(k))) {
        k++;
      }
      for (String key : CMS_KEYS) {
        if (bar > 0 && line.startsWith(key, k) && cellEndsAt(line, k + key.length())) {
          cutBefore.set(bar);
          break;
        }
      }
    }
  }

  /**
   * True when a cell's text ends at {@code at}: spaces, then a pipe (a key followed by a colon is
   * cut before by the colon's rule).
   */
  private static boolean cellEndsAt(String line, int at) {
    int k = at;
    while (k < line.length() && Normalise.isSpace(line.charAt(k))) {
      k++;
    }
    return k < line.length() && line.charAt(k) == '|';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The section numerals a heading starts with. */
  private static final String NUMERALS = "一二三四五六";

  private static boolean isStop(char c) {
    return c == '、' || c == '.' || c == '．' || c == ',' || c == '，';
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i + 1;
    }
    return a;
  }
}
