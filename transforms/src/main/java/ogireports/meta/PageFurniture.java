package ogireports.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ogireports.text.Normalise;
import ogireports.text.PageNumbers;

/**
 * The page furniture a crawled report is printed inside: the key–value lines CMS pages and crawler
 * dumps put above the text ({@code 标题: …}, {@code 发布机构: …}, {@code 索引号}, {@code 来源：…}, bullets
 * {@code • 索 引 号:}), breadcrumbs ({@code 当前位置： 首页 > 政务公开 > …}) and the page title of a flip-book
 * page ({@code Page 8 - …}).
 *
 * <p>Furniture is evidence about the report, never part of it: the title field's value is a title,
 * {@code 发布机构} and {@code 来源} name the publisher, {@code 原文链接} is a URL the input carries. A key is
 * never a name, so the finders read the fields from here and skip the lines. Stateless.
 */
final class PageFurniture {

  /** What a field says about the report. */
  enum Kind {
    /** The page's title for the report ({@code 标题}, {@code 名称}, {@code Page 8 - …}). */
    TITLE,
    /** The body that published the page ({@code 发布机构}, {@code 发文机关}). */
    PUBLISHER,
    /** Where the text comes from ({@code 来源}); often a site ({@code X网站}). */
    SOURCE,
    /** A page date ({@code 发布时间}, {@code 成文日期}): publication, never the covered year. */
    DATE,
    /** A link the page prints ({@code 原文链接: https://…}). */
    URL,
    /** Everything else: index numbers, columns, view counts, breadcrumbs, font controls. */
    OTHER
  }

  /** One key–value field of a furniture line; {@code value} is squeezed (NFKC, no spaces). */
  record Field(Kind kind, String key, String value) {}

  private record Key(String text, Kind kind) {}

  private static final Key[] KEYS = {
    key("标题", Kind.TITLE),
    key("文章标题", Kind.TITLE),
    key("信息名称", Kind.TITLE),
    key("名称", Kind.TITLE),
    key("题名", Kind.TITLE),
    key("发布机构", Kind.PUBLISHER),
    key("发文机关", Kind.PUBLISHER),
    key("发布机关", Kind.PUBLISHER),
    key("发布单位", Kind.PUBLISHER),
    key("发文单位", Kind.PUBLISHER),
    key("公开主体", Kind.PUBLISHER),
    key("发文机构", Kind.PUBLISHER),
    key("发布部门", Kind.PUBLISHER),
    key("发文部门", Kind.PUBLISHER),
    key("公开单位", Kind.PUBLISHER),
    key("责任部门", Kind.PUBLISHER),
    key("责任单位", Kind.PUBLISHER),
    key("所属机构", Kind.PUBLISHER),
    key("来源单位", Kind.PUBLISHER),
    key("供稿单位", Kind.PUBLISHER),
    key("主办单位", Kind.PUBLISHER),
    key("生成机构", Kind.PUBLISHER),
    key("来源", Kind.SOURCE),
    key("信息来源", Kind.SOURCE),
    key("文章来源", Kind.SOURCE),
    key("稿件来源", Kind.SOURCE),
    key("发布时间", Kind.DATE),
    key("发布日期", Kind.DATE),
    key("成文日期", Kind.DATE),
    key("生成日期", Kind.DATE),
    key("生成时间", Kind.DATE),
    key("发文时间", Kind.DATE),
    key("印发日期", Kind.DATE),
    key("创建时间", Kind.DATE),
    key("更新日期", Kind.DATE),
    key("发文日期", Kind.DATE),
    key("生效日期", Kind.DATE),
    key("废止日期", Kind.DATE),
    key("更新时间", Kind.DATE),
    key("公开日期", Kind.DATE),
    key("时间", Kind.DATE),
    key("日期", Kind.DATE),
    key("原文链接", Kind.URL),
    key("原文地址", Kind.URL),
    key("链接", Kind.URL),
    key("网址", Kind.URL),
    key("索引号", Kind.OTHER),
    key("信息索引号", Kind.OTHER),
    key("信息分类", Kind.OTHER),
    key("信息类别", Kind.OTHER),
    key("公开类别", Kind.OTHER),
    key("所属分类", Kind.OTHER),
    key("内容分类", Kind.OTHER),
    key("文种", Kind.OTHER),
    key("文号", Kind.OTHER),
    key("发文字号", Kind.OTHER),
    key("栏目", Kind.OTHER),
    key("分类", Kind.OTHER),
    key("主题分类", Kind.OTHER),
    key("所属主题", Kind.OTHER),
    key("主题词", Kind.OTHER),
    key("关键词", Kind.OTHER),
    key("备案登记号", Kind.OTHER),
    key("时效性", Kind.OTHER),
    key("有效性", Kind.OTHER),
    key("浏览次数", Kind.OTHER),
    key("访问次数", Kind.OTHER),
    key("点击数", Kind.OTHER),
    key("阅读次数", Kind.OTHER),
    key("浏览量", Kind.OTHER),
    key("阅读量", Kind.OTHER),
    key("点击量", Kind.OTHER),
    key("访问量", Kind.OTHER),
    key("点击率", Kind.OTHER),
    key("浏览数", Kind.OTHER),
    key("阅读数", Kind.OTHER),
    key("点击次数", Kind.OTHER),
    key("浏览人次", Kind.OTHER),
    key("字体", Kind.OTHER),
    key("字号", Kind.OTHER),
    key("背景色", Kind.OTHER),
    key("体裁分类", Kind.OTHER),
    key("组配分类", Kind.OTHER),
    key("公开方式", Kind.OTHER),
    key("公开范围", Kind.OTHER),
    key("公开时限", Kind.OTHER),
    key("主题", Kind.OTHER),
    key("作者", Kind.OTHER),
    key("编号", Kind.OTHER),
  };

  /** The keys of fields of one kind ({@code 发布机构}, {@code 发文机关}… for the publisher). */
  static List<String> keysOf(Kind kind) {
    List<String> out = new ArrayList<>();
    for (Key k : KEYS) {
      if (k.kind() == kind) {
        out.add(k.text());
      }
    }
    return out;
  }

  private static Key key(String text, Kind kind) {
    return new Key(text, kind);
  }

  /**
   * Leading bullets, brackets and pipes of a furniture line ({@code •}, {@code 【字体：】}, {@code |
   * 发布机构 |}).
   */
  private static final String BULLETS = "[\\s•·●○■□◆◇▪▫*\\-【\\[|]*";

  /** A key, its characters possibly spread apart ({@code 索 引 号}), then a separator. */
  private static final Pattern KEY_AT_START;

  /** A key later in a line: after whitespace, a colon or a closing bracket, before a separator. */
  private static final Pattern KEY_INSIDE;

  static {
    StringBuilder alt = new StringBuilder();
    Key[] byLength = KEYS.clone();
    java.util.Arrays.sort(byLength, (a, b) -> b.text().length() - a.text().length());
    for (Key k : byLength) {
      if (alt.length() > 0) {
        alt.append('|');
      }
      alt.append(String.join("\\s*", k.text().split("")));
    }
    String sep = "(?:\\s*[:|]\\s*|\\s+|$)";
    KEY_AT_START = Pattern.compile("^" + BULLETS + "(" + alt + ")" + sep);
    KEY_INSIDE = Pattern.compile("(?<=\\s|[】\\]|:])(" + alt + ")" + sep);
  }

  /** {@code P. 8}, {@code 第8页}: a page number alone. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^\\s*(?:P\\.?\\s*\\d+|第\\s*\\d+\\s*页(?:\\s*共\\s*\\d+\\s*页)?)\\s*$");

  private static final String[] BREADCRUMBS = {"当前位置", "您的位置", "您现在的位置", "您所在的位置", "所在位置", "现在位置"};

  private PageFurniture() {}

  /**
   * The fields of a furniture line, in order (empty values included: {@code 发布机构} followed directly
   * by {@code 发布日期}); an empty list when the line is report text.
   */
  static List<Field> fields(String line) {
    return fields(line, null);
  }

  /**
   * {@link #fields(String)} of a line whose {@link Normalise#squeeze squeezed} form is known
   * ({@code squeezed}, or null): the squeeze of its NFKC form is the same text.
   */
  static List<Field> fields(String line, String squeezed) {
    List<Field> out = new ArrayList<>();
    if (line == null || (squeezed != null && !mayHoldField(squeezed))) {
      return out;
    }
    String s = Normalise.nfkc(line);
    if (s.length() > 400) {
      return out;
    }
    // Each pattern is tried only on a line holding what it cannot match without.
    boolean pageWord = s.contains("Page") || s.contains("PAGE") || s.contains("page");
    if (pageWord) {
      String pageTitle = PageNumbers.flipBookPageTitle(s);
      if (pageTitle != null) {
        out.add(new Field(Kind.TITLE, "Page", Normalise.squeeze(pageTitle)));
        return out;
      }
    }
    String sq = squeezed != null ? squeezed : Normalise.squeeze(s);
    if (((s.indexOf('P') >= 0 || s.indexOf('第') >= 0) && PAGE_NUMBER.matcher(s).matches())
        || isBreadcrumbSqueezed(sq)) {
      out.add(new Field(Kind.OTHER, "", sq));
      String title = breadcrumbTitle(sq);
      if (title != null) {
        out.add(new Field(Kind.TITLE, "", title));
      }
      return out;
    }
    Matcher m = mayStartWithKey(s) ? KEY_AT_START.matcher(s) : null;
    if (m == null || !m.find()) {
      String glued = gluedTitleSqueezed(sq);
      if (glued != null) {
        out.add(new Field(Kind.TITLE, "标题", glued));
      } else if (isPageTitleSqueezed(sq)) {
        out.add(new Field(Kind.TITLE, "", sq));
      } else if (isFileTitleSqueezed(sq)) {
        out.add(new Field(Kind.OTHER, "", sq));
      }
      return out;
    }
    int keyStart = m.start(1);
    int keyEnd = m.end(1);
    int valueStart = m.end();
    Matcher inside = KEY_INSIDE.matcher(s);
    while (true) {
      boolean more = inside.find(valueStart);
      int valueEnd = more ? inside.start(1) : s.length();
      String k = Normalise.squeeze(s.substring(keyStart, keyEnd));
      String v = Normalise.squeeze(s.substring(valueStart, Math.max(valueStart, valueEnd)));
      out.add(new Field(kindOf(k), k, stripBrackets(v)));
      if (!more) {
        break;
      }
      keyStart = inside.start(1);
      keyEnd = inside.end(1);
      valueStart = inside.end();
    }
    return out;
  }

  /**
   * False when {@link #fields(String, String)} finds nothing in a line whatever it is, read from
   * its squeezed form {@code sq} (its NFKC form without spaces) alone: most lines then need no
   * NFKC. Each pattern of {@code fields} needs what this looks for, and a space removed keeps it
   * so: a word of the NFKC line is in {@code sq}, and the first character after the bullets is the
   * same in both (the bullets that are spaces are gone, the others are skipped).
   */
  private static boolean mayHoldField(String sq) {
    return sq.indexOf('P') >= 0 // Page, PAGE, P1 of a page number
        || sq.indexOf('第') >= 0
        || sq.contains("page")
        || mayStartWithKey(sq)
        || isBreadcrumbSqueezed(sq)
        || gluedTitleSqueezed(sq) != null
        || isPageTitleSqueezed(sq)
        || isFileTitleSqueezed(sq);
  }

  /** What joins a page's file name or column code to the site's name in its title. */
  private static final String FILE_TITLE_SEPARATORS = "-|—–_";

  /**
   * True for a page's title made of its file name or column code and the site's name ({@code
   * longsheng_xxgk_ndbg_2022 - 龙胜各族自治县人民政府门户网站}, {@code t20250120_1987431.html - 通道侗族自治县人民政府}), as
   * a crawler keeps the page's {@code <title>} above its text when the page's title is no report's:
   * the site's name, not the report's body, and no sentence the title below continues.
   */
  static boolean isFileTitleSqueezed(String sq) {
    if (sq.isEmpty() || !isFileChar(sq.charAt(0)) || sq.length() > 2 * TitleFinder.MAX_TITLE_LINE) {
      return false; // no file name starts so (most lines)
    }
    int at = 1;
    while (at < sq.length() && isFileChar(sq.charAt(at))) {
      at++;
    }
    if (at < 2 || at == sq.length() || FILE_TITLE_SEPARATORS.indexOf(sq.charAt(at - 1)) < 0) {
      return false;
    }
    String site = sq.substring(at);
    return site.length() >= 4
        && AgencyFinder.allHan(site)
        && (site.endsWith("网站") || AgencyFinder.hasOrganSuffix(site))
        && AgencyFinder.hasOrganSuffix(AgencyFinder.withoutSiteWords(site));
  }

  /** A character of a file name or a column code: ASCII letters and digits, {@code _ . - | —}. */
  private static boolean isFileChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '-'
        || c == '|'
        || c == '—'
        || c == '–'
        || c == '_'; // FILE_TITLE_SEPARATORS, compared one by one
  }

  /**
   * True for a page's title printed as a line: the report's title and the site's name joined by a
   * separator ({@code 2023年政府信息公开工作年度报告_新昌县林业局}, {@code …年度报告 - 诸暨市人民政府}, {@code
   * …年度报告|北海市海城区人民政府门户网站}), as a crawler keeps the page's {@code <title>} above its text.
   */
  private static boolean isPageTitleSqueezed(String sq) {
    if (sq.length() > 2 * TitleFinder.MAX_TITLE_LINE
        || !(sq.contains("报告") || sq.contains("年报"))
        || (sq.indexOf('_') < 0
            && sq.indexOf('|') < 0
            && sq.indexOf('-') < 0
            && sq.indexOf('—') < 0)) {
      return false;
    }
    List<String> parts = TitleFinder.pageTitleParts(sq);
    if (parts.size() != 2) {
      return false;
    }
    String title = parts.get(0);
    String site = AgencyFinder.withoutSiteWords(parts.get(1));
    if (!TitleFinder.endsWithReport(title)) {
      title = parts.get(1);
      site = AgencyFinder.withoutSiteWords(parts.get(0));
    }
    return TitleFinder.endsWithReport(title)
        && title.length() <= TitleFinder.MAX_TITLE_LINE
        && !title.contains("。")
        && AgencyFinder.allHan(site)
        && AgencyFinder.hasOrganSuffix(site)
        && !TitleFinder.namesReport(site);
  }

  /** Title keys a header may print with no separator before the title. */
  private static final String[] TITLE_KEYS = {"文章标题", "信息名称", "标题", "名称"};

  /** The first characters of the {@link #TITLE_KEYS}. */
  private static final String TITLE_KEY_FIRST_CHARS = firstChars(TITLE_KEYS);

  private static String firstChars(String[] words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      out.append(w.charAt(0));
    }
    return out.toString();
  }

  /**
   * The title of a title field whose key lost its separator ({@code 标题西藏自治区审计厅2025年…年度报告} when a
   * crawler dropped the spaces): only a report title after the key counts, or null.
   */
  /** The first characters of the keys. */
  private static final String KEY_FIRST_CHARS = keyFirstChars();

  private static String keyFirstChars() {
    StringBuilder out = new StringBuilder();
    for (Key k : KEYS) {
      if (out.indexOf(k.text().substring(0, 1)) < 0) {
        out.append(k.text().charAt(0));
      }
    }
    return out.toString();
  }

  /** The characters BULLETS matches. */
  private static final String BULLET_CHARS = " \t\n\u000B\f\r•·●○■□◆◇▪▫*-【[|";

  /**
   * False when {@link #KEY_AT_START} cannot match {@code s}: its first character after the bullets
   * starts no key (no key starts with a bullet character).
   */
  private static boolean mayStartWithKey(String s) {
    int i = 0;
    while (i < s.length() && BULLET_CHARS.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i < s.length() && KEY_FIRST_CHARS.indexOf(s.charAt(i)) >= 0;
  }

  private static String gluedTitleSqueezed(String sq) {
    if (sq.isEmpty() || TITLE_KEY_FIRST_CHARS.indexOf(sq.charAt(0)) < 0) {
      return null; // no title key starts so (most lines)
    }
    for (String key : TITLE_KEYS) {
      if (sq.startsWith(key)
          && sq.length() > key.length() + 6
          && TitleFinder.endsWithReport(sq)
          && !sq.contains("。")) {
        return sq.substring(key.length());
      }
    }
    return null;
  }

  /** True when the line is page furniture rather than report text. */
  static boolean isFurniture(String line) {
    return !fields(line).isEmpty();
  }

  /** {@code 当前位置：首页 > 政务公开 > …}, {@code 首页 > 政府信息公开年报}. */
  static boolean isBreadcrumb(String nfkc) {
    return isBreadcrumbSqueezed(Normalise.squeeze(nfkc));
  }

  private static boolean isBreadcrumbSqueezed(String sq) {
    if (sq.isEmpty() || BREADCRUMB_FIRST_CHARS.indexOf(sq.charAt(0)) < 0) {
      return false; // no breadcrumb starts so (most lines)
    }
    boolean bullet = sq.startsWith("•"); // a breadcrumb may follow a bullet
    for (String b : BREADCRUMBS) {
      if (sq.startsWith(b) || (bullet && sq.startsWith(b, 1))) {
        return true;
      }
    }
    if (isPositionKey(sq, bullet ? 1 : 0)) {
      return true;
    }
    if (sq.contains("。")) {
      return false;
    }
    for (String home : HOMES) {
      if (sq.startsWith(home)
          && sq.length() > home.length()
          && CRUMB_SEPARATORS.indexOf(sq.charAt(home.length())) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The page a breadcrumb starts from ({@code 首页 > …}, {@code 主页 / …}). */
  private static final String[] HOMES = {"首页", "网站首页", "主页", "门户首页"};

  /** What separates a breadcrumb's steps once its spaces are squeezed out. */
  private static final String CRUMB_SEPARATORS = ">»/-→|";

  /** Words that may come before {@code 位置} in a breadcrumb's key ({@code 您当前所在位置：}). */
  private static final String POSITION_WORDS = "您当前所在的现";

  /** {@code 位置:}, {@code 您当前所在位置:}, {@code 当前的位置:} at {@code from}: a breadcrumb's key. */
  private static boolean isPositionKey(String sq, int from) {
    int at = sq.indexOf("位置", from);
    if (at < 0 || at - from > 6 || !sq.startsWith(":", at + 2)) {
      return false;
    }
    for (int i = from; i < at; i++) {
      if (POSITION_WORDS.indexOf(sq.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The steps of a breadcrumb ({@code 首页}, {@code 信息公开}, …), or an empty list for another line. */
  static List<String> breadcrumbSteps(String sq) {
    if (!isBreadcrumbSqueezed(sq)) {
      return List.of();
    }
    List<String> steps = new ArrayList<>();
    for (String step : sq.split("[>»/→|]+|-+")) {
      if (!step.isEmpty()) {
        steps.add(step);
      }
    }
    return steps;
  }

  /**
   * The report's title when a breadcrumb ends with it ({@code 您当前所在位置：首页 > 政务公开 >
   * 临朐县审计局2023年政府信息公开工作年度报告}), else null.
   */
  private static String breadcrumbTitle(String sq) {
    if (!sq.contains("报告") && !sq.contains("年报")) {
      return null;
    }
    String last = null;
    for (String step : sq.split("[>»/→|]+|-+")) {
      if (!step.isEmpty()) {
        last = step;
      }
    }
    return last != null
            && last.length() <= TitleFinder.MAX_TITLE_LINE
            && TitleFinder.endsWithReport(last)
            && last.indexOf(':') < 0
        ? last
        : null;
  }

  /**
   * The first characters of the breadcrumbs {@link #isBreadcrumbSqueezed} knows, and the bullet.
   */
  private static final String BREADCRUMB_FIRST_CHARS =
      "•首网主门位" + POSITION_WORDS + firstChars(BREADCRUMBS);

  private static Kind kindOf(String key) {
    for (Key k : KEYS) {
      if (k.text().equals(key)) {
        return k.kind();
      }
    }
    return Kind.OTHER;
  }

  private static String stripBrackets(String v) {
    String s = v;
    // the page's commands after the value on its line (来源：X　【打印】【关闭】)
    int command = s.indexOf('【');
    for (String c : PAGE_COMMANDS) {
      int at = s.indexOf(c);
      if (at > 1 && (command < 0 || at < command)) {
        command = at;
      }
    }
    if (command > 1) {
      s = s.substring(0, command);
    }
    while (!s.isEmpty() && "】]|".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    while (!s.isEmpty() && s.charAt(0) == '|') {
      s = s.substring(1); // 发布机构： | 涿州市双塔街道办事处 |: a key and its value in cells of their own
    }
    return s;
  }

  // The page around a report's text: its commands, its list of links and its footer.

  private static final String[] FOOTER_MARKS = {
    "ICP备", "公网安备", "网站标识码", "版权所有", "主办单位", "承办单位", "技术支持", "网站地图"
  };

  private static final String[] PAGE_COMMANDS = {"分享到", "打印本页", "关闭窗口", "【打印", "【关闭", "扫一扫"};

  private static final String[] LINK_HEADINGS = {"相关链接", "相关文章", "相关阅读", "相关信息", "相关文件"};

  /**
   * A line of a page's commands under its text ({@code 分享到：微信 微博}, {@code 【打印本页】【关闭窗口】}), the
   * heading of its list of links ({@code 相关链接}, with a Markdown or Org heading's marks), or a line
   * of an Org drawer ({@code :PROPERTIES:}, {@code :END:}).
   */
  private static boolean isPageCommand(String sq) {
    String s = sq;
    int marks = 0;
    while (marks < s.length() && (s.charAt(marks) == '*' || s.charAt(marks) == '#')) {
      marks++;
    }
    s = s.substring(marks);
    for (String c : PAGE_COMMANDS) {
      if (s.startsWith(c) || (s.contains(c) && s.indexOf('。') < 0)) {
        return true;
      }
    }
    for (String h : LINK_HEADINGS) {
      if (s.equals(h) || s.equals(h + ":")) {
        return true;
      }
    }
    return s.length() >= 3
        && s.charAt(0) == ':'
        && (s.endsWith(":") || s.startsWith(":CUSTOM_ID:"));
  }

  /**
   * True for a line of the page around a report's text that no finder reads: its commands, the
   * heading of its links or an Org drawer ({@link #isPageCommand}), a line of the site's footer
   * ({@code 主办单位…}, {@code 网站标识码…}, {@code …ICP备…}).
   */
  static boolean isPageChrome(String sq) {
    if (isPageCommand(sq)) {
      return true;
    }
    for (String m : FOOTER_MARKS) {
      if (sq.contains(m)) {
        return true;
      }
    }
    return false;
  }
}
