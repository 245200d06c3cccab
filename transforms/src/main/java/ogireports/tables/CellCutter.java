package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ogireports.text.LineForms;
import ogireports.text.Normalise;
import ogireports.values.ChineseNumerals;

/**
 * Cuts a report's lines into table cells, whatever the layout (spec §6).
 *
 * <ul>
 *   <li>A line starting with a tab and holding no other tab is one cell (layout A). Cells of
 *       consecutive such lines share a row; a blank line ends the row. A line that is only a tab
 *       (and whitespace) is an empty cell of that row: a blank cell or a span placeholder, which
 *       the table readers tell apart by position. A short plain line right after a text cell of
 *       layout A continues that cell ({@code \t本年新} / {@code 公开数量}).
 *   <li>A line with tabs between fields is one row of cells (layout B); every field is a cell,
 *       empty ones included ({@code \t\t} holds an empty cell), so a cell keeps its column. A line
 *       of two or more tabs and nothing but whitespace is a row of empty cells (a blank table row),
 *       not a row break.
 *   <li>A line with {@code |} (or full-width {@code ｜}) separators and at least two fields is one
 *       row of cells (pipe rows, Markdown tables with or without edge pipes); every field is a
 *       cell, empty ones included ({@code | |}, and a row printed blank but for its label), except
 *       the one after a closing edge pipe. A line with one field and its closing pipe ({@code 0 |})
 *       is one cell. Lines holding only pipes, dashes and colons (the Markdown {@code |---|:--|}
 *       rule) are separators and yield nothing.
 *   <li>Any other non-blank line is one cell on its own row (layout C).
 * </ul>
 *
 * Every line is kept, prose included; the table readers decide what they use.
 */
final class CellCutter {

  /**
   * Longest plain line accepted as the continuation of a layout-A cell: as long as a table cell
   * ({@code 期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请} is 32 characters).
   */
  private static final int MAX_CONTINUATION_CHARS = Cell.MAX_CELL_CHARS;

  private CellCutter() {}

  /** All cells of the document, in reading order; {@code headingLines} are 1-based. */
  static List<Cell> cut(List<String> lines, Set<Integer> headingLines) {
    return cut(LineForms.of(lines), headingLines);
  }

  /** {@link #cut(List, Set)} of lines whose squeezed forms are shared. */
  static List<Cell> cut(LineForms lines, Set<Integer> headingLines) {
    return cut(lines, headingLines, 0, lines.size());
  }

  /**
   * The cells of lines {@code from} to {@code to} (0-based, exclusive), cut as in {@link #cut(List,
   * Set)} when line {@code from} is the first line or a heading line (a heading starts a row and
   * ends any tab block, so the cells are those of the whole document there); their rows are counted
   * from the first of them.
   *
   * <p>Fields are found as index ranges into their line and only the cell's own text is copied out
   * of it: the cells of a report's tables are most of what the parser makes per line.
   */
  static List<Cell> cut(LineForms lines, Set<Integer> headingLines, int from, int to) {
    boolean[] headings = new boolean[lines.size() + 1]; // by 1-based line
    for (int h : headingLines) {
      if (h >= 1 && h <= lines.size()) {
        headings[h] = true;
      }
    }
    return cut(lines, headings, from, to);
  }

  /**
   * {@link #cut(LineForms, Set, int, int)} with the heading lines marked in {@code headings}, by
   * 1-based line ({@code lines.size() + 1} entries).
   */
  static List<Cell> cut(LineForms lines, boolean[] headings, int from, int to) {
    List<Cell> cells = new ArrayList<>(to - from + (to - from) / 2);
    int[] bounds = new int[16]; // field boundaries of the current line, reused
    int row = 0;
    boolean inTabBlock = false;
    boolean cellLines = false; // the line before is one cell closed by a pipe ("56 |")
    for (int i = from; i < to; i++) {
      String line = lines.line(i) == null ? "" : lines.line(i);
      int lineNo = i + 1;
      boolean heading = headings[lineNo];
      boolean afterCellLine = cellLines;
      cellLines = false;
      if (lines.firstPrinted(i) < 0) { // a blank line
        int tabs = tabs(line);
        if (tabs == 1) {
          // Layout A: a line of only a tab is an empty cell of the current row.
          if (!inTabBlock) {
            row++;
          }
          cells.add(Cell.of("", lineNo, row, CellLayout.TAB_CELL, false));
          inTabBlock = true;
          continue;
        }
        if (tabs >= 2) {
          // A TSV row of empty cells (a table row printed blank): fields, not a row break.
          bounds = tabBounds(line, bounds);
          addRow(cells, line, bounds, lineNo, ++row, CellLayout.ROW_FIELD, false);
        }
        inTabBlock = false;
        continue;
      }
      if (heading) {
        cells.add(
            Cell.ofStrippedLine(
                line, lines.squeezed(i), lineNo, ++row, CellLayout.LINE_CELL, true));
        inTabBlock = false;
        continue;
      }
      int firstTab = line.indexOf('\t');
      if (firstTab >= 0) {
        if (firstTab == 0 && line.indexOf('\t', 1) < 0) {
          // one leading tab: one cell of layout A
          if (!inTabBlock) {
            row++;
          }
          cells.add(
              Cell.of(afterTab(line, lines.squeezed(i)), lineNo, row, CellLayout.TAB_CELL, false));
          inTabBlock = true;
          continue;
        }
        bounds = tabBounds(line, bounds);
        addRow(cells, line, bounds, lineNo, ++row, CellLayout.ROW_FIELD, false);
        inTabBlock = false;
        continue;
      }
      if (line.indexOf('|') >= 0 || line.indexOf('｜') >= 0) {
        bounds = pipeBounds(line, bounds);
        if (isPipeRule(line, bounds)) {
          inTabBlock = false;
          continue;
        }
        int parts = bounds[0];
        if (parts > 1 && isBlank(line, bounds[parts], bounds[parts + 1] - 1)) {
          bounds[0] = --parts; // the field after a closing edge pipe
        }
        if (parts == 2
            && afterCellLine
            && !isBlank(line, bounds[1], bounds[2] - 1)
            && isBlank(line, bounds[2], bounds[3] - 1)) {
          // "66 | |" after "1 |": one cell per line, each closed by a pipe, the row's last cell
          // closed once more for the row; the empty field is the row's end, no cell
          bounds[0] = --parts;
        }
        if (parts >= 2) {
          addRow(cells, line, bounds, lineNo, ++row, CellLayout.PIPE_FIELD, true);
        } else if (parts == 1) {
          String field = stripped(line, bounds[1], bounds[2] - 1);
          if (!Normalise.isBlank(field)) {
            cells.add(Cell.of(field, lineNo, ++row, CellLayout.LINE_CELL, false));
            cellLines = true;
          }
        }
        inTabBlock = false;
        continue;
      }
      if (inTabBlock && continues(cells, line, lines.squeezed(i))) {
        Cell previous = cells.remove(cells.size() - 1);
        cells.add(
            Cell.of(
                previous.raw() + "\n" + line,
                previous.line(),
                previous.row(),
                CellLayout.TAB_CELL,
                false));
        continue;
      }
      cells.add(
          Cell.ofStrippedLine(line, lines.squeezed(i), lineNo, ++row, CellLayout.LINE_CELL, false));
      inTabBlock = false;
    }
    if (lines.lastLineCut() && to == lines.size()) {
      for (int k = cells.size() - 1; k >= 0 && cells.get(k).line() == lines.size(); k--) {
        cells.get(k).markCutShort();
      }
    }
    return cells;
  }

  /**
   * The text of a line after its leading tab: the line's squeezed form itself when that is the same
   * text (a count or a label printed without spaces or full-width forms, most cells of layout A),
   * which every reader of the report asks for anyway, else a copy of the rest of the line.
   */
  private static String afterTab(String line, String squeezed) {
    return squeezed.length() == line.length() - 1 && line.startsWith(squeezed, 1)
        ? squeezed
        : line.substring(1);
  }

  /**
   * The fields between a line's tabs, empty ones included ({@code split("\t", -1)}), as boundaries:
   * {@code bounds[0]} fields, field k from {@code bounds[k]} to {@code bounds[k + 1] - 1} (the
   * separator after it excluded). {@code bounds} is reused when long enough.
   */
  private static int[] tabBounds(String line, int[] bounds) {
    return separatorBounds(line, '\t', '\t', bounds);
  }

  /** What lies between the pipes of a line, full-width pipes included, as {@link #tabBounds}. */
  private static int[] pipeBounds(String line, int[] bounds) {
    return separatorBounds(line, '|', '｜', bounds);
  }

  private static int[] separatorBounds(String line, char separator, char other, int[] bounds) {
    int n = 0;
    int[] b = bounds;
    b[1] = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == separator || c == other) {
        n++;
        if (n + 2 > b.length) {
          b = java.util.Arrays.copyOf(b, b.length * 2);
        }
        b[n + 1] = i + 1;
      }
    }
    n++;
    if (n + 2 > b.length) {
      b = java.util.Arrays.copyOf(b, b.length * 2);
    }
    b[n + 1] = line.length() + 1;
    b[0] = n;
    return b;
  }

  private static int tabs(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\t') {
        n++;
      }
    }
    return n;
  }

  /** True when a plain line continues the last layout-A cell: a short text after a text. */
  private static boolean continues(List<Cell> cells, String line, String squeezed) {
    if (cells.isEmpty()) {
      return false;
    }
    Cell previous = cells.get(cells.size() - 1);
    // the label of the squeezed line is as long as it (only quotes are unified)
    return previous.layout() == CellLayout.TAB_CELL
        && previous.isText()
        && squeezed.length() <= MAX_CONTINUATION_CHARS
        && !Cell.ofLine(line, squeezed, 0, 0, CellLayout.TAB_CELL, false).isValue();
  }

  /**
   * The cells of one row of fields ({@code bounds} as {@link #tabBounds} gives them), each field
   * stripped of surrounding whitespace first when {@code strip}.
   */
  private static void addRow(
      List<Cell> cells,
      String line,
      int[] bounds,
      int lineNo,
      int row,
      CellLayout layout,
      boolean strip) {
    int first = cells.size();
    boolean numerals = false; // a field in Chinese numerals (一, 三十八, 两)
    for (int k = 1; k <= bounds[0]; k++) {
      int from = bounds[k];
      int to = bounds[k + 1] - 1;
      String field = strip ? stripped(line, from, to) : line.substring(from, to);
      int digits = trailingValueAt(field);
      Cell cell = Cell.of(field, lineNo, row, layout, false);
      numerals |= !cell.isValue() && ChineseNumerals.isNumeralText(cell.text());
      if (digits > 0 && !cell.isValue()) {
        // a label with the first value of the next row glued to it (a line break lost between
        // a header ending in 总计 and a row of numbers: 计0): two cells. A value with a word
        // (增4, 减592 in table 二) is one cell.
        cells.add(Cell.of(field.substring(0, digits).strip(), lineNo, row, layout, false));
        cells.add(Cell.of(field.substring(digits), lineNo, row, layout, false));
      } else {
        cells.add(cell);
      }
    }
    if (numerals) {
      countsInNumerals(cells, first);
    }
  }

  /**
   * The fields of a row written in Chinese numerals ({@code 四 | 一 | 〇 … | 五}) made values where
   * they stand as counts: after the row's label, or in a row of counts with no label at all (table
   * 四's). One before the label is the row's number ({@code 一 | 本年新收… | 5 …}) and stays text.
   */
  private static void countsInNumerals(List<Cell> cells, int first) {
    boolean labelled = false;
    int values = 0;
    for (int k = first; k < cells.size(); k++) {
      Cell c = cells.get(k);
      if (c.isValue()) {
        values++;
      } else if (!c.isEmpty() && ChineseNumerals.countOf(c.text()) < 0) {
        labelled = true;
      }
    }
    boolean afterLabel = false;
    for (int k = first; k < cells.size(); k++) {
      Cell c = cells.get(k);
      if (c.isValue() || c.isEmpty()) {
        continue;
      }
      if (ChineseNumerals.countOf(c.text()) < 0) {
        afterLabel = true;
      } else if (afterLabel || (!labelled && values >= 2)) {
        cells.set(k, new Cell(c.raw(), c.text(), c.line(), c.row(), c.layout(), false, true));
      }
    }
  }

  /** {@link Normalise#isBlank} of {@code line.substring(from, to)}. */
  private static boolean isBlank(String line, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Normalise.isSpace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code line.substring(from, to).strip()}, copying only what is kept. */
  private static String stripped(String line, int from, int to) {
    while (from < to && Character.isWhitespace(line.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
      to--;
    }
    return line.substring(from, to);
  }

  /**
   * Where a run of digits that ends a field starts, when the field is otherwise text with no other
   * digit and the run follows an ideograph, spaces between allowed ({@code 计0}, {@code 计 0}); else
   * -1. No template label ends in a digit.
   */
  static int trailingValueAt(String field) {
    int end = field.length();
    while (end > 0 && Character.isWhitespace(field.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && field.charAt(start - 1) >= '0' && field.charAt(start - 1) <= '9') {
      start--;
    }
    int before = start;
    while (before > 0 && Character.isWhitespace(field.charAt(before - 1))) {
      before--;
    }
    if (start == end
        || end - start > 12
        || before == 0
        || !Character.isIdeographic(field.charAt(before - 1))) {
      return -1;
    }
    for (int i = 0; i < start; i++) {
      char c = field.charAt(i);
      if (Character.isDigit(c)) {
        return -1;
      }
    }
    return start;
  }

  /**
   * True for a Markdown header rule such as {@code |---|:--:|}: every filled field is at least
   * three dashes with optional colons at its ends. A row of blank markers ({@code | - | — |}) is
   * not a rule.
   */
  static boolean isPipeRule(String line) {
    return isPipeRule(line, pipeBounds(line, new int[16]));
  }

  /** {@link #isPipeRule(String)} of a line's pipe fields ({@link #pipeBounds}). */
  private static boolean isPipeRule(String line, int[] bounds) {
    int rules = 0;
    for (int k = 1; k <= bounds[0]; k++) {
      int from = bounds[k];
      int to = bounds[k + 1] - 1;
      while (from < to && Character.isWhitespace(line.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
        to--;
      }
      if (from == to) {
        continue;
      }
      if (line.charAt(from) == ':') {
        from++;
      }
      if (to > from && line.charAt(to - 1) == ':') {
        to--;
      }
      if (to - from < 3) {
        return false;
      }
      for (int i = from; i < to; i++) {
        if (line.charAt(i) != '-') {
          return false;
        }
      }
      rules++;
    }
    return rules > 0;
  }
}
