package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;

/**
 * Table 四 printed with its labels among its values instead of a header above one row of fifteen:
 * each value after the labels that name its cell. Crawled pages and PDF text print it so when the
 * table is transposed (a line per cell: {@code 行政复议 | 结果维持 | 1}, one cell per line or as TSV),
 * printed column by column ({@code 结果维持} then its value, a group's name before its first column) or
 * with the groups as rows under a header of the five cells ({@code 类别 | 结果维持 | … | 总计}, then {@code
 * 行政复议 | 1 | 1 | 0 | 0 | 2}).
 *
 * <p>A value's cell is the one cell word ({@link ColumnMap#reviewCellWords}) among the labels since
 * the value before; with none, it is the cell after the previous value's, in the header's order (a
 * group's row). A value's group is the last one a label named: {@code 复议后(起诉)} the litigation after
 * review, {@code 未经复议} or {@code 直接起诉} the direct litigation, {@code 行政复议} the review ({@code 行政诉讼}
 * alone names none). Several cell words before a value are only a header: before the first value,
 * naming the five cells once, followed by a group's name.
 *
 * <p>Values printed without a cell word under no header (a group's name, then its five values) are
 * taken in the template's order only when every group adds up in it (总计 = the sum of the four
 * others): nothing else in the text tells the order.
 *
 * <p>The table is read only when the fifteen values fill the fifteen cells, each once, every value
 * with a group and a cell; anything else (a header over a row of values, labels that name two cells
 * or none) is not this form, and nothing is read from it.
 */
final class LabelledReviewCells {

  private static final int PER_GROUP = ReviewCell.values().length;
  private static final int CELLS = ReviewLitigationReader.CELLS;

  private LabelledReviewCells() {}

  /**
   * The table's value cells in the template's order (15), or null when the cells from {@code from}
   * are not table 四 printed with its labels among its values.
   */
  static List<Cell> read(List<Cell> cells, int from, int to) {
    Cell[] slots = new Cell[CELLS];
    int filled = 0;
    int group = -1;
    int[] order = {0, 1, 2, 3, 4};
    int next = 0; // position in the order of the next value printed without a cell word
    boolean first = true;
    boolean headerNamed = false; // the order of values printed without a cell word was named
    boolean byTemplate = false; // a value was placed by the template's order alone
    StringBuilder labels = new StringBuilder();
    List<Integer> named = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = from; i < to && filled < CELLS; i++) {
      Cell c = cells.get(i);
      if (c.heading() || c.isProse()) {
        break;
      }
      if (c.isEmpty()) {
        continue;
      }
      if (!c.isValue()) {
        labels.append(c.text());
        continue;
      }
      String text = labels.toString();
      labels.setLength(0);
      named.clear();
      at.clear();
      ColumnMap.reviewCellWords(text, named, at);
      int[] groupNamed = groupNamed(text);
      int cell;
      if (named.size() >= 2) {
        // a header of the five cells over rows of groups: only before the first value
        if (!first
            || named.size() != PER_GROUP
            || groupNamed[0] < 0
            || groupNamed[1] < at.get(at.size() - 1)) {
          return null;
        }
        boolean[] seen = new boolean[PER_GROUP];
        for (int k = 0; k < PER_GROUP; k++) {
          order[k] = named.get(k);
          if (seen[order[k]]) {
            return null;
          }
          seen[order[k]] = true;
        }
        group = groupNamed[0];
        cell = order[0];
        headerNamed = true;
      } else if (named.size() == 1) {
        group = groupNamed[0] >= 0 ? groupNamed[0] : group;
        cell = named.get(0);
      } else {
        if (groupNamed[0] >= 0) {
          group = groupNamed[0];
          next = 0;
        } else if (first) {
          return null; // values with no label before them: not this form
        }
        if (next >= PER_GROUP) {
          return null;
        }
        cell = order[next];
        byTemplate |= !headerNamed;
      }
      if (group < 0) {
        return null;
      }
      int slot = group * PER_GROUP + cell;
      if (slots[slot] != null) {
        return null;
      }
      slots[slot] = c;
      filled++;
      next = positionOf(order, cell) + 1;
      first = false;
    }
    if (filled < CELLS) {
      return null;
    }
    List<Cell> values = List.of(slots);
    return !byTemplate || ReviewLitigationReader.groupsAddUp(values) ? values : null;
  }

  /**
   * The group the text names last ({@link ReviewGroup} ordinal) and where its name starts, {@code
   * {-1, -1}} when it names none.
   */
  private static int[] groupNamed(String text) {
    int[] best = {-1, -1};
    consider(best, text.lastIndexOf("行政复议"), ReviewGroup.REVIEW);
    consider(best, text.lastIndexOf("未经复议"), ReviewGroup.LITIGATION_DIRECT);
    consider(best, text.lastIndexOf("直接起诉"), ReviewGroup.LITIGATION_DIRECT);
    consider(best, text.lastIndexOf("复议后"), ReviewGroup.LITIGATION_AFTER_REVIEW);
    return best;
  }

  private static void consider(int[] best, int at, ReviewGroup group) {
    if (at > best[1]) {
      best[0] = group.ordinal();
      best[1] = at;
    }
  }

  private static int positionOf(int[] order, int cell) {
    for (int k = 0; k < order.length; k++) {
      if (order[k] == cell) {
        return k;
      }
    }
    return -1;
  }
}
