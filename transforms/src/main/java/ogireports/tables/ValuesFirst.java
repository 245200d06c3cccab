package ogireports.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 三 printed with each row's values before its label, as PDF extractors that follow the page's
 * content stream print it (pypdf's {@code extract_text}: a row's numbers are drawn before the text
 * of its label cell).
 *
 * <p>Why: the table is read by its labels, each taking the values after it, so such a table gave
 * every row the values of the row below (一 read 二's, the last values read as nobody's). The whole
 * table is read right by {@link ColumnBlocks}, which takes the numbers in their order; an excerpt
 * cut inside the table is not, and was read shifted.
 *
 * <p>The order is told from the table's first row: a run of exactly seven values whose first six
 * add up to the seventh (a whole row and its 总计) between the header's last cell and the label
 * {@code 一、本年新收…}. The cells are then laid out label first: each run of values is put after the
 * labels (and label fragments) that follow it. Values after the last label belong to a row the text
 * does not print (an excerpt's end): they end the table, read by nobody. The list keeps its size,
 * so an index after the table is the same in both.
 */
final class ValuesFirst {

  private static final int ROW = 7;

  private ValuesFirst() {}

  /**
   * {@code cells} laid out label first where {@code [from, to)} prints values first, else itself.
   */
  static List<Cell> labelsFirst(List<Cell> cells, int from, int to) {
    int first = -1;
    for (int i = from; i < to && !cells.get(i).heading(); i++) {
      Cell c = cells.get(i);
      if (c.isText() && !c.isValue() && c.text().contains("本年新收")) {
        first = i;
        break;
      }
    }
    if (first < from + ROW + 1 || !isWholeRow(cells, first - ROW, first)) {
      return cells;
    }
    Cell before = cells.get(first - ROW - 1);
    if (!before.isText() || before.isValue()) {
      return cells; // not right after the header's last cell
    }
    int end = first;
    while (end < to && !cells.get(end).heading()) {
      end++;
    }
    List<Cell> out = new ArrayList<>(cells.subList(0, first - ROW));
    List<Cell> pending = new ArrayList<>();
    int i = first - ROW;
    while (i < end) {
      Cell c = cells.get(i);
      if (c.isText() && !c.isValue()) {
        while (i < end && cells.get(i).isText() && !cells.get(i).isValue()) {
          out.add(cells.get(i++)); // a label, with its wrapped fragments
        }
        out.addAll(pending);
        pending.clear();
      } else {
        pending.add(c);
        i++;
      }
    }
    for (Cell c : pending) {
      // a row whose label the text does not print: no row's values, and the table's end
      out.add(new Cell(c.raw(), c.text(), c.line(), c.row(), c.layout(), true, false));
    }
    out.addAll(cells.subList(end, cells.size()));
    return out;
  }

  /** True when {@code cells[from, to)} are seven counts whose first six add up to the last. */
  private static boolean isWholeRow(List<Cell> cells, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!cells.get(k).isValue() || cells.get(k).heading()) {
        return false;
      }
    }
    long[] row = Cell.counts(cells, from, to - from);
    if (row == null) {
      return false;
    }
    long sum = 0;
    for (int k = 0; k + 1 < row.length; k++) {
      sum += row[k];
    }
    return sum == row[row.length - 1];
  }
}
