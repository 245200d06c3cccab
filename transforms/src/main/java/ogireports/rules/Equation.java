package ogireports.rules;

import java.util.List;

/**
 * Evaluates one instance of an exact arithmetic rule {@code Σ left = Σ right} with the blank
 * handling of spec §3: a blank cell counts as 0 ({@code with_blanks}); a blank total whose
 * components are not all blank or 0 makes the instance NOT_ASSESSABLE ({@code blank_total}); an
 * unreadable cell makes it NOT_ASSESSABLE ({@code unreadable}); a missing cell (row absent or
 * incomplete) makes it {@link Kind#MISSING}, which callers report once per rule.
 */
final class Equation {

  private Equation() {}

  enum Kind {
    PASS,
    FAIL,
    MISSING,
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
    if (anyMissing(left) || anyMissing(right)) {
      return new Result(Kind.MISSING, 0, 0, false);
    }
    boolean withBlanks = anyBlank(left) || anyBlank(right);
    if (anyUnreadable(left) || anyUnreadable(right)) {
      return new Result(Kind.UNREADABLE, 0, 0, withBlanks);
    }
    if (anyBlankTotal(left) || anyBlankTotal(right)) {
      return new Result(Kind.BLANK_TOTAL, 0, 0, withBlanks);
    }
    double l = sum(left);
    double r = sum(right);
    Kind kind = Math.abs(l - r) < 1e-9 ? Kind.PASS : Kind.FAIL;
    return new Result(kind, l, r, withBlanks);
  }

  private static boolean anyMissing(List<Term> terms) {
    for (Term t : terms) {
      if (t.isMissing()) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyUnreadable(List<Term> terms) {
    for (Term t : terms) {
      if (t.isUnreadable()) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyBlankTotal(List<Term> terms) {
    for (Term t : terms) {
      if (t.isBlankTotal()) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyBlank(List<Term> terms) {
    for (Term t : terms) {
      if (t.cell() != null && t.cell().blank()) {
        return true;
      }
    }
    return false;
  }

  private static double sum(List<Term> terms) {
    double s = 0;
    for (Term t : terms) {
      if (t.cell().isNumber()) {
        s += t.cell().value();
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
