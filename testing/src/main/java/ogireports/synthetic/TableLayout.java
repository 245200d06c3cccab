package ogireports.synthetic;

import java.util.List;

/**
 * The scraped table layouts of the report-format specification (§6) the generator writes, named as
 * {@code ReportTables.layout()} names them.
 */
public enum TableLayout {
  /** Layout A: each cell on its own line starting with a tab; a blank line ends a row. */
  TAB_CELLS("tab_cells"),
  /** Layout B: one row per line, fields separated by tabs (empty leading fields are spans). */
  TSV_ROWS("tsv_rows"),
  /** Layout C: each cell on its own line, blank-line separated, no tabs (HTML → text). */
  CELL_LINES("cell_lines"),
  /** One row per line as {@code | a | b |} (Markdown-style text exports). */
  PIPE_ROWS("pipe_rows");

  private final String code;

  TableLayout(String code) {
    this.code = code;
  }

  /** The name written to the manifest, as {@code ReportTables.layout()} names it. */
  public String code() {
    return code;
  }

  /** Appends the rows of one table; an empty string is a span placeholder cell. */
  void render(StringBuilder out, List<List<String>> rows) {
    for (List<String> row : rows) {
      switch (this) {
        case TAB_CELLS -> {
          for (String cell : row) {
            out.append('\t').append(cell).append('\n');
          }
          out.append('\n');
        }
        case TSV_ROWS -> out.append(String.join("\t", row)).append('\n');
        case CELL_LINES -> {
          for (String cell : row) {
            if (!cell.isEmpty()) {
              out.append(cell).append("\n\n");
            }
          }
        }
        case PIPE_ROWS -> {
          out.append('|');
          for (String cell : row) {
            out.append(' ').append(cell).append(" |");
          }
          out.append('\n');
        }
      }
    }
    out.append('\n');
  }
}
