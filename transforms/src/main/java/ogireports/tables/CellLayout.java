package ogireports.tables;

/**
 * How a table cell was laid out in the scraped text (spec §6): the one vocabulary of the text
 * layouts, with the names written to {@code reports.layout}. The reader tells them apart; the
 * synthetic corpus generator and the tests' report renderer print in them.
 */
public enum CellLayout {
  /** Layout A: a line starting with a tab holds one cell; a blank line ends a row. */
  TAB_CELL("tab_cells"),
  /** Layout B: a line holds a whole row, fields separated by tabs. */
  ROW_FIELD("tsv_rows"),
  /** A line holds a whole row, fields separated by pipes ({@code a | b |}, {@code | a | b |}). */
  PIPE_FIELD("pipe_rows"),
  /** Layout C: a line without tabs holds one cell; row boundaries are not marked. */
  LINE_CELL("cell_lines"),
  /**
   * Labels and values found in the character stream, whatever the lines ({@link LabelStream}): text
   * without line structure, or extracted from a PDF. Cannot show an empty cell.
   */
  LABEL_STREAM("label_stream");

  private final String code;

  CellLayout(String code) {
    this.code = code;
  }

  /**
   * True when the layout prints an empty cell (an empty field, a line of only a tab), so a row's
   * cells keep their columns. One cell per line cannot: an empty cell leaves no line, and a row
   * printed with fewer cells than its columns cannot tell which were empty.
   */
  boolean showsEmptyCells() {
    return this != LINE_CELL && this != LABEL_STREAM;
  }

  /** The value written to {@code ReportTables.layout}. */
  public String code() {
    return code;
  }
}
