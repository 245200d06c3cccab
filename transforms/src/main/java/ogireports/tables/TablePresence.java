package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.ParsedReport;
import ogireports.model.ReportTables;
import ogireports.model.Section;
import ogireports.text.Normalise;

/**
 * Whether a table that was not read is printed in the text, and whether the text covers the table's
 * place: begins before it and goes on past it.
 *
 * <p>Why: a missing table, or missing rows, are a structural error of the report ({@code
 * T3_SHAPE}/{@code T4_SHAPE} FAIL) only when the text covers the place of the table and does not
 * print them. A table whose heading, header or labels are printed but whose cells could not be read
 * is a limit of the reading, and a text that ends inside or before the table, or begins inside or
 * after it (an excerpt, one page of a flip-book), cannot tell: both are NOT_ASSESSABLE, with detail
 * {@code printed_not_read} or {@code cut_short}.
 *
 * <p>Only what the report prints as its parts counts as evidence: section headings (found by {@link
 * ogireports.text.SectionSplitter}), words only a table prints, and short heading lines. A sentence
 * that lists several of the report's parts (本报告由总体情况、主动公开政府信息情况、…六个部分组成) names them and prints none
 * of them, and a prose sentence on 行政复议 or 行政诉讼 is no table 四: such text is no evidence of where
 * the text is.
 *
 * <p>The evidence is looked for in the lines with their whitespace removed (labels wrapped or glued
 * are found alike), with plain substring search: linear in the text.
 */
public final class TablePresence {

  /** What the text says about a table that was not read. */
  public enum Presence {
    /** No sign of the table in a text that covers its place: absent as printed. */
    ABSENT("absent"),
    /** The table's heading, header or labels are printed, and the text goes on past it. */
    PRINTED("printed_not_read"),
    /** The text ends inside the table or before it, or begins after it. */
    CUT_SHORT("cut_short");

    private final String detail;

    Presence(String detail) {
      this.detail = detail;
    }

    /** The flag detail. */
    public String detail() {
      return detail;
    }
  }

  /**
   * A table of the report: its section, the texts only it prints, and the texts only a later part
   * prints besides the later section headings.
   */
  private record Table(int section, List<String> signs, List<String> laterSigns) {}

  /**
   * Table 三: its heading, header, note and row labels; after it, the header cells of table 四 (words
   * no prose uses).
   */
  private static final Table APPLICATIONS =
      new Table(
          3,
          List.of("收到和处理政府信息公开申请", "申请人情况", "勾稽关系", "本年新收政府信息公开申请", "上年结转政府信息公开申请", "结转下年度继续办理"),
          List.of("未经复议直接起诉", "复议后起诉", "结果维持", "结果维护", "结果纠正", "尚未审结"));

  /** Table 四: its heading and header. */
  private static final Table REVIEW_LITIGATION =
      new Table(
          4,
          List.of(
              "行政复议、行政诉讼情况",
              "行政复议和提起行政诉讼",
              "行政复议、提起行政诉讼情况",
              "行政复议提起行政诉讼情况",
              "未经复议直接起诉",
              "复议后起诉",
              "结果维持",
              "结果维护"),
          List.of());

  /**
   * The names the report gives its six parts (index 0 is 一、总体情况), in the forms headings and
   * introductions use, the old (pre-2019) ones included.
   */
  private static final List<List<String>> PART_NAMES =
      List.of(
          List.of("总体情况", "概述"),
          List.of("主动公开"),
          List.of("收到和处理", "依申请公开"),
          List.of("行政复议", "行政诉讼"),
          List.of("存在的主要问题", "存在主要问题", "存在的问题", "存在问题", "改进情况", "改进措施"),
          List.of("需要报告", "其他报告的事项"));

  /**
   * The {@link #PART_NAMES} indexed by their first characters ({@link #listsParts} looks at every
   * character of the text, and most start none of them), and the part each name names. No name
   * starts another, so at most one starts at a character.
   */
  private static final Markers PART_NAME_MARKERS =
      new Markers(PART_NAMES.stream().flatMap(List::stream).toList());

  private static final java.util.Map<String, Integer> PART_OF_NAME = partOfName();

  private static java.util.Map<String, Integer> partOfName() {
    java.util.Map<String, Integer> parts = new java.util.HashMap<>();
    for (int part = 0; part < PART_NAMES.size(); part++) {
      for (String name : PART_NAMES.get(part)) {
        parts.put(name, part);
      }
    }
    return parts;
  }

  /**
   * Longest gap between two part names of one list: the names of a list follow one another (a 、 and
   * 情况 between them), where the parts themselves, printed, are a table or more apart.
   */
  private static final int LIST_GAP = 60;

  /** Longest line taken as a heading; prose lines are longer. */
  private static final int HEADING_CHARS = 30;

  private TablePresence() {}

  /** What the text says about table 三 when it was not read. */
  public static Presence applications(ParsedReport report) {
    return presence(report, APPLICATIONS);
  }

  /** What the text says about table 四 when it was not read. */
  public static Presence reviewLitigation(ParsedReport report) {
    return presence(report, REVIEW_LITIGATION);
  }

  /**
   * Whether the text ends inside table 三, read up to its row on 1-based line {@code lastRowLine}:
   * nothing of the later parts follows that row. A report given without its text shows no cut.
   */
  public static boolean applicationsEndInside(ParsedReport report, int lastRowLine) {
    return endsInside(report, APPLICATIONS, lastRowLine);
  }

  /**
   * Whether the text begins inside table 三, read from its row on 1-based line {@code firstRowLine}:
   * nothing of the parts before it, nor the table's heading or header, precedes that row.
   */
  public static boolean applicationsBeginInside(ParsedReport report, int firstRowLine) {
    return beginsInside(report, APPLICATIONS, firstRowLine);
  }

  /** {@link #applicationsEndInside} for table 四, read up to its group on {@code lastRowLine}. */
  public static boolean reviewLitigationEndsInside(ParsedReport report, int lastRowLine) {
    return endsInside(report, REVIEW_LITIGATION, lastRowLine);
  }

  /** {@link #applicationsBeginInside} for table 四, read from its group on {@code firstRowLine}. */
  public static boolean reviewLitigationBeginsInside(ParsedReport report, int firstRowLine) {
    return beginsInside(report, REVIEW_LITIGATION, firstRowLine);
  }

  /**
   * The printed evidence of the report last asked about on this thread: the shape rules of tables 三
   * and 四 ask up to six questions about one report in a row, and each needs the whole text.
   */
  private static final ThreadLocal<Printed> LAST = new ThreadLocal<>();

  private static Printed printed(ParsedReport report) {
    List<String> lines = report.lines();
    Printed p = LAST.get();
    if (p == null || p.source() != lines) {
      p = Printed.of(lines);
      LAST.set(p);
    }
    return p;
  }

  private static Presence presence(ParsedReport report, Table table) {
    Printed text = printed(report);
    int sign = text.first(table.signs(), 0);
    if (sign >= 0) {
      // The text goes on past the table when a later part follows its first sign (past the sign
      // itself: 结转下年度继续办理 is both the last row and a sign of the table).
      return goesOnAfter(report, text, table, sign + 1) ? Presence.PRINTED : Presence.CUT_SHORT;
    }
    return goesOnAfter(report, text, table, 0) && beginsBefore(report, text, table, text.length())
        ? Presence.ABSENT
        : Presence.CUT_SHORT;
  }

  private static boolean endsInside(ParsedReport report, Table table, int lastRowLine) {
    Printed text = printed(report);
    return text.length() > 0
        && lastRowLine > 0
        && !goesOnAfter(report, text, table, text.lineStart(lastRowLine));
  }

  private static boolean beginsInside(ParsedReport report, Table table, int firstRowLine) {
    Printed text = printed(report);
    if (text.length() == 0 || firstRowLine <= 0) {
      return false;
    }
    int rowStart = text.lineStart(firstRowLine - 1);
    int sign = text.first(table.signs(), 0);
    return !beginsBefore(report, text, table, rowStart) && (sign < 0 || sign >= rowStart);
  }

  /**
   * Whether a later part is printed at or after offset {@code from} of the printed text: a later
   * section heading, a later sign, or a short line naming a later part (a heading the splitter
   * missed).
   */
  private static boolean goesOnAfter(ParsedReport report, Printed text, Table table, int from) {
    int line = text.lineAt(from);
    for (Section s : report.sections()) {
      // a heading at line 0 is one whose place is not known (a report built without its text)
      if (s.number() > table.section() && (s.headingLine() == 0 || s.headingLine() - 1 >= line)) {
        return true;
      }
    }
    if (text.first(table.laterSigns(), from) >= 0) {
      return true;
    }
    // a line begun before {@code from} is the table's own
    for (int i = from > text.lineStart(line) ? line + 1 : line; i < text.lines().size(); i++) {
      String t = text.lines().get(i);
      if (isHeadingLine(t) && namesPart(t, table.section() + 1, PART_NAMES.size())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an earlier part is printed before offset {@code before} of the printed text: a section
   * heading up to the table's own (三、 heads table 三), an earlier table read, or a short line naming
   * an earlier part.
   */
  private static boolean beginsBefore(ParsedReport report, Printed text, Table table, int before) {
    int line = text.lineAt(before);
    for (Section s : report.sections()) {
      if (s.number() <= table.section() && (s.headingLine() == 0 || s.headingLine() - 1 < line)) {
        return true;
      }
    }
    ReportTables tables = report.tables();
    if (tables != null
        && (tables.activeDisclosure() != null
            || (table.section() > APPLICATIONS.section() && tables.applications() != null))) {
      return true;
    }
    for (int i = 0; i < Math.min(line, text.lines().size()); i++) {
      String t = text.lines().get(i);
      if (isHeadingLine(t) && namesPart(t, 1, table.section() - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lines as printed evidence: squeezed, without the sentences that list the parts, and joined
   * (a label wrapped over two lines is found), with the offset where each line starts.
   */
  private record Printed(List<String> source, List<String> lines, String joined, int[] starts) {

    static Printed of(List<String> lines) {
      List<String> kept = new ArrayList<>(lines == null ? 0 : lines.size());
      StringBuilder joined = new StringBuilder();
      int[] starts = new int[lines == null ? 1 : lines.size() + 1];
      if (lines != null) {
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          String t = line == null ? "" : withoutPartLists(Normalise.label(line));
          starts[i] = joined.length();
          kept.add(t);
          joined.append(t);
        }
      }
      starts[starts.length - 1] = joined.length();
      return new Printed(lines, kept, joined.toString(), starts);
    }

    int length() {
      return joined.length();
    }

    /** Offset where 0-based line {@code i} starts (the end of the text past the last line). */
    int lineStart(int i) {
      return starts[Math.max(0, Math.min(i, starts.length - 1))];
    }

    /** The 0-based line holding offset {@code at} (the line count at the end of the text). */
    int lineAt(int at) {
      int lo = 0;
      int hi = starts.length - 1;
      while (lo < hi) { // the last line starting at or before {@code at}
        int mid = (lo + hi + 1) >>> 1;
        if (starts[mid] <= at) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    /** Start of the first of {@code texts} at or after {@code from}, or -1. */
    int first(List<String> texts, int from) {
      int best = -1;
      for (String t : texts) {
        int at = joined.indexOf(t, from);
        if (at >= 0 && (best < 0 || at < best)) {
          best = at;
        }
      }
      return best;
    }
  }

  /** The line without its sentences that list several of the report's parts. */
  private static String withoutPartLists(String line) {
    if (line.length() < 8) {
      return line; // too short to name two parts
    }
    StringBuilder out = null;
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i < line.length() && "。;；!！?？".indexOf(line.charAt(i)) < 0) {
        continue;
      }
      int end = Math.min(i + 1, line.length());
      String sentence = line.substring(start, end);
      if (listsParts(sentence)) {
        if (out == null) {
          out = new StringBuilder(line.substring(0, start));
        }
      } else if (out != null) {
        out.append(sentence);
      }
      start = end;
    }
    return out == null ? line : out.toString();
  }

  /**
   * Whether a sentence names two or more different parts one after another (at most {@link
   * #LIST_GAP} characters apart): it lists them.
   */
  static boolean listsParts(String sentence) {
    int lastPart = -1;
    int lastEnd = -1;
    for (int at = 0; at < sentence.length(); at++) {
      String name = PART_NAME_MARKERS.startingAt(sentence, at);
      if (name == null) {
        continue;
      }
      int part = PART_OF_NAME.get(name);
      if (lastPart >= 0 && part != lastPart && at - lastEnd <= LIST_GAP) {
        return true;
      }
      lastPart = part;
      lastEnd = at + name.length();
    }
    return false;
  }

  /**
   * A short line without digits, commas or full stops: a heading, not a prose sentence
   * (没有行政复议和行政诉讼。) or one with its counts.
   */
  private static boolean isHeadingLine(String t) {
    if (t.isEmpty() || t.length() > HEADING_CHARS) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c) || c == ',' || c == '，' || c == '。') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code t} names one of the parts {@code from}…{@code to} (1-based). */
  private static boolean namesPart(String t, int from, int to) {
    for (int part = from; part <= to; part++) {
      if (contains(t, PART_NAMES.get(part - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String t, List<String> texts) {
    for (String s : texts) {
      if (t.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
