package ogireports.model;

/** How completely a table row could be read. */
public enum RowStatus {
  /** Every cell was printed and read. */
  OK,
  /** Some cells were printed blank ({@code —}, {@code /}, {@code 无}, empty). */
  BLANKS,
  /**
   * The row arrived with its cell separators lost ({@code 640020470}) and was split back into cells
   * because the table's own arithmetic admits exactly one split, or arrived with cells lost (a
   * table 四 row of 14 numbers) and had them put back where the arithmetic admits exactly one
   * placement.
   */
  RECOVERED,
  /**
   * Cells are missing or cannot be placed in their columns: all cells are stored as null, but for a
   * 总计 the text determines ({@link ApplicationRow#totalOnly()}).
   */
  INCOMPLETE
}
