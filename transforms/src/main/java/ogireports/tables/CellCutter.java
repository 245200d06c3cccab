package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ogireports.text.Normalise;

/**
 * Cuts a report's lines into table cells, whatever the layout (spec §6).
 *
 * <ul>
 *   <li>A line starting with a tab and holding no other tab is one cell (layout A). Cells of
 *       consecutive such lines share a row; a blank line ends the row. A short plain line right
 *       after a text cell of layout A continues that cell ({@code \t本年新} / {@code 公开数量}).
 *   <li>A line with tabs between fields is one row of cells (layout B). A leading tab is a
 *       placeholder and is dropped. A line of two or more tabs and nothing but whitespace is a
 *       row of empty cells (a blank table row), not a row break.
 *   <li>A line with {@code |} (or full-width {@code ｜}) separators and at least two filled fields
 *       is one row of cells (pipe rows, Markdown tables with or without edge pipes); a pipe line
 *       with one filled field is one cell. Lines holding only pipes, dashes and colons (the
 *       Markdown {@code |---|:--|} rule) are separators and yield nothing.
 *   <li>Any other non-blank line is one cell on its own row (layout C).
 * </ul>
 *
 * Every line is kept, prose included; the table readers decide what they use.
 */
final class CellCutter {

  /** Longest plain line accepted as the continuation of a layout-A cell. */
  private static final int MAX_CONTINUATION_CHARS = 30;

  private CellCutter() {}

  /** All cells of the document, in reading order; {@code headingLines} are 1-based. */
  static List<Cell> cut(List<String> lines, Set<Integer> headingLines) {
    List<Cell> cells = new ArrayList<>();
    int row = 0;
    boolean inTabBlock = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i) == null ? "" : lines.get(i);
      int lineNo = i + 1;
      boolean heading = headingLines.contains(lineNo);
      if (Normalise.isBlank(line)) {
        if (tabs(line) >= 2) {
          // A TSV row of empty cells (a table row printed blank): fields, not a row break.
          List<String> fields = new ArrayList<>(List.of(line.split("\t", -1)));
          addRow(cells, fields, lineNo, ++row, CellLayout.ROW_FIELD);
        }
        inTabBlock = false;
        continue;
      }
      if (heading) {
        cells.add(Cell.of(line.strip(), lineNo, ++row, CellLayout.LINE_CELL, true));
        inTabBlock = false;
        continue;
      }
      boolean leadingTab = line.startsWith("\t");
      if (line.indexOf('\t') >= 0) {
        List<String> fields = new ArrayList<>(List.of(line.split("\t", -1)));
        if (leadingTab) {
          fields.remove(0);
        }
        if (leadingTab && fields.size() == 1) {
          if (!inTabBlock) {
            row++;
          }
          cells.add(Cell.of(fields.get(0), lineNo, row, CellLayout.TAB_CELL, false));
          inTabBlock = true;
          continue;
        }
        addRow(cells, fields, lineNo, ++row, CellLayout.ROW_FIELD);
        inTabBlock = false;
        continue;
      }
      if (line.indexOf('|') >= 0 || line.indexOf('｜') >= 0) {
        if (isPipeRule(line)) {
          inTabBlock = false;
          continue;
        }
        List<String> fields = pipeFields(line);
        long filled = fields.stream().filter(f -> !Normalise.isBlank(f)).count();
        if (filled >= 2) {
          addRow(cells, fields, lineNo, ++row, CellLayout.PIPE_FIELD);
        } else if (filled == 1) {
          String only = fields.stream().filter(f -> !Normalise.isBlank(f)).findFirst().orElse("");
          cells.add(Cell.of(only.strip(), lineNo, ++row, CellLayout.LINE_CELL, false));
        }
        inTabBlock = false;
        continue;
      }
      if (inTabBlock && continues(cells, line)) {
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
      cells.add(Cell.of(line.strip(), lineNo, ++row, CellLayout.LINE_CELL, false));
      inTabBlock = false;
    }
    return cells;
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
  private static boolean continues(List<Cell> cells, String line) {
    if (cells.isEmpty()) {
      return false;
    }
    Cell previous = cells.get(cells.size() - 1);
    String text = Normalise.label(line);
    return previous.layout() == CellLayout.TAB_CELL
        && previous.isText()
        && text.length() <= MAX_CONTINUATION_CHARS
        && !Cell.of(line, 0, 0, CellLayout.TAB_CELL, false).isValue();
  }

  private static void addRow(
      List<Cell> cells, List<String> fields, int lineNo, int row, CellLayout layout) {
    for (String field : fields) {
      cells.add(Cell.of(field, lineNo, row, layout, false));
    }
  }

  /**
   * True for a Markdown header rule such as {@code |---|:--:|}: every filled field is at least
   * three dashes with optional colons at its ends. A row of blank markers ({@code | - | — |}) is
   * not a rule.
   */
  static boolean isPipeRule(String line) {
    String[] fields = line.replace('｜', '|').split("\\|", -1);
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

  /** The fields of a pipe row, without the empty edges of {@code | a | b |}. */
  private static List<String> pipeFields(String line) {
    List<String> fields = new ArrayList<>(List.of(line.replace('｜', '|').split("\\|", -1)));
    if (!fields.isEmpty() && Normalise.isBlank(fields.get(0))) {
      fields.remove(0);
    }
    while (!fields.isEmpty() && Normalise.isBlank(fields.get(fields.size() - 1))) {
      fields.remove(fields.size() - 1);
    }
    List<String> stripped = new ArrayList<>(fields.size());
    for (String f : fields) {
      stripped.add(f.strip());
    }
    return stripped;
  }
}
