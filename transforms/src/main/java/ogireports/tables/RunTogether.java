package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import ogireports.text.Normalise;
import ogireports.values.FootnoteMarks;
import ogireports.values.Numbers;
import ogireports.values.ValueNormaliser;

/**
 * Splits a table 三 row whose cell separators were lost ({@code 640020470} for 64, 0, 0, 2, 0, 4,
 * 70) back into cells, listing every split the row's own arithmetic admits; and joins a row whose
 * cells OCR broke over lines ({@code 1⏎5} for 15) back into cells the same way ({@link #joins}).
 *
 * <p>A split cuts the printed digits into as many numbers as the row has columns, never inside a
 * printed boundary (a cell edge or whitespace), never giving a number a leading zero, and keeps
 * only the splits where the total column equals the sum of the six applicant columns (and an extra
 * 小计 column equals the sum of the five organisation columns). The search is bounded: rows with more
 * than {@link #MAX_DIGITS} digits are not tried, and branches whose running sum already exceeds the
 * largest total the remaining digits can print are cut.
 */
final class RunTogether {

  /** Longest digit run tried; beyond it a row is left incomplete. */
  static final int MAX_DIGITS = 20;

  /** Longest number one cell may take (keeps sums within a long). */
  private static final int MAX_PART_DIGITS = 15;

  /** Enough candidates to know a row is ambiguous; the search stops there. */
  static final int MAX_CANDIDATES = 64;

  private RunTogether() {}

  /**
   * The digit pieces of a row's value cells, split at whitespace, or null when a cell holds
   * anything but ASCII digits and whitespace after NFKC (signs, units, blanks, decimals).
   */
  static List<String> pieces(List<Cell> values) {
    List<String> pieces = new ArrayList<>();
    int digits = 0;
    for (Cell c : values) {
      String text = Normalise.nfkc(FootnoteMarks.without(c.raw()));
      StringBuilder piece = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (Numbers.isDigit(ch)) {
          piece.append(ch);
          digits++;
        } else if (Normalise.isSpace(ch)) {
          if (piece.length() > 0) {
            pieces.add(piece.toString());
            piece.setLength(0);
          }
        } else {
          return null;
        }
        if (digits > MAX_DIGITS) {
          return null;
        }
      }
      if (piece.length() > 0) {
        pieces.add(piece.toString());
      }
    }
    return pieces.isEmpty() ? null : pieces;
  }

  /**
   * True when the pieces can be a run-together row of {@code parts} cells: no more pieces than
   * cells (a cell printed as {@code 64 0 0 2 0 4 70} has as many), at least as many digits, and no
   * more than {@link #MAX_DIGITS} digits.
   */
  static boolean applies(List<String> pieces, int parts) {
    if (pieces == null || pieces.size() > parts) {
      return false;
    }
    int digits = 0;
    for (String p : pieces) {
      digits += p.length();
    }
    return digits >= parts && digits <= MAX_DIGITS;
  }

  /**
   * Every split of the pieces into {@code parts} numbers (7, or 8 with a 小计 column at {@code
   * subtotal}) that satisfies the row total, each as 7 values in applicant-column order; at most
   * {@link #MAX_CANDIDATES} are returned.
   */
  static List<long[]> splits(List<String> pieces, int parts, int subtotal) {
    List<long[]> out = new ArrayList<>();
    if (pieces == null || pieces.size() > parts) {
      return out;
    }
    StringBuilder all = new StringBuilder();
    boolean[] boundary = new boolean[MAX_DIGITS + 2];
    for (String p : pieces) {
      all.append(p);
      boundary[all.length()] = true;
    }
    String digits = all.toString();
    if (digits.length() < parts || digits.length() > MAX_DIGITS) {
      return out;
    }
    search(digits, boundary, 0, new long[parts], 0, parts, subtotal, out);
    return out;
  }

  private static void search(
      String digits,
      boolean[] boundary,
      int pos,
      long[] acc,
      int k,
      int parts,
      int subtotal,
      List<long[]> out) {
    if (out.size() >= MAX_CANDIDATES) {
      return;
    }
    int remaining = digits.length() - pos;
    if (k == parts - 1) {
      if (remaining > MAX_PART_DIGITS || !wellFormed(digits, pos, digits.length())) {
        return;
      }
      acc[k] = Long.parseLong(digits.substring(pos));
      long[] row = toColumns(acc, subtotal);
      if (row != null) {
        out.add(row);
      }
      return;
    }
    // Running sum of the applicant columns so far must not exceed any total still printable.
    int partsLeft = parts - k;
    for (int end = pos + 1; end <= digits.length() - (partsLeft - 1); end++) {
      if (end - pos > MAX_PART_DIGITS) {
        break;
      }
      if (!canCut(boundary, pos, end, digits.length())) {
        continue;
      }
      if (!wellFormed(digits, pos, end)) {
        break;
      }
      acc[k] = Long.parseLong(digits.substring(pos, end));
      int totalDigitsLeft = digits.length() - end - (partsLeft - 2);
      if (k != subtotal && exceedsTotal(acc, k, subtotal, totalDigitsLeft)) {
        break;
      }
      search(digits, boundary, end, acc, k + 1, parts, subtotal, out);
    }
  }

  /** True when no printed boundary lies strictly inside {@code (from, to)}. */
  private static boolean canCut(boolean[] boundary, int from, int to, int length) {
    for (int i = from + 1; i < to; i++) {
      if (boundary[i]) {
        return false;
      }
    }
    return true;
  }

  /** A number is "0" or does not start with 0. */
  private static boolean wellFormed(String digits, int from, int to) {
    return to - from == 1 || digits.charAt(from) != '0';
  }

  /** True when the applicant columns so far already sum past the largest possible total. */
  private static boolean exceedsTotal(long[] acc, int k, int subtotal, int totalDigitsLeft) {
    if (totalDigitsLeft >= MAX_PART_DIGITS) {
      return false;
    }
    long sum = 0;
    for (int i = 0; i <= k; i++) {
      if (i != subtotal) {
        sum += acc[i];
      }
    }
    long max = 1;
    for (int i = 0; i < Math.max(totalDigitsLeft, 1); i++) {
      max *= 10;
    }
    return sum >= max;
  }

  /** The 7 applicant columns of a split, or null when its totals do not add up. */
  private static long[] toColumns(long[] acc, int subtotal) {
    long[] row = new long[7];
    int j = 0;
    for (int i = 0; i < acc.length; i++) {
      if (i != subtotal) {
        row[j++] = acc[i];
      }
    }
    if (j != 7) {
      return null;
    }
    long sum = 0;
    for (int c = 0; c < 6; c++) {
      sum += row[c];
    }
    if (sum != row[6]) {
      return null;
    }
    if (subtotal >= 0) {
      long orgs = 0;
      for (int c = 1; c < 6; c++) {
        orgs += row[c];
      }
      if (orgs != acc[subtotal]) {
        return null;
      }
    }
    return row;
  }

  /**
   * Most pieces one cell may be joined from: OCR breaks a cell of two or three digits over as many
   * lines.
   */
  static final int MAX_PIECES_PER_CELL = 3;

  /**
   * Every joining of a row's pieces into {@code parts} numbers (7, or 8 with a 小计 column at {@code
   * subtotal}) that satisfies the row total, each as 7 values in applicant-column order; at most
   * {@link #MAX_CANDIDATES}. A row whose cells OCR broke over lines ({@code 1⏎5} for 15) prints
   * more pieces than the table has columns: each number is one or more consecutive pieces joined,
   * never giving a number a leading zero; a cell of {@code 〇} or {@code ○} alone is a piece of 0
   * that no joining extends, as {@link ValueNormaliser#isTypedZero} reads it. Null when a cell is
   * not one plain run of digits or when the row prints no more pieces than columns, or more than
   * {@link #MAX_PIECES_PER_CELL} per column.
   */
  static List<long[]> joins(List<Cell> values, int parts, int subtotal) {
    if (values.size() <= parts || values.size() > parts * MAX_PIECES_PER_CELL) {
      return null;
    }
    List<String> pieces = new ArrayList<>(values.size());
    for (Cell c : values) {
      String text = Normalise.nfkc(FootnoteMarks.without(c.raw())).strip();
      if (text.isEmpty()) {
        return null;
      }
      if (ValueNormaliser.isTypedZero(text)) {
        pieces.add(TYPED_ZERO); // a cell of 0, never part of a longer number
        continue;
      }
      for (int i = 0; i < text.length(); i++) {
        if (!Numbers.isDigit(text.charAt(i))) {
          return null;
        }
      }
      pieces.add(text);
    }
    List<long[]> out = new ArrayList<>();
    joinSearch(pieces, 0, new long[parts], 0, subtotal, out);
    return out;
  }

  private static void joinSearch(
      List<String> pieces, int from, long[] acc, int k, int subtotal, List<long[]> out) {
    if (out.size() >= MAX_CANDIDATES) {
      return;
    }
    if (k == acc.length) {
      if (from == pieces.size()) {
        long[] row = toColumns(acc, subtotal);
        if (row != null) {
          out.add(row);
        }
      }
      return;
    }
    int partsLeft = acc.length - k;
    StringBuilder number = new StringBuilder();
    for (int end = from;
        end < from + MAX_PIECES_PER_CELL && end <= pieces.size() - partsLeft;
        end++) {
      String piece = pieces.get(end);
      if (piece == TYPED_ZERO) {
        if (end > from) {
          return;
        }
        acc[k] = 0;
        joinSearch(pieces, end + 1, acc, k + 1, subtotal, out);
        return;
      }
      number.append(piece);
      if (number.length() > MAX_PART_DIGITS || (number.length() > 1 && number.charAt(0) == '0')) {
        return;
      }
      acc[k] = Long.parseLong(number.toString());
      joinSearch(pieces, end + 1, acc, k + 1, subtotal, out);
    }
  }

  /** The piece a typed zero ({@code 〇}, {@code ○}) stands as: compared by identity. */
  @SuppressWarnings("StringOperationCanBeSimplified")
  private static final String TYPED_ZERO = new String("0");

  /** Longest digit run tried as the 15 cells of table 四. */
  static final int MAX_REVIEW_DIGITS = 45;

  /**
   * Every split of table 四's digits into its 15 cells (3 groups of 维持, 纠正, 其他, 尚未审结, 总计) in which
   * every group's 总计 is the sum of its other four, never cutting inside a printed boundary nor
   * giving a number a leading zero; at most {@link #MAX_CANDIDATES}. Null when the cells are not
   * plain digits or have too few or too many digits.
   */
  static List<long[]> reviewSplits(List<Cell> values, int cells, int perGroup) {
    StringBuilder all = new StringBuilder();
    List<Integer> edges = new ArrayList<>();
    for (Cell c : values) {
      String text = Normalise.nfkc(FootnoteMarks.without(c.raw()));
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (Numbers.isDigit(ch)) {
          all.append(ch);
        } else if (Normalise.isSpace(ch)) {
          edges.add(all.length());
        } else {
          return null;
        }
        if (all.length() > MAX_REVIEW_DIGITS) {
          return null;
        }
      }
      edges.add(all.length());
    }
    String digits = all.toString();
    if (digits.length() < cells) {
      return null;
    }
    boolean[] boundary = new boolean[digits.length() + 1];
    for (int e : edges) {
      boundary[e] = true;
    }
    List<long[]> out = new ArrayList<>();
    reviewSearch(digits, boundary, 0, new long[cells], 0, perGroup, out);
    return out;
  }

  private static void reviewSearch(
      String digits,
      boolean[] boundary,
      int pos,
      long[] acc,
      int k,
      int perGroup,
      List<long[]> out) {
    if (out.size() >= MAX_CANDIDATES) {
      return;
    }
    if (k == acc.length) {
      if (pos == digits.length()) {
        out.add(acc.clone());
      }
      return;
    }
    int left = acc.length - k;
    if (digits.length() - pos < left) {
      return;
    }
    if (k % perGroup == perGroup - 1) {
      // The group's total is the sum of its parts: it must be printed next.
      long sum = 0;
      for (int i = k - perGroup + 1; i < k; i++) {
        sum += acc[i];
      }
      String total = Long.toString(sum);
      int end = pos + total.length();
      if (digits.startsWith(total, pos) && canCut(boundary, pos, end, digits.length())) {
        acc[k] = sum;
        reviewSearch(digits, boundary, end, acc, k + 1, perGroup, out);
      }
      return;
    }
    for (int end = pos + 1; end <= digits.length() - (left - 1); end++) {
      if (end - pos > MAX_PART_DIGITS || !canCut(boundary, pos, end, digits.length())) {
        break;
      }
      if (!wellFormed(digits, pos, end)) {
        break;
      }
      acc[k] = Long.parseLong(digits.substring(pos, end));
      reviewSearch(digits, boundary, end, acc, k + 1, perGroup, out);
    }
  }
}
