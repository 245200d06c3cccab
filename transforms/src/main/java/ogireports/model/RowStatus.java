package ogireports.model;

/** How completely a table row could be read. */
public enum RowStatus {
  /** Every cell was printed and read. */
  OK,
  /** Some cells were printed blank ({@code —}, {@code /}, {@code 无}, empty). */
  BLANKS,
  /** Cells are missing or cannot be placed in their columns: all cells are stored as null. */
  INCOMPLETE
}
