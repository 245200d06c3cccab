package ogireports.rules;

import java.util.List;
import ogireports.model.CellValue;

/**
 * Evaluates one instance of an exact arithmetic rule {@code Σ left = Σ right} with the blank
 * handling of spec §3: a blank cell counts as 0 ({@code with_blanks}); a blank total whose
 * components are not all blank or 0 makes the instance NOT_ASSESSABLE ({@code blank_total}); an
 * unreadable cell makes it NOT_ASSESSABLE ({@code unreadable}); a missing cell (row absent or
 * incomplete) makes it {@link Kind#MISSING}, and a cell of a column the table does not print {@link
 * Kind#NOT_PRINTED}, which callers report once per rule.
 */
final class Equation {

  private Equation() {}

  enum Kind {
    PASS,
    FAIL,
    MISSING,
    NOT_PRINTED,
    UNREADABLE,
    BLANK_TOTAL
  }

  /**
   * The outcome of one instance.
   *
   * @param kind the outcome
   * @param left Σ left (0 unless PASS or FAIL)
   * @param right Σ right (0 unless PASS or FAIL)
   * @param withBlanks whether a blank cell was counted as 0
   */
  record Result(Kind kind, double left, double right, boolean withBlanks) {

    /** The detail qualifier of a FAIL or NOT_ASSESSABLE outcome. */
    String detail() {
      return switch (kind) {
        case FAIL -> withBlanks ? "with_blanks" : null;
        case UNREADABLE -> withBlanks ? "unreadable;with_blanks" : "unreadable";
        case BLANK_TOTAL -> "blank_total";
        default -> null;
      };
    }
  }

  static Result evaluate(List<Term> left, List<Term> right) {
    int l = what(left);
    int r = what(right);
    int both = l | r;
    if ((both & MISSING) != 0) {
      return new Result(Kind.MISSING, 0, 0, false);
    }
    if ((both & NOT_PRINTED) != 0) {
      return new Result(Kind.NOT_PRINTED, 0, 0, false);
    }
    boolean withBlanks = (both & BLANK) != 0;
    if ((both & UNREADABLE) != 0) {
      return new Result(Kind.UNREADABLE, 0, 0, withBlanks);
    }
    if ((both & BLANK_TOTAL) != 0) {
      return new Result(Kind.BLANK_TOTAL, 0, 0, withBlanks);
    }
    double sl = sum(left);
    double sr = sum(right);
    Kind kind = Math.abs(sl - sr) < 1e-9 ? Kind.PASS : Kind.FAIL;
    return new Result(kind, sl, sr, withBlanks);
  }

  private static final int MISSING = 1;
  private static final int BLANK = 2;
  private static final int UNREADABLE = 4;
  private static final int BLANK_TOTAL = 8;
  private static final int NOT_PRINTED = 16;

  /**
   * What the terms hold, in one pass: {@link #MISSING}, {@link #NOT_PRINTED}, {@link #BLANK},
   * {@link #UNREADABLE}, {@link #BLANK_TOTAL} (each bit set when some term is so).
   */
  private static int what(List<Term> terms) {
    int out = 0;
    for (int i = 0, n = terms.size(); i < n; i++) {
      Term t = terms.get(i);
      CellValue cell = t.cell();
      if (cell == null) {
        out |= MISSING;
        continue;
      }
      if (cell.isNotPrinted()) {
        out |= NOT_PRINTED;
      } else if (cell.blank()) {
        out |= BLANK;
        if (t.isBlankTotal()) {
          out |= BLANK_TOTAL;
        }
      } else if (cell.value() == null) {
        out |= UNREADABLE;
      }
    }
    return out;
  }

  private static double sum(List<Term> terms) {
    double s = 0;
    for (int i = 0, n = terms.size(); i < n; i++) {
      CellValue cell = terms.get(i).cell();
      if (cell.isNumber()) {
        s += cell.value();
      }
    }
    return s;
  }

  /** A number as a person writes it: {@code 4}, {@code -19}, {@code 46.278}. */
  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 9.0e15) {
      return Long.toString((long) v);
    }
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
