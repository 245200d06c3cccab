package ogireports.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ogireports.formats.PdfText.Glyph;

/**
 * Hand-written layout of PDF pages: from positioned glyphs to the lines of a text report.
 *
 * <ol>
 *   <li><b>Visual rows</b>: glyphs whose baselines lie within a third of the font size share a row;
 *       a row is cut into cells wherever the gap between two glyphs is wider than the font size
 *       (justified prose never has such gaps, table columns always do).
 *   <li><b>Vertical header cells</b>: a table's row header printed one character per line ({@code
 *       三、本年度办理结果} down the left edge of table 三) is a column of lone characters; it is dropped
 *       from the rows it would otherwise join. Text printed rotated is dropped too.
 *   <li><b>Wrapped labels</b>: a row label wrapped inside its cell prints as fragments just above
 *       and below the row's numbers ({@code （二）部分公开（区分处理的，只计这一情形，不} / {@code 4 0 0 0 0 0 4} /
 *       {@code 计其他情形）}); fragments that are that close to one row of numbers, left of its first
 *       number and in the column of its label, are joined into that row's label.
 *   <li><b>Group labels</b>: a label spanning several rows ({@code （三）不予公开} beside items 1 to 8) is
 *       printed halfway down its span; it is moved up to the span's first item ({@code 1.}).
 *   <li><b>Page furniture</b>: page numbers ({@code - 3 -}, {@code 第3页}) at the top or bottom of a
 *       page, and lines repeated at the top or bottom of most pages, are dropped.
 * </ol>
 *
 * Each row becomes one line, its cells joined by a tab: the {@code tsv_rows} form the table readers
 * know.
 */
final class PageLayout {

  /** Baselines closer than this share a row (times the font size). */
  private static final double SAME_ROW = 0.3;

  /** A gap wider than this (times the font size) separates two cells. */
  private static final double CELL_GAP = 1.0;

  /**
   * A gap wider than this (times the font size) between a label character and a number separates
   * two cells in a row of numbers ({@link #labelsApartFromValues}).
   */
  private static final double NUMBER_GAP = 0.3;

  /** Longest label (in glyphs) whose row may end with its one number ({@code 行政事业性收费 0}). */
  private static final int MAX_ITEM_LABEL = 16;

  /** Rows closer than this (times the font size) may be parts of one wrapped table row. */
  private static final double WRAP_LINK = 1.25;

  private static final Pattern NUMBER_OR_BLANK =
      Pattern.compile("[-+]?[0-9０-９][0-9０-９,，.．]*%?|[—–\\-－/／无]+|——");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-－—–_\\s]*(第\\s*)?[0-9]{1,4}(\\s*页)?(\\s*[/／]\\s*(共\\s*)?[0-9]{1,4}\\s*页?)?[-－—–_\\s]*"
              + "|[-－—–\\s]*[ivxlcIVXLC]{1,6}[-－—–\\s]*");
  private static final Pattern FIRST_ITEM = Pattern.compile("^[1１][.．、]");

  /** Longest line of a group label ({@code 三、本年度办理结果} is 9 characters). */
  private static final int MAX_GROUP_LABEL = 12;

  private PageLayout() {}

  /** One cell of a row: glyphs without a wide gap between them. */
  record Cell(String text, double x, double end) {
    boolean isValue() {
      return NUMBER_OR_BLANK.matcher(text).matches();
    }
  }

  /** One visual row. */
  static final class Row {
    double y;
    double size;
    List<Cell> cells;

    Row(double y, double size, List<Cell> cells) {
      this.y = y;
      this.size = size;
      this.cells = cells;
    }

    /** A row holding numbers, its label (if any) only before them. */
    boolean isValueRow() {
      boolean seenValue = false;
      for (Cell c : cells) {
        if (c.isValue()) {
          seenValue = true;
        } else if (seenValue) {
          return false;
        }
      }
      return seenValue;
    }

    double firstValueX() {
      for (Cell c : cells) {
        if (c.isValue()) {
          return c.x();
        }
      }
      return Double.MAX_VALUE;
    }

    List<Cell> labelCells() {
      List<Cell> label = new ArrayList<>();
      for (Cell c : cells) {
        if (c.isValue()) {
          break;
        }
        label.add(c);
      }
      return label;
    }

    double x() {
      return cells.get(0).x();
    }

    double end() {
      return cells.get(cells.size() - 1).end();
    }

    String text() {
      StringBuilder out = new StringBuilder();
      for (Cell c : cells) {
        if (out.length() > 0) {
          out.append('\t');
        }
        out.append(c.text());
      }
      return out.toString();
    }
  }

  /** The lines of all pages, with the page and line in page of each. */
  static ExtractedText.Lines lines(List<List<Glyph>> pages, List<Double> pageHeights) {
    List<List<Row>> rowsByPage = new ArrayList<>();
    List<Double> heights = new ArrayList<>();
    List<Integer> sheetOf = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      for (List<Glyph> glyphs : pagesOfSheet(pages.get(p))) {
        List<Row> rows = rows(glyphs);
        dropStackedCharacters(rows);
        rows.removeIf(r -> r.cells.isEmpty());
        rows = joinWrappedLabels(rows);
        moveGroupLabels(rows);
        rowsByPage.add(rows);
        heights.add(pageHeights.get(p));
        sheetOf.add(p + 1);
      }
    }
    dropPageFurniture(rowsByPage, heights);
    List<String> lines = new ArrayList<>();
    List<Integer> pageOf = new ArrayList<>();
    List<Integer> lineInPage = new ArrayList<>();
    int n = 0;
    for (int p = 0; p < rowsByPage.size(); p++) {
      if (p > 0 && !sheetOf.get(p).equals(sheetOf.get(p - 1))) {
        n = 0; // the lines of a sheet's two pages are numbered on
      }
      for (Row row : rowsByPage.get(p)) {
        lines.add(row.text());
        pageOf.add(sheetOf.get(p));
        lineInPage.add(++n);
      }
    }
    return new ExtractedText.Lines("PDF", lines, toArray(pageOf), toArray(lineInPage), null);
  }

  /**
   * The pages a sheet holds: two when it shows two pages side by side (a two-up scan, a flip-book's
   * spread saved as one page), else the sheet itself. Two pages are told by a gutter down the
   * middle fifth of the text that no glyph crosses, at least two font sizes wide, with lines of
   * running text on both sides of it ({@link #MIN_PROSE_ROWS} rows of {@link #PROSE_CHARACTERS}
   * Chinese characters or more each side): a table's columns leave gaps too, but no side of a table
   * holds sentences of its own. Read whole, such a sheet put the left page's sentence and the right
   * page's table row on one line.
   */
  static List<List<Glyph>> pagesOfSheet(List<Glyph> glyphs) {
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    List<Double> sizes = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (g.upright()) {
        left = Math.min(left, g.x());
        right = Math.max(right, g.end());
        sizes.add(g.size());
      }
    }
    if (sizes.size() < 2 * MIN_PROSE_ROWS * PROSE_CHARACTERS) {
      return List.of(glyphs);
    }
    sizes.sort(null);
    double size = sizes.get(sizes.size() / 2);
    double from = left + 0.4 * (right - left);
    double to = left + 0.6 * (right - left);
    // the free stretches of [from, to]: glyphs' spans sorted by their start, swept once
    List<Glyph> across = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (g.upright() && g.end() > from && g.x() < to) {
        across.add(g);
      }
    }
    across.sort(Comparator.comparingDouble(Glyph::x));
    double bestStart = 0;
    double bestWidth = 0;
    double reach = from;
    for (Glyph g : across) {
      if (g.x() - reach > bestWidth) {
        bestStart = reach;
        bestWidth = g.x() - reach;
      }
      reach = Math.max(reach, g.end());
    }
    if (to - reach > bestWidth) {
      bestStart = reach;
      bestWidth = to - reach;
    }
    if (bestWidth < 2 * size) {
      return List.of(glyphs);
    }
    double gutter = bestStart + bestWidth / 2;
    List<Glyph> first = new ArrayList<>();
    List<Glyph> second = new ArrayList<>();
    for (Glyph g : glyphs) {
      (g.x() < gutter ? first : second).add(g);
    }
    if (proseRows(first) < MIN_PROSE_ROWS || proseRows(second) < MIN_PROSE_ROWS) {
      return List.of(glyphs);
    }
    return List.of(first, second);
  }

  /** Rows of running text a side of a sheet must hold to be a page of its own. */
  private static final int MIN_PROSE_ROWS = 3;

  /** Chinese characters of a row of running text. */
  private static final int PROSE_CHARACTERS = 12;

  private static int proseRows(List<Glyph> glyphs) {
    int prose = 0;
    for (Row row : rows(glyphs)) {
      int chinese = 0;
      for (Cell c : row.cells) {
        for (int i = 0; i < c.text().length(); i++) {
          if (Character.UnicodeScript.of(c.text().charAt(i)) == Character.UnicodeScript.HAN) {
            chinese++;
          }
        }
      }
      if (chinese >= PROSE_CHARACTERS) {
        prose++;
      }
    }
    return prose;
  }

  /** Glyphs to visual rows, top to bottom, each cut into cells. */
  static List<Row> rows(List<Glyph> glyphs) {
    List<Glyph> upright = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (g.upright()) {
        upright.add(g);
      }
    }
    upright.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> groups = new ArrayList<>();
    List<Glyph> current = null;
    double anchor = 0;
    double anchorSize = 0;
    for (Glyph g : upright) {
      if (current == null || Math.abs(g.y() - anchor) > SAME_ROW * Math.min(anchorSize, g.size())) {
        current = new ArrayList<>();
        groups.add(current);
        anchor = g.y();
        anchorSize = g.size();
      }
      current.add(g);
    }
    List<Row> rows = new ArrayList<>();
    for (List<Glyph> group : groups) {
      group.sort(Comparator.comparingDouble(Glyph::x));
      double size = 0;
      for (Glyph g : group) {
        size = Math.max(size, g.size());
      }
      rows.add(new Row(group.get(0).y(), size, cells(group)));
    }
    return rows;
  }

  private static List<Cell> cells(List<Glyph> row) {
    List<List<Glyph>> parts = new ArrayList<>();
    List<Glyph> part = null;
    Glyph previous = null;
    for (Glyph g : row) {
      if (part == null || g.x() - previous.end() > CELL_GAP * Math.max(previous.size(), g.size())) {
        part = new ArrayList<>();
        parts.add(part);
      }
      part.add(g);
      previous = g;
    }
    // A title spaced out character by character (政 府 信 息 …) is one cell, not many.
    if (parts.size() >= 3 && parts.stream().allMatch(p -> p.size() == 1 && isCjk(p.get(0)))) {
      parts = List.of(row);
    }
    parts = labelsApartFromValues(parts);
    List<Cell> cells = new ArrayList<>();
    for (List<Glyph> p : parts) {
      cells.add(new Cell(text(p), p.get(0).x(), p.get(p.size() - 1).end()));
    }
    return cells;
  }

  /**
   * A label that fills its cell, left-aligned, ends less than a font size before the first number
   * of its row ({@code 3.危及“三安全一稳定”} and {@code 0}, 0.8 of the font size apart; {@code
   * 5.要求行政机关确认或重新出具} and {@code 0}, 0.38): the label and the number are cut apart where a number
   * starts after a label character more than {@link #NUMBER_GAP} font sizes away, in a row that
   * goes on with two or more cells of numbers, or that ends with the number after a short label
   * (table 二's {@code 行政事业性收费} and {@code 0}). (Word processors leave a quarter of the font size
   * between a character and a number in prose, a line of prose has no cells of numbers after it,
   * and a short line of prose ends in a word or a stop.)
   */
  private static List<List<Glyph>> labelsApartFromValues(List<List<Glyph>> parts) {
    List<List<Glyph>> out = null;
    for (int k = 0; k < parts.size(); k++) {
      List<Glyph> part = parts.get(k);
      int cut = numberAfterLabel(part);
      boolean valueRow =
          valueCellsAfter(parts, k + 1) >= 2
              || (k == parts.size() - 1 && cut > 0 && cut <= MAX_ITEM_LABEL);
      if (cut > 0 && valueRow) {
        if (out == null) {
          out = new ArrayList<>(parts.subList(0, k));
        }
        out.add(part.subList(0, cut));
        out.add(part.subList(cut, part.size()));
      } else if (out != null) {
        out.add(part);
      }
    }
    return out == null ? parts : out;
  }

  /**
   * Where a number that ends the cell starts, when a character that is no digit, Latin letter or
   * sign stands before it more than {@link #NUMBER_GAP} font sizes away; else -1.
   */
  private static int numberAfterLabel(List<Glyph> part) {
    int start = part.size();
    while (start > 0 && isNumberGlyph(part.get(start - 1))) {
      start--;
    }
    if (start == 0 || start == part.size()) {
      return -1;
    }
    Glyph before = part.get(start - 1);
    Glyph first = part.get(start);
    char c = before.text().charAt(before.text().length() - 1);
    boolean label = !isLatin(c) && c != '-' && c != '+' && c != '.' && c != '．';
    double gap = first.x() - before.end();
    return label && gap > NUMBER_GAP * Math.max(before.size(), first.size()) ? start : -1;
  }

  private static boolean isNumberGlyph(Glyph g) {
    String t = g.text();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= '０' && c <= '９') && c != '.' && c != ',') {
        return false;
      }
    }
    return !t.isEmpty();
  }

  /** How many of the parts from {@code from} on read as a value (a number or a blank mark). */
  private static int valueCellsAfter(List<List<Glyph>> parts, int from) {
    int n = 0;
    for (int k = from; k < parts.size(); k++) {
      if (NUMBER_OR_BLANK.matcher(text(parts.get(k))).matches()) {
        n++;
      }
    }
    return n;
  }

  /** Glyphs joined; a space only between two Latin letters or digits printed apart. */
  private static String text(List<Glyph> glyphs) {
    StringBuilder out = new StringBuilder();
    Glyph previous = null;
    for (Glyph g : glyphs) {
      if (previous != null
          && g.x() - previous.end() > 0.2 * g.size()
          && isLatin(previous.text().charAt(previous.text().length() - 1))
          && isLatin(g.text().charAt(0))) {
        out.append(' ');
      }
      out.append(g.text());
      previous = g;
    }
    return out.toString().strip();
  }

  private static boolean isLatin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  private static boolean isCjk(Glyph g) {
    char c = g.text().charAt(0);
    return c >= 0x3000 && !Character.isDigit(c);
  }

  /**
   * Drops columns of lone characters stacked one per line (a row header printed vertically): at
   * least three single non-digit characters at the same x, each within 1.6 font sizes of the next.
   */
  static void dropStackedCharacters(List<Row> rows) {
    record Lone(Row row, Cell cell, double size) {}
    List<Lone> lone = new ArrayList<>();
    for (Row r : rows) {
      for (Cell c : r.cells) {
        if (c.text().codePointCount(0, c.text().length()) == 1
            && !Character.isDigit(c.text().codePointAt(0))) {
          lone.add(new Lone(r, c, r.size));
        }
      }
    }
    List<Lone> used = new ArrayList<>();
    for (int i = 0; i < lone.size(); i++) {
      Lone start = lone.get(i);
      if (used.contains(start)) {
        continue;
      }
      List<Lone> column = new ArrayList<>(List.of(start));
      Lone last = start;
      for (int j = i + 1; j < lone.size(); j++) {
        Lone next = lone.get(j);
        if (Math.abs(next.cell().x() - start.cell().x()) <= 0.25 * start.size()
            && next.row().y - last.row().y > 0
            && next.row().y - last.row().y <= 1.6 * Math.max(last.size(), next.size())) {
          column.add(next);
          last = next;
        }
      }
      if (column.size() >= 3) {
        used.addAll(column);
      }
    }
    for (Lone l : used) {
      l.row().cells = new ArrayList<>(l.row().cells);
      l.row().cells.remove(l.cell());
    }
  }

  /**
   * Joins the fragments of a wrapped row label to the row of numbers they belong to: rows closer
   * than {@link #WRAP_LINK} font sizes form a cluster; in a cluster each text-only row left of the
   * numbers goes to the nearest row of numbers whose label column it overlaps.
   */
  static List<Row> joinWrappedLabels(List<Row> rows) {
    Map<Row, List<Row>> fragmentsOf = new HashMap<>();
    List<Row> joined = new ArrayList<>();
    int start = 0;
    while (start < rows.size()) {
      int end = start + 1;
      while (end < rows.size()
          && rows.get(end).y - rows.get(end - 1).y
              <= WRAP_LINK * Math.max(rows.get(end).size, rows.get(end - 1).size)) {
        end++;
      }
      List<Row> cluster = rows.subList(start, end);
      List<Row> valueRows = cluster.stream().filter(Row::isValueRow).toList();
      List<Row> taken = new ArrayList<>();
      if (!valueRows.isEmpty()) {
        for (Row value : valueRows) {
          fragmentsOf.put(value, new ArrayList<>());
        }
        // nearest fragments first, so the one nearest a labelless row sets its label column
        List<Row> fragments =
            new ArrayList<>(cluster.stream().filter(r -> !r.isValueRow()).toList());
        fragments.sort(Comparator.comparingDouble(f -> distance(f, valueRows)));
        for (Row f : fragments) {
          Row value = nearest(f, valueRows);
          if (f.end() >= value.firstValueX() || f.cells.stream().anyMatch(Cell::isValue)) {
            continue;
          }
          List<Row> already = fragmentsOf.get(value);
          double[] column = labelColumn(value, already);
          if (column == null || overlaps(f.x(), f.end(), column[0], column[1])) {
            already.add(f);
            taken.add(f);
          }
        }
      }
      for (Row r : cluster) {
        if (taken.contains(r)) {
          continue;
        }
        List<Row> fragments = fragmentsOf.get(r);
        if (fragments == null || fragments.isEmpty()) {
          joined.add(r);
          continue;
        }
        List<Row> parts = new ArrayList<>(fragments);
        parts.add(r);
        parts.sort(Comparator.comparingDouble(p -> p.y));
        StringBuilder label = new StringBuilder();
        double x = Double.MAX_VALUE;
        double labelEnd = 0;
        for (Row p : parts) {
          for (Cell c : p == r ? r.labelCells() : p.cells) {
            label.append(c.text());
            x = Math.min(x, c.x());
            labelEnd = Math.max(labelEnd, c.end());
          }
        }
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(label.toString(), x, labelEnd));
        cells.addAll(r.cells.subList(r.labelCells().size(), r.cells.size()));
        joined.add(new Row(r.y, r.size, cells));
      }
      start = end;
    }
    return joined;
  }

  /** The x range of a value row's label: its own label cells, else its first fragment's. */
  private static double[] labelColumn(Row value, List<Row> fragments) {
    List<Cell> label = value.labelCells();
    if (!label.isEmpty()) {
      return new double[] {label.get(0).x(), label.get(label.size() - 1).end()};
    }
    if (!fragments.isEmpty()) {
      return new double[] {fragments.get(0).x(), fragments.get(0).end()};
    }
    return null;
  }

  private static boolean overlaps(double a0, double a1, double b0, double b1) {
    return a0 < b1 && b0 < a1;
  }

  private static double distance(Row f, List<Row> rows) {
    return Math.abs(nearest(f, rows).y - f.y);
  }

  private static Row nearest(Row f, List<Row> rows) {
    Row best = null;
    for (Row r : rows) {
      if (best == null || Math.abs(r.y - f.y) < Math.abs(best.y - f.y)) {
        best = r;
      }
    }
    return best;
  }

  /**
   * Moves a group label printed halfway down its span ({@code （三）不予公开}) up to the span's first
   * item: the nearest row above starting {@code 1.}, with only rows of numbers indented right of
   * the label in between.
   *
   * <p>A group label is short ({@link #MAX_GROUP_LABEL} characters a line: {@code 三、本年度办理结果},
   * {@code （五）不予处理}, or a piece of one wrapped in its cell). A longer line after the table's last
   * rows is the next heading ({@code 四、政府信息公开行政复议、行政诉讼情况}), which stays where it is even when the
   * rows above it print their labels centred in their cells, right of it.
   */
  static void moveGroupLabels(List<Row> rows) {
    for (int i = 1; i < rows.size(); i++) {
      Row label = rows.get(i);
      if (label.cells.size() != 1
          || label.isValueRow()
          || label.cells.get(0).text().length() > MAX_GROUP_LABEL) {
        continue;
      }
      int target = -1;
      for (int j = i - 1; j >= 0 && j >= i - 12; j--) {
        Row above = rows.get(j);
        if (!above.isValueRow() || above.x() <= label.x() + label.size) {
          break;
        }
        if (FIRST_ITEM.matcher(above.cells.get(0).text()).find()) {
          target = j;
          break;
        }
      }
      if (target >= 0) {
        rows.remove(i);
        rows.add(target, label);
      }
    }
  }

  /** A run of digits, which an edge line's text is compared without (compiled once). */
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  /**
   * Drops page numbers at the top or bottom of a page, and lines printed at the top or bottom of at
   * least three pages and half of them (running headers and footers, digits ignored).
   */
  static void dropPageFurniture(List<List<Row>> pages, List<Double> heights) {
    Map<String, Integer> edgeCounts = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      for (Row r : edges(pages.get(p))) {
        edgeCounts.merge(DIGITS.matcher(r.text()).replaceAll("#"), 1, Integer::sum);
      }
    }
    for (int p = 0; p < pages.size(); p++) {
      List<Row> rows = pages.get(p);
      double height = heights.get(p);
      List<Row> edges = edges(rows);
      rows.removeIf(
          r -> {
            boolean margin = r.y < height * 0.1 || r.y > height * 0.85 || edges.contains(r);
            if (!margin) {
              return false;
            }
            if (PAGE_NUMBER.matcher(r.text()).matches()) {
              return true;
            }
            int seen = edgeCounts.getOrDefault(DIGITS.matcher(r.text()).replaceAll("#"), 0);
            return edges.contains(r) && seen >= 3 && seen * 2 >= pages.size();
          });
    }
  }

  /** The first and last row of a page. */
  private static List<Row> edges(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    return rows.size() == 1
        ? List.of(rows.get(0))
        : List.of(rows.get(0), rows.get(rows.size() - 1));
  }

  private static int[] toArray(List<Integer> list) {
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }
}
