package ogireports.html;

import java.util.List;

/**
 * The frame a spreadsheet previewer or an Excel-to-HTML export draws around a sheet's cells: a
 * header row of column letters ({@code A B C …} under an empty corner) and a first column of row
 * numbers ({@code 1 2 3 …}). They are the viewer's, not the report's: read as cells, each row
 * numbered by the frame gets one value too many and the letters row is taken for a header.
 *
 * <p>The frame is recognised only when it is unmistakable: a row whose first field is empty and
 * whose other fields are the column letters in order from {@code A}, one per column of the grid (at
 * least {@link #MIN_LETTERS}), and every row after it led by its row number, counting up by one
 * from the first. A table with only one of the two, or whose letters or numbers skip, is left as
 * printed.
 *
 * <p>Hand-written: a check of two sequences on the rendered grid, where the spans are already
 * expanded so each field stands in its column.
 */
final class SpreadsheetFrame {

  /** Fewest column letters that make a letters row (a table 四 row has 16 columns, 三 has 10). */
  static final int MIN_LETTERS = 3;

  private SpreadsheetFrame() {}

  /**
   * The index of the letters row when the grid is framed as a spreadsheet (the letters row, with
   * every later row led by its row number), else -1.
   *
   * @param grid the rows' fields, spans expanded
   */
  static int lettersRow(List<String[]> grid) {
    for (int r = 0; r < grid.size(); r++) {
      String[] fields = grid.get(r);
      if (allBlank(fields)) {
        continue;
      }
      if (!isLettersRow(fields)) {
        return -1; // the frame's letters row comes first
      }
      return numberedAfter(grid, r) ? r : -1;
    }
    return -1;
  }

  /** The grid without the letters row and the row-number column. */
  static void strip(List<String[]> grid, List<Integer> lines, List<Boolean> hasCells, int row) {
    grid.remove(row);
    lines.remove(row);
    hasCells.remove(row);
    for (int r = 0; r < grid.size(); r++) {
      String[] fields = grid.get(r);
      String[] rest = new String[Math.max(0, fields.length - 1)];
      System.arraycopy(fields, 1, rest, 0, rest.length);
      grid.set(r, rest);
    }
  }

  private static boolean isLettersRow(String[] fields) {
    if (fields.length < MIN_LETTERS + 1 || !blank(fields[0])) {
      return false;
    }
    for (int c = 1; c < fields.length; c++) {
      if (!columnName(c - 1).equals(fields[c] == null ? "" : fields[c].strip())) {
        return false;
      }
    }
    return true;
  }

  /** Every row after {@code letters} with fields is led by its number, 1, 2, 3 … in order. */
  private static boolean numberedAfter(List<String[]> grid, int letters) {
    long expected = -1;
    int numbered = 0;
    for (int r = letters + 1; r < grid.size(); r++) {
      String[] fields = grid.get(r);
      if (allBlank(fields)) {
        continue;
      }
      String first = fields[0] == null ? "" : fields[0].strip();
      if (first.isEmpty()
          || first.length() > 6
          || !first.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        return false;
      }
      long n = Long.parseLong(first);
      if (expected >= 0 && n != expected) {
        return false;
      }
      expected = n + 1;
      numbered++;
    }
    return numbered > 0;
  }

  /** A spreadsheet's name of column k (0-based): A … Z, AA, AB … */
  static String columnName(int k) {
    StringBuilder name = new StringBuilder();
    int n = k + 1;
    while (n > 0) {
      int d = (n - 1) % 26;
      name.insert(0, (char) ('A' + d));
      n = (n - 1) / 26;
    }
    return name.toString();
  }

  private static boolean allBlank(String[] fields) {
    for (String f : fields) {
      if (!blank(f)) {
        return false;
      }
    }
    return true;
  }

  private static boolean blank(String f) {
    return f == null || f.isBlank();
  }
}
