package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.ApplicationRowId;

/**
 * Table 三 rows a crawl printed out of the template's order, read by their labels.
 *
 * <p>Why: the table is read by walking its labels in the template's order, so a row printed before
 * the one the template puts first ({@code 二、上年结转…} before {@code 一、本年新收…}, {@code 四、结转下年度继续办理}
 * before {@code （七）总计}) was taken for the other and their values swapped. Only a row printed on one
 * line with its values, whose label is the template's whole label, is moved, and only past the row
 * it was swapped with: where a label is missing or garbled, the rows stay where they are printed
 * and are read by position as before. A （七）总计 row printed first among the results is put last among
 * them.
 */
final class RowOrder {

  /** The pairs of rows a crawl swaps: the template's first, then its second. */
  private static final ApplicationRowId[][] PAIRS = {
    {ApplicationRowId.NEW, ApplicationRowId.CARRY_IN},
    {ApplicationRowId.R_TOTAL, ApplicationRowId.CARRY_OUT}
  };

  private RowOrder() {}

  /** Values a row prints when its empty cells are not shown: the template's 7, or 8 with a 小计. */
  private static final int MIN_VALUES = 7;

  private static final int MAX_VALUES = 8;

  /**
   * The cells of {@code [from, to)} with each whole row printed right after its pair's second row
   * put before it, the other cells where they were; {@code cells} itself when no row is out of
   * order. A row is its label and the values after it up to the next text. The list keeps its size,
   * so an index past the swapped rows is the same in both.
   */
  static List<Cell> inTemplateOrder(List<Cell> cells, int from, int to) {
    List<Cell> out = null;
    int previousStart = -1;
    ApplicationRowId previous = null;
    int i = from;
    while (i < to) {
      Cell c = cells.get(i);
      if (c.heading()) {
        break;
      }
      ApplicationRowId id = c.isText() ? wholeLabel(c) : null;
      if (id == null) {
        if (c.isText()) {
          previous = null; // another label or words between the rows: no pair
        }
        i++;
        continue;
      }
      int end = rowEnd(cells, i, to);
      if (end < 0) {
        previous = null;
        i++;
        continue;
      }
      if (previous != null && firstOfPair(id, previous)) {
        if (out == null) {
          out = new ArrayList<>(cells);
        }
        List<Cell> second = new ArrayList<>(out.subList(previousStart, i));
        List<Cell> first = new ArrayList<>(out.subList(i, end));
        int at = previousStart;
        for (Cell moved : first) {
          out.set(at++, moved);
        }
        for (Cell moved : second) {
          out.set(at++, moved);
        }
        id = null; // the pair is read; neither row swaps again
      }
      previous = id;
      previousStart = i;
      i = end;
    }
    List<Cell> read = out == null ? cells : out;
    return totalLast(read, from, to);
  }

  /**
   * The cells with a （七）总计 row printed first among the results ({@code 三、本年度办理结果 | （七）总计 | …}
   * before {@code （一）予以公开}) put where the template has it, before {@code 四、结转下年度继续办理}: {@code
   * cells} itself when no such row is found. Moved only when the row is printed on one line with
   * its values, the label （一）予以公开 follows it and the carry-out row's whole label follows that.
   */
  private static List<Cell> totalLast(List<Cell> cells, int from, int to) {
    String total = Vocabulary.templateLabel(ApplicationRowId.R_TOTAL);
    String open = Vocabulary.templateLabel(ApplicationRowId.R_OPEN);
    String carryOut = Vocabulary.templateLabel(ApplicationRowId.CARRY_OUT);
    int totalAt = -1;
    int end = -1;
    boolean opened = false;
    for (int i = from; i < to; i++) {
      Cell c = cells.get(i);
      if (c.heading()) {
        return cells;
      }
      if (!c.isText()) {
        continue;
      }
      String t = c.text();
      if (totalAt < 0 && t.equals(total)) {
        if (opened) {
          return cells; // （七） after （一）: in the template's order
        }
        totalAt = i;
        end = rowEnd(cells, i, to);
        if (end < 0) {
          return cells;
        }
      } else if (t.equals(open)) {
        opened = true;
      } else if (t.equals(carryOut)) {
        if (totalAt < 0 || !opened) {
          return cells;
        }
        List<Cell> out = new ArrayList<>(cells.subList(0, totalAt));
        out.addAll(cells.subList(end, i));
        out.addAll(cells.subList(totalAt, end));
        out.addAll(cells.subList(i, cells.size()));
        return out;
      }
    }
    return cells;
  }

  private static boolean firstOfPair(ApplicationRowId id, ApplicationRowId before) {
    for (ApplicationRowId[] pair : PAIRS) {
      if (pair[0] == id && pair[1] == before) {
        return true;
      }
    }
    return false;
  }

  /** The row of a cell printing one of the pairs' whole template labels, else null. */
  private static ApplicationRowId wholeLabel(Cell c) {
    for (ApplicationRowId[] pair : PAIRS) {
      for (ApplicationRowId candidate : pair) {
        String label = Vocabulary.templateLabel(candidate);
        if (c.textLength() == label.length() && c.text().equals(label)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /**
   * The end of the row whose label is at {@code label}: the first cell after its values that is
   * text or a heading. -1 when it has no value, or when its layout does not show empty cells and it
   * has not a row's count of values (the cells are then not told apart by row).
   */
  private static int rowEnd(List<Cell> cells, int label, int to) {
    int values = 0;
    int end = label + 1;
    while (end < to && !cells.get(end).heading() && !cells.get(end).isText()) {
      values += cells.get(end).isValue() ? 1 : 0;
      end++;
    }
    boolean byRows = cells.get(label).layout().showsEmptyCells();
    if (values == 0 || (!byRows && (values < MIN_VALUES || values > MAX_VALUES))) {
      return -1;
    }
    return end;
  }
}
