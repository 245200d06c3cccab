package ogireports.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tables drawn with box-drawing characters, as a text browser prints a page's tables ({@code w3m
 * -dump}, and consoles' table printers): {@code ┌─┬─┐} rules, {@code │} between cells, a cell's
 * text wrapped over as many lines as its column is wide, a merged cell's text at the middle of its
 * span; or drawn the same way in ASCII ({@code +---+---+} rules, {@code |} between cells: text
 * browsers without Unicode, table printers, grid tables). Each drawn table is rewritten as the
 * project's HTML tables are rendered (ogireports.html's {@code Renderer}): one line per table row,
 * cells separated by tabs, a merged cell's text in its first row and column and empty fields where
 * it spans, so that the table readers see the rows they know. The lines outside the drawn tables
 * stay as they are.
 *
 * <p>How a table is taken apart: its lines are laid out on a grid of display columns (a Chinese
 * character takes two, as the browser printed it); the box-drawing characters are the walls, and
 * every area they enclose is one cell, whose text is its lines' pieces joined (the browser wrapped
 * it where the column ended, inside words). The table's rows are the cells of its most finely
 * divided column; a cell belongs to the row its first line falls in. Written here: no library reads
 * a text browser's tables back.
 *
 * <p>A table is left as printed when its lines do not line up on one width (under either width of
 * the characters East Asian fonts print wide or narrow, the box-drawing characters themselves and
 * {@code “} among them: a browser told to print them wide draws every rule twice as wide), or when
 * it is larger than {@link #MAX_LINES} lines or {@link #MAX_WIDTH} columns.
 */
public final class BoxDrawnTables {

  /**
   * The lines with their drawn tables rewritten; {@code sourceLine[i]} is line i's 1-based input
   * line.
   */
  public record Rewritten(List<String> lines, int[] sourceLine, boolean changed) {}

  /** Longest drawn table rewritten, in lines. */
  static final int MAX_LINES = 2_000;

  /** Widest drawn table rewritten, in display columns. */
  static final int MAX_WIDTH = 600;

  private BoxDrawnTables() {}

  /** The lines with every drawn table rewritten as tab-separated rows. */
  public static Rewritten rewrite(List<String> lines) {
    int n = lines.size();
    List<String> out = null;
    int[] source = null;
    int i = 0;
    while (i < n) {
      int end = i < n && opensTable(lines.get(i)) ? tableEnd(lines, i) : i;
      List<Row> rows = end > i + 1 ? rows(lines.subList(i, end)) : null;
      if (rows == null) {
        if (out != null) {
          source[out.size()] = i + 1;
          out.add(lines.get(i));
        }
        i++;
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(n);
        source = new int[n];
        for (int k = 0; k < i; k++) {
          source[k] = k + 1;
          out.add(lines.get(k));
        }
      }
      for (Row row : rows) {
        source[out.size()] = i + row.line() + 1;
        out.add(row.text());
      }
      i = end;
    }
    if (out == null) {
      return new Rewritten(lines, null, false);
    }
    return new Rewritten(out, Arrays.copyOf(source, out.size()), true);
  }

  /** True for a box-drawing character (U+2500 to U+257F): a wall of a drawn table. */
  static boolean isWall(char c) {
    return c >= '\u2500' && c <= '\u257F';
  }

  /**
   * A drawn table's top line: {@code ┌───┬───┐} (light, heavy or double) or {@code +---+---+}
   * ({@code =} and {@code :} allowed in the rule), indented or not.
   */
  private static boolean opensTable(String line) {
    int k = firstPrinted(line);
    if (k < 0) {
      return false;
    }
    char c = line.charAt(k);
    if (c == '┌' || c == '┏' || c == '╔' || c == '╒' || c == '╓') {
      int end = line.stripTrailing().length();
      for (int j = k; j < end; j++) {
        if (!isWall(line.charAt(j))) {
          return false;
        }
      }
      return end - k >= 3;
    }
    return c == '+' && isAsciiRule(line.strip());
  }

  /** {@code +---+:==+}: pluses at both ends, dashes or equals signs between. */
  private static boolean isAsciiRule(String s) {
    if (s.length() < 3 || s.charAt(0) != '+' || s.charAt(s.length() - 1) != '+') {
      return false;
    }
    boolean dash = false;
    for (int j = 0; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '-' || c == '=') {
        dash = true;
      } else if (c != '+' && c != ':') {
        return false;
      }
    }
    return dash;
  }

  /**
   * The end (exclusive) of the table opened at {@code from}: the lines that start with a wall (a
   * box-drawing character; {@code |} or {@code +} in an ASCII table), up to its bottom line.
   */
  private static int tableEnd(List<String> lines, int from) {
    boolean ascii = lines.get(from).charAt(firstPrinted(lines.get(from))) == '+';
    int i = from + 1;
    while (i < lines.size() && i - from < MAX_LINES) {
      String line = lines.get(i);
      int k = firstPrinted(line);
      if (k < 0) {
        break;
      }
      char c = line.charAt(k);
      if (ascii ? c != '|' && c != '+' : !isWall(c)) {
        break;
      }
      i++;
      if (c == '└' || c == '┗' || c == '╚' || c == '╘' || c == '╙') {
        break;
      }
    }
    return i;
  }

  private static int firstPrinted(String line) {
    for (int k = 0; k < line.length(); k++) {
      if (!Character.isWhitespace(line.charAt(k)) && line.charAt(k) != '\u3000') {
        return k;
      }
    }
    return -1;
  }

  /** A row of a drawn table: its cells separated by tabs, and its first line in the table. */
  record Row(String text, int line) {}

  /**
   * The table's rows as tab-separated lines, or null when the table does not line up (then it is
   * left as printed).
   */
  static List<Row> rows(List<String> table) {
    char[][] grid = null;
    for (boolean ambiguousWide : new boolean[] {false, true}) {
      grid = laidOut(table, ambiguousWide);
      if (grid != null) {
        break;
      }
    }
    if (grid == null) {
      return null;
    }
    int height = grid.length;
    int width = grid[0].length;
    boolean[][] wall = walls(grid, table.get(0).strip().charAt(0) == '+');
    // the cells: areas the walls enclose
    int[][] cellAt = new int[height][width];
    for (int[] row : cellAt) {
      Arrays.fill(row, -1);
    }
    List<Area> areas = new ArrayList<>();
    ArrayDeque<int[]> todo = new ArrayDeque<>();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (cellAt[y][x] >= 0 || wall[y][x] || grid[y][x] == OUTSIDE) {
          continue;
        }
        Area area = new Area(areas.size(), y, x);
        areas.add(area);
        cellAt[y][x] = area.id;
        todo.add(new int[] {y, x});
        while (!todo.isEmpty()) {
          int[] p = todo.poll();
          area.include(p[0], p[1]);
          int[][] next = {{p[0] - 1, p[1]}, {p[0] + 1, p[1]}, {p[0], p[1] - 1}, {p[0], p[1] + 1}};
          for (int[] q : next) {
            if (q[0] >= 0
                && q[0] < height
                && q[1] >= 0
                && q[1] < width
                && cellAt[q[0]][q[1]] < 0
                && !wall[q[0]][q[1]]
                && grid[q[0]][q[1]] != OUTSIDE) {
              cellAt[q[0]][q[1]] = area.id;
              todo.add(q);
            }
          }
        }
      }
    }
    if (areas.isEmpty()) {
      return null;
    }
    // the table's columns: where any area starts
    boolean[] starts = new boolean[width + 1];
    for (Area a : areas) {
      starts[a.left] = true;
    }
    int[] column = new int[width + 1];
    int columns = 0;
    for (int x = 0; x <= width; x++) {
      if (starts[x]) {
        columns++;
      }
      column[x] = columns - 1;
    }
    // the rows: the areas of the most finely divided column, top to bottom
    int bandColumn = 0;
    int mostAreas = -1;
    for (int c = 0; c < columns; c++) {
      int count = 0;
      for (Area a : areas) {
        if (column[a.left] <= c && column[a.right] >= c) {
          count++;
        }
      }
      if (count > mostAreas) {
        mostAreas = count;
        bandColumn = c;
      }
    }
    List<Area> bands = new ArrayList<>();
    for (Area a : areas) {
      if (column[a.left] <= bandColumn && column[a.right] >= bandColumn) {
        bands.add(a);
      }
    }
    bands.sort((a, b) -> Integer.compare(a.top, b.top));
    // each area in the row its first line falls in (or the next row, for a line between rows)
    String[][] cells = new String[bands.size()][columns];
    for (Area a : areas) {
      int row = bands.size() - 1;
      for (int r = 0; r < bands.size(); r++) {
        if (bands.get(r).bottom >= a.top) {
          row = r;
          break;
        }
      }
      String text = a.text(grid);
      int c = column[a.left];
      cells[row][c] = cells[row][c] == null ? text : cells[row][c] + text;
    }
    List<Row> rows = new ArrayList<>(bands.size());
    for (int r = 0; r < cells.length; r++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          line.append('\t');
        }
        if (cells[r][c] != null) {
          line.append(cells[r][c]);
        }
      }
      rows.add(new Row(line.toString(), bands.get(r).top));
    }
    return rows;
  }

  /**
   * The walls of the laid-out table. Box-drawing characters are walls. In an ASCII table, {@code |}
   * and {@code +} are, and dashes, equals signs and colons where they draw a rule: in a run of them
   * that reaches a wall or the line's end at each side ({@code | +----+}); a dash inside a cell's
   * text ({@code 0517-8722}, {@code -}) is no wall.
   */
  private static boolean[][] walls(char[][] grid, boolean ascii) {
    boolean[][] wall = new boolean[grid.length][];
    for (int y = 0; y < grid.length; y++) {
      char[] line = grid[y];
      boolean[] w = new boolean[line.length];
      wall[y] = w;
      for (int x = 0; x < line.length; x++) {
        char c = line[x];
        w[x] = ascii ? c == '|' || c == '+' : isWall(c);
      }
      if (!ascii) {
        continue;
      }
      int x = 0;
      while (x < line.length) {
        if (!isRuleMark(line[x])) {
          x++;
          continue;
        }
        int end = x;
        while (end < line.length && isRuleMark(line[end])) {
          end++;
        }
        boolean opens = x == 0 || w[x - 1] || line[x - 1] == OUTSIDE;
        boolean closes = end == line.length || w[end];
        if (opens && closes && end - x >= 2) {
          Arrays.fill(w, x, end, true);
        }
        x = end;
      }
    }
    return wall;
  }

  private static boolean isRuleMark(char c) {
    return c == '-' || c == '=' || c == ':';
  }

  /** A grid position no character of the line reaches (past its end). */
  private static final char OUTSIDE = '\0';

  /** The second display column of a wide character. */
  private static final char WIDE_TAIL = '\uFFFF';

  /**
   * The table's lines on a grid of display columns, or null when they are not all as wide as the
   * widest (a table that does not line up under this width of the ambiguous characters).
   */
  private static char[][] laidOut(List<String> table, boolean ambiguousWide) {
    int[] widths = new int[table.size()];
    int width = 0;
    for (int i = 0; i < table.size(); i++) {
      String line = table.get(i).stripTrailing();
      int w = 0;
      for (int k = 0; k < line.length(); k++) {
        w += width(line.charAt(k), ambiguousWide);
      }
      widths[i] = w;
      width = Math.max(width, w);
    }
    if (width > MAX_WIDTH) {
      return null;
    }
    for (int w : widths) {
      if (w != width) {
        return null;
      }
    }
    char[][] grid = new char[table.size()][width];
    for (int i = 0; i < table.size(); i++) {
      String line = table.get(i).stripTrailing();
      int x = 0;
      for (int k = 0; k < line.length(); k++) {
        char c = line.charAt(k);
        int w = width(c, ambiguousWide);
        grid[i][x] = c == '\u3000' ? ' ' : c;
        if (w == 2) {
          grid[i][x + 1] = isWall(c) ? c : WIDE_TAIL;
        }
        x += w;
      }
      // leading indentation is outside the table
      for (int k = 0; k < width && grid[i][k] == ' '; k++) {
        grid[i][k] = OUTSIDE;
      }
    }
    return grid;
  }

  /** Display columns of a character: two for East Asian wide and full-width characters. */
  private static int width(char c, boolean ambiguousWide) {
    if (c < 0x1100) {
      return 1;
    }
    if (isWall(c)) {
      return ambiguousWide ? 2 : 1; // box-drawing characters are of ambiguous width
    }
    switch (UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH)) {
      case UCharacter.EastAsianWidth.WIDE:
      case UCharacter.EastAsianWidth.FULLWIDTH:
        return 2;
      case UCharacter.EastAsianWidth.AMBIGUOUS:
        return ambiguousWide ? 2 : 1;
      default:
        return 1;
    }
  }

  /** An enclosed area: one cell of the table. */
  private static final class Area {
    final int id;
    int top;
    int bottom;
    int left;
    int right;
    private final List<int[]> points = new ArrayList<>();

    Area(int id, int y, int x) {
      this.id = id;
      this.top = y;
      this.bottom = y;
      this.left = x;
      this.right = x;
    }

    void include(int y, int x) {
      points.add(new int[] {y, x});
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      left = Math.min(left, x);
      right = Math.max(right, x);
    }

    /** The cell's text: each line's piece, stripped, joined in reading order. */
    String text(char[][] grid) {
      points.sort(
          (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      StringBuilder text = new StringBuilder();
      StringBuilder piece = new StringBuilder();
      int line = -1;
      for (int[] p : points) {
        if (p[0] != line) {
          text.append(piece.toString().strip());
          piece.setLength(0);
          line = p[0];
        }
        char c = grid[p[0]][p[1]];
        if (c != WIDE_TAIL) {
          piece.append(c);
        }
      }
      text.append(piece.toString().strip());
      return text.toString();
    }
  }
}
