package ogireports.tables;

import java.util.Arrays;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;

/**
 * Table 四's row of values printed with fewer cells than its fifteen columns: a crawl lost cells (a
 * pipe or TSV row of 14 numbers, {@code 1 | 0 | 1 | 2 | 0 | …}), and which columns the printed
 * numbers stand in is no longer shown by their order. Read by position, every number after the lost
 * cell moves one column to the left, and a 行政复议 总计 is read that no placement gives.
 *
 * <p>The row is placed only by the table's own arithmetic: each group (行政复议, 未经复议直接起诉, 复议后起诉) adds
 * up, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. Every way of putting the lost cells back among the printed
 * numbers, in their printed order, is tried; a lost cell takes the one value that leaves its group
 * adding up (a count, never below 0), and a group that lost two cells or more is determined only
 * when its 总计 is printed and its printed cells already reach it (the lost ones are then zeros). The
 * row is read when every placement that keeps the sums holding gives the same fifteen values; when
 * none does, or two give different values, or one leaves a group not determined, the text does not
 * tell the values and none is read.
 */
final class ShortReviewRow {

  private static final int PER_GROUP = ReviewCell.values().length;
  private static final int CELLS = ReviewGroup.values().length * PER_GROUP;
  private static final int TOTAL = ReviewCell.TOTAL.ordinal();

  private ShortReviewRow() {}

  /**
   * The fifteen values of the row when the printed counts, in printed order, admit exactly one
   * reading with every group adding up (see the class comment); else null.
   */
  static long[] placed(long[] printed) {
    int lost = CELLS - printed.length;
    if (lost <= 0 || printed.length == 0) {
      return null;
    }
    long[] only = null;
    for (int mask = 0; mask < 1 << CELLS; mask++) {
      if (Integer.bitCount(mask) != lost) {
        continue;
      }
      long[] row = new long[CELLS];
      boolean[] missing = new boolean[CELLS];
      for (int k = 0, p = 0; k < CELLS; k++) {
        missing[k] = (mask & 1 << k) != 0;
        row[k] = missing[k] ? 0 : printed[p++];
      }
      Boolean holds = completed(row, missing);
      if (holds == null) {
        return null; // a placement whose sums can hold with values the text does not tell
      }
      if (!holds) {
        continue;
      }
      if (only != null && !Arrays.equals(only, row)) {
        return null;
      }
      only = row;
    }
    return only;
  }

  /**
   * Fills each group's lost cells in {@code row} so the group adds up: true when every group then
   * adds up, false when some group cannot, null when some group can but its lost cells are not
   * determined.
   */
  private static Boolean completed(long[] row, boolean[] missing) {
    boolean determined = true;
    for (int start = 0; start < CELLS; start += PER_GROUP) {
      int lostCells = 0;
      int lostAt = -1;
      long parts = 0;
      for (int k = start; k < start + PER_GROUP; k++) {
        if (missing[k]) {
          lostCells++;
          lostAt = k;
        } else if (k != start + TOTAL) {
          parts += row[k];
        }
      }
      boolean totalLost = missing[start + TOTAL];
      long rest = totalLost ? 0 : row[start + TOTAL] - parts;
      if (rest < 0) {
        return false;
      }
      if (lostCells == 0) {
        if (rest != 0) {
          return false;
        }
      } else if (lostCells == 1) {
        row[lostAt] = totalLost ? parts : rest;
      } else if (totalLost || rest != 0) {
        determined = false; // the lost cells' values could be several
      } // else: the printed cells reach the printed 总计, the lost ones are zeros
    }
    return determined ? Boolean.TRUE : null;
  }
}
