package ogireports.tables;

import java.util.List;
import ogireports.text.Normalise;

/**
 * Whether a table that was not read is printed in the text, and whether the text goes on past it.
 *
 * <p>Why: a missing table is a structural error of the report ({@code T3_SHAPE}/{@code T4_SHAPE}
 * FAIL) only when the report is complete and does not print it. A table whose heading, header or
 * labels are printed but whose cells could not be read is a limit of the reading, and a text that
 * ends inside or before the table (an excerpt, a page of a flip-book) cannot tell: both are
 * NOT_ASSESSABLE, with detail {@code printed_not_read} or {@code cut_short}.
 *
 * <p>The evidence is looked for in the text with its whitespace removed (labels wrapped or glued
 * are found alike), with plain substring search: linear in the text.
 */
public final class TablePresence {

  /** What the text says about a table that was not read. */
  public enum Presence {
    /** No sign of the table in a text that goes on past where it belongs: absent as printed. */
    ABSENT("absent"),
    /** The table's heading, header or labels are printed, and the text goes on past it. */
    PRINTED("printed_not_read"),
    /** The text ends inside the table or before it. */
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

  /** Texts only table 三 (its heading, header or row labels) prints. */
  private static final List<String> T3_SIGNS =
      List.of("收到和处理政府信息公开申请", "申请人情况", "勾稽关系", "本年新收政府信息公开申请", "上年结转政府信息公开申请", "结转下年度继续办理");

  /** Texts only table 四 (its heading or header) prints. */
  private static final List<String> T4_SIGNS =
      List.of(
          "行政复议、行政诉讼情况",
          "行政复议和提起行政诉讼",
          "行政复议、提起行政诉讼情况",
          "行政复议提起行政诉讼情况",
          "未经复议直接起诉",
          "复议后起诉",
          "结果维持",
          "结果维护");

  /** Texts printed after table 三 (its last row, table 四, sections 五 and 六). */
  private static final List<String> AFTER_T3 =
      List.of("结转下年度继续办理", "行政诉讼", "存在的主要问题", "改进情况", "需要报告的事项");

  /** Texts printed after table 四 (sections 五 and 六). */
  private static final List<String> AFTER_T4 = List.of("存在的主要问题", "存在问题", "改进情况", "需要报告的事项");

  private TablePresence() {}

  /** What the text says about table 三 when it was not read. */
  public static Presence applications(List<String> lines) {
    return presence(squeezed(lines), T3_SIGNS, AFTER_T3);
  }

  /** What the text says about table 四 when it was not read. */
  public static Presence reviewLitigation(List<String> lines) {
    return presence(squeezed(lines), T4_SIGNS, AFTER_T4);
  }

  private static Presence presence(String text, List<String> signs, List<String> after) {
    int sign = first(text, signs, 0);
    if (sign < 0) {
      return first(text, after, 0) >= 0 ? Presence.ABSENT : Presence.CUT_SHORT;
    }
    // The text goes on past the table when what follows it is printed after its first sign
    // (past the sign itself: 结转下年度继续办理 is both the last row and a sign of the table).
    return first(text, after, sign + 1) >= 0 ? Presence.PRINTED : Presence.CUT_SHORT;
  }

  /** Start of the first of {@code texts} at or after {@code from}, or -1. */
  private static int first(String text, List<String> texts, int from) {
    int best = -1;
    for (String t : texts) {
      int at = text.indexOf(t, from);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  private static String squeezed(List<String> lines) {
    StringBuilder out = new StringBuilder();
    if (lines != null) {
      for (String line : lines) {
        if (line != null) {
          out.append(Normalise.label(line));
        }
      }
    }
    return out.toString();
  }
}
