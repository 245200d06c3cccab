package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.CellValue;
import ogireports.model.RowStatus;

/**
 * The marks an OCR engine prints for a glyph it could not read, inside a table cell or in place of
 * one: {@code 1■9}, {@code 5■}, {@code ▇▇}, {@code □□}, {@code ?}.
 *
 * <p>Why: a scan's faint or small digits come out of OCR as a block, a box or a question mark. Cut
 * at the mark, {@code 1■9} would be two numbers, 1 and 9, and a mark standing for a whole cell
 * would drop out: the row would then show the template's count of numbers with the wrong ones in
 * the wrong columns, and a cell taken for its 总计. A word made of digits and such marks is one
 * illegible cell, kept in its place so that the columns after it stay where they are: a legible 总计
 * after it is read, an illegible one is not, and no value is made of the digits around a mark. In a
 * line cut into words, a word of marks alone is an illegible cell only on a line that holds numbers
 * (a row of the table), not a list's bullet before a line of text; a field or line of its own made
 * of marks is one. A table showing such marks was read by OCR, and there a row whose legible cells
 * do not add up to its 总计 is not taken as printed: the OCR may have split a number or lost a cell
 * ({@link #damaged}).
 */
final class OcrMarks {

  /** Longest word read as one illegible cell: a count's digits and its marks. */
  private static final int MAX_CHARS = 8;

  private OcrMarks() {}

  /**
   * True for a character OCR prints for a glyph it could not read: the block elements ({@code ▇ █
   * ▌}), the filled and empty squares ({@code ■ □ ▪ ▫}), the replacement character and a question
   * mark (ASCII or full-width).
   */
  static boolean isMark(char c) {
    return (c >= '\u2580' && c <= '\u259F') // ▀ … ▇ █ … ▟
        || (c >= '\u25A0' && c <= '\u25AB') // ■ □ ▢ ▣ … ▪ ▫
        || c == '?'
        || c == '？'
        || c == '\uFFFD';
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /**
   * True for {@code s[from, to)} made only of digits and marks, with a mark among them and at most
   * {@link #MAX_CHARS} characters: a cell OCR could not read (whole, or some of its digits).
   */
  static boolean isIllegible(String s, int from, int to) {
    if (to <= from || to - from > MAX_CHARS) {
      return false;
    }
    boolean mark = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (isMark(c)) {
        mark = true;
      } else if (!isDigit(c)) {
        return false;
      }
    }
    return mark;
  }

  /** {@link #isIllegible(String, int, int)} of a whole text. */
  static boolean isIllegible(String text) {
    return isIllegible(text, 0, text.length());
  }

  /**
   * True when the word {@code s[from, to)}, made of digits and marks ({@link #isIllegible(String,
   * int, int)}), is a cell: it holds a digit, or the line holds a number standing apart (a row of
   * the table, not a bullet before a line of text).
   */
  static boolean isCellOf(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isDigit(s.charAt(i))) {
        return true;
      }
    }
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (isDigit(s.charAt(i))
          && (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '\u3000')) {
        int end = i;
        while (end < n && isDigit(s.charAt(end))) {
          end++;
        }
        if (end == n || Character.isWhitespace(s.charAt(end)) || s.charAt(end) == '\u3000') {
          return true;
        }
        i = end;
      }
    }
    return false;
  }

  /**
   * True when the row's value cells show OCR's marks: the text of the table was read by OCR, and
   * its rows' numbers are checked before they are taken as printed.
   */
  static boolean damaged(List<ApplicationTableReader.DraftRow> rows) {
    for (ApplicationTableReader.DraftRow d : rows) {
      for (Cell v : d.values()) {
        if (isIllegible(v.raw())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The rows of a table showing OCR's marks ({@link #damaged}), each row whose cells are all
   * legible but do not add up to its 总计 left with no cells: in OCR's text the numbers may be a
   * split number or a lost cell ({@code 1 9} for 119), so which one is the 总计 is not determined. A
   * problem is added for each. Rows read with an illegible cell, or that add up, are kept.
   */
  static List<ApplicationRow> withoutUnconfirmedTotals(
      List<ApplicationRow> rows, List<String> problems) {
    List<ApplicationRow> out = new ArrayList<>(rows.size());
    for (ApplicationRow row : rows) {
      if (row.status() == RowStatus.OK && !addsUp(row.cells())) {
        problems.add(
            row.rowId()
                + ": cells do not add up to the 总计 in a table OCR printed with illegible cells;"
                + " not read");
        out.add(
            new ApplicationRow(
                row.rowId(), row.label(), List.of(), RowStatus.INCOMPLETE, row.sourceLine()));
      } else {
        out.add(row);
      }
    }
    return out;
  }

  /** False when every cell is a count and the first six do not add up to the 总计. */
  private static boolean addsUp(List<CellValue> cells) {
    long sum = 0;
    for (int k = 0; k < cells.size(); k++) {
      Long v = cells.get(k).asCount();
      if (v == null) {
        return true; // an illegible cell: nothing to check
      }
      if (k != ApplicantColumn.TOTAL.ordinal()) {
        sum += v;
      }
    }
    return cells.size() != ApplicantColumn.values().length
        || sum == cells.get(ApplicantColumn.TOTAL.ordinal()).asCount();
  }
}
