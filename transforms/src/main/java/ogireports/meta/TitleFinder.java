package ogireports.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the report title (spec §7.1): among the first non-empty lines of the report's text, a line
 * ending in {@code 年度报告} or {@code 工作报告}, with at most two short lines before it joined when the
 * line alone lacks the year or the body (seed 000 {@code 市应急管理局2020年} / {@code 政府信息公开年度工作报告}).
 * Lines over 60 characters are body text; sentences about {@code 本年度报告} are never titles.
 *
 * <p>Page furniture is skipped: a key is never part of a title ({@code 标题 西藏自治区审计厅…}). The value of
 * the page's title field ({@code 标题}, {@code 名称}, {@code Page 8 - …}) is a title too, taken when
 * the text shows none with a body in it. The body is named before the year ({@code
 * 海口市人民政府研究室2022年…}) or, in titles that start with the year, between the year and {@code 政府信息公开}
 * ({@code 2022年度螅镇政府信息公开工作年度报告}); the year may lack its {@code 年} ({@code 海南省生态环境厅} / {@code
 * 2022政府信息公开工作年度报告}).
 */
final class TitleFinder {

  /** A line longer than this is body text. */
  static final int MAX_TITLE_LINE = 60;

  /** How many leading non-empty lines may hold the title (navigation lines come first on pages). */
  private static final int HEAD_LINES = 30;

  /** The report's own names, which no body's name holds. */
  private static final String[] REPORT_NAMES = {"年度报告", "工作报告", "年报"};

  /** A year's 年 or 年度 and the report's words right after it ({@code 年度政府信息公开}). */
  private static final String[] YEAR_THEN_REPORT = {
    "年度政府信息公开", "年政府信息公开", "年度政务公开", "年政务公开", "年度信息公开", "年信息公开"
  };

  /** What follows the body's name in a title that starts with the year. */
  private static final String[] AFTER_BODY = {"政府信息公开", "政务信息公开", "政务公开", "信息公开"};

  private TitleFinder() {}

  /** Brackets a site sets a body's name in before a title's year, and their closing ones. */
  private static final String BRACKET_OPENS = "【[〔(";

  private static final String BRACKET_CLOSES = "】]〕)";

  /**
   * A title: printed text, squeezed text and the lines it spans ({@code firstLine} = -1 for the
   * page's title field).
   */
  record Title(String text, String squeezed, int firstLine, int lastLine) {

    /** The body named in the title, or null. */
    String agencyPrefix() {
      int y = yearIndex(squeezed);
      if (y == 0) {
        String body = bodyAfterYear();
        return body != null ? body : bracketedBody();
      }
      int words = bodyEnd(squeezed, 0);
      int end = y > 0 && (words < 0 || y < words) ? y : words;
      if (end <= 0) {
        return null;
      }
      int start = 0;
      if (end == words && y > words) {
        // 走进汉台新闻中心政府信息公开政务服务互动交流专题专栏汉台区徐望镇人民政府2025年…: a menu's 政府信息公开
        // before the body's name and the year (a flattened page's navigation run into the title)
        int after = words + wordAt(squeezed, words).length();
        String between = squeezed.substring(Math.min(after, y), y);
        if (between.length() >= 3
            && AgencyFinder.allHan(between)
            && AgencyFinder.hasOrganSuffix(between)) {
          start = after;
          end = y;
        }
      }
      String p = squeezed.substring(start, end);
      if (start == 0 && y > 0 && Chars.yearAt(p, 0) > 0 && p.startsWith("年", 4)) {
        p = p.substring(p.startsWith("年度", 4) ? 6 : 5); // another year before the body's name
      }
      if (p.startsWith("关于")) {
        p = p.substring(2);
      }
      if (p.endsWith("关于")) { // 淄博市生态环境局关于2023年度政府信息公开工作情况的报告
        p = p.substring(0, p.length() - 2);
      }
      while (p.endsWith("的") || p.endsWith("度")) {
        p = p.substring(0, p.length() - 1);
      }
      p = unbracketed(p);
      p = afterReportName(p);
      return p.length() >= 2 && !endsWithSiteControl(p) ? p : null;
    }

    /**
     * {@code p} after the last report's name it holds: a flattened page runs the report's name into
     * the title's body ({@code 开工作年度报告大理经济技术开发区管理委员会}, the end of a title above, wrapped); a body's
     * name never holds one.
     */
    private static String afterReportName(String p) {
      int start = 0;
      for (String w : REPORT_NAMES) {
        int at = p.lastIndexOf(w);
        if (at >= 0) {
          start = Math.max(start, at + w.length());
        }
      }
      while (start > 0 && start < p.length() && BRACKET_CLOSES.indexOf(p.charAt(start)) >= 0) {
        start++; // 【年度报告】宁陵县统计局: a column's name in brackets
      }
      return p.substring(start);
    }

    /**
     * A body's name a site sets in brackets before the title's year ({@code 【宁陵县统计局】2023年…}, {@code
     * [宁陵县统计局]}, {@code 〔宁陵县统计局〕}) without them; anything else unchanged.
     */
    private static String unbracketed(String p) {
      if (p.length() < 3) {
        return p;
      }
      int open = BRACKET_OPENS.indexOf(p.charAt(0));
      return open >= 0 && p.charAt(p.length() - 1) == BRACKET_CLOSES.charAt(open)
          ? p.substring(1, p.length() - 1)
          : p;
    }

    /**
     * {@code 2023年度政府信息公开工作年度报告（金寨县财政局）}: the body in brackets after a title that starts with the
     * year and names none, or null.
     */
    private String bracketedBody() {
      int open = squeezed.lastIndexOf('(');
      if (open < 0 || !squeezed.endsWith(")")) {
        return null;
      }
      String body = squeezed.substring(open + 1, squeezed.length() - 1);
      return body.length() >= 3 && AgencyFinder.allHan(body) && AgencyFinder.hasOrganSuffix(body)
          ? body
          : null;
    }

    /** {@code 2022年度螅镇政府信息公开…}: the body between the leading year and 政府信息公开. */
    private String bodyAfterYear() {
      int from = 4;
      if (from < squeezed.length() && squeezed.charAt(from) == '年') {
        from++;
      }
      if (from < squeezed.length() && squeezed.charAt(from) == '度') {
        from++;
      }
      int end = bodyEnd(squeezed, from);
      if (end < from + 2) {
        return null;
      }
      String p = squeezed.substring(from, end);
      return p.endsWith("的") ? p.substring(0, p.length() - 1) : p;
    }

    /** The covered year printed in the title ({@code 2020 年}, {@code 2019年度}), or null. */
    Integer year() {
      int y = yearIndex(squeezed);
      return y >= 0 ? Chars.yearAt(squeezed, y) : null;
    }
  }

  /**
   * Index of the title's year: the first {@code YYYY年}, or a bare {@code YYYY} right before the
   * report's words ({@code 2022政府信息公开…}); -1 when there is none.
   */
  static int yearIndex(String sq) {
    int y = Chars.indexOfYearNian(sq, 0);
    if (y == 0) {
      // 2024年文昌市教育局2023年度政府信息公开…: a breadcrumb's year column run into the title; the
      // year the report's words follow is the title's
      int second = Chars.indexOfYearNian(sq, 5);
      if (second > 5
          && Chars.yearAt(sq, second) != Chars.yearAt(sq, 0)
          && indexOfAny(sq.substring(second + 4), YEAR_THEN_REPORT) == 0) {
        return second;
      }
    }
    if (y >= 0) {
      return y;
    }
    for (int i = 0; i + 4 <= sq.length(); i++) {
      if (Chars.yearAt(sq, i) > 0
          && (indexOfAny(sq.substring(i + 4), AFTER_BODY) == 0
              || sq.startsWith("年度", i + 4)
              || sq.startsWith("年报", i + 4))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the body's name ends before the report's words ({@code 政府信息公开}, {@code 信息公开}…) at or
   * after {@code from}, or -1: a body that is a 人民政府 shares its 政府 with them ({@code
   * 淄博市张店区人民政府信息公开工作年度报告} is 淄博市张店区人民政府's).
   */
  static int bodyEnd(String sq, int from) {
    int k = indexOfAny(sq.substring(from), AFTER_BODY);
    if (k < 0) {
      return -1;
    }
    k += from;
    return k >= from + 2 && sq.startsWith("人民政府", k - 2) ? k + 2 : k;
  }

  /** The word of {@link #AFTER_BODY} at {@code at}, or the empty string. */
  private static String wordAt(String sq, int at) {
    for (String w : AFTER_BODY) {
      if (sq.startsWith(w, at)) {
        return w;
      }
    }
    return "";
  }

  private static int indexOfAny(String s, String[] words) {
    int best = -1;
    for (String w : words) {
      int at = s.indexOf(w);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /**
   * Marks that no title starts with, left before it where a page's text ran into it: a link's
   * closing bracket ({@code …/ndbg/)}) and a Markdown heading's {@code #} in a flattened page, a
   * list's or quote's mark.
   */
  private static final String LEADING_MARKS = ")）]】}》」』#＃*>|";

  static String withoutLeadingMarks(String s) {
    int i = 0;
    while (i < s.length()
        && (LEADING_MARKS.indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i)))) {
      i++;
    }
    return i == 0 || i == s.length() ? s : s.substring(i);
  }

  /** The title, or null when the document has none (seed 004). */
  static Title find(ReportLines doc) {
    int limit = doc.head(HEAD_LINES);
    int firstSection = doc.sectionStart('一', 0);
    limit = Math.min(limit, firstSection);
    List<Title> found = new ArrayList<>();
    for (int k = 0; k < limit; k++) {
      doc.check();
      String sq = doc.sq(k);
      if (doc.isFurniture(k)) {
        continue;
      }
      if (RelatedLinks.isLink(doc, k)) {
        continue; // another report's title in the page's list of links
      }
      int first = k;
      String joined = sq;
      if (!isTitleLine(sq)) {
        if (!endsWrappedTitle(doc, k)) {
          continue;
        }
        first = k - 1; // 海南州人民政府2022年政府信息公开工作年 / 度报告
        joined = doc.sq(first) + sq;
      }
      // a title that starts with the year and names its body on the next line (2023年度…年度报告 /
      // 淄博市生态环境局) is whole: the line above it is the page's, not the title's
      boolean byline =
          yearIndex(joined) == 0
              && new Title(joined, joined, first, k).agencyPrefix() == null
              && AgencyFinder.bodyNameLine(doc, k + 1) != null;
      while (!byline
          && k - first < 2
          && first > 0
          && (lacksYearOrBody(joined)
              || placeAbove(doc.sq(first - 1), joined)
              || nameWrappedAbove(doc.sq(first - 1), joined)
              || GovernmentWrappedTitle.wraps(doc.sq(first - 1), joined))) {
        String prev = doc.sq(first - 1);
        if (doc.isFurniture(first - 1)
            || !isJoinable(prev)
            || !(namesBodyAbove(prev) || nameWrappedAbove(prev, joined))) {
          break;
        }
        first--;
        joined =
            GovernmentWrappedTitle.wraps(prev, joined)
                ? GovernmentWrappedTitle.joined(prev, joined)
                : prev + joined;
      }
      int last = k;
      if (yearIndex(joined) < 0
          && k + 1 < doc.size()
          && !doc.isFurniture(k + 1)
          && isBracketedYear(doc.sq(k + 1))) {
        last = k + 1; // 淄博市张店区人民政府 / 政府信息公开工作年度报告 / (2023年度)
        joined = joined + doc.sq(last);
      }
      StringBuilder text = new StringBuilder();
      for (int i = first; i <= last; i++) {
        text.append(doc.printed(i));
      }
      found.add(
          new Title(
              withoutLeadingMarks(text.toString()), withoutLeadingMarks(joined), first, last));
    }
    for (Title t : found) {
      if (t.agencyPrefix() != null) {
        return t;
      }
    }
    Title field = titleField(doc, limit);
    if (field != null && (field.agencyPrefix() != null || found.isEmpty())) {
      return field;
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /** The longest end of a title's last words wrapped onto a line of its own ({@code 度报告}). */
  private static final int MAX_WRAPPED_END = 6;

  /**
   * True when line k is the end of a title wrapped inside its last words ({@code 海 南 州 人 民 政 府2022年
   * 政 府 信 息 公 开 工 作 年} / {@code 度 报 告}: PDF text of a spaced title wraps at half the characters): a
   * few characters that, after the line above, end a title line.
   */
  private static boolean endsWrappedTitle(ReportLines doc, int k) {
    String sq = doc.sq(k);
    if (k == 0 || sq.length() > MAX_WRAPPED_END || !sq.endsWith("告") || doc.isFurniture(k - 1)) {
      return false;
    }
    String above = doc.sq(k - 1);
    return !isTitleLine(above) && isTitleLine(above + sq);
  }

  /**
   * The page's title field that names the report ({@code 标题: …年度报告}); of a page title made of parts
   * ({@code 2020年报_审计局}), the part that names it.
   */
  private static Title titleField(ReportLines doc, int limit) {
    for (int k = 0, end = doc.head(HEAD_LINES); k < end; k++) {
      for (PageFurniture.Field f : doc.furniture(k)) {
        if (f.kind() != PageFurniture.Kind.TITLE) {
          continue;
        }
        for (String printed : pageTitleParts(f.value())) {
          String part = withoutLeadingMarks(printed);
          if (part.length() <= MAX_TITLE_LINE && namesReport(part) && !aboutTheReport(part)) {
            return new Title(part, part, -1, -1);
          }
        }
      }
    }
    return null;
  }

  /**
   * A page title split at its separators ({@code 2020年报_审计局}, {@code …年度报告-诸暨市人民政府}: the report,
   * the site).
   */
  static List<String> pageTitleParts(String value) {
    List<String> parts = new ArrayList<>();
    for (String p : value.split("[_|]+|-+|—+")) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    return parts;
  }

  /** True when a (squeezed) title names the report: ends in 年度报告/工作报告, or says 年报. */
  static boolean namesReport(String sq) {
    return endsWithReport(sq) || sq.contains("年度报告") || sq.contains("年报");
  }

  /**
   * Words of a headline about the report, not of its title: news ({@code 我区发布2023年…年度报告}) and
   * interpretation pages ({@code 图解：…年度报告}, {@code 一图读懂…}); and the notice on preparing the reports
   * that an intro cites, wrapped so that a line ends with its words ({@code 和呼伦贝尔市人民政府办公室关于做好 2023
   * 年度政府信息公开工作年度报告} / {@code 工作的通知》要求编制}).
   */
  private static final String[] ABOUT_THE_REPORT = {
    "发布", "公布", "晒出", "出炉", "印发", "图解", "解读", "读懂", "一图", "做好"
  };

  /**
   * Words that start a sentence handing the report over ({@code 现将X2021年度政府信息公开工作报告如下}): its words
   * name the report, but they are prose, not the report's printed title.
   */
  private static final String[] HANDING_OVER = {"现将", "特将", "兹将", "现就"};

  static boolean isTitleLine(String sq) {
    return sq.length() <= MAX_TITLE_LINE
        && endsWithReport(sq)
        && !startsWithAny(sq, HANDING_OVER)
        && !sq.contains("本年度报告")
        && !sq.contains("本报告")
        && !hasSentencePunctuation(sq)
        && !aboutTheReport(sq)
        && !citesUnclosed(sq)
        && !ReportLines.isNavigation(sq);
  }

  /**
   * True when the line opens a 《 and does not close it: a sentence citing a document, cut where a
   * PDF or page wrapped it ({@code 信息与政务公开办公室下发的《中华人民共和国政府信息公开工作年度报告} / {@code 格式》…}), or the
   * citation wrapped onto a line of its own ({@code 《中华人民共和国政府信息公开工作年度报告} / {@code 格式》}), not a
   * title.
   */
  private static boolean citesUnclosed(String sq) {
    int open = sq.lastIndexOf('《');
    return open >= 0 && sq.indexOf('》', open) < 0;
  }

  private static boolean aboutTheReport(String sq) {
    for (String w : ABOUT_THE_REPORT) {
      if (sq.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String sq, String[] words) {
    for (String w : words) {
      if (sq.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean endsWithReport(String sq) {
    String s = withoutTrailingNote(sq);
    // every title below ends in 报告 or 年报: most lines end otherwise, and are told so before
    // they are searched for 信息公开
    char last = s.isEmpty() ? 0 : s.charAt(s.length() - 1);
    if (last != '告' && last != '报') {
      return false;
    }
    if (s.endsWith("年度报告") || s.endsWith("工作报告")) {
      return true;
    }
    boolean disclosure = s.contains("信息公开") || s.contains("政务公开");
    // …政府信息公开工作情况的报告, 南京市玄武区人民政府关于2023年度政府信息公开工作的报告
    if (s.endsWith("情况报告") || s.endsWith("情况的报告") || s.endsWith("工作的报告")) {
      return disclosure;
    }
    // 2023年度天门市司法局政府信息公开年报: the short name of the report, with its year
    return s.endsWith("年报") && disclosure && yearIndex(s) >= 0;
  }

  /** A short bracketed note after a title's last word: {@code (2023年度)}, {@code (全文)}. */
  private static final int MAX_NOTE = 10;

  /** {@code sq} without a short bracketed note at its end ({@code …年度报告(2023年度)}). */
  static String withoutTrailingNote(String sq) {
    if (sq.endsWith(")")) {
      int open = sq.lastIndexOf('(');
      if (open > 0 && sq.length() - open <= MAX_NOTE + 2) {
        return sq.substring(0, open);
      }
    }
    return sq;
  }

  /** A line holding only a bracketed year ({@code (2023年度)}), printed under a title lacking it. */
  private static boolean isBracketedYear(String sq) {
    return sq.length() <= MAX_NOTE + 2
        && sq.lastIndexOf('(') == 0
        && sq.indexOf(')') == sq.length() - 1
        && yearIndex(sq) > 0;
  }

  private static boolean lacksYearOrBody(String sq) {
    int y = yearIndex(sq);
    return y < 0 || (y == 0 && new Title(sq, sq, 0, 0).agencyPrefix() == null);
  }

  /**
   * True when {@code above}, the line over a title whose body names no place ({@code 教育局2023年…}),
   * is a place's name alone ({@code 沈阳市和平区}): the title was wrapped after it, and the body is the
   * place's ({@code 沈阳市和平区} / {@code 教育局2023年政府信息公开} / {@code 工作年度报告}).
   */
  private static boolean placeAbove(String above, String title) {
    String body = new Title(title, title, 0, 0).agencyPrefix();
    return body != null
        && !AgencyFinder.isQualified(body)
        && above.length() >= 3
        && above.length() <= 12
        && AgencyFinder.allHan(above)
        && Chars.isDivisionLevel(above.charAt(above.length() - 1))
        && isJoinable(above);
  }

  /**
   * True when {@code above} starts the body's name that the title's first line finishes before its
   * year: the page or PDF wrapped the title inside the name ({@code 桃江县审计} / {@code 局2020年…},
   * {@code 淄博市生态环} / {@code 境局2023年度…}, {@code 上湾乡人民政} / {@code 府2019年度…}). The line above holds
   * the name's place ({@code 淄博市}, a township's name) or the line's own part is a lone character,
   * which is no name; the joined name ends as a body's. A whole body's name above ({@code 桃江县人民政府}
   * / {@code 审计局2020年…}) is another body's, and a site's controls ({@code 无障碍 关怀版 登录 注册}) are no
   * name's start: neither is joined.
   */
  private static boolean nameWrappedAbove(String above, String title) {
    int y = yearIndex(title);
    if (y < 1 || above.length() < 2) {
      return false;
    }
    String head = title.substring(0, y);
    String name = above + head;
    return name.length() <= AgencyFinder.MAX_NAME
        && AgencyFinder.allHan(above)
        && AgencyFinder.allHan(head)
        && !AgencyFinder.isQualified(head)
        && AgencyFinder.hasOrganSuffix(name)
        && (holdsPlace(above) || head.length() == 1)
        && (!AgencyFinder.hasOrganSuffix(above)
            || endsWithAny(above, AgencyFinder.TOWNSHIP_ENDINGS))
        && !endsWithSiteControl(above)
        && !Chars.containsAny(above, COLUMN_WORDS)
        && isJoinable(above);
  }

  /**
   * Words of a site's column or menu ({@code 桃江县政务公开}, {@code 桃江县政府信息公开年报}): a line holding one
   * above a title is the page's, not the start of a wrapped name. Words that bodies' names hold
   * (信息, 政务, 服务) are not listed.
   */
  private static final String[] COLUMN_WORDS = {
    "公开", "年报", "首页", "专栏", "专题", "网站", "门户", "动态", "公告", "导航", "栏目"
  };

  /**
   * True when a wrapped name's first part holds its place: a level character after at least two
   * characters ({@code 淄博市生态环}, {@code 沈阳市和平区}), or a township's name ({@code 松木塘镇}, {@code
   * 上湾乡人民政}).
   */
  private static boolean holdsPlace(String above) {
    for (int i = 2; i < Math.min(above.length(), 12); i++) {
      if (Chars.isDivisionLevel(above.charAt(i))) {
        return true;
      }
    }
    for (String t : AgencyFinder.TOWNSHIP_ENDINGS) {
      int at = above.indexOf(t);
      if (at >= 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String s, String[] words) {
    for (String w : words) {
      if (s.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code above}, a line joined before a title that lacks its year or body, holds what
   * it lacks: the body's name alone ({@code 淄博市生态环境局}, {@code 沈阳市和平区}), or the start of the title
   * with its year ({@code 市应急管理局2020年}, {@code 2023年}, {@code 海南省生态环境厅2022}). A site's controls and
   * greetings above a title (无障碍 关怀版, 登录 注册, 今天是2024年1月20日 星期六) hold neither.
   */
  private static boolean namesBodyAbove(String above) {
    int y = yearIndex(above);
    if (y < 0 && above.length() >= 4 && Chars.yearAt(above, above.length() - 4) > 0) {
      y = above.length() - 4; // 海南省生态环境厅2022 / 政府信息公开工作年度报告: the year lost its 年
    }
    String body = y >= 0 ? above.substring(0, y) : above;
    return body.isEmpty() || isBodyName(body) || isDoubleName(body);
  }

  /**
   * A body's name with its second name in brackets ({@code 平凉市崆峒区人民政府办公室（区外事办公室）}: one office under
   * two names), as squeezed.
   */
  private static boolean isDoubleName(String s) {
    int open = s.indexOf('(');
    return open > 0
        && s.endsWith(")")
        && s.indexOf('(', open + 1) < 0
        && isBodyName(s.substring(0, open))
        && isBodyName(s.substring(open + 1, s.length() - 1));
  }

  /** A body's or a place's name alone: Chinese characters ending as a body's or a place's name. */
  private static boolean isBodyName(String s) {
    return AgencyFinder.allHan(s)
        && (AgencyFinder.hasOrganSuffix(s) || Chars.isDivisionLevel(s.charAt(s.length() - 1)));
  }

  /**
   * A site's controls, run into a title when a crawler flattened the page ({@code 无障碍 关怀版 登录 注册
   * 2023年政府信息公开工作年度报告}): what ends with one names no body.
   */
  private static final String[] SITE_CONTROLS = {
    "注册", "登录", "关怀版", "无障碍", "繁体版", "简体版", "English", "长者模式", "智能问答", "打印", "关闭", "返回"
  };

  private static boolean endsWithSiteControl(String p) {
    for (String w : SITE_CONTROLS) {
      if (p.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** Words of a site's banner ({@code 南阳市人民政府门户网站}, {@code 欢迎访问…}): the page's, not the title's. */
  private static final String[] SITE_BANNER = {"网站", "门户", "欢迎", "官网"};

  private static boolean isJoinable(String sq) {
    for (String w : SITE_BANNER) {
      if (sq.contains(w)) {
        return false;
      }
    }
    return sq.length() <= MAX_TITLE_LINE
        && !namesReport(sq) // a column's name above a title (2021年年报) is not part of it
        && !hasSentencePunctuation(sq)
        && !sq.contains(">")
        && !sq.contains("|")
        && !sq.contains(":")
        && !sq.contains("当前位置")
        && !sq.contains("发布")
        && !sq.contains("来源");
  }

  private static boolean hasSentencePunctuation(String sq) {
    for (int i = 0; i < sq.length(); i++) {
      if ("。,;!?、".indexOf(sq.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
