package ogireports.model;

import java.util.List;

/**
 * One group of table 四.
 *
 * @param group the group
 * @param cells exactly 5 cells in {@link ReviewCell} order, or empty when INCOMPLETE
 * @param status how completely the group was read
 * @param sourceLine 1-based line of the decoded document of the group's first value
 */
public record ReviewLitigationRow(
    ReviewGroup group, List<CellValue> cells, RowStatus status, int sourceLine) {

  public ReviewLitigationRow {
    cells = cells == null ? List.of() : List.copyOf(cells);
  }

  public CellValue cell(ReviewCell cell) {
    return cells.size() == ReviewCell.values().length ? cells.get(cell.ordinal()) : null;
  }
}
