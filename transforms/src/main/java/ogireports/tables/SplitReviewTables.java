package ogireports.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;

/**
 * Table 四 printed as two (or three) tables, as many county and department reports print it: a 行政复议
 * table (its five header cells over its five values), then a 行政诉讼 table (未经复议直接起诉 and 复议后起诉 over
 * the five header cells twice, over their ten values), under captions ({@code 表一：行政复议情况}, which
 * {@link TableCaptions} has put in the words {@code 行政复议}), sub-headings or nothing but a blank
 * line between them.
 *
 * <p>Each part is read as a table of its own: its header text names its groups ({@code 行政复议};
 * {@code 未经复议}/{@code 直接起诉} and {@code 复议后}, in the order they stand; {@code 行政诉讼} alone both
 * litigation groups, direct first) and its cells ({@link ColumnMap#reviewCellWords}, once per
 * group, in one order), and its values are exactly as many as its groups have cells. The table is
 * read only when the parts fill the three groups, each once; anything else is not this form, and
 * nothing is read from it.
 */
final class SplitReviewTables {

  private static final int PER_GROUP = ReviewCell.values().length;
  private static final int CELLS = ReviewLitigationReader.CELLS;

  /** One part: its header's text and its values. */
  private static final class Part {
    final StringBuilder header = new StringBuilder();
    final ValueRun run = new ValueRun();
    boolean headed;
  }

  private SplitReviewTables() {}

  /**
   * The table's value cells in the template's order (15), or null when the cells from {@code from}
   * are not table 四 printed in parts.
   */
  static List<Cell> read(List<Cell> cells, int from, int to) {
    List<Part> parts = new ArrayList<>();
    Part part = new Part();
    for (int i = from; i < to; i++) {
      Cell c = cells.get(i);
      if (c.heading()) {
        break;
      }
      if (c.isEmpty()) {
        if (part.run.size() > 0 || !ReviewLitigationReader.followedByText(cells, i + 1, to)) {
          part.run.addEmpty(c);
        }
        continue;
      }
      if (c.isValue()) {
        if (!part.headed) {
          if (!parts.isEmpty()) {
            return null; // values of no part
          }
          continue;
        }
        if (part.run.size() == CELLS) {
          return null;
        }
        part.run.addValue(c);
        continue;
      }
      if (c.isProse() || isSentence(c.text())) {
        // prose, or a line of it (未出现申请行政复议、提起行政诉讼的情况。): no header, and after values the end
        if (part.run.size() > 0) {
          break;
        }
        continue;
      }
      if (part.run.size() > 0) {
        if (!Vocabulary.isT4Header(c.text()) && Vocabulary.t4HeaderRun(c.text()) == 0) {
          break; // text after the values that starts no part
        }
        parts.add(part);
        part = new Part();
      }
      part.header.append(c.text());
      part.headed |= Vocabulary.isT4Header(c.text()) || Vocabulary.t4HeaderRun(c.text()) > 0;
    }
    if (part.run.size() > 0) {
      parts.add(part);
    }
    if (parts.size() < 2) {
      return null;
    }
    Cell[] slots = new Cell[CELLS];
    for (Part p : parts) {
      String header = p.header.toString();
      List<ReviewGroup> groups = groupsOf(header);
      int[] order = groups.isEmpty() ? null : cellOrder(header, groups.size());
      if (order == null) {
        return null;
      }
      p.run.closeTo(groups.size() * PER_GROUP);
      List<Cell> values = p.run.values();
      if (values.size() != groups.size() * PER_GROUP) {
        return null;
      }
      for (int g = 0; g < groups.size(); g++) {
        for (int k = 0; k < PER_GROUP; k++) {
          int slot = groups.get(g).ordinal() * PER_GROUP + order[k];
          if (slots[slot] != null) {
            return null;
          }
          slots[slot] = values.get(g * PER_GROUP + k);
        }
      }
    }
    for (Cell c : slots) {
      if (c == null) {
        return null;
      }
    }
    return Arrays.asList(slots);
  }

  /** True for a text with a sentence's punctuation, which no header cell prints. */
  private static boolean isSentence(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("。，,；;".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The groups a part's header names, in the order its values give them: 行政复议 alone; the litigation
   * groups it names, in the order they stand, or both (direct first) under {@code 行政诉讼} alone.
   * Empty when it names 行政复议 with a litigation group (no part, a whole table) or none.
   */
  static List<ReviewGroup> groupsOf(String header) {
    boolean review = header.contains("行政复议");
    int direct = firstOf(header, "未经复议", "直接起诉");
    int after = header.indexOf("复议后");
    boolean litigation = header.contains("诉讼") || direct >= 0 || after >= 0;
    if (review) {
      return litigation ? List.of() : List.of(ReviewGroup.REVIEW);
    }
    if (direct >= 0 && after >= 0) {
      return direct < after
          ? List.of(ReviewGroup.LITIGATION_DIRECT, ReviewGroup.LITIGATION_AFTER_REVIEW)
          : List.of(ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewGroup.LITIGATION_DIRECT);
    }
    if (direct >= 0) {
      return List.of(ReviewGroup.LITIGATION_DIRECT);
    }
    if (after >= 0) {
      return List.of(ReviewGroup.LITIGATION_AFTER_REVIEW);
    }
    return litigation
        ? List.of(ReviewGroup.LITIGATION_DIRECT, ReviewGroup.LITIGATION_AFTER_REVIEW)
        : List.of();
  }

  private static int firstOf(String text, String a, String b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  /**
   * The cell each of a group's five values is, from the header's cell words: five distinct cells,
   * printed once for each of the part's {@code groups} (or once over them all); null otherwise.
   */
  private static int[] cellOrder(String header, int groups) {
    List<Integer> words = new ArrayList<>();
    ColumnMap.reviewCellWords(header, words, null);
    if (words.size() < PER_GROUP
        || (words.size() != PER_GROUP && words.size() != PER_GROUP * groups)) {
      return null; // (a part whose header names no group's cells: no order)
    }
    int[] order = new int[PER_GROUP];
    boolean[] seen = new boolean[PER_GROUP];
    for (int k = 0; k < PER_GROUP; k++) {
      order[k] = words.get(k);
      if (seen[order[k]]) {
        return null;
      }
      seen[order[k]] = true;
    }
    for (int k = PER_GROUP; k < words.size(); k++) {
      if (words.get(k) != order[k % PER_GROUP]) {
        return null;
      }
    }
    return order;
  }
}
