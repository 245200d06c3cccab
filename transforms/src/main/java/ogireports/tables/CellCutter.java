package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ogireports.text.LineForms;
import ogireports.text.Normalise;

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
   */
  static List<Cell> cut(LineForms lines, Set<Integer> headingLines, int from, int to) {
    List<Cell> cells = new ArrayList<>(to - from);
    boolean[] headings = new boolean[lines.size() + 1]; // by 1-based line
    for (int h : headingLines) {
      if (h >= 1 && h <= lines.size()) {
        headings[h] = true;
      }
    }
    int row = 0;
    boolean inTabBlock = false;
    for (int i = from; i < to; i++) {
      String line = lines.line(i) == null ? "" : lines.line(i);
      int lineNo = i + 1;
      boolean heading = headings[lineNo];
      if (Normalise.isBlank(line)) {
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
          List<String> fields = tabFields(line);
          addRow(cells, fields, lineNo, ++row, CellLayout.ROW_FIELD);
        }
        inTabBlock = false;
        continue;
      }
      if (heading) {
        cells.add(
            Cell.ofLine(
                line.strip(), lines.squeezed(i), lineNo, ++row, CellLayout.LINE_CELL, true));
        inTabBlock = false;
        continue;
      }
      boolean leadingTab = line.startsWith("\t");
      if (line.indexOf('\t') >= 0) {
        List<String> fields = tabFields(line);
        if (leadingTab && fields.size() == 2) {
          if (!inTabBlock) {
            row++;
          }
          cells.add(Cell.of(fields.get(1), lineNo, row, CellLayout.TAB_CELL, false));
          inTabBlock = true;
          continue;
        }
        addRow(cells, fields, lineNo, ++row, CellLayout.ROW_FIELD);
        inTabBlock = false;
        continue;
      }
      if (line.indexOf('|') >= 0 || line.indexOf('｜') >= 0) {
        String[] parts = pipeParts(line);
        if (isPipeRule(parts)) {
          inTabBlock = false;
          continue;
        }
        List<String> fields = pipeFields(parts);
        if (fields.size() >= 2) {
          addRow(cells, fields, lineNo, ++row, CellLayout.PIPE_FIELD);
        } else if (fields.size() == 1 && !Normalise.isBlank(fields.get(0))) {
          cells.add(Cell.of(fields.get(0).strip(), lineNo, ++row, CellLayout.LINE_CELL, false));
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
          Cell.ofLine(line.strip(), lines.squeezed(i), lineNo, ++row, CellLayout.LINE_CELL, false));
      inTabBlock = false;
    }
    return cells;
  }

  /** The fields between a line's tabs, empty ones included ({@code split("\t", -1)}). */
  private static List<String> tabFields(String line) {
    List<String> fields = new ArrayList<>();
    int from = 0;
    for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', from)) {
      fields.add(line.substring(from, tab));
      from = tab + 1;
    }
    fields.add(line.substring(from));
    return fields;
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
    String text = Normalise.labelOfSqueezed(squeezed);
    return previous.layout() == CellLayout.TAB_CELL
        && previous.isText()
        && text.length() <= MAX_CONTINUATION_CHARS
        && !Cell.ofLine(line, squeezed, 0, 0, CellLayout.TAB_CELL, false).isValue();
  }

  private static void addRow(
      List<Cell> cells, List<String> fields, int lineNo, int row, CellLayout layout) {
    for (String field : fields) {
      int digits = trailingValueAt(field);
      if (digits > 0 && !Cell.of(field, lineNo, row, layout, false).isValue()) {
        // a label with the first value of the next row glued to it (a line break lost between
        // a header ending in 总计 and a row of numbers: 计0): two cells. A value with a word
        // (增4, 减592 in table 二) is one cell.
        cells.add(Cell.of(field.substring(0, digits).strip(), lineNo, row, layout, false));
        cells.add(Cell.of(field.substring(digits), lineNo, row, layout, false));
      } else {
        cells.add(Cell.of(field, lineNo, row, layout, false));
      }
    }
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
    return isPipeRule(pipeParts(line));
  }

  /** What lies between the pipes of a line, full-width pipes included. */
  private static String[] pipeParts(String line) {
    return line.replace('｜', '|').split("\\|", -1);
  }

  /** {@link #isPipeRule(String)} of a line's {@link #pipeParts}. */
  private static boolean isPipeRule(String[] fields) {
    int rules = 0;
    for (String field : fields) {
      String f = field.strip();
      if (f.isEmpty()) {
        continue;
      }
      int from = f.charAt(0) == ':' ? 1 : 0;
      int to = f.length() > from && f.charAt(f.length() - 1) == ':' ? f.length() - 1 : f.length();
      if (to - from < 3) {
        return false;
      }
      for (int i = from; i < to; i++) {
        if (f.charAt(i) != '-') {
          return false;
        }
      }
      rules++;
    }
    return rules > 0;
  }

  /**
   * The fields of a pipe row (its {@link #pipeParts}). The field after a closing edge pipe ({@code
   * a | b |}) is no cell and is dropped; every other field is kept, empty ones included, so {@code
   * | 1 | | 3 |} has an empty cell between 1 and 3 and an empty last cell stays a cell. The empty
   * field before an opening edge pipe is kept: the table readers take a row's cells from its end,
   * so a leading empty field is read as a placeholder (and an empty first cell of {@code | 2 | 3 |}
   * as a cell).
   */
  private static List<String> pipeFields(String[] parts) {
    int n = parts.length;
    if (n > 1 && Normalise.isBlank(parts[n - 1])) {
      n--;
    }
    List<String> stripped = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      stripped.add(parts[k].strip());
    }
    return stripped;
  }
}
