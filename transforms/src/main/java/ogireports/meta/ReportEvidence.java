package ogireports.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ogireports.text.LineForms;
import ogireports.text.Normalise;

/**
 * What in a document shows that it is a government information-disclosure annual report, and so
 * decides whether it is read as one: crawled reports are often cut (a page's first 2000 bytes, one
 * page of a flip-book), so any one piece of the report's own evidence is enough, and a report that
 * shows little becomes a PARTIAL report with nulls rather than a reject.
 *
 * <p>The evidence, strongest first: a report title ({@code …政府信息公开工作年度报告}); a table with the
 * template's labels; the report's statistics period ({@code 本报告中所列数据统计期限自…至…}); its six-part
 * skeleton (two section headings, or one with the report speaking of itself in the prose: {@code
 * 依据《条例》第五十条…编制本报告}, {@code 现公布X2023年度政府信息公开工作报告}).
 *
 * <p>A title alone does not make a report when the page lists several report titles (three, or two
 * of different years) and nothing else: that is a navigation page of reports, not one report. Nor
 * when the text is the title and little else (fewer than {@link #MIN_BODY_HAN} Chinese characters
 * outside report titles, and no sentence of the report speaking of itself): a link to a report, the
 * main content of a list page, a page whose report is an attachment or an image; no value of the
 * report can be read from it. News about disclosure work and notices about the reports name them
 * too, but have neither their headings nor their tables.
 *
 * <p>Nor does the evidence make a report of a document that says it is another paper ({@link
 * OtherDocument}): a court's 司法公开 report, a village's 村务公开 report, a university's 学年 report, a
 * power company's report under its own rules, a 人大's survey of the reports have a report's title
 * and skeleton, but are not the 条例's report.
 */
public final class ReportEvidence {

  /** Words of a statistics period ({@code 统计期限}, {@code 统计时限}, {@code 数据统计…}). */
  private static final String[] PERIOD_WORDS = {
    "统计期限", "统计时限", "统计时间", "统计期间", "统计周期", "统计数据", "数据统计", "统计的期限", "统计的时限", "统计范围"
  };

  /** The report named in prose. */
  private static final String[] REPORT_NAMES = {
    "政府信息公开工作年度报告", "政府信息公开年度工作报告", "政府信息公开年度报告", "政府信息公开工作报告",
    "政府信息公开年报", "信息公开工作年度报告", "信息公开年度报告", "政务公开工作年度报告",
    "政务信息公开工作年度报告", "政务信息公开年度报告"
  };

  /** Lines read for the statistics period and the naming sentence. */
  private static final int HEAD_LINES = 60;

  /**
   * Chinese characters a text holds outside its report titles before a title makes it a report
   * (unless the text speaks of itself, {@code 本报告}): the start of a report's first sentence has
   * more (根据《中华人民共和国政府信息公开条例》要求，我镇…), a page's navigation, publication line and pointer to an
   * attachment fewer (首页政务公开办事服务, 发布时间来源镇政府办, 详见附件).
   */
  static final int MIN_BODY_HAN = 30;

  private final List<String> found;

  /** Why a report title was not taken as evidence, or null. */
  private final String titleSetAside;

  private final int sectionHeadings;

  /** What the document is when it shows a report's evidence but is another paper, or null. */
  private final String otherDocument;

  private ReportEvidence(
      List<String> found, String titleSetAside, int sectionHeadings, String otherDocument) {
    this.found = List.copyOf(found);
    this.titleSetAside = titleSetAside;
    this.sectionHeadings = sectionHeadings;
    this.otherDocument = otherDocument;
  }

  /**
   * The evidence in a document's {@code lines} (Simplified), given its title (may be null), how
   * many of the six section headings were found and whether any of the tables was read.
   */
  public static ReportEvidence of(
      List<String> lines, String title, int sectionHeadings, boolean tables) {
    return of(LineForms.of(lines), title, sectionHeadings, tables);
  }

  /** {@link #of(List, String, int, boolean)} of lines whose squeezed forms are shared. */
  public static ReportEvidence of(
      LineForms lines, String title, int sectionHeadings, boolean tables) {
    return of(lines, title, null, sectionHeadings, tables, tables);
  }

  /**
   * The evidence in a document's {@code lines}, given its title and reporting body as read (either
   * may be null), how many of the six section headings were found, whether any of the tables was
   * read ({@code tables}) and whether a table 二 or 三 of the template (or the old 统计表) gave a row
   * ({@code templateTables}; table 四's words are those of any prose on 复议 and 诉讼). A document with
   * a report's evidence that says it is another paper ({@link OtherDocument}: another kind of 公开, a
   * survey of the reports, a school year's report, another regime's rules or body) is not a report.
   */
  public static ReportEvidence of(
      LineForms lines,
      String title,
      String agency,
      int sectionHeadings,
      boolean tables,
      boolean templateTables) {
    List<String> found = new ArrayList<>();
    List<String> head = squeezedHead(lines);
    boolean reportTitle = isReportTitle(title);
    String titleSetAside = null;
    if (reportTitle && sectionHeadings == 0) {
      if (reportTitleLines(head) >= 3 || reportTitleYears(head) >= 2) {
        titleSetAside = "a list of report titles";
      } else if (!tables && hasCatalogueHeader(head)) {
        titleSetAside = "a catalogue of documents whose row names a report";
      } else if (!tables && !namesReport(head) && hanOutsideReportTitles(lines) < MIN_BODY_HAN) {
        titleSetAside = "a report title with no report text";
      }
    }
    if (reportTitle && titleSetAside == null) {
      found.add("report title");
    }
    if (tables) {
      found.add("tables");
    }
    if (hasStatisticsPeriod(head)) {
      found.add("statistics period");
    }
    if (sectionHeadings >= 2) {
      found.add(sectionHeadings + " section headings");
    } else if (sectionHeadings == 1 && namesReport(head)) {
      found.add("a section heading and the report speaking of itself");
    }
    String other =
        found.isEmpty() ? null : OtherDocument.of(lines, head, title, agency, templateTables);
    return new ReportEvidence(found, titleSetAside, sectionHeadings, other);
  }

  /**
   * True when there is any evidence and the document does not say it is another paper: it is read
   * as a report.
   */
  public boolean isReport() {
    return !found.isEmpty() && otherDocument == null;
  }

  /**
   * What the document is when it has a report's evidence but is another paper ({@code a report on
   * 司法公开, not on 政府信息公开 (title …)}), or null.
   */
  public String otherDocument() {
    return otherDocument;
  }

  /** For the reject of a document that is not a report: what was looked for and not found. */
  public String whyNotAReport() {
    if (otherDocument != null) {
      return "not the 政府信息公开 report but "
          + otherDocument
          + ", though it has a report's look ("
          + String.join(", ", found)
          + ")";
    }
    return (titleSetAside != null ? titleSetAside : "no report title")
        + ", no statistics period, "
        + sectionHeadings
        + " of the 6 section headings and none of tables 二, 三, 四";
  }

  /** The evidence found, for a reject's detail ({@code statistics period, tables}). */
  public List<String> found() {
    return found;
  }

  @Override
  public String toString() {
    return found.isEmpty() ? "no evidence" : String.join(", ", found);
  }

  /** The columns of a disclosure catalogue's table (政府信息公开目录: 序号 信息名称 索引号 发布机构 生成日期). */
  private static final String[] CATALOGUE_COLUMNS = {
    "信息名称", "名称", "标题", "索引号", "发布机构", "生成日期", "发布日期", "文号", "成文日期"
  };

  /**
   * True when a line of the head is a catalogue's header: {@code 序号} and two more of its columns
   * ({@link #CATALOGUE_COLUMNS}). A catalogue page lists documents, a report among them by its
   * title.
   */
  static boolean hasCatalogueHeader(List<String> head) {
    for (String sq : head) {
      if (!sq.startsWith("序号") || sq.length() > 60) {
        continue;
      }
      int columns = 0;
      for (String c : CATALOGUE_COLUMNS) {
        columns += sq.contains(c) ? 1 : 0;
      }
      if (columns >= 3) {
        return true;
      }
    }
    return false;
  }

  /** A title counts as a report title when it names the disclosure report. */
  public static boolean isReportTitle(String title) {
    if (title == null) {
      return false;
    }
    String t = Normalise.squeeze(title);
    return (t.contains("信息公开") || t.contains("政务公开")) && t.contains("报告");
  }

  /**
   * {@code 本报告所列数据统计期限自2022年1月1日起至2022年12月31日止} (or {@code 自二〇二二年一月一日起至…}): a period word followed
   * by a year and a 至/到/止.
   */
  static boolean hasStatisticsPeriod(List<String> head) {
    for (String sq : head) {
      for (String w : PERIOD_WORDS) {
        int at = sq.indexOf(w);
        if (at < 0) {
          continue;
        }
        String after = sq.substring(at, Math.min(sq.length(), at + w.length() + 40));
        // the year in digits, or in Chinese numerals as formal documents date (二〇二二年一月一日)
        if ((hasYearDigits(after) || Chars.indexOfYearNian(after, 0) >= 0)
            && (after.contains("至") || after.contains("到") || after.contains("止"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** How a report speaks of itself: {@code 本报告}, {@code …报告如下}. */
  private static final String[] SELF_REFERENCES = {"本报告", "本年度报告", "本年报", "报告如下"};

  /** Words that publish the report named after them ({@code 现公布X2023年度…工作报告}). */
  private static final String[] PUBLISHING = {"现公布", "现将", "向社会公布", "现予公布", "特此公布"};

  /**
   * The report speaking of itself ({@code 依据《条例》第五十条规定，编制本报告}, {@code 现公布子长市人民政府2023年度政府信息公开工作报告}).
   * A notice or news item that names the reports of others ({@code 各单位要按时编制政府信息公开工作年度报告}) does not.
   */
  static boolean namesReport(List<String> head) {
    for (String sq : head) {
      for (String self : SELF_REFERENCES) {
        if (sq.contains(self)) {
          return true;
        }
      }
      for (String name : REPORT_NAMES) {
        int at = sq.indexOf(name);
        if (at > 0 && Chars.containsAny(sq.substring(0, at), PUBLISHING)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A short line, not a sentence, that is a report title (a list of reports has several). */
  private static boolean isReportTitleLine(String sq) {
    return sq.length() <= 80 && isReportTitle(sq) && !sq.contains("。");
  }

  /** Distinct short lines that are report titles (a list of reports has several). */
  static int reportTitleLines(List<String> head) {
    Set<String> titles = new LinkedHashSet<>();
    for (String sq : head) {
      if (isReportTitleLine(sq)) {
        titles.add(sq);
      }
    }
    return titles.size();
  }

  /** Distinct years ({@code 2023年}) the short report-title lines name: a list names several. */
  static int reportTitleYears(List<String> head) {
    Set<Integer> years = new LinkedHashSet<>();
    for (String sq : head) {
      if (isReportTitleLine(sq)) {
        for (int i = Chars.indexOfYearNian(sq, 0); i >= 0; i = Chars.indexOfYearNian(sq, i + 1)) {
          years.add(Chars.yearAt(sq, i));
        }
      }
    }
    return years.size();
  }

  /** Chinese characters of the text outside its short report-title lines. */
  static int hanOutsideReportTitles(LineForms lines) {
    int han = 0;
    for (int i = 0; i < lines.size() && han < MIN_BODY_HAN; i++) {
      if (lines.line(i) == null) {
        continue;
      }
      String sq = lines.squeezed(i, 5_000);
      if (isReportTitleLine(sq)) {
        continue;
      }
      for (int k = 0; k < sq.length(); k++) {
        if (Character.UnicodeScript.of(sq.charAt(k)) == Character.UnicodeScript.HAN) {
          han++;
        }
      }
    }
    return han;
  }

  /** A plausible year's digits, also run into the next number ({@code 202211日}: 月 lost). */
  private static boolean hasYearDigits(String s) {
    for (int i = 0; i + 4 <= s.length(); i++) {
      if ((i == 0 || !Chars.isDigit(s.charAt(i - 1)))
          && Chars.isDigit(s.charAt(i))
          && Chars.isDigit(s.charAt(i + 1))
          && Chars.isDigit(s.charAt(i + 2))
          && Chars.isDigit(s.charAt(i + 3))) {
        int y = Integer.parseInt(s.substring(i, i + 4));
        if (y >= Chars.MIN_YEAR && y <= Chars.MAX_YEAR) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> squeezedHead(LineForms lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.line(i) == null) {
        continue;
      }
      String sq = lines.squeezed(i, 5_000);
      if (!sq.isEmpty()) {
        out.add(sq);
        if (out.size() >= HEAD_LINES) {
          break;
        }
      }
    }
    // each line with the lines that continue its sentence (prose wrapped at a page's width)
    List<String> sentences = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      sentences.add(ReportLines.joinWrapped(out, i, k -> true));
    }
    return sentences;
  }
}
