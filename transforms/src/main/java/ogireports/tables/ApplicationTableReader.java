package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.RowStatus;
import ogireports.model.Template;
import ogireports.text.Normalise;
import ogireports.values.ValueNormaliser.ColumnKind;

/**
 * Reads table 三 (spec §2.2) from a run of cells by walking its label sequence in order.
 *
 * <p>Text cells are matched against the labels still ahead ({@link Vocabulary#T3_LABELS}), by
 * unique key, by equality or as the first fragment of a wrapped label; a fragment that completes
 * the current label is glued to it. After a data label the following value cells are its cells, up
 * to the next label, so a row never takes the values of the label after it. The table ends at a
 * section heading, at prose after rows, at the first table 四 header cell, or once {@code
 * 四、结转下年度继续办理} has its cells.
 */
final class ApplicationTableReader {

  private static final int COLUMNS = ApplicantColumn.values().length;
  private static final int R_OTHER_AT = indexOf(ApplicationRowId.R_OTHER);
  private static final int R_OTHER_3_AT = indexOf(ApplicationRowId.R_OTHER_3);

  /** A data row while it is read: label fragments and value cells. */
  private static final class Draft {
    final ApplicationRowId id;
    String label;
    String labelText;
    final int line;
    final ValueRun run;

    /**
     * A cell of the row is a word OCR printed with letters for digits ({@link
     * OcrConfusions#isCandidate}): no cell of the row can be placed in its column.
     */
    boolean misread;

    Draft(ApplicationRowId id, Cell first) {
      this.id = id;
      this.line = first.line();
      this.run = new ValueRun(first.row());
      this.label = Normalise.stripSpaces(first.raw());
      this.labelText = first.text();
    }

    void glue(Cell fragment) {
      label = label + Normalise.stripSpaces(fragment.raw());
      labelText = labelText + fragment.text();
    }
  }

  /**
   * What was read.
   *
   * @param found whether a table 三 was seen at all (a header or a row)
   * @param printed the columns of a table that does not print the template's seven, as its header
   *     names them and its rows confirm ({@link ColumnMap#ofApplicationHeader}), else null
   * @param otherColumns whether the header names other columns than the template's, or 总计 first,
   *     whether or not the rows bear it out
   * @param end index of the first cell after the table
   * @param layouts how many of the table's cells had each layout
   */
  record Reading(
      boolean found,
      List<DraftRow> rows,
      int subtotalColumn,
      ColumnMap printed,
      boolean otherColumns,
      int end,
      Map<CellLayout, Integer> layouts) {

    /** This reading with every row's values taken away (rows found, none of their cells told). */
    Reading withoutValues() {
      List<DraftRow> none = new ArrayList<>(rows.size());
      for (DraftRow r : rows) {
        none.add(new DraftRow(r.id(), r.label(), r.line(), List.of()));
      }
      return new Reading(found, none, subtotalColumn, printed, otherColumns, end, layouts);
    }

    boolean has(ApplicationRowId id) {
      for (DraftRow r : rows) {
        if (r.id() == id) {
          return true;
        }
      }
      return false;
    }
  }

  /** One row as read, before it is checked against the template. */
  record DraftRow(ApplicationRowId id, String label, int line, List<Cell> values) {}

  private ApplicationTableReader() {}

  /** Reads the table from {@code cells[from, to)}. */
  static Reading read(List<Cell> cells, int from, int to) {
    cells = RowOrder.inTemplateOrder(cells, from, to); // 二 before 一: read by their labels
    cells = ValuesFirst.labelsFirst(cells, from, to); // each row's values before its label
    List<Draft> drafts = new ArrayList<>();
    Tally.Layouts layouts = new Tally.Layouts();
    List<String> header = new ArrayList<>();
    boolean started = false;
    int pointer = 0;
    Draft current = null;
    Cell fragment = null; // the last unmatched text: it may start the next label (wrapped)
    int expected = COLUMNS;
    // the header's cells changed since expected was told from them: told again only where read
    boolean headerChanged = false;
    int i = from;
    for (; i < to; i++) {
      Cell c = cells.get(i);
      if (c.heading()) {
        break;
      }
      if (c.isEmpty()) {
        if (current != null) {
          current.run.addEmpty(c);
        }
        continue;
      }
      if (c.isValue()) {
        fragment = null;
        if (current != null) {
          current.run.addValue(c);
          layouts.count(c);
          if (headerChanged) {
            expected = expectedColumns(header);
            headerChanged = false;
          }
          if (current.id == ApplicationRowId.CARRY_OUT && current.run.size() == expected) {
            // The last row has its cells: keep the empty fields after it on its line (fillers),
            // and the values too (a column the header did not show: the row is then too long).
            // Where empty cells are not shown (cells by labels or one per line), values right
            // after a row whose cells do not add up are its own run on (rows or columns printed
            // after the labels, their separators lost): the row is then too long, its cells not
            // determined.
            boolean runsOn =
                !c.layout().showsEmptyCells()
                    && expected == COLUMNS
                    && !addsUp(current.run.values());
            for (i++;
                i < to && !cells.get(i).heading() && onItsLine(c, cells.get(i), runsOn);
                i++) {
              Cell next = cells.get(i);
              if (next.isEmpty()) {
                current.run.addEmpty(next);
              } else if (next.isValue()) {
                current.run.addValue(next);
                c = next;
              } else {
                current.misread |= OcrConfusions.isCandidate(next.text());
                break;
              }
            }
            // Cells one per line, values running on past the row's holding a word OCR printed with
            // letters for digits ("14⏎l⏎o⏎…⏎l5"): rows printed after their labels, so the row's
            // cells are not told from the others' (the letters hide which values are whose)
            current.misread |= !c.layout().showsEmptyCells() && misreadRunOn(cells, i, to);
            break;
          }
        }
        continue;
      }
      if (c.isProse()) {
        if (!drafts.isEmpty()) {
          break;
        }
        continue;
      }
      Cell whole = current == null ? null : ThousandsApart.continued(current.run.values(), c);
      if (whole != null) {
        // "…⇥57⇥1⏎,869": the 总计 1,869 broken at its thousand separator
        current.run.continueLast(whole);
        layouts.count(c);
        continue;
      }
      if (current != null && OcrConfusions.isCandidate(c.text())) {
        // "1 0 0 O 0 0 I": a cell OCR printed with letters for digits, as no label has them; read
        // as printed, the row's other cells would shift into its columns
        current.misread = true;
        layouts.count(c);
        continue;
      }
      if (current != null && continues(current, c)) {
        current.glue(c);
        layouts.count(c);
        continue;
      }
      int match = find(c.text(), pointer, started);
      if (match < 0 && fragment != null) {
        match = find(fragment.text() + c.text(), pointer, started);
        if (match < 0 || !Vocabulary.T3_LABELS.get(match).label().startsWith(fragment.text())) {
          match = -1;
        } else {
          c = joined(fragment, c);
        }
      }
      if (match < 0 && started && current != null && current.run.size() > 0) {
        // After a row with values (all of them, or digits run together that the arithmetic
        // splits later), a garbled label with the next sub-item's number is that sub-item.
        match = nextNumbered(c.text(), pointer);
      }
      if (match >= 0) {
        Vocabulary.T3Label label = Vocabulary.T3_LABELS.get(match);
        if (fragment != null
            && c != fragment
            && label.label().startsWith(fragment.text() + c.text())) {
          c = joined(fragment, c);
        }
        fragment = null;
        int glued = gluedValueEnd(c.text(), label);
        if (glued > 0 && current != null && noRowSkipped(pointer, match, current.id)) {
          // "44二、上年结转…": the row's last value, its separator lost, is glued to the next label
          current.run.addValue(gluedValue(c, glued));
        }
        if (drafts.isEmpty() && !label.isGroup()) {
          // "小计一、本年新收…": the header's last word, its separator lost, is glued to the first row
          String before = textBefore(c.text(), label);
          if (!before.isEmpty()) {
            header.add(before);
            headerChanged = true;
          }
        }
        dropOtherGroup(drafts, label);
        pointer = match + 1;
        started = true;
        layouts.count(c);
        if (label.isGroup()) {
          current = null;
        } else {
          current = new Draft(label.rowId(), c);
          drafts.add(current);
          List<Cell> first = valuesAfterLabel(c);
          if (headerChanged) {
            expected = expectedColumns(header);
            headerChanged = false;
          }
          if (first.size() < expected) {
            // "3.危及“三安全一稳定” 1": the row's first cells on its label's line, the others after
            // it (a label line printing the whole row is a PDF text row, read by its labels)
            for (Cell value : first) {
              current.run.addValue(value);
              layouts.count(value);
            }
          }
        }
        continue;
      }
      if (started && (Vocabulary.isT4Header(c.text()) || Vocabulary.t4HeaderRun(c.text()) >= 3)) {
        break;
      }
      if (drafts.isEmpty()) {
        fragment = c;
        header.add(c.text());
        if (isHeaderMarker(c.text())) {
          started = true;
        }
        headerChanged = true;
        continue;
      }
      if (current != null && current.run.size() == 0) {
        current.glue(c);
        layouts.count(c);
      } else if (current != null && current.id == ApplicationRowId.CARRY_OUT && hasHan(c.text())) {
        // "四、结转下年度继续办理174000021⏎附表：2021年…": the last row's values end at the words after
        // them (a caption, another table's header or labels); their numbers are never this row's
        // (an OCR'd O among the values is no word)
        break;
      }
      fragment = c;
    }
    if (headerChanged) {
      expected = expectedColumns(header);
    }
    ColumnMap printed = ColumnMap.ofApplicationHeader(header);
    boolean otherColumns = printed != null;
    if (printed != null) {
      List<List<Cell>> runs = new ArrayList<>(drafts.size());
      for (Draft d : drafts) {
        runs.add(d.run.values());
      }
      if (printed.confirmedBy(runs)) {
        expected = printed.size();
      } else {
        printed = null;
        expected = COLUMNS + (subtotalColumn(header) >= 0 ? 1 : 0);
      }
    }
    int fillers = fillers(drafts, expected);
    for (Draft d : drafts) {
      d.run.closeTo(expected, fillers);
    }
    List<DraftRow> rows = new ArrayList<>();
    for (Draft d : drafts) {
      // "…⏎（七）总计⏎四、结转下年度继续办理⏎12 2 0 0 0 0 14⏎1 0 0 0 0 0 1⏎…": the labels printed first
      // and the rows after them (a PDF extractor's order, here cut before its end); what follows
      // the
      // last label is the first rows', not the last's
      boolean afterLabelHeap = onlyRowWithValues(drafts, d);
      rows.add(
          new DraftRow(
              d.id, d.label, d.line, d.misread || afterLabelHeap ? List.of() : d.run.values()));
    }
    int subtotal = subtotalColumn(header);
    ColumnMap totalFirst = ColumnMap.ofApplicationTotalFirst(header);
    if (printed == null
        && subtotal < 0
        && totalFirst != null
        && totalFirst.confirmedBy(runs(rows))) {
      rows = inTemplateOrder(totalFirst, rows);
    }
    otherColumns |= totalFirst != null;
    return new Reading(started, rows, subtotal, printed, otherColumns, i, layouts.toMap());
  }

  /**
   * How many values a row of the table prints, as its header so far tells: the template's 7, one
   * more with a 小计 column or a 合计 column after 总计. (A table printing fewer columns is read with 7
   * until its rows confirm the form: a short last row then does not end the table early.)
   */
  private static int expectedColumns(List<String> header) {
    ColumnMap printed = ColumnMap.ofApplicationHeader(header);
    if (printed != null && printed.size() > COLUMNS) {
      return printed.size();
    }
    return COLUMNS + (subtotalColumn(header) >= 0 ? 1 : 0);
  }

  /**
   * Table 三 printed with other columns than the template's ({@link ColumnMap}): a row with as many
   * values as the table prints columns has them in their columns, and {@link
   * CellValue#notPrinted()} cells for the others; any other row is {@link RowStatus#INCOMPLETE}. No
   * row is read again from its digits: the splits of run-together digits assume the template's
   * columns.
   */
  private static ApplicationTable printedTable(Reading reading, Template template) {
    ColumnMap printed = reading.printed();
    List<ApplicationRow> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<DraftRow> shortRows = new ArrayList<>();
    for (DraftRow d : reading.rows()) {
      if (d.values().size() != printed.size()) {
        if (!shortRows.isEmpty() && shortRows.get(0).values().size() != d.values().size()) {
          flushShort(problems, shortRows, printed.size());
        }
        shortRows.add(d);
        rows.add(new ApplicationRow(d.id(), d.label(), List.of(), RowStatus.INCOMPLETE, d.line()));
        continue;
      }
      flushShort(problems, shortRows, printed.size());
      List<CellValue> cells = printed.cells(d.values());
      boolean blanks = false;
      for (CellValue v : cells) {
        blanks |= v.blank();
      }
      rows.add(
          new ApplicationRow(
              d.id(), d.label(), cells, blanks ? RowStatus.BLANKS : RowStatus.OK, d.line()));
    }
    flushShort(problems, shortRows, printed.size());
    problems.addAll(missingRows(reading, template));
    if (rows.isEmpty()) {
      problems.add("no data rows found");
    }
    return new ApplicationTable(rows, problems);
  }

  /** The value cells of each row. */
  private static List<List<Cell>> runs(List<DraftRow> rows) {
    List<List<Cell>> out = new ArrayList<>(rows.size());
    for (DraftRow r : rows) {
      out.add(r.values());
    }
    return out;
  }

  /**
   * The rows with each full row's cells put in the template's order by a map that prints every
   * column (总计 first: its first cell moved to the end). A row with more or fewer cells keeps none:
   * its digits would be split back ({@link RunTogether}) as if the cells stood in the template's
   * order.
   */
  private static List<DraftRow> inTemplateOrder(ColumnMap map, List<DraftRow> rows) {
    List<DraftRow> out = new ArrayList<>(rows.size());
    for (DraftRow r : rows) {
      List<Cell> values =
          r.values().size() == map.size() ? map.inTemplateOrder(r.values()) : List.of();
      out.add(new DraftRow(r.id(), r.label(), r.line(), values));
    }
    return out;
  }

  /**
   * How many empty fields the table's rows print after their cells (span fillers such as a trailing
   * {@code ||}), as the rows whose cells fit only one way show: the most common count, the smallest
   * on a tie, 0 without such rows. Rows with empty cells take their columns from it ({@link
   * ValueRun#closeTo(int, int)}).
   */
  private static int fillers(List<Draft> drafts, int expected) {
    Map<Integer, Integer> counts = new java.util.TreeMap<>();
    for (Draft d : drafts) {
      int f = d.run.fillers(expected);
      if (f >= 0) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    return Tally.mostFrequent(counts).orElse(0);
  }

  /**
   * Builds the table for a template: rows with 7 cells, statuses and problems.
   *
   * <p>Two kinds of rows are read again from their digits ({@link RunTogether}):
   *
   * <ul>
   *   <li>a row with fewer cells than columns whose cells are digit runs (separators lost, {@code
   *       640020470}): its readings are the splits that satisfy its row total;
   *   <li>a row with all its cells, every one plain digits, that does not add up (its total is not
   *       the sum of its parts) while its digits, cut elsewhere, also read as rows that do: the
   *       separators may have been lost in one place and added in another, so the count of cells
   *       matches by chance. Its readings are the printed one and those splits; a filer's
   *       arithmetic error looks the same, so the printed reading is only dropped when the table's
   *       equations rule it out. A row whose digits read no other way is kept as printed (and
   *       {@code T3_ROW_TOTAL} fails on it).
   * </ul>
   *
   * The readings are narrowed by the 勾稽 balance and the result sums ({@link TableEquations}),
   * jointly when several rows are in question. A row left with one reading other than the printed
   * one is {@link RowStatus#RECOVERED}; with several, or none, it is {@link RowStatus#INCOMPLETE}
   * with null cells; a row left with its printed reading is kept as read.
   */
  static ApplicationTable toTable(Reading reading, Template template) {
    if (reading.printed() != null) {
      return printedTable(reading, template);
    }
    int subtotal = reading.subtotalColumn();
    int expected = COLUMNS + (subtotal >= 0 ? 1 : 0);
    List<DraftRow> drafts = reading.rows();
    List<List<CellValue>> cells = new ArrayList<>();
    List<long[]> known = new ArrayList<>();
    List<long[]> printed = new ArrayList<>();
    List<List<long[]>> readings = new ArrayList<>();
    for (DraftRow d : drafts) {
      if (d.values().size() == expected && !printedByColumns(d)) {
        List<CellValue> row = new ArrayList<>(COLUMNS);
        for (int k = 0; k < d.values().size(); k++) {
          if (k != subtotal) {
            row.add(d.values().get(k).read(ColumnKind.COUNT));
          }
        }
        long[] counts = counts(row);
        cells.add(row);
        known.add(counts);
        List<long[]> other =
            counts == null || addsUp(counts) ? null : otherReadings(d, expected, subtotal);
        printed.add(other == null ? null : counts);
        if (other == null) {
          readings.add(null);
        } else {
          List<long[]> all = new ArrayList<>();
          all.add(counts);
          all.addAll(other);
          readings.add(all);
        }
      } else {
        cells.add(null);
        known.add(null);
        printed.add(null);
        if (d.values().size() > expected) {
          readings.add(brokenCells(d, expected, subtotal));
          continue;
        }
        List<String> pieces =
            d.values().isEmpty() || d.values().size() >= expected || onePerLine(d) || cutShort(d)
                ? null
                : RunTogether.pieces(d.values());
        readings.add(
            RunTogether.applies(pieces, expected)
                ? RunTogether.splits(pieces, expected, subtotal)
                : null);
      }
    }
    List<ApplicationRowId> ids = new ArrayList<>(drafts.size());
    for (DraftRow d : drafts) {
      ids.add(d.id());
    }
    TableEquations.narrow(
        ids, known, readings, TableEquations.of(template), RunTogether.MAX_CANDIDATES);

    List<ApplicationRow> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<DraftRow> shortRows = new ArrayList<>();
    boolean[] shortRow = new boolean[drafts.size()];
    for (int r = 0; r < drafts.size(); r++) {
      DraftRow d = drafts.get(r);
      List<long[]> left = readings.get(r);
      boolean asPrinted = left != null && left.size() == 1 && left.get(0) == printed.get(r);
      if (left != null && left.size() == 1 && !asPrinted) {
        flushShort(problems, shortRows, expected);
        rows.add(
            new ApplicationRow(
                d.id(), d.label(), recovered(left.get(0)), RowStatus.RECOVERED, d.line()));
        continue;
      }
      if (left != null && !asPrinted) {
        flushShort(problems, shortRows, expected);
        problems.add(readingsProblem(d, left, printed.get(r)));
        // a short row whose digits split no way: its values are cells set apart after all
        shortRow[r] =
            left.isEmpty()
                && printed.get(r) == null
                && d.values().size() < expected
                && !cutShort(d);
        rows.add(new ApplicationRow(d.id(), d.label(), List.of(), RowStatus.INCOMPLETE, d.line()));
        continue;
      }
      if (cells.get(r) == null && d.values().size() == expected) {
        flushShort(problems, shortRows, expected);
        problems.add(d.id() + ": cells " + digitsOf(d) + " printed by columns; cells left empty");
        rows.add(new ApplicationRow(d.id(), d.label(), List.of(), RowStatus.INCOMPLETE, d.line()));
        continue;
      }
      if (cells.get(r) == null) {
        if (!shortRows.isEmpty() && shortRows.get(0).values().size() != d.values().size()) {
          flushShort(problems, shortRows, expected);
        }
        shortRows.add(d);
        shortRow[r] = !d.values().isEmpty() && d.values().size() < expected && !cutShort(d);
        rows.add(new ApplicationRow(d.id(), d.label(), List.of(), RowStatus.INCOMPLETE, d.line()));
        continue;
      }
      flushShort(problems, shortRows, expected);
      boolean blanks = false;
      for (CellValue v : cells.get(r)) {
        blanks |= v.blank();
      }
      rows.add(
          new ApplicationRow(
              d.id(), d.label(), cells.get(r), blanks ? RowStatus.BLANKS : RowStatus.OK, d.line()));
    }
    flushShort(problems, shortRows, expected);
    if (OcrMarks.damaged(drafts)) {
      rows = OcrMarks.withoutUnconfirmedTotals(rows, problems);
    }
    problems.addAll(missingRows(reading, template));
    if (rows.isEmpty()) {
      problems.add("no data rows found");
    }
    List<ApplicationRow> totalsRead =
        reading.otherColumns()
            ? rows
            : VanishedCells.totalsRead(drafts, rows, shortRow, template, subtotal);
    if (totalsRead != rows) {
      problems.add(
          "empty cells not printed: the short rows' 总计 read, their other cells not placed");
    }
    return new ApplicationTable(totalsRead, problems);
  }

  /** The row's 7 numbers when every cell is a count, else null. */
  private static long[] counts(List<CellValue> row) {
    long[] v = new long[COLUMNS];
    for (int c = 0; c < COLUMNS; c++) {
      Long n = row.get(c).asCount();
      if (n == null) {
        return null;
      }
      v[c] = n;
    }
    return v;
  }

  /**
   * True when the text's end cuts the row ({@link Cell#cutShort}): it is short because the rest was
   * not kept, not because its separators were lost, so its digits are not split again.
   */
  private static boolean cutShort(DraftRow d) {
    for (Cell c : d.values()) {
      if (c.cutShort()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the first cell from {@code i} on that is neither a value nor empty, before any
   * heading, is a word OCR printed with letters for digits ({@link OcrConfusions#isCandidate}).
   */
  private static boolean misreadRunOn(List<Cell> cells, int i, int to) {
    for (; i < to; i++) {
      Cell c = cells.get(i);
      if (c.heading()) {
        return false;
      }
      if (c.isEmpty() || c.isValue()) {
        continue;
      }
      return OcrConfusions.isCandidate(c.text());
    }
    return false;
  }

  /**
   * True when {@code row} is the last of the drafts, the only one with values, and at least two
   * rows' labels stand before it: a table whose rows all lost their values but the last is no table
   * a page prints; a heap of labels printed before the rows is.
   */
  private static boolean onlyRowWithValues(List<Draft> drafts, Draft row) {
    if (drafts.size() < 3 || drafts.get(drafts.size() - 1) != row || row.run.size() == 0) {
      return false;
    }
    for (Draft d : drafts) {
      if (d != row && d.run.size() > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code next} still belongs to the line of the last row's value {@code last}: its
   * physical row; any cell when {@code runsOn}.
   */
  private static boolean onItsLine(Cell last, Cell next, boolean runsOn) {
    return runsOn || next.row() == last.row();
  }

  /** True when the text holds a Chinese character. */
  private static boolean hasHan(String text) {
    for (int k = 0; k < text.length(); k++) {
      if (Character.UnicodeScript.of(text.charAt(k)) == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the 7 cells, all counts, add up (总计 the sum of the others); false too when a cell is
   * no count.
   */
  private static boolean addsUp(List<Cell> values) {
    if (values.size() != COLUMNS) {
      return false;
    }
    long[] v = Cell.counts(values, 0, COLUMNS);
    return v != null && addsUp(v);
  }

  /** True when the total column is the sum of the six applicant columns. */
  private static boolean addsUp(long[] v) {
    long sum = 0;
    for (int c = 0; c < COLUMNS - 1; c++) {
      sum += v[c];
    }
    return sum == v[COLUMNS - 1];
  }

  /**
   * The readings of a full row's digits, cut anywhere, that add up; null when its cells are not all
   * plain digits or no cut adds up.
   */
  private static List<long[]> otherReadings(DraftRow d, int expected, int subtotal) {
    List<String> pieces = RunTogether.pieces(d.values());
    if (pieces == null) {
      return null;
    }
    String digits = String.join("", pieces);
    if (!RunTogether.applies(List.of(digits), expected)) {
      return null;
    }
    List<long[]> splits = RunTogether.splits(List.of(digits), expected, subtotal);
    return splits.isEmpty() ? null : splits;
  }

  /**
   * The readings of a row printed one cell per line with more cells than columns, as OCR prints a
   * cell of two digits broken over two lines ({@code 1⏎5} for 15): the joinings of its pieces that
   * add up ({@link RunTogether#joins}), null for a row that cannot be such a row or none adding up
   * (it is left as too long, as before). The last row is not read so: its cells are not bounded by
   * a next label (values after it may be other rows').
   */
  private static List<long[]> brokenCells(DraftRow d, int expected, int subtotal) {
    if (d.id() == ApplicationRowId.CARRY_OUT || !allOnTheirOwnLines(d) || cutShort(d)) {
      return null;
    }
    List<long[]> joins = RunTogether.joins(d.values(), expected, subtotal);
    return joins == null || joins.isEmpty() ? null : joins;
  }

  /** True when each of the row's cells is a whole line of its own (layout C). */
  private static boolean allOnTheirOwnLines(DraftRow d) {
    int line = -1;
    for (Cell c : d.values()) {
      if (c.layout() != CellLayout.LINE_CELL || c.line() == line) {
        return false;
      }
      line = c.line();
    }
    return true;
  }

  /** Why a row read again from its digits is left with null cells. */
  private static String readingsProblem(DraftRow d, List<long[]> left, long[] printed) {
    String count =
        left.isEmpty()
            ? "no"
            : left.size() >= RunTogether.MAX_CANDIDATES ? "many" : String.valueOf(left.size());
    if (printed == null && d.values().size() > COLUMNS) {
      return d.id()
          + ": "
          + d.values().size()
          + " cells one per line "
          + digitsOf(d)
          + " admit "
          + count
          + " joinings; cells left empty";
    }
    if (printed == null) {
      return d.id()
          + ": run-together digits "
          + digitsOf(d)
          + " admit "
          + count
          + " splits; cells left empty";
    }
    return d.id()
        + ": cells "
        + digitsOf(d)
        + " do not add up and their digits read "
        + count
        + " ways, the printed one included; cells left empty";
  }

  /**
   * True when a short row's value cells stand one per line: a cell-per-line table cannot show an
   * empty cell, so the missing cells may be empty ones anywhere in the row, and its digits are not
   * split back (a run-together row there is one line). Values found in a label stream are words of
   * a row printed on a line (or glued), so their digits are split back.
   */
  private static boolean onePerLine(DraftRow d) {
    if (d.values().size() < 2) {
      return false;
    }
    int line = d.values().get(0).line();
    for (Cell c : d.values()) {
      if (c.layout() == CellLayout.LINE_CELL
          || (c.layout() == CellLayout.LABEL_STREAM && c.line() != line)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a row's cells stand one per line in runs of consecutive lines (a blank line between
   * runs) that are the runs of a block of rows printed by columns, as PDF text extractors print
   * them: two runs or more, all of one length {@code k} ≥ 2 but the last, which is no longer
   * ({@code 0 21 | 0 0 | 0 0 | 0} after （七）总计: the 自然人, 商业企业, … cells of （六） and （七）, the text cut
   * after the seventh). The cells are then not the row's, in any order.
   */
  static boolean printedByColumns(DraftRow d) {
    List<Cell> values = d.values();
    int runs = 0;
    int first = 0;
    int length = 0;
    for (int k = 0; k < values.size(); k++) {
      Cell c = values.get(k);
      if (c.isEmpty() || c.layout().showsEmptyCells()) {
        return false;
      }
      if (k > 0 && c.line() == values.get(k - 1).line()) {
        return false; // two cells on a line: not one per line
      }
      if (k == 0 || c.line() != values.get(k - 1).line() + 1) {
        if (runs == 1) {
          first = length;
        } else if (runs > 1 && length != first) {
          return false;
        }
        runs++;
        length = 0;
      }
      length++;
    }
    return runs >= 2 && first >= 2 && length <= first;
  }

  private static void flushShort(List<String> problems, List<DraftRow> shortRows, int expected) {
    if (!shortRows.isEmpty()) {
      problems.add(countProblem(shortRows, expected));
      shortRows.clear();
    }
  }

  /** The recovered cells, each keeping the digits it was cut from as its raw text. */
  private static List<CellValue> recovered(long[] split) {
    List<CellValue> out = new ArrayList<>(COLUMNS);
    for (long v : split) {
      out.add(CellValue.number(Long.toString(v), v));
    }
    return out;
  }

  /** The row's cells as printed, normalised ({@code ４ } → {@code 4}), between quotes. */
  private static String digitsOf(DraftRow d) {
    StringBuilder out = new StringBuilder();
    for (Cell c : d.values()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(c.text());
    }
    return "'" + out + "'";
  }

  /**
   * The template's rows that were not found, as runs such as "rows R_NOPROC_2…CARRY_OUT missing".
   */
  private static List<String> missingRows(Reading reading, Template template) {
    List<String> problems = new ArrayList<>();
    List<ApplicationRowId> runOfMissing = new ArrayList<>();
    java.util.Set<ApplicationRowId> read = java.util.EnumSet.noneOf(ApplicationRowId.class);
    for (DraftRow r : reading.rows()) {
      read.add(r.id());
    }
    for (ApplicationRowId id : Vocabulary.rowsOf(template)) {
      if (read.contains(id)) {
        if (!runOfMissing.isEmpty()) {
          problems.add(missingProblem(runOfMissing));
          runOfMissing.clear();
        }
      } else {
        runOfMissing.add(id);
      }
    }
    if (!runOfMissing.isEmpty()) {
      problems.add(missingProblem(runOfMissing));
    }
    return problems;
  }

  private static String missingProblem(List<ApplicationRowId> ids) {
    return ids.size() == 1
        ? "row " + ids.get(0) + " missing"
        : "rows " + ids.get(0) + "…" + ids.get(ids.size() - 1) + " missing";
  }

  private static String countProblem(List<DraftRow> rows, int expected) {
    String ids =
        rows.size() == 1
            ? rows.get(0).id().name()
            : rows.get(0).id() + "…" + rows.get(rows.size() - 1).id();
    return ids + ": " + rows.get(0).values().size() + " of " + expected + " cells";
  }

  /**
   * Length of the digits a label cell starts with before the label's own numbering ({@code 44} in
   * {@code 44二、上年结转…}, {@code 0} in {@code 02.其他法律行政法规禁止公开}), or 0: the value cells of the row
   * before, printed without a separator, that the label was matched past (by its key).
   */
  static int gluedValueEnd(String text, Vocabulary.T3Label label) {
    String numbering = label.label().substring(0, Math.min(2, label.label().length()));
    int at = text.indexOf(numbering);
    if (at <= 0 || at >= text.length()) {
      return 0;
    }
    for (int k = 0; k < at; k++) {
      char ch = text.charAt(k);
      if (ch < '0' || ch > '9') {
        return 0;
      }
    }
    return at;
  }

  /**
   * True when no data label lies between the label expected next ({@code from}) and the one
   * matched: the row read last is the one just before the matched label, so digits glued to that
   * label are its cells (a skipped row's label may hide in a text cell, and the digits would be its
   * cells). After a 2019 （六）其他处理 row, the 2021 sub-items before （七）总计 are no rows.
   */
  private static boolean noRowSkipped(int from, int match, ApplicationRowId current) {
    for (int k = from; k < match; k++) {
      Vocabulary.T3Label label = Vocabulary.T3_LABELS.get(k);
      boolean subItem =
          label.rowId() != null
              && label.rowId().ordinal() >= ApplicationRowId.R_OTHER_1.ordinal()
              && label.rowId().ordinal() <= ApplicationRowId.R_OTHER_3.ordinal();
      if (!label.isGroup() && !(subItem && current == ApplicationRowId.R_OTHER)) {
        return false;
      }
    }
    return true;
  }

  /** The text a label cell holds before the label's own numbering, or "" when it starts there. */
  private static String textBefore(String text, Vocabulary.T3Label label) {
    String numbering = label.label().substring(0, Math.min(2, label.label().length()));
    int at = text.indexOf(numbering);
    return at > 0 ? text.substring(0, at) : "";
  }

  /**
   * The values a label cell prints after its label, each set apart by whitespace ({@code 1} in
   * {@code 3.危及“三安全一稳定” 1}), as value cells of the same line and row; none when the cell ends in
   * text. A PDF extractor prints a cell beside the label on the label's line when they share a
   * baseline: the numbers are the row's first cells, and the cells after the line are the rest. The
   * last one may have lost digits when the text's end cuts the line.
   */
  private static List<Cell> valuesAfterLabel(Cell c) {
    String raw = c.raw();
    int end = raw.length();
    List<Cell> values = new ArrayList<>();
    while (end > 0) {
      int start = end;
      while (start > 0 && !Character.isWhitespace(raw.charAt(start - 1))) {
        start--;
      }
      if (start == 0) {
        break; // the label itself: a cell with no whitespace before its last word is all label
      }
      Cell value = Cell.of(raw.substring(start, end), c.line(), c.row(), c.layout(), false);
      if (!value.isValue() || !isCount(value)) {
        break;
      }
      values.add(0, value);
      end = start;
      while (end > 0 && Character.isWhitespace(raw.charAt(end - 1))) {
        end--;
      }
    }
    if (c.cutShort() && !values.isEmpty()) {
      values.get(values.size() - 1).markCutShort();
    }
    return values;
  }

  /**
   * A count in digits, with or without its unit ({@code 1}, {@code 1件}); a label's next numbering
   * ({@code 8.}) and a blank mark are not.
   */
  private static boolean isCount(Cell value) {
    String text = value.text();
    return !text.isEmpty()
        && text.charAt(0) >= '0'
        && text.charAt(0) <= '9'
        && value.read(ColumnKind.COUNT).isInteger();
  }

  /** The glued digits of a label cell as a value cell of the same line and row. */
  private static Cell gluedValue(Cell c, int end) {
    String digits = c.text().substring(0, end);
    return new Cell(digits, digits, c.line(), c.row(), c.layout(), false);
  }

  /** Two fragments of one label as one cell, at the first fragment's line. */
  private static Cell joined(Cell first, Cell second) {
    return new Cell(
        first.raw() + second.raw(),
        first.text() + second.text(),
        first.line(),
        first.row(),
        first.layout(),
        false);
  }

  /** True when the fragment continues the current label towards its template text. */
  private static boolean continues(Draft current, Cell c) {
    String template = Vocabulary.templateLabel(current.id);
    String label = current.labelText;
    int n = label.length();
    // the label so far is a proper start of the template, and the fragment is what follows it
    return n > 0
        && n < template.length()
        && template.startsWith(c.text(), n)
        && template.startsWith(label);
  }

  /** The first character of each label of {@link Vocabulary#T3_LABELS}: every cell is matched. */
  private static final char[] LABEL_FIRST_CHARS = labelFirstChars();

  private static char[] labelFirstChars() {
    char[] first = new char[Vocabulary.T3_LABELS.size()];
    for (int k = 0; k < first.length; k++) {
      first[k] = Vocabulary.T3_LABELS.get(k).label().charAt(0);
    }
    return first;
  }

  /**
   * Index in {@link Vocabulary#T3_LABELS} of the first label at or after {@code from} that the text
   * matches, or -1. Before the table has started only label-shaped text matches (no key inside a
   * longer sentence), so a short sentence above the table cannot open a row.
   */
  private static int find(String text, int from, boolean started) {
    // equal, a start of the label or starting with it: all need the label's first character
    char first = text.isEmpty() ? 0 : text.charAt(0);
    for (int k = from; k < Vocabulary.T3_LABELS.size(); k++) {
      Vocabulary.T3Label label = Vocabulary.T3_LABELS.get(k);
      if ((LABEL_FIRST_CHARS[k] == first
              && (text.equals(label.label())
                  || (text.length() >= 4 && label.label().startsWith(text))
                  || (text.length() > label.label().length() && text.startsWith(label.label()))))
          || (started && label.key() != null && text.contains(label.key()))) {
        return k;
      }
      if (k == R_OTHER_3_AT && k == from && (text.equals("其他") || text.equals("3.其他"))) {
        return k;
      }
      if (label.rowId() == ApplicationRowId.R_TOTAL && from > R_OTHER_AT && text.equals("总计")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Index of the next data label when a text that matches no label carries that label's sub-item
   * number ({@code 2.其他法律行政止公开}, a garbled {@code 2.其他法律行政法规禁止公开} printed after a complete row),
   * else -1: the label is then known by its place in the sequence.
   */
  private static int nextNumbered(String text, int from) {
    if (text.length() < 3
        || text.charAt(0) < '1'
        || text.charAt(0) > '9'
        || text.charAt(1) != '.') {
      return -1;
    }
    for (int k = from; k < Vocabulary.T3_LABELS.size(); k++) {
      Vocabulary.T3Label label = Vocabulary.T3_LABELS.get(k);
      if (!label.isGroup()) {
        return label.label().startsWith(text.substring(0, 2)) ? k : -1;
      }
    }
    return -1;
  }

  /** A 2021 （六）其他处理 is a group label: drop the R_OTHER row it opened once a sub-item follows. */
  private static void dropOtherGroup(List<Draft> drafts, Vocabulary.T3Label next) {
    if (next.rowId() == null
        || next.rowId().ordinal() < ApplicationRowId.R_OTHER_1.ordinal()
        || next.rowId().ordinal() > ApplicationRowId.R_OTHER_3.ordinal()
        || drafts.isEmpty()) {
      return;
    }
    Draft last = drafts.get(drafts.size() - 1);
    if (last.id == ApplicationRowId.R_OTHER && last.run.size() == 0) {
      drafts.remove(drafts.size() - 1);
    }
  }

  private static boolean isHeaderMarker(String text) {
    for (String marker : Vocabulary.T3_HEADER_MARKERS) {
      if (text.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** Position among the value cells of an extra 小计 column, or -1 when there is none. */
  private static int subtotalColumn(List<String> header) {
    // the header's cells as one text: a cell may hold several header words run together
    // (其他小计, 小计一、本年新收… when the separators were lost)
    String text = String.join("", header);
    int subtotal = text.indexOf(Vocabulary.T3_SUBTOTAL);
    if (subtotal < 0) {
      return -1;
    }
    int enterprise = text.indexOf(Vocabulary.T3_ENTERPRISE);
    return enterprise >= 0 && subtotal < enterprise ? 1 : COLUMNS - 1;
  }

  private static int indexOf(ApplicationRowId id) {
    for (int k = 0; k < Vocabulary.T3_LABELS.size(); k++) {
      if (Vocabulary.T3_LABELS.get(k).rowId() == id) {
        return k;
      }
    }
    return -1;
  }
}
