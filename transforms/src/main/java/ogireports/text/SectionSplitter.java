package ogireports.text;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.Section;

/**
 * Finds the six numbered sections of a report (spec §1).
 *
 * <p>A line is a heading only when, after {@link Normalise#label}, it is a section numeral ({@code
 * 一}…{@code 六}) followed by {@code 、} or {@code .} and then one of the known heading texts of that
 * very section. Table 三 row labels such as {@code 一、本年新收…} or {@code 四、结转下年度继续办理} carry a numeral
 * too but no heading text, so they never split. Headings are taken in increasing section number
 * only; a heading that is missing leaves its section out.
 */
public final class SectionSplitter {

  /** The phase named when the parse budget runs out here. */
  public static final String PHASE = "sections";

  private static final String NUMERALS = "一二三四五六";

  /** Longest heading text accepted after the numeral; longer lines are body text. */
  private static final int MAX_HEADING_CHARS = 40;

  private SectionSplitter() {}

  /** The sections found in the decoded lines, in order. */
  public static List<Section> split(List<String> lines) {
    return split(lines, ParseBudget.UNLIMITED);
  }

  /**
   * Like {@link #split(List)}, checking {@code budget} (phase {@code sections}) at every line,
   * charging the characters of the lines it scans.
   *
   * @throws ParseBudget.Exceeded when the budget runs out
   */
  public static List<Section> split(List<String> lines, ParseBudget budget) {
    return split(lines, null, budget);
  }

  /**
   * Like {@link #split(List, ParseBudget)} over lines whose squeezed forms are shared: a line that
   * may be a heading is matched in its squeezed form, squeezed once for all the readers.
   */
  public static List<Section> split(LineForms forms, ParseBudget budget) {
    return split(forms.lines(), forms, budget);
  }

  private static List<Section> split(List<String> lines, LineForms forms, ParseBudget budget) {
    List<Section> sections = new ArrayList<>();
    if (lines == null || lines.isEmpty()) {
      return sections;
    }
    List<int[]> headings = new ArrayList<>(); // {number, 1-based line}
    int last = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      budget.check(PHASE, line == null ? 1 : 1L + line.length());
      int n = 0;
      if (forms != null ? mayStartWithNumeral(forms.firstPrinted(i)) : mayStartWithNumeral(line)) {
        n = numberOf(forms == null ? Normalise.label(line) : labelOf(forms, i));
      }
      if (n > last) {
        headings.add(new int[] {n, i + 1});
        last = n;
      } else if (n == 1 && last == NUMERALS.length()) {
        int title = titleBefore(lines, i);
        if (title >= 0) {
          // another report after the page's (往年报告 below it, a 附 report): its title ends 六
          headings.add(new int[] {0, title + 1});
          break;
        }
      }
    }
    if (!headings.isEmpty() && headings.get(headings.size() - 1)[0] == 0) {
      int end = headings.remove(headings.size() - 1)[1] - 1; // 1-based, the last line of 六
      lines = lines.subList(0, end);
    }
    for (int h = 0; h < headings.size(); h++) {
      int number = headings.get(h)[0];
      int headingLine = headings.get(h)[1];
      int firstLine = headingLine + 1;
      int lastLine = h + 1 < headings.size() ? headings.get(h + 1)[1] - 1 : lines.size();
      // a step per line joined (a null line joins as "null")
      List<String> body = lines.subList(firstLine - 1, lastLine);
      if (!body.isEmpty()) {
        budget.check(PHASE, body.size());
      }
      // the text joined only when asked for (the rules read most sections from the lines)
      sections.add(Section.ofLines(number, headingLine, firstLine, lastLine, body));
    }
    return sections;
  }

  /** How many lines before a report's 一 its title is looked for. */
  private static final int TITLE_LINES = 3;

  /**
   * The line (0-based) of a report's title ({@code …年度报告}, {@code …工作报告}: a short line) among the
   * few lines before line {@code first}, or -1.
   */
  private static int titleBefore(List<String> lines, int first) {
    for (int k = first - 1, seen = 0; k >= 0 && seen < TITLE_LINES; k--) {
      String line = lines.get(k);
      if (line == null || line.isBlank()) {
        continue;
      }
      seen++;
      String sq = Normalise.squeeze(line);
      if (sq.length() <= MAX_HEADING_CHARS + 20 && (sq.endsWith("年度报告") || sq.endsWith("工作报告"))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The section number (1–6) a line is the heading of, or 0 when it is not a heading.
   *
   * <p>Matching is on the normalised line, so {@code 四．} (full-width stop) and spaced headings
   * match.
   */
  public static int headingNumber(String line) {
    return mayStartWithNumeral(line) ? numberOf(Normalise.label(line)) : 0;
  }

  /** {@link Normalise#label} of the i-th line (not null), from its shared squeezed form. */
  private static String labelOf(LineForms forms, int i) {
    return Normalise.labelOfSqueezed(forms.squeezed(i));
  }

  /** {@link #headingNumber} of a line given as its {@link Normalise#label}. */
  private static int numberOf(String s) {
    if (s.length() < 3) {
      return 0;
    }
    int number = NUMERALS.indexOf(s.charAt(0)) + 1;
    char stop = s.charAt(1);
    if (number == 0 || (stop != '、' && stop != '.' && stop != ',')) {
      return 0;
    }
    String rest = s.substring(2);
    if (rest.length() > MAX_HEADING_CHARS) {
      return 0;
    }
    return isHeadingText(number, rest) ? number : 0;
  }

  /**
   * False when the line's first non-space character is one NFKC leaves alone and is not a section
   * numeral, or a full-width form (U+FF01 to U+FF5E, such as the {@code （} of {@code （一）}), which
   * NFKC makes an ASCII character: such a line is no heading, and most lines are ruled out without
   * normalising them.
   */
  private static boolean mayStartWithNumeral(String line) {
    if (line == null) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Normalise.isSpace(c)) {
        return mayStartWithNumeral(c);
      }
    }
    return false;
  }

  /**
   * {@link #mayStartWithNumeral(String)} of a line whose first printed character is {@code first}
   * ({@link LineForms#firstPrinted}: -1 for a blank line).
   */
  private static boolean mayStartWithNumeral(int first) {
    if (first < 0) {
      return false;
    }
    char c = (char) first;
    // the plain-character test first: it rules out most characters, and numerals are plain
    return !(Normalise.isPlainChar(c) || (c >= '\uFF01' && c <= '\uFF5E'))
        || NUMERALS.indexOf(c) >= 0;
  }

  /** True when {@code rest} (the heading without numeral) is a known text of section n. */
  private static boolean isHeadingText(int n, String rest) {
    return switch (n) {
      case 1 ->
          rest.length() <= 20
              && (rest.contains("总体情况")
                  || rest.contains("概述")
                  || rest.equals("基本情况")
                  || rest.equals("工作基本情况"));
      case 2 -> rest.length() <= 20 && rest.contains("主动公开") && !rest.contains("申请");
      case 3 -> rest.length() <= 30 && (rest.contains("收到和处理") || rest.contains("政府信息公开申请情况"));
      case 4 -> rest.contains("行政复议") && rest.contains("行政诉讼");
      case 5 -> rest.contains("问题") && (rest.contains("改进") || rest.contains("存在"));
      case 6 -> rest.length() <= 20 && rest.contains("需要报告");
      default -> false;
    };
  }
}
