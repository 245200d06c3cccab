package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ogireports.model.CellValue;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.ReviewLitigationTable;
import ogireports.model.RowStatus;
import ogireports.text.Normalise;
import ogireports.values.ValueNormaliser.ColumnKind;

/**
 * Reads table 四 (spec §2.3): the value cells after its header, mapped by position onto the groups
 * 行政复议, 未经复议直接起诉 and 复议后起诉 (5 cells each).
 *
 * <p>Any header fragment starts the table ({@code 行政复议}, {@code 结果维护}, the spaced {@code 维 持} of a
 * broken header), so the table is found even when its section heading is missing. The value run
 * ends at the first text after it, at a section heading, at prose, or at 15 cells.
 */
final class ReviewLitigationReader {

  static final int CELLS = ReviewGroup.values().length * ReviewCell.values().length;
  private static final int PER_GROUP = ReviewCell.values().length;

  /** Header fragments needed to call a table found when no value follows. */
  private static final int MIN_HEADER_CELLS = 3;

  /**
   * What was read.
   *
   * @param table the table, or null when none was found
   * @param layouts how many of the table's cells had each layout
   */
  record Reading(ReviewLitigationTable table, Map<CellLayout, Integer> layouts) {}

  private ReviewLitigationReader() {}

  /** Reads the table from {@code cells[from, to)}. */
  static Reading read(List<Cell> cells, int from, int to) {
    return read(cells, from, to, false);
  }

  /**
   * Reads the table from {@code cells[from, to)}; {@code afterHeading}: {@code from} is the first
   * cell after the section's heading, so values printed right after it, before any other cell, are
   * the table's with its header lost (read only when they are fifteen and every group adds up).
   */
  static Reading read(List<Cell> cells, int from, int to, boolean afterHeading) {
    Tally.Layouts layouts = new Tally.Layouts();
    List<Cell> bare = new ArrayList<>(); // values right after the heading, before any text
    boolean bareOpen = afterHeading;
    boolean textAfterValues = false;
    ValueRun run = new ValueRun();
    int headerCells = 0;
    int headerLine = 0;
    boolean surplus = false;
    boolean misread = false;
    StringBuilder header = new StringBuilder();
    int litigationLine = 0; // the line of the first header cell naming 行政诉讼
    boolean reviewBesideLitigation = false;
    int directLine = 0; // the lines of the first header cells naming 直接起诉 and 复议后起诉
    int afterReviewLine = 0;
    String rowLabel = null; // the text cell right before the values (a year's row: 2019年)
    int stop = to; // where the reading of the cells stopped
    boolean ranOut = true; // the cells ended before any text, heading or surplus value
    for (int i = from; i < to; i++) {
      Cell c = cells.get(i);
      if (c.heading()) {
        ranOut = false;
        break;
      }
      if (c.isEmpty()) {
        if (run.size() > 0 || !followedByText(cells, i + 1, to)) {
          run.addEmpty(c);
        } // else an empty header field (审 结\t\t果): no cell of the table
        continue;
      }
      if (c.isValue()) {
        if (bareOpen) {
          bare.add(c);
        }
        if (headerCells == 0
            || (c.layout() == CellLayout.LABEL_STREAM && headerCells < MIN_HEADER_CELLS)) {
          // In a label stream prose is cut into pieces too: a value needs a header before it.
          continue;
        }
        if (run.size() == CELLS) {
          surplus = true;
          ranOut = false;
          break;
        }
        run.addValue(c);
        layouts.count(c);
        continue;
      }
      bareOpen = false;
      if (headerCells > 0
          && run.size() < CELLS
          && (c.layout() != CellLayout.LABEL_STREAM || headerCells >= MIN_HEADER_CELLS)
          && OcrConfusions.isCandidate(c.text())) {
        // "53o 96 71 88 785 231 I9 …": a cell OCR printed with letters for digits, as no header
        // word has them; read as printed, the other cells would shift into its columns
        misread = true;
        ranOut = false;
        break;
      }
      if (run.size() > 0 || (c.isProse() && headerCells > 0)) {
        textAfterValues = run.size() > 0 && !c.isProse();
        stop = i;
        ranOut = false;
        break;
      }
      rowLabel = c.text();
      Cell glued = c.isProse() || headerCells == 0 ? null : valueAfterTotal(c);
      if (glued != null) {
        // "总计１件 | ０件 | …": the header's last word and the first value, the line break between
        // them lost; the value is the row's first cell
        header.append(TOTAL);
        headerCells++;
        layouts.count(c);
        run.addValue(glued);
        continue;
      }
      if (!c.isProse()) {
        header.append(c.text());
        String t = Normalise.stripSpaces(c.text());
        int litigation = t.indexOf(LITIGATION);
        if (litigation >= 0 && litigationLine == 0) {
          litigationLine = c.line();
        }
        int review = t.indexOf(REVIEW);
        if (review >= 0 && (review > litigation && litigation >= 0 || c.line() == litigationLine)) {
          reviewBesideLitigation = true; // 行政复议 after 行政诉讼 on the same line
        }
        if (t.contains(DIRECT) && directLine == 0) {
          directLine = c.line();
        }
        if (t.contains(AFTER_REVIEW) && afterReviewLine == 0) {
          afterReviewLine = c.line();
        }
      }
      if (!c.isProse() && Vocabulary.isT4Header(c.text())) {
        headerCells++;
        headerLine = headerLine == 0 ? c.line() : headerLine;
        layouts.count(c);
      } else if (!c.isProse()
          && c.layout() == CellLayout.LABEL_STREAM
          && Vocabulary.t4HeaderRun(c.text()) > 0) {
        // Header cells run together: each fragment counts as a header cell.
        headerCells += Vocabulary.t4HeaderRun(c.text());
        headerLine = headerLine == 0 ? c.line() : headerLine;
        layouts.count(c);
      }
    }
    run.closeTo(CELLS);
    if (misread) {
      return new Reading(
          undetermined(
              headerLine,
              "a cell printed with letters for digits (OCR): its cells' columns not determined;"
                  + " groups incomplete"),
          layouts.toMap());
    }
    if (run.size() == 0 && headerCells < MIN_HEADER_CELLS) {
      if (bareTable(bare)) {
        for (Cell c : bare) {
          layouts.count(c);
        }
        return new Reading(toTable(bare, true, bare.get(0).line(), false), layouts.toMap());
      }
      return new Reading(null, layouts.toMap());
    }
    if (textAfterValues && run.size() == CELLS && YearRows.isLabel(cells.get(stop).text())) {
      // a row per year (年度 | 行政复议 …: 2019年 | …, 2020年 | …): the report's year's row
      List<Cell> next = new ArrayList<>();
      for (int k = stop + 1; k < to && next.size() <= CELLS; k++) {
        Cell c = cells.get(k);
        if (c.isValue() || c.isEmpty()) {
          next.add(c);
        } else {
          break;
        }
      }
      int row = YearRows.current(rowLabel, cells.get(stop).text());
      if (row == 1 && next.size() >= CELLS) {
        return new Reading(
            toTable(next.subList(0, CELLS), true, cells.get(stop).line(), false), layouts.toMap());
      }
      if (row != 0) {
        return new Reading(undetermined(headerLine), layouts.toMap());
      }
    }
    if (textAfterValues && run.size() < CELLS) {
      // labels among the values (a transposed table, groups as rows): each value to its cell
      List<Cell> labelled = LabelledReviewCells.read(cells, from, to);
      if (labelled != null) {
        for (Cell c : labelled) {
          layouts.count(c);
        }
        return new Reading(toTable(labelled, true, headerLine, false), layouts.toMap());
      }
      // the table printed in parts (行政复议, then 行政诉讼), each with its header over its values
      List<Cell> parts = SplitReviewTables.read(cells, from, to);
      if (parts != null) {
        for (Cell c : parts) {
          layouts.count(c);
        }
        return new Reading(toTable(parts, true, headerLine, false), layouts.toMap());
      }
    }
    // the header's order is the line order where its cells stand a line each (a cell per line)
    boolean inLineOrder =
        reviewBesideLitigation
            || (directLine > 0 && afterReviewLine > 0 && directLine != afterReviewLine);
    if (litigationFirst(header.toString(), inLineOrder)) {
      // "行政诉讼 | 行政复议": the groups in another order than the template's; read only when the
      // row is whole, with the header's order of the groups
      return new Reading(
          run.size() == CELLS && ColumnMap.ofReviewHeader(header.toString()) == null
              ? toTable(reviewGroupFirst(run.values()), true, headerLine, false)
              : undetermined(headerLine),
          layouts.toMap());
    }
    ColumnMap order = ColumnMap.ofReviewHeader(header.toString());
    if (order != null && !order.agrees(run.values())) {
      order = null;
    }
    if (order == null && run.size() > 0 && run.size() < CELLS && runTogether(run.values())) {
      List<long[]> splits = RunTogether.reviewSplits(run.values(), CELLS, PER_GROUP);
      if (splits != null && !splits.isEmpty()) {
        return new Reading(recovered(run.values(), splits, headerLine), layouts.toMap());
      }
    }
    if (run.size() > 0
        && run.size() < CELLS
        && run.size() % PER_GROUP != 0
        && run.showsEmptyCells()
        && onOneLine(run.values())
        && !run.cut()) {
      // a row of fields that lost cells (not one the text's end cuts, nor whole groups, the first
      // part of a table printed in parts): placed by the groups' sums alone, never by position
      return new Reading(shortRow(run.values(), headerLine), layouts.toMap());
    }
    if (edgeBeforeShortRow(run)
        && fieldsOfRow(cells, from, to, run.values().get(1).row()) == CELLS
        && headerOpensWithPipe(cells, from, to)) {
      // "| 行政复议 | …" over "| 1 | 0 | 1 | 2 | 0 | … |": a page whose rows open with the edge pipe;
      // the empty field before fourteen numbers, the line's only other field, is that edge, not a
      // blank first cell ("|  | 0 | …" prints the edge and a blank cell)
      List<Cell> printed = run.values().subList(1, CELLS);
      return new Reading(shortRow(printed, headerLine), layouts.toMap());
    }
    if (order == null && otherOrderAddsUp(run.values(), header.toString())) {
      // the header does not show its order (a word lost) and only another order adds up
      return new Reading(undetermined(headerLine), layouts.toMap());
    }
    List<Cell> values = order == null ? run.values() : order.inTemplateOrder(run.values());
    boolean placeable =
        run.showsEmptyCells()
            || (order == null && ranOut && to == cells.size() && cutInOrder(values));
    return new Reading(toTable(values, placeable, headerLine, surplus), layouts.toMap());
  }

  /**
   * True when values a cell per line, fewer than the table's, that the text's end cuts, are its
   * first cells in order: they print their zeros (a page that leaves zero cells empty, its empty
   * cells lost, prints none), and each group they fill adds up to its 总计. An excerpt cut inside
   * table 四 then keeps the groups it shows whole.
   */
  private static boolean cutInOrder(List<Cell> values) {
    if (values.size() < PER_GROUP || values.size() >= CELLS) {
      return false;
    }
    boolean zero = false;
    for (Cell c : values) {
      Long v = c.read(ColumnKind.COUNT).asCount();
      if (v == null) {
        return false;
      }
      zero |= v == 0;
    }
    return zero && groupsAddUp(values);
  }

  /**
   * True when the table's header names the 行政诉讼 groups ({@code 行政诉讼}, {@code 未经复议直接起诉}) before
   * {@code 行政复议}, both 行政诉讼 groups in the template's order (直接起诉, then 复议后起诉): a table that prints
   * the litigation first. A header that names them in another order, or not at all, is the
   * template's; so is one whose 行政诉讼 comes first only by lines that do not keep its order ({@code
   * inLineOrder} false).
   */
  static boolean litigationFirst(String header, boolean inLineOrder) {
    String h = Normalise.stripSpaces(header);
    int review = h.indexOf(REVIEW);
    int direct = h.indexOf(DIRECT);
    int after = h.indexOf(AFTER_REVIEW);
    int litigation = h.indexOf(LITIGATION);
    if (review < 0 || direct < 0 || after < direct) {
      return false;
    }
    // 行政诉讼 before 行政复议 tells the order only where the header's lines keep it (on one line, or
    // a cell per line): a PDF's text gives the template's 行政复议, set over both header rows and
    // centred, on a line of its own after 行政诉讼's, above the row of 未经复议直接起诉 | 复议后起诉
    return direct < review || (litigation >= 0 && litigation < review && inLineOrder);
  }

  private static final String REVIEW = Vocabulary.T4_REVIEW;
  private static final String LITIGATION = Vocabulary.T4_LITIGATION;
  private static final String DIRECT = Vocabulary.T4_DIRECT;
  private static final String AFTER_REVIEW = Vocabulary.T4_AFTER_REVIEW;

  /** Fifteen values printed 直接起诉, 复议后起诉, 行政复议, in the template's order: 行政复议 first. */
  private static List<Cell> reviewGroupFirst(List<Cell> values) {
    List<Cell> out = new ArrayList<>(values.subList(2 * PER_GROUP, CELLS));
    out.addAll(values.subList(0, 2 * PER_GROUP));
    return out;
  }

  /**
   * True when fifteen values do not add up in the template's order but do with each group's 总计
   * printed first, and the header, its words not all found, does not tell which order it prints (a
   * header printing 总计 first with a word lost to the page's furniture): the cells are then not
   * placed by the template's order.
   */
  private static boolean otherOrderAddsUp(List<Cell> values, String header) {
    if (values.size() != CELLS) {
      return false;
    }
    long[] counts = Cell.counts(values, 0, CELLS);
    return counts != null && otherOrderAddsUp(counts, header);
  }

  /** {@link #otherOrderAddsUp(List, String)} of fifteen numbers. */
  static boolean otherOrderAddsUp(long[] values, String header) {
    if (values.length != CELLS) {
      return false;
    }
    List<Integer> words = new ArrayList<>();
    ColumnMap.reviewCellWords(header, words, null);
    if (words.size() == PER_GROUP || words.size() == CELLS) {
      return false;
    }
    boolean template = true;
    boolean totalFirst = true;
    for (int start = 0; start < CELLS; start += PER_GROUP) {
      long sum = 0;
      for (int k = 1; k < PER_GROUP - 1; k++) {
        sum += values[start + k];
      }
      template &= sum + values[start] == values[start + PER_GROUP - 1];
      totalFirst &= sum + values[start + PER_GROUP - 1] == values[start];
    }
    return !template && totalFirst;
  }

  /**
   * True when a row of fields is fifteen cells only by the empty field before its first number:
   * fourteen numbers after it, on one line that the text's end does not cut. Whether that field is
   * a blank first cell or the line's opening pipe, the row alone does not tell ({@link
   * #headerOpensWithPipe}).
   */
  private static boolean edgeBeforeShortRow(ValueRun run) {
    List<Cell> values = run.values();
    if (values.size() != CELLS || !run.showsEmptyCells() || run.cut() || !values.get(0).isEmpty()) {
      return false;
    }
    for (int k = 1; k < CELLS; k++) {
      if (values.get(k).isEmpty() || values.get(k).line() != values.get(0).line()) {
        return false;
      }
    }
    return true;
  }

  /** How many cells of {@code cells[from, to)} stand in physical row {@code row}. */
  private static int fieldsOfRow(List<Cell> cells, int from, int to, int row) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += cells.get(i).row() == row ? 1 : 0;
    }
    return n;
  }

  /**
   * True when every pipe row of the table's header, up to its first value, opens with an empty
   * field ({@code | 行政复议 | 行政诉讼 |}), and there is one: the page prints each row between edge pipes
   * (a Markdown table). Table 四's header has no corner cell, so a page without edge pipes opens its
   * header rows with a word ({@code 行政复议 | 行政诉讼 |}), and there an empty field opening the row of
   * values is a blank first cell.
   */
  static boolean headerOpensWithPipe(List<Cell> cells, int from, int to) {
    int rows = 0;
    for (int i = from; i < to; i++) {
      Cell c = cells.get(i);
      if (c.heading() || c.isValue()) {
        break;
      }
      boolean firstOfRow = i == 0 || cells.get(i - 1).row() != c.row();
      if (c.layout() != CellLayout.PIPE_FIELD || !firstOfRow) {
        continue;
      }
      if (!c.isEmpty()) {
        return false;
      }
      rows++;
    }
    return rows > 0;
  }

  /**
   * True when the cells stand on one line: a row of fields (pipe or tab rows), not a cell per line.
   */
  private static boolean onOneLine(List<Cell> values) {
    for (Cell c : values) {
      if (c.line() != values.get(0).line()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The table from a row printing fewer than fifteen values: {@link RowStatus#RECOVERED} groups
   * when {@link ShortReviewRow#placed} places the lost cells, else every group incomplete.
   */
  private static ReviewLitigationTable shortRow(List<Cell> values, int headerLine) {
    long[] printed = Cell.counts(values, 0, values.size());
    long[] row = printed == null ? null : ShortReviewRow.placed(printed);
    int line = values.get(0).line();
    if (row == null) {
      return undetermined(
          line,
          values.size(),
          values.size()
              + " of "
              + CELLS
              + " cells: no one placement of the lost cells makes every group add up;"
              + " groups RV, LD, LR incomplete");
    }
    List<ReviewLitigationRow> groups = new ArrayList<>();
    for (ReviewGroup g : ReviewGroup.values()) {
      List<CellValue> cells = new ArrayList<>(PER_GROUP);
      for (int k = g.ordinal() * PER_GROUP; k < (g.ordinal() + 1) * PER_GROUP; k++) {
        cells.add(CellValue.number(Long.toString(row[k]), row[k]));
      }
      groups.add(new ReviewLitigationRow(g, cells, RowStatus.RECOVERED, line));
    }
    return new ReviewLitigationTable(
        groups,
        values.size(),
        List.of(
            values.size()
                + " of "
                + CELLS
                + " cells: the lost cells placed where every group adds up, the one placement"));
  }

  /** Table 四 with every group incomplete: its cells' order not determined. */
  private static ReviewLitigationTable undetermined(int headerLine) {
    return undetermined(
        headerLine,
        "the header does not show the order of each group's cells, and the values add up only"
            + " with 总计 first; groups incomplete");
  }

  /** Table 四 with every group incomplete, for {@code problem}. */
  private static ReviewLitigationTable undetermined(int headerLine, String problem) {
    return undetermined(headerLine, CELLS, problem);
  }

  /** Table 四 with every group incomplete, {@code valuesFound} values read, for {@code problem}. */
  private static ReviewLitigationTable undetermined(int line, int valuesFound, String problem) {
    List<ReviewLitigationRow> groups = new ArrayList<>();
    for (ReviewGroup g : ReviewGroup.values()) {
      groups.add(new ReviewLitigationRow(g, List.of(), RowStatus.INCOMPLETE, line));
    }
    return new ReviewLitigationTable(groups, valuesFound, List.of(problem));
  }

  /** The header's last word, 总计 of 复议后起诉. */
  private static final String TOTAL = "总计";

  /**
   * The count glued after the header's last word ({@code 1件} of {@code 总计1件}) as a value cell of
   * the same line and row, or null when the cell is not {@code 总计} followed by a count.
   */
  private static Cell valueAfterTotal(Cell c) {
    String text = c.text();
    if (!text.startsWith(TOTAL) || text.length() == TOTAL.length()) {
      return null;
    }
    String rest = text.substring(TOTAL.length());
    if (rest.charAt(0) < '0' || rest.charAt(0) > '9') {
      return null;
    }
    Cell value = new Cell(rest, rest, c.line(), c.row(), c.layout(), false);
    return value.isValue() && value.read(ColumnKind.COUNT).isInteger() ? value : null;
  }

  /**
   * True when values printed with no header before them are the table's: fifteen, each group adding
   * up in the template's order.
   */
  private static boolean bareTable(List<Cell> values) {
    return values.size() == CELLS && groupsAddUp(values);
  }

  /**
   * True when each group of the values (the fifteen, or the complete groups of fewer), in the
   * template's order, prints plain counts and its 总计 is the sum of its four others: the order is
   * then borne out by the values themselves.
   */
  static boolean groupsAddUp(List<Cell> values) {
    int end = Math.min(values.size(), CELLS);
    long[] counts = Cell.counts(values, 0, end - end % PER_GROUP);
    return counts != null && groupsAddUp(counts, counts.length);
  }

  /** {@link #groupsAddUp(List)} of the fifteen numbers. */
  static boolean groupsAddUp(long[] values) {
    return values.length == CELLS && groupsAddUp(values, CELLS);
  }

  /** True when each complete group of {@code values[0, n)} prints its four cells' sum as 总计. */
  private static boolean groupsAddUp(long[] values, int n) {
    int total = ReviewCell.TOTAL.ordinal();
    for (int start = 0; start + PER_GROUP <= n; start += PER_GROUP) {
      long sum = 0;
      for (int k = 0; k < PER_GROUP; k++) {
        sum += k == total ? 0 : values[start + k];
      }
      if (values[start + total] != sum) {
        return false;
      }
    }
    return true;
  }

  /** True when the next cell that is not empty, from {@code i}, is text rather than a value. */
  static boolean followedByText(List<Cell> cells, int i, int to) {
    for (int k = i; k < to; k++) {
      Cell c = cells.get(k);
      if (!c.isEmpty()) {
        return !c.isValue() && !c.heading();
      }
    }
    return false;
  }

  /**
   * True when the short run's separators may have been lost rather than empty cells: one cell, or
   * words of a row found in a label stream (which keeps every printed boundary).
   */
  private static boolean runTogether(List<Cell> values) {
    if (values.size() == 1) {
      return true;
    }
    for (Cell c : values) {
      if (c.layout() != CellLayout.LABEL_STREAM) {
        return false;
      }
    }
    return true;
  }

  /**
   * The table from digits whose separators were lost ({@code 000000000000000}): with one split that
   * makes every group add up, its groups are {@link RowStatus#RECOVERED}; with several, every group
   * is {@link RowStatus#INCOMPLETE} with no cells (never a guess).
   */
  private static ReviewLitigationTable recovered(
      List<Cell> values, List<long[]> splits, int headerLine) {
    List<ReviewLitigationRow> groups = new ArrayList<>();
    int line = values.get(0).line();
    if (splits.size() > 1) {
      for (ReviewGroup g : ReviewGroup.values()) {
        groups.add(new ReviewLitigationRow(g, List.of(), RowStatus.INCOMPLETE, line));
      }
      String count = splits.size() >= RunTogether.MAX_CANDIDATES ? "many" : "" + splits.size();
      return new ReviewLitigationTable(
          groups,
          values.size(),
          List.of("run-together digits admit " + count + " splits; groups RV, LD, LR incomplete"));
    }
    long[] split = splits.get(0);
    for (ReviewGroup g : ReviewGroup.values()) {
      List<CellValue> cells = new ArrayList<>(PER_GROUP);
      for (int k = g.ordinal() * PER_GROUP; k < (g.ordinal() + 1) * PER_GROUP; k++) {
        cells.add(CellValue.number(Long.toString(split[k]), split[k]));
      }
      groups.add(new ReviewLitigationRow(g, cells, RowStatus.RECOVERED, line));
    }
    return new ReviewLitigationTable(groups, CELLS, List.of());
  }

  /**
   * The groups from the cells read. Fewer than 15 cells in a layout that prints empty cells are the
   * first cells of the row when the text's end cuts it (a row that lost cells is placed by {@link
   * #shortRow}), so the groups they fill are kept. One cell per line cannot show an empty cell, so
   * there fewer than 15 cells cannot be placed in their columns: every group is incomplete.
   */
  private static ReviewLitigationTable toTable(
      List<Cell> values, boolean showsEmptyCells, int headerLine, boolean surplus) {
    List<ReviewLitigationRow> groups = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> incomplete = new ArrayList<>();
    boolean placeable = showsEmptyCells || values.size() >= CELLS;
    for (ReviewGroup g : ReviewGroup.values()) {
      int start = g.ordinal() * PER_GROUP;
      if (placeable && values.size() >= start + PER_GROUP) {
        List<CellValue> cells = new ArrayList<>(PER_GROUP);
        boolean blanks = false;
        for (int k = start; k < start + PER_GROUP; k++) {
          CellValue v = values.get(k).read(ColumnKind.COUNT);
          blanks |= v.blank();
          cells.add(v);
        }
        groups.add(
            new ReviewLitigationRow(
                g, cells, blanks ? RowStatus.BLANKS : RowStatus.OK, values.get(start).line()));
      } else {
        int line = placeable && values.size() > start ? values.get(start).line() : headerLine;
        groups.add(new ReviewLitigationRow(g, List.of(), RowStatus.INCOMPLETE, line));
        incomplete.add(g.specId());
      }
    }
    if (!incomplete.isEmpty()) {
      problems.add(
          values.size()
              + " of "
              + CELLS
              + " cells"
              + (placeable ? "" : ", one per line: empty cells cannot be placed")
              + "; groups "
              + String.join(", ", incomplete)
              + " incomplete");
    }
    if (surplus) {
      problems.add("more than " + CELLS + " cells after the header");
    }
    return new ReviewLitigationTable(groups, values.size(), problems);
  }
}
