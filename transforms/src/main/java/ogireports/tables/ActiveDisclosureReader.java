package ogireports.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ogireports.model.CellValue;
import ogireports.model.DisclosureItem;
import ogireports.model.DisclosureValue;
import ogireports.model.Measure;
import ogireports.model.Template;
import ogireports.values.ValueNormaliser.ColumnKind;

/**
 * Reads table 二 (spec §2.1) from a run of cells.
 *
 * <p>Each row label ({@code 规章}, {@code 行政许可}, …) takes the value cells that follow it, up to the
 * next text cell and at most as many as its sub-table has columns. The columns come from the
 * sub-table's header when it names a template's columns, else from the template. An amount takes
 * its unit from the cell ({@code 462780元}), else from the header ({@code （单位：万元）}), else none.
 */
final class ActiveDisclosureReader {

  /**
   * What was read.
   *
   * @param values the values found, in printed order
   * @param layouts how many of the table's cells had each layout
   */
  record Reading(List<DisclosureValue> values, Map<CellLayout, Integer> layouts) {}

  private ActiveDisclosureReader() {}

  /** Reads the table from {@code cells[from, to)} under the given template. */
  static Reading read(List<Cell> cells, int from, int to, Template template) {
    List<DisclosureValue> values = new ArrayList<>();
    Tally.Layouts layouts = new Tally.Layouts();
    Set<DisclosureItem> done = EnumSet.noneOf(DisclosureItem.class);
    StringBuilder header = new StringBuilder();
    boolean inHeader = false;
    String pending = "";
    // Values between a sub-table's caption and its first item (PDF text prints a lone row's
    // value before its label); used only by the one item of a sub-table with one column.
    List<Cell> early = new ArrayList<>();
    boolean itemSeen = false;
    int i = from;
    while (i < to) {
      Cell c = cells.get(i);
      if (c.heading()) {
        break;
      }
      i++;
      if (c.isValue() && !itemSeen) {
        early.add(c);
        continue;
      }
      if (!c.isText() || c.isProse()) {
        continue;
      }
      String t = c.text();
      if (t.startsWith(Vocabulary.T2_CAPTION)) {
        inHeader = false;
        pending = "";
        early.clear();
        itemSeen = false;
        continue;
      }
      if (t.startsWith(Vocabulary.T2_HEADER)) {
        header.setLength(0);
        header.append(t.substring(Vocabulary.T2_HEADER.length()));
        inHeader = true;
        pending = "";
        continue;
      }
      DisclosureItem item = Vocabulary.T2_ITEMS.get(t);
      if (item == null) {
        item = Vocabulary.T2_ITEMS.get(pending + t);
      }
      if (item == null) {
        if (isItemStart(pending + t)) {
          pending = pending + t;
        } else if (isItemStart(t)) {
          pending = t;
        } else if (inHeader) {
          header.append(t);
          pending = "";
        } else {
          pending = "";
        }
        continue;
      }
      inHeader = false;
      pending = "";
      List<Cell> before = itemSeen ? List.of() : List.copyOf(early);
      itemSeen = true;
      if (done.contains(item)) {
        continue;
      }
      String headerText = header.toString();
      List<Measure> measures = measures(item, template, headerText);
      ValueRun run = new ValueRun();
      while (i < to && run.size() < measures.size()) {
        Cell v = cells.get(i);
        if (v.heading() || v.isText()) {
          break;
        }
        if (v.isEmpty()) {
          run.addEmpty(v);
        } else {
          run.addValue(v);
        }
        i++;
      }
      run.closeTo(measures.size());
      if (run.size() == 0 && measures.size() == 1) {
        Cell lone = loneValue(before, cells, i, to);
        if (lone != null) {
          run.addValue(lone);
        }
      }
      if (run.size() == 0) {
        continue;
      }
      List<Cell> cellsOfRow = run.values();
      if (isStream(cellsOfRow)) {
        // Values found in a label stream: separators may have been lost (规章000). One digit per
        // measure, with the next label right after, is the only reading; any other short row or
        // glued run has no arithmetic to split it by, so it gives no value rather than a guess.
        done.add(item);
        boolean oneDigitEach =
            run.size() == 1
                && measures.size() > 1
                && isDigitRun(cellsOfRow.get(0))
                && cellsOfRow.get(0).text().length() == measures.size()
                && endsAtLabel(cells, i, to);
        if (oneDigitEach) {
          cellsOfRow = digitCells(cellsOfRow.get(0));
        } else if (run.size() < measures.size() || hasGluedRun(cellsOfRow)) {
          continue;
        }
      }
      if (run.size() < measures.size() && measures.size() > 1 && i < cells.size()) {
        // Fewer cells than the row has measures, and the text goes on after them (a label, a
        // heading, the next table), so the row was not cut off: its empty cells were dropped, and
        // which measures the printed values belong to cannot be told (规章 / 0 under three
        // columns). The row gives no value rather than a guess.
        done.add(item);
        continue;
      }
      if (run.size() > measures.size()) {
        // More cells than the row has measures (blanks between values): which cell belongs to
        // which measure cannot be told, so the row gives no value rather than a misplaced one.
        done.add(item);
        continue;
      }
      done.add(item);
      layouts.count(c);
      String headerUnit = headerUnit(headerText);
      for (int k = 0; k < cellsOfRow.size(); k++) {
        Cell v = cellsOfRow.get(k);
        Measure m = measures.get(k);
        layouts.count(v);
        values.add(value(item, m, v, headerUnit));
      }
    }
    return new Reading(values, layouts.toMap());
  }

  private static DisclosureValue value(DisclosureItem item, Measure m, Cell v, String headerUnit) {
    ColumnKind kind =
        switch (m) {
          case AMOUNT -> ColumnKind.AMOUNT;
          case DELTA -> ColumnKind.DELTA;
          default -> ColumnKind.COUNT;
        };
    CellValue cell = v.read(kind);
    String unit;
    if (kind == ColumnKind.AMOUNT) {
      unit = cell.unit() != null ? cell.unit() : headerUnit;
      if (unit == null && cell.isNumber()) {
        List<String> notes = new ArrayList<>(cell.notes());
        notes.add("unit_unknown");
        cell = new CellValue(cell.raw(), cell.value(), cell.blank(), cell.unit(), notes);
      }
    } else {
      unit = "件";
    }
    return new DisclosureValue(item, m, cell, unit, v.line());
  }

  private static boolean isStream(List<Cell> values) {
    for (Cell c : values) {
      if (c.layout() != CellLayout.LABEL_STREAM) {
        return false;
      }
    }
    return !values.isEmpty();
  }

  /** True when a value is digits with a leading zero ({@code 02025}): numbers run together. */
  private static boolean hasGluedRun(List<Cell> values) {
    for (Cell c : values) {
      if (isDigitRun(c) && c.text().charAt(0) == '0') {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the first non-empty cell at or after {@code i} is a label of table 二 (an item, a
   * caption, a header) or a heading, or the range ends: the values before it are all the row's.
   */
  private static boolean endsAtLabel(List<Cell> cells, int i, int to) {
    for (int k = i; k < to; k++) {
      Cell c = cells.get(k);
      if (c.isEmpty()) {
        continue;
      }
      if (c.heading()) {
        return true;
      }
      String t = c.text();
      return c.isText()
          && (Vocabulary.T2_ITEMS.containsKey(t)
              || t.startsWith(Vocabulary.T2_CAPTION)
              || t.startsWith(Vocabulary.T2_HEADER)
              || isItemStart(t));
    }
    // the table's end: the next table's heading follows, or the text ends there, cut short (an
    // excerpt), where the run may be the first digits of more
    return to < cells.size();
  }

  /**
   * The one value of a sub-table whose one item was just read with no value after its label (PDF
   * text prints a lone row's value before its label, or after header words that follow it): the
   * values before the label ({@code before}) and those up to the next caption or heading, when they
   * are exactly one and no other item stands in the sub-table; else null.
   */
  private static Cell loneValue(List<Cell> before, List<Cell> cells, int i, int to) {
    List<Cell> found = new ArrayList<>(before);
    for (int k = i; k < to && found.size() <= 1; k++) {
      Cell c = cells.get(k);
      if (c.heading() || (c.isText() && c.text().startsWith(Vocabulary.T2_CAPTION))) {
        break;
      }
      if (c.isText() && (Vocabulary.T2_ITEMS.containsKey(c.text()) || isItemStart(c.text()))) {
        return null;
      }
      if (c.isValue()) {
        found.add(c);
      }
    }
    return found.size() == 1 ? found.get(0) : null;
  }

  /** True for a value found in a label stream that is only digits. */
  private static boolean isDigitRun(Cell c) {
    if (c.layout() != CellLayout.LABEL_STREAM || c.text().length() < 2) {
      return false;
    }
    for (int i = 0; i < c.text().length(); i++) {
      if (c.text().charAt(i) < '0' || c.text().charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** One cell per digit of a run. */
  private static List<Cell> digitCells(Cell run) {
    List<Cell> out = new ArrayList<>();
    for (int i = 0; i < run.text().length(); i++) {
      String d = run.text().substring(i, i + 1);
      out.add(new Cell(d, d, run.line(), run.row(), run.layout(), false));
    }
    return out;
  }

  /**
   * The columns of an item's sub-table: those of the template its header names ({@link
   * DisclosureItem#measures}), else the report's template's.
   */
  static List<Measure> measures(DisclosureItem item, Template template, String header) {
    boolean t2021 = template == Template.T2021;
    if (containsAny(header, Vocabulary.MARKERS_2021)) {
      t2021 = true;
    } else if (containsAny(header, Vocabulary.MARKERS_2019) || header.contains("上一年")) {
      t2021 = false;
    }
    return item.measures(t2021 ? Template.T2021 : Template.T2019);
  }

  /** The unit a header names for its amount column ({@code （单位：万元）}), or null. */
  static String headerUnit(String header) {
    if (header.contains("万元")) {
      return "万元";
    }
    if (header.contains("单位:元") || header.contains("(元)")) {
      return "元";
    }
    return null;
  }

  /** True for a proper start of an item label ({@code 其他对外}): a label wrapped in cells. */
  private static boolean isItemStart(String text) {
    return ITEM_STARTS.contains(text);
  }

  /** The non-empty proper starts of the {@link Vocabulary#T2_ITEMS} labels, made once. */
  private static final Set<String> ITEM_STARTS = itemStarts();

  private static Set<String> itemStarts() {
    Set<String> starts = new java.util.HashSet<>();
    for (String label : Vocabulary.T2_ITEMS.keySet()) {
      for (int n = 1; n < label.length(); n++) {
        starts.add(label.substring(0, n));
      }
    }
    return Set.copyOf(starts);
  }

  private static boolean containsAny(String text, List<String> markers) {
    for (String m : markers) {
      if (text.contains(m)) {
        return true;
      }
    }
    return false;
  }
}
