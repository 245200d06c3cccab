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
 *
 * <p>In row layouts (a whole row on one line: TSV, pipes, rendered HTML) the fields of the line the
 * values start on are also kept. When that line holds at least as many fields as the row has
 * columns and every field before the last {@code expected} is empty, those last fields are the
 * row's cells, empty ones included: the leading empties are colspan placeholders, and an empty
 * first column is a blank cell, not a placeholder.
 */
final class ValueRun {

  private final List<Cell> values = new ArrayList<>();
  private int lastValueRow = -1;
  private int pendingEmpties;
  private Cell lastValue;
  private final List<Cell> rowFields = new ArrayList<>();
  private int fieldsRow = -1;
  private boolean fieldsBroken;
  private final boolean anchored;

  /** A run whose row-layout fields are those of the line its first value is on. */
  ValueRun() {
    this.anchored = false;
  }

  /** A run whose row-layout fields are those of the given physical row (its label's line). */
  ValueRun(int labelRow) {
    this.anchored = true;
    this.fieldsRow = labelRow;
  }

  /** Offers a value cell. */
  void addValue(Cell cell) {
    field(cell, true);
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
    field(cell, false);
    if (!values.isEmpty() && cell.row() == lastValueRow) {
      pendingEmpties++;
    } else {
      pendingEmpties = 0;
    }
  }

  /** Fills the row up to {@code expected} cells with trailing empty cells of its last row. */
  void closeTo(int expected) {
    if (!fieldsBroken && values.size() < expected && rowFields.size() >= expected) {
      int extra = rowFields.size() - expected;
      boolean placeholders = true;
      for (int i = 0; i < extra && placeholders; i++) {
        placeholders = rowFields.get(i).isEmpty();
      }
      if (placeholders) {
        values.clear();
        for (int i = extra; i < rowFields.size(); i++) {
          Cell c = rowFields.get(i);
          values.add(c.isEmpty() ? blankAt(c) : c);
        }
        pendingEmpties = 0;
        return;
      }
    }
    int missing = expected - values.size();
    if (missing > 0 && pendingEmpties >= missing) {
      for (int i = 0; i < missing; i++) {
        values.add(blankAt(lastValue));
      }
    }
    pendingEmpties = 0;
  }

  /** Keeps the fields of the row-layout line the values start on (or of the label's line). */
  private void field(Cell cell, boolean value) {
    boolean rowLayout =
        cell.layout() == CellLayout.ROW_FIELD || cell.layout() == CellLayout.PIPE_FIELD;
    if (cell.row() != fieldsRow) {
      if (anchored) {
        fieldsBroken |= value;
        return;
      }
      if (values.isEmpty()) {
        rowFields.clear();
        fieldsRow = cell.row();
        fieldsBroken = !rowLayout;
      } else {
        fieldsBroken |= value;
        return;
      }
    }
    if (!rowLayout) {
      fieldsBroken = true;
    }
    rowFields.add(cell);
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
