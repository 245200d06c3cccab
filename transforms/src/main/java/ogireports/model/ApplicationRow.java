package ogireports.model;

import java.util.List;

/**
 * One data row of table 三.
 *
 * @param rowId the spec's row id
 * @param label the label as printed, whitespace removed
 * @param cells exactly 7 cells in {@link ApplicantColumn} order, or an empty list when the row is
 *     {@link RowStatus#INCOMPLETE}; the cell of a column the table does not print is {@link
 *     CellValue#notPrinted()} (its value in the output is null, and rules needing it are not
 *     assessable). An incomplete row whose 总计 alone the text determines ({@link #totalOnly()}) has
 *     7 cells: its 总计, and not-printed cells for the others, whose columns are unknown
 * @param status how completely the row was read
 * @param sourceLine 1-based line of the decoded document where the row's label was found
 */
public record ApplicationRow(
    ApplicationRowId rowId, String label, List<CellValue> cells, RowStatus status, int sourceLine) {

  public ApplicationRow {
    cells = cells == null ? List.of() : List.copyOf(cells);
  }

  /**
   * The cell of a column, or null when the row is incomplete without cells (an incomplete row read
   * for its 总计 alone gives its not-printed cells).
   */
  public CellValue cell(ApplicantColumn column) {
    return cells.size() == ApplicantColumn.values().length ? cells.get(column.ordinal()) : null;
  }

  /**
   * True for an {@link RowStatus#INCOMPLETE} row whose 总计 was read while its other cells could not
   * be placed: a row printed without its empty cells, its last number its 总计 (as the table's
   * arithmetic shows), the columns of the others unknown.
   */
  public boolean totalOnly() {
    return status == RowStatus.INCOMPLETE
        && cells.size() == ApplicantColumn.values().length
        && cells.get(ApplicantColumn.TOTAL.ordinal()).isNumber();
  }
}
