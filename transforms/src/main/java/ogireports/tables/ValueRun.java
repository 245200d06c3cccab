package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import ogireports.values.ValueNormaliser.ColumnKind;

/**
 * The value cells of one table row as they are collected, with the rule for empty cells.
 *
 * <p>An empty cell between two values of the same physical row is a blank cell. Empty cells before
 * the first value may be rowspan/colspan placeholders, and empty cells of a later physical row (a
 * wrapped label's second line) belong to no value at all.
 *
 * <p>In layouts that print empty cells (tab cells, TSV and pipe rows, rendered HTML; {@link
 * CellLayout#showsEmptyCells}) the fields of one physical row are also kept: the row of the label
 * when the run is anchored to it, else the row its first value is on. When that row holds at least
 * as many fields as the table has columns, its cells are the {@code expected} consecutive fields
 * outside which every field is empty: placeholders of spanned label columns come before them,
 * fillers after them. When several such windows fit, the one followed by as many fillers as the
 * table's complete rows show is taken; without it the row is left short (its cells cannot be
 * placed). An empty field inside the window is a blank cell, wherever it is, first and last column
 * included.
 */
final class ValueRun {

  private final List<Cell> values = new ArrayList<>();
  private int lastValueRow = -1;
  private final List<Cell> pendingEmpties = new ArrayList<>();
  private final List<Cell> rowFields = new ArrayList<>();
  private int fieldsRow = -1;
  private boolean fieldsBroken;
  private boolean rowCut; // a cell of the run is on a line the text's end cuts
  private final boolean anchored;

  /** A run whose row fields are those of the line its first value is on. */
  ValueRun() {
    this.anchored = false;
  }

  /** A run whose row fields are those of the given physical row (its label's row). */
  ValueRun(int labelRow) {
    this.anchored = true;
    this.fieldsRow = labelRow;
  }

  /** Offers a value cell. */
  void addValue(Cell cell) {
    rowCut |= cell.cutShort();
    field(cell, true);
    if (cell.row() == lastValueRow) {
      for (Cell empty : pendingEmpties) {
        values.add(blankAt(empty));
      }
    }
    pendingEmpties.clear();
    values.add(cell);
    lastValueRow = cell.row();
  }

  /** Offers an empty cell. */
  void addEmpty(Cell cell) {
    rowCut |= cell.cutShort();
    field(cell, false);
    if (!values.isEmpty() && cell.row() == lastValueRow) {
      pendingEmpties.add(cell);
    } else {
      pendingEmpties.clear();
    }
  }

  /** Closes the row with no knowledge of fillers after the cells (none are preferred). */
  void closeTo(int expected) {
    closeTo(expected, 0);
  }

  /**
   * Closes the row at {@code expected} cells: takes the cells from the row's fields when that
   * places them ({@code fillers}: how many empty fields the table's complete rows print after their
   * cells), else fills it with trailing empty cells of its last row.
   */
  void closeTo(int expected, int fillers) {
    if (rowCut) {
      // the text's end cuts the row: how many fields it printed is not known, so its cells are
      // the values in printed order, and empty fields after the last value are no blank cells
      pendingEmpties.clear();
      return;
    }
    if (!fieldsBroken && values.size() < expected && rowFields.size() >= expected) {
      int start = window(expected, fillers);
      if (start >= 0 && printsItsTotalLast(start, expected)) {
        // the row's numbers, then only empty fields: a row that printed its non-zero cells and
        // its 总计 and lost its empty ones (padding after them), not one whose 总计 was left blank
        pendingEmpties.clear();
        return;
      }
      if (start >= 0) {
        values.clear();
        for (int i = start; i < start + expected; i++) {
          Cell c = rowFields.get(i);
          values.add(c.isEmpty() ? blankAt(c) : c);
        }
      }
      if (start != NO_WINDOW) {
        pendingEmpties.clear();
        return;
      }
    }
    int missing = expected - values.size();
    if (missing > 0 && pendingEmpties.size() >= missing) {
      for (int i = 0; i < missing; i++) {
        values.add(blankAt(pendingEmpties.get(i)));
      }
    }
    pendingEmpties.clear();
  }

  /**
   * How many empty fields follow the cells of this row when they can be placed without knowing it:
   * exactly one window of {@code expected} fields has every field outside it empty (a complete row,
   * or one whose empty cells leave a single fit); else -1.
   */
  int fillers(int expected) {
    if (fieldsBroken || rowCut || rowFields.size() < expected) {
      return -1;
    }
    int fits = 0;
    int only = -1;
    for (int start = 0; start + expected <= rowFields.size(); start++) {
      if (emptyOutside(start, start + expected)) {
        fits++;
        only = start;
      }
    }
    return fits == 1 ? rowFields.size() - only - expected : -1;
  }

  private static final int NO_WINDOW = -1;
  private static final int SEVERAL_WINDOWS = -2;

  /**
   * Start of the fields that are the row's cells, {@link #NO_WINDOW} or {@link #SEVERAL_WINDOWS}.
   */
  private int window(int expected, int fillers) {
    int extra = rowFields.size() - expected;
    int preferred = extra - fillers;
    int fits = 0;
    int only = -1;
    for (int start = 0; start <= extra; start++) {
      if (emptyOutside(start, start + expected)) {
        if (start == preferred) {
          return start;
        }
        fits++;
        only = start;
      }
    }
    return fits == 1 ? only : fits == 0 ? NO_WINDOW : SEVERAL_WINDOWS;
  }

  /**
   * True when the window of fields from {@code start} holds two numbers or more, then two empty
   * fields or more to its last (the 总计 column's), more fields after it (the padding), and its last
   * number is the sum of the others: {@code 二、上年结转 | 3 | 1 | 1 | 5 | |||||}, a row that printed its
   * non-zero cells and its 总计 and whose empty cells were lost, padded after. Read into the window
   * its 总计 would be blank and its cells misplaced.
   */
  private boolean printsItsTotalLast(int start, int expected) {
    int numbers = 0;
    long sum = 0;
    long last = -1;
    boolean emptySeen = false;
    for (int i = start; i < start + expected; i++) {
      Cell c = rowFields.get(i);
      if (c.isEmpty()) {
        emptySeen = true;
        continue;
      }
      if (emptySeen || !c.isValue()) {
        return false;
      }
      Long v = c.read(ColumnKind.COUNT).asCount();
      if (v == null || v < 0) {
        return false;
      }
      if (last >= 0) {
        sum += last;
      }
      last = v;
      numbers++;
    }
    return emptySeen
        && numbers >= 2
        && expected - numbers >= MIN_LOST_CELLS
        && rowFields.size() > expected
        && sum == last;
  }

  /**
   * The fewest cells a row that printed its non-zero cells and its 总计 lost, read so: a row of all
   * its cells but one blank is a row with a blank cell.
   */
  private static final int MIN_LOST_CELLS = 2;

  private boolean emptyOutside(int from, int to) {
    for (int i = 0; i < rowFields.size(); i++) {
      if ((i < from || i >= to) && !rowFields.get(i).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Keeps the fields of the physical row the values start on (or of the label's row). */
  private void field(Cell cell, boolean value) {
    boolean showsEmpty = cell.layout().showsEmptyCells();
    if (cell.row() != fieldsRow) {
      if (anchored) {
        fieldsBroken |= value;
        return;
      }
      if (values.isEmpty()) {
        rowFields.clear();
        fieldsRow = cell.row();
        fieldsBroken = !showsEmpty;
      } else {
        fieldsBroken |= value;
        return;
      }
    }
    if (!showsEmpty) {
      fieldsBroken = true;
    }
    rowFields.add(cell);
  }

  List<Cell> values() {
    return values;
  }

  /** Replaces the last value by {@code whole}, the same number with its lost end put back. */
  void continueLast(Cell whole) {
    Cell last = values.set(values.size() - 1, whole);
    for (int k = 0; k < rowFields.size(); k++) {
      if (rowFields.get(k) == last) {
        rowFields.set(k, whole);
      }
    }
  }

  int size() {
    return values.size();
  }

  /**
   * True when the run's cells sit in one physical row of a layout that prints empty cells, so a
   * short run is the first cells of its row (the rest cut off), not cells with empty ones lost
   * somewhere between them.
   */
  /** True when the text's end cuts the row: the cells after its last value are not printed. */
  boolean cut() {
    return rowCut;
  }

  boolean showsEmptyCells() {
    return !fieldsBroken && !rowFields.isEmpty();
  }

  private static Cell blankAt(Cell near) {
    return new Cell("", "", near.line(), near.row(), near.layout(), false);
  }
}
