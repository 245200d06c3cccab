package ogireports.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * The value cells of one table row as they are collected, with the rule for empty cells.
 *
 * <p>An empty cell counts as a blank value only when it sits in the same physical row as the
 * values already collected and another value, or the end of the row, follows it: empty cells
 * before the first value are rowspan/colspan placeholders, and empty cells of a later physical
 * row (a wrapped label's second line) belong to no value at all.
 */
final class ValueRun {

  private final List<Cell> values = new ArrayList<>();
  private int lastValueRow = -1;
  private int pendingEmpties;
  private Cell lastValue;

  /** Offers a value cell. */
  void addValue(Cell cell) {
    if (pendingEmpties > 0 && cell.row() == lastValueRow) {
      for (int i = 0; i < pendingEmpties; i++) {
        values.add(blankAt(lastValue));
      }
    }
    pendingEmpties = 0;
    values.add(cell);
    lastValueRow = cell.row();
    lastValue = cell;
  }

  /** Offers an empty cell. */
  void addEmpty(Cell cell) {
    if (!values.isEmpty() && cell.row() == lastValueRow) {
      pendingEmpties++;
    } else {
      pendingEmpties = 0;
    }
  }

  /** Fills the row up to {@code expected} cells with trailing empty cells of its last row. */
  void closeTo(int expected) {
    int missing = expected - values.size();
    if (missing > 0 && pendingEmpties >= missing) {
      for (int i = 0; i < missing; i++) {
        values.add(blankAt(lastValue));
      }
    }
    pendingEmpties = 0;
  }

  List<Cell> values() {
    return values;
  }

  int size() {
    return values.size();
  }

  private static Cell blankAt(Cell near) {
    return new Cell("", "", near.line(), near.row(), near.layout(), false);
  }
}
