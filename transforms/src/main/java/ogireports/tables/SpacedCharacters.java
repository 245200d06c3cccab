package ogireports.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * A text printed with a space between every character, digits too ({@code 1 5} for 15), its table
 * cells set apart by a wider gap ({@code 1 2 3 0}), as some PDF readers' OCR and text layers print
 * a scan: the text with each cell's characters put together again and its cells separated by tabs.
 *
 * <p>Why: read as printed, every digit of such a text is a cell, so a row holding a number of two
 * digits has one cell too many and is left incomplete. The gap between characters is the same
 * everywhere, in labels, prose and numbers; only the cells' gap is wider, and the text shows it.
 * The text is taken to be so printed when most of its lines holding Chinese are spaced (no two
 * characters side by side) and its table rows show the wider gap between numbers; in each spaced
 * line a single space is then inside a cell and a wider gap (two or more spaces, a tab) between
 * cells. Lines not spaced are left as they are. A text whose cells are set apart by single spaces
 * like its characters does not tell which digits are one number: it is not put together.
 *
 * <p>The tables read from the text so put together are kept only where their own arithmetic
 * confirms them ({@link OcrTables#confirmed}), as for OCR's letters.
 */
final class SpacedCharacters {

  /** Fewest spaced lines holding Chinese that make a spaced text. */
  private static final int MIN_SPACED_LINES = 5;

  /** Fewest lines with numbers set apart by the wider gap (table rows) that show the cells' gap. */
  private static final int MIN_GAP_ROWS = 3;

  /** Fewest ideographs that make a line one holding Chinese. */
  private static final int MIN_HAN = 4;

  private SpacedCharacters() {}

  /**
   * The text with the characters of each cell put together and cells separated by tabs, or null
   * when the text is not printed spaced with a wider gap between cells.
   */
  static List<String> cellsOf(List<String> lines) {
    int han = 0;
    int spaced = 0;
    int gapRows = 0;
    for (String line : lines) {
      if (line == null) {
        continue;
      }
      String s = stripped(line);
      if (s.isEmpty()) {
        continue;
      }
      boolean isSpaced = isSpaced(s);
      if (hanCount(s) >= MIN_HAN) {
        han++;
        if (isSpaced) {
          spaced++;
        }
      }
      if (isSpaced && numbersApart(s)) {
        gapRows++;
      }
    }
    if (spaced < MIN_SPACED_LINES || 5 * spaced < 4 * han || gapRows < MIN_GAP_ROWS) {
      return null;
    }
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (line == null) {
        out.add(null);
        continue;
      }
      String s = stripped(line);
      out.add(s.isEmpty() || !isSpaced(s) ? line : putTogether(s));
    }
    return out;
  }

  /** True when no two characters of the (stripped, non-empty) line stand side by side. */
  static boolean isSpaced(String s) {
    if (s.length() < 3) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!isGap(s.charAt(i)) && !isGap(s.charAt(i - 1))) {
        return false;
      }
    }
    return true;
  }

  /** True when a digit is followed by a gap of two or more whitespace characters and a digit. */
  private static boolean numbersApart(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        continue;
      }
      int j = i + 1;
      while (j < s.length() && isGap(s.charAt(j))) {
        j++;
      }
      if (j - i - 1 >= 2 && j < s.length() && isDigit(s.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  /** The line's cells, each with its single spaces removed, separated by tabs. */
  private static String putTogether(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!isGap(c)) {
        out.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < s.length() && isGap(s.charAt(j))) {
        j++;
      }
      if (j - i >= 2 || c == '\t') {
        out.append('\t');
      }
      i = j;
    }
    return out.toString();
  }

  private static String stripped(String line) {
    int from = 0;
    int to = line.length();
    while (from < to && isGap(line.charAt(from))) {
      from++;
    }
    while (to > from && isGap(line.charAt(to - 1))) {
      to--;
    }
    return line.substring(from, to);
  }

  private static boolean isGap(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static int hanCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x4E00 && c <= 0x9FFF) {
        n++;
      }
    }
    return n;
  }
}
