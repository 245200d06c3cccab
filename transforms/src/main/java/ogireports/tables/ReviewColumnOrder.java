package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.ReviewCell;
import ogireports.values.ValueNormaliser.ColumnKind;

/**
 * The order in which a table 四 prints the five cells of each group, when its header prints them in
 * another order than the template's (结果维持, 结果纠正, 其他结果, 尚未审结, 总计): some reports put 总计 first ({@code
 * 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结}) or 结果纠正 before 结果维持. Read by position, such a row gives 尚未审结 as
 * the 行政复议 总计.
 *
 * <p>The order is taken from the header's column words ({@code 维持}/{@code 维护}, {@code 纠正}, {@code
 * 其他}, {@code 审结}, {@code 总计}) in the order they appear: they must name the five columns once (a
 * header printing them for one group) or the same order three times (once per group). A header
 * whose words are out of sequence (a PDF text that interleaves the header's lines) tells nothing,
 * and the template's order stands. A header that moves 总计 is only followed when the values do not
 * contradict it: no group of plain counts adds up in the template's order (总计 = the sum of the four
 * others) while it does not in the header's.
 */
final class ReviewColumnOrder {

  private static final int PER_GROUP = ReviewCell.values().length;

  /** The header words of each cell, in {@link ReviewCell} order. */
  private static final List<List<String>> WORDS =
      List.of(List.of("维持", "维护"), List.of("纠正"), List.of("其他"), List.of("审结"), List.of("总计"));

  private ReviewColumnOrder() {}

  /**
   * The printed order of the cells ({@code order[k]}: the {@link ReviewCell} ordinal of the k-th
   * cell of a group), or null when the header prints the template's order or does not show one.
   */
  static int[] of(String header) {
    List<Integer> seen = new ArrayList<>();
    int i = 0;
    while (i < header.length()) {
      int cell = -1;
      int length = 1;
      for (int k = 0; k < WORDS.size() && cell < 0; k++) {
        for (String w : WORDS.get(k)) {
          if (header.startsWith(w, i)) {
            cell = k;
            length = w.length();
            break;
          }
        }
      }
      if (cell >= 0) {
        seen.add(cell);
      }
      i += length;
    }
    if (seen.size() != PER_GROUP && seen.size() != PER_GROUP * 3) {
      return null;
    }
    int[] order = new int[PER_GROUP];
    boolean[] named = new boolean[PER_GROUP];
    for (int k = 0; k < PER_GROUP; k++) {
      order[k] = seen.get(k);
      if (named[order[k]]) {
        return null;
      }
      named[order[k]] = true;
    }
    for (int k = PER_GROUP; k < seen.size(); k++) {
      if (seen.get(k) != order[k % PER_GROUP]) {
        return null;
      }
    }
    for (int k = 0; k < PER_GROUP; k++) {
      if (order[k] != k) {
        return order;
      }
    }
    return null;
  }

  /**
   * False when the values contradict an order that moves 总计: some group of five plain counts adds
   * up read in the template's order and does not read in {@code order}.
   */
  static boolean agrees(int[] order, List<Cell> values) {
    List<long[]> groups = new ArrayList<>();
    for (int start = 0; start + PER_GROUP <= values.size(); start += PER_GROUP) {
      long[] printed = new long[PER_GROUP];
      boolean plain = true;
      for (int k = 0; k < PER_GROUP && plain; k++) {
        Long count = values.get(start + k).read(ColumnKind.COUNT).asCount();
        plain = count != null;
        printed[k] = plain ? count : 0;
      }
      if (plain) {
        groups.add(printed);
      }
    }
    return agrees(order, groups);
  }

  /** {@link #agrees(int[], List)} for numbers read as counts, five per group. */
  static boolean agrees(int[] order, long[] values) {
    List<long[]> groups = new ArrayList<>();
    for (int start = 0; start + PER_GROUP <= values.length; start += PER_GROUP) {
      groups.add(java.util.Arrays.copyOfRange(values, start, start + PER_GROUP));
    }
    return agrees(order, groups);
  }

  private static boolean agrees(int[] order, Iterable<long[]> groups) {
    int total = ReviewCell.TOTAL.ordinal();
    if (order[total] == total) {
      return true;
    }
    int printedTotal = position(order, total);
    for (long[] printed : groups) {
      if (addsUp(printed, total) && !addsUp(printed, printedTotal)) {
        return false;
      }
    }
    return true;
  }

  /** The values with each full group's cells put in the template's order. */
  static List<Cell> inTemplateOrder(int[] order, List<Cell> values) {
    List<Cell> out = new ArrayList<>(values);
    for (int start = 0; start + PER_GROUP <= values.size(); start += PER_GROUP) {
      for (int k = 0; k < PER_GROUP; k++) {
        out.set(start + order[k], values.get(start + k));
      }
    }
    return out;
  }

  /** {@link #inTemplateOrder(int[], List)} for numbers. */
  static long[] inTemplateOrder(int[] order, long[] values) {
    long[] out = values.clone();
    for (int start = 0; start + PER_GROUP <= values.length; start += PER_GROUP) {
      for (int k = 0; k < PER_GROUP; k++) {
        out[start + order[k]] = values[start + k];
      }
    }
    return out;
  }

  private static int position(int[] order, int cell) {
    for (int k = 0; k < order.length; k++) {
      if (order[k] == cell) {
        return k;
      }
    }
    return -1;
  }

  /** True when the cell at {@code total} is the sum of the four others. */
  private static boolean addsUp(long[] group, int total) {
    long sum = 0;
    for (int k = 0; k < group.length; k++) {
      if (k != total) {
        sum += group[k];
      }
    }
    return sum == group[total];
  }
}
