package ogireports.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ogireports.text.LineForms;

/**
 * Tells a document that looks like a report (a title ending in {@code 工作报告}, numbered section
 * heads, a year) but is not the yearly report of the 2019 条例 that the project reads: crawls of 信息公开
 * columns and searches for {@code 信息公开工作…报告} bring in the reports of bodies and regimes the 条例 does
 * not cover, and other papers about the government's reports.
 *
 * <p>What the document says it is decides, never a word of its prose (a report may well say that
 * its township guided the villages' 村务公开, or answer a 人大 deputy):
 *
 * <ul>
 *   <li>its title names another kind of openness and not 政府信息公开 or 政务公开: {@code 司法公开} (courts),
 *       {@code 检务公开}, {@code 村务公开}, {@code 党务公开}, {@code 厂务公开}, {@code 校务公开}, {@code 院务公开}…;
 *   <li>its title names a paper about the work rather than the body's report on it: {@code 调研报告} (a
 *       人大's survey quoting the bodies' reports), {@code 视察报告}, {@code 评估报告}, {@code 检查报告}, {@code
 *       自查报告}…, whatever the work it names;
 *   <li>its title names a notice about the report after the report's name ({@code 关于…年度报告的更正说明},
 *       {@code 勘误说明}): a page of its own correcting or withdrawing it;
 *   <li>its title covers an academic year ({@code 2022—2023学年信息公开工作年度报告}: a university's report
 *       under the 高等学校信息公开办法) and names no 政府信息公开;
 *   <li>with a title that names no 政府信息公开 or 政务公开 (a plain {@code 信息公开工作报告}) and no citation of the
 *       条例: its basis is another regime's rules ({@code 《供电企业信息公开实施办法》}, {@code 《高等学校信息公开办法》},
 *       {@code 《村民委员会组织法》}), or its body is one the 条例 does not cover (a company, a court, a
 *       procuratorate, a 人大 or 政协, a village or residents' committee).
 * </ul>
 *
 * <p>Public hospitals and schools that file the 条例's report (a {@code 政府信息公开工作年度报告}, the 条例 cited,
 * the template's tables) stay reports: they are the bodies the 条例 and the 公共企事业单位 rules put under
 * it, and their text is the report. A table 二 or 三 of the 年度报告格式 read from the text keeps any
 * document a report: no other paper prints them.
 */
final class OtherDocument {

  private OtherDocument() {}

  /** Kinds of openness other than the government's, named in a title. */
  private static final String[] OTHER_OPENNESS = {
    "司法公开", "审判公开", "审务公开", "检务公开", "警务公开", "狱务公开", "村务公开", "居务公开", "党务公开", "厂务公开", "校务公开", "院务公开",
    "社务公开", "企务公开"
  };

  /** Papers about the work, not a body's yearly report on its own work. */
  private static final String[] PAPERS_ABOUT = {
    "调研报告", "视察报告", "调查报告", "评估报告", "检查报告", "督查报告", "自查报告", "整改报告", "测评报告", "评议报告", "考核报告", "指数报告",
    "审议意见", "通报"
  };

  /** Notices a body publishes about its report, named after the report in their title. */
  private static final String[] NOTICES = {"更正说明", "更正声明", "更正公告", "勘误说明", "勘误表", "撤回说明", "通知"};

  /**
   * Words of a notice that hands the report out ({@code 关于印发…年度报告的通知}): the report follows it, and
   * the document is the report.
   */
  private static final String[] HANDING_OUT = {"印发", "转发", "报送", "公布", "发布"};

  /**
   * The notice a title names after the report it is about ({@code 关于…2023年政府信息公开工作年度报告的更正说明}), or
   * null: a page of its own that corrects or withdraws the report, whose figures it quotes.
   */
  private static String noticeAboutTheReport(String t) {
    int report = Math.max(t.indexOf("年度报告"), t.indexOf("年报"));
    if (report < 0 || t.indexOf('《') >= 0) {
      return null; // a citation wrapped onto a line (…《关于做好…年度报告编制工作的通知》要求)
    }
    for (String w : HANDING_OUT) {
      int at = t.indexOf(w);
      if (at >= 0 && at < report) {
        return null; // 关于公布…年度报告的通知: the report follows (编制发布工作的通知 asks for it)
      }
    }
    for (String notice : NOTICES) {
      if (t.indexOf(notice, report) > report && (!notice.equals("通知") || t.startsWith("关于"))) {
        return notice;
      }
    }
    return null;
  }

  /** Words a search engine or a site's search prints over its results. */
  private static final String[] SEARCH_MARKS = {"搜索结果", "检索结果", "找到相关结果", "相关结果约"};

  /**
   * What the document is when its head says it is a search's results ({@code 为您找到相关结果 286 个}, a
   * page titled {@code 搜索结果_…}), whose snippets quote reports' sentences; else null.
   */
  private static String searchResults(List<String> head) {
    for (String line : head) {
      if (line.length() <= MAX_TITLE && Chars.containsAny(line, SEARCH_MARKS)) {
        return "a search's results page (" + line + ")";
      }
    }
    return null;
  }

  /**
   * Papers the 条例 asks of a body besides its report, and papers that plan the work: a document
   * titled so that speaks of itself by that name ({@code 本指南}, {@code 制定本要点}) is that paper.
   */
  private static final String[] OTHER_PAPERS = {"指南", "要点", "方案", "计划", "细则", "办法", "目录"};

  /**
   * What the document is when a title line in its head names one of {@link #OTHER_PAPERS} ({@code
   * 九江市生态环境局政府信息公开指南}) or a 通知 issuing one ({@code 关于印发《攸县2024年政务公开工作要点》的通知}), and the head speaks
   * of itself by that paper's name; else null. A page's link to its 指南 is no title of the page: the
   * text must call itself so.
   */
  private static String anotherPaper(List<String> head) {
    for (String line : head) {
      if (line.length() > MAX_TITLE
          || line.contains("。")
          || line.contains("报告")
          || Chars.containsAny(line, BREADCRUMB_MARKS)) {
        continue; // a sentence, a report's title, a breadcrumb's or a menu's steps
      }
      String t = withoutTrailingBrackets(line);
      if (t.endsWith("的通知") && t.contains("关于")) {
        int close = t.lastIndexOf('》');
        t = close > 0 ? t.substring(0, close) : t.substring(0, t.length() - 3);
      }
      for (String paper : OTHER_PAPERS) {
        if (t.endsWith(paper) && t.length() > paper.length() + 3 && speaksOfItselfAs(head, paper)) {
          return "a " + paper + ", not the report (title " + line + ")";
        }
      }
    }
    return null;
  }

  private static final String[] BREADCRUMB_MARKS = {">", "|", "›", "»", "＞"};

  private static boolean speaksOfItselfAs(List<String> head, String paper) {
    for (String line : head) {
      if (line.contains("本" + paper)) {
        return true;
      }
    }
    return false;
  }

  /** A title or citation naming the government's openness ({@code 政务村务公开} too). */
  private static final Pattern GOVERNMENT_OPENNESS = Pattern.compile("政府信息|政务.{0,4}公开");

  /** Bodies whose regimes the words of a cited rule name (with 公开 or 组织法). */
  private static final String[] OTHER_REGIMES = {
    "高等学校", "高校", "学校", "企业", "公司", "供电", "供水", "供气", "供热", "医疗卫生", "医院", "公共企事业单位", "村民委员会",
    "居民委员会", "村务", "居务", "司法", "审判", "检务", "党务", "厂务", "法院", "检察院"
  };

  /** Ends of the names of bodies the 条例 does not cover (the reporting body's, as read). */
  private static final String[] OTHER_BODIES = {
    "公司", "法院", "检察院", "人大常委会", "人民代表大会常务委员会", "人大", "政协", "村民委员会", "居民委员会", "村委会", "居委会", "村", "社区"
  };

  /** Lines read for the document's own title lines. */
  private static final int TITLE_LINES = 30;

  /** A line longer than this is body text, not a title. */
  private static final int MAX_TITLE = 60;

  /**
   * What the document is when it is not the 条例's report, for a reject's detail, or null when it may
   * be one.
   *
   * @param lines the document's lines
   * @param head the squeezed first lines, wrapped sentences joined ({@link ReportEvidence})
   * @param title the report title found, or null
   * @param agency the reporting body read, or null
   * @param templateTables whether a table 二 or 三 of the 年度报告格式 (or the old 统计表) was read
   */
  static String of(
      LineForms lines, List<String> head, String title, String agency, boolean templateTables) {
    if (templateTables) {
      return null;
    }
    String search = searchResults(head);
    if (search != null) {
      return search;
    }
    String otherPaper = anotherPaper(head);
    if (otherPaper != null) {
      return otherPaper;
    }
    List<String> titles = titleLines(lines, title);
    for (String t : titles) {
      String notice = noticeAboutTheReport(t);
      if (notice != null) {
        return "a " + notice + " about the report, not the report (title " + t + ")";
      }
      for (String paper : PAPERS_ABOUT) {
        if (t.contains(paper)) {
          return "a " + paper + " about the work (title " + t + ")";
        }
      }
    }
    boolean governmentTitle = false;
    for (String t : titles) {
      governmentTitle |= GOVERNMENT_OPENNESS.matcher(t).find();
    }
    if (governmentTitle) {
      return null;
    }
    for (String t : titles) {
      for (String kind : OTHER_OPENNESS) {
        if (t.contains(kind)) {
          return "a " + kind + " report (title " + t + ")";
        }
      }
      if (t.contains("学年")) {
        return "a school's report on an academic year, 学年 (title " + t + ")";
      }
    }
    List<String> cited = citations(head);
    String otherRules = null;
    for (String c : cited) {
      if (isGovernmentRule(c)) {
        return null;
      }
      if (otherRules == null
          && (c.contains("公开") || c.contains("组织法"))
          && Chars.containsAny(c, OTHER_REGIMES)) {
        otherRules = c;
      }
    }
    if (otherRules != null) {
      return "a disclosure report under 《" + otherRules + "》, which does not cite the 条例";
    }
    for (String body : bodies(agency, titles)) {
      for (String end : OTHER_BODIES) {
        if (body.length() > end.length() && body.endsWith(end)) {
          return "a disclosure report of "
              + body
              + ", a body the 条例 does not cover, whose title names no 政府信息公开 and which does not"
              + " cite the 条例";
        }
      }
    }
    return null;
  }

  /**
   * The reporting body as read, without an office it may have been read with ({@code …有限公司办公室}: the
   * contact sentence's), and the titles' text before their year.
   */
  private static List<String> bodies(String agency, List<String> titles) {
    List<String> out = new ArrayList<>();
    if (agency != null) {
      String a = ogireports.text.Normalise.squeeze(agency);
      out.add(a.endsWith("办公室") ? a.substring(0, a.length() - 3) : a);
    }
    for (String t : titles) {
      int digit = 0;
      while (digit < t.length() && !Chars.isDigit(t.charAt(digit))) {
        digit++;
      }
      if (digit < t.length()) {
        out.add(t.substring(0, digit));
      }
    }
    return out;
  }

  /** The 条例 and the government's rules on openness: 《中华人民共和国政府信息公开条例》, 《条例》. */
  private static boolean isGovernmentRule(String cited) {
    return GOVERNMENT_OPENNESS.matcher(cited).find()
        || cited.equals("条例")
        || (cited.contains("公开") && cited.endsWith("条例"));
  }

  /**
   * The document's own title lines, squeezed: the report title found; else the short lines before
   * the first sentence that end in {@code 报告}, {@code 年报}, {@code 意见}, {@code 通报} or a notice's
   * name ({@link #NOTICES}; a bracketed year may follow), a page's key ({@code 标题：}) left out. (A
   * title found is the document's; the short lines near it may be a page's links to others.)
   */
  static List<String> titleLines(LineForms lines, String title) {
    List<String> out = new ArrayList<>();
    if (title != null) {
      out.add(ogireports.text.Normalise.squeeze(title));
      return out;
    }
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < TITLE_LINES; i++) {
      if (lines.line(i) == null) {
        continue;
      }
      String sq = lines.squeezed(i, 5_000);
      if (sq.isEmpty()) {
        continue;
      }
      seen++;
      if (sq.length() > MAX_TITLE || sq.contains("。")) {
        // the first sentence: the title is above it, or run into it in a text whose lines were
        // joined (关于…的调研报告县人大常委会调研组根据…)
        String runIn = runInTitle(sq);
        if (runIn != null) {
          out.add(runIn);
        }
        break;
      }
      int colon = sq.indexOf(':');
      if (colon >= 0 && colon <= 6) {
        sq = sq.substring(colon + 1);
      }
      String bare = withoutTrailingBrackets(sq);
      boolean notice = false;
      for (String n : NOTICES) {
        notice |= bare.endsWith(n);
      }
      if (bare.endsWith("报告")
          || bare.endsWith("年报")
          || bare.endsWith("意见")
          || bare.endsWith("通报")
          || notice) {
        out.add(sq);
      }
    }
    return out;
  }

  /**
   * The start of a line up to the first {@code 报告}, {@code 意见} or {@code 通报} before any
   * punctuation, within a title's length, or null.
   */
  private static String runInTitle(String sq) {
    int end = Math.min(sq.length(), MAX_TITLE);
    for (int i = 0; i < end; i++) {
      char c = sq.charAt(i);
      if (c == '，' || c == '。' || c == '；' || c == ',' || c == ';') {
        return null;
      }
      if (i + 2 <= sq.length()) {
        String two = sq.substring(i, i + 2);
        if (two.equals("报告") || two.equals("意见") || two.equals("通报")) {
          return sq.substring(0, i + 2);
        }
      }
    }
    return null;
  }

  /** {@code …工作报告(2023年)} without its bracketed tail. */
  private static String withoutTrailingBrackets(String sq) {
    String s = sq;
    while (!s.isEmpty()) {
      char last = s.charAt(s.length() - 1);
      int open =
          switch (last) {
            case ')' -> s.lastIndexOf('(');
            case '】' -> s.lastIndexOf('【');
            case '〕' -> s.lastIndexOf('〔');
            case ']' -> s.lastIndexOf('[');
            default -> -1;
          };
      if (open <= 0) {
        return s;
      }
      s = s.substring(0, open);
    }
    return s;
  }

  /** The names cited in {@code 《…》} in the head, in order. */
  static List<String> citations(List<String> head) {
    List<String> out = new ArrayList<>();
    for (String sq : head) {
      for (int open = sq.indexOf('《'); open >= 0; open = sq.indexOf('《', open + 1)) {
        int close = sq.indexOf('》', open + 1);
        if (close < 0) {
          break;
        }
        out.add(sq.substring(open + 1, close));
      }
    }
    return out;
  }
}
