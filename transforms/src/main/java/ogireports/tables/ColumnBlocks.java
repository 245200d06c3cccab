package ogireports.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.ReviewLitigationTable;
import ogireports.model.RowStatus;
import ogireports.model.Section;
import ogireports.model.Template;
import ogireports.text.Normalise;
import ogireports.text.PageNumbers;
import ogireports.text.ParseBudget;
import ogireports.values.FootnoteMarks;
import ogireports.values.ValueNormaliser;

/**
 * Reads tables 三 and 四 from text in which a PDF extractor printed the table by columns, in blocks,
 * with the labels apart from their values (poppler's {@code pdftotext} in its default mode): a
 * block of rows is printed column by column ({@code 1 0 0 0 0 1 1 0 10 3} is the 自然人 column of ten
 * rows, then the 商业企业 column of the same rows, …), other rows one value per line, and the row
 * labels come in a heap before or after the numbers, out of order.
 *
 * <p>The labels are used only to know which rows the table has (the template's rows; （六） as one row
 * or as three sub-items). The numbers are taken in the order printed, which is the rows' order (a
 * PDF is read top to bottom), and cut into blocks of rows: a block of {@code k} rows is 7 runs of
 * {@code k} numbers (by columns), a row alone is 7 numbers. Runs are the numbers on consecutive
 * lines; a blank line, a label or a page marker ends a run. A cut is admitted only when every run
 * lies inside one column of its block and every row of the block adds up (its 总计 is the sum of its
 * six columns). Every way of cutting the whole table is considered (dynamic programming over the
 * rows, linear in the text); a row gets values only when every admitted cutting gives it the same
 * values, or when the table's equations ({@link TableEquations}: 一+二 = 三(七)+四 and the result sum,
 * per column) leave one. Other rows are {@link RowStatus#INCOMPLETE}: nothing is guessed. When the
 * count of numbers is not 7 per row, or no cutting is admitted, nothing is read.
 *
 * <p>A text that ends inside table 三 (an excerpt: no heading after 三's) is read when its numbers
 * show a block printed by columns (seven runs of consecutive lines, of one length of two or more):
 * here runs end only at blank lines, labels and page markers, a block's columns are whole runs (a
 * block is the rows of one page), and every cutting of the numbers into blocks that may end inside
 * a last block the end cuts is considered. Only rows every cutting settles get values, and only
 * those before （六）, whose rows depend on the template.
 *
 * <p>Table 四: the 15 numbers between its heading and the next, when nothing but header words stands
 * between them (pdftotext prints the last header word {@code 总计} before the last number).
 *
 * <p>Work is linear in the text: one pass over the words of the two regions, which stops at the
 * first number more than the table has cells; the cutting is over at most 25 rows.
 */
final class ColumnBlocks {

  /** Layout code of tables read this way. */
  static final String LAYOUT = "pdf_columns";

  private static final int COLUMNS = 7;

  /** Most distinct readings a row may keep for the table's equations to choose among. */
  private static final int MAX_READINGS = 8;

  /** The most cells table 三 has (2021 template, 25 rows). */
  private static final int MAX_T3_CELLS = 25 * COLUMNS;

  /** Where table 三 starts in its section. */
  private static final List<String> T3_START = List.of("申请人情况", "勾稽关系");

  /** What was read: either table may be null. */
  record Reading(ApplicationTable applications, Template template, ReviewLitigationTable review) {}

  private ColumnBlocks() {}

  /** Reads tables 三 and 四 of {@code lines} (sections as split); never throws but on budget. */
  static Reading read(List<String> lines, List<Section> sections, ParseBudget budget) {
    return read(lines, sections, false, budget);
  }

  /**
   * {@link #read(List, List, ParseBudget)}; {@code lastLineCut}: the text's end cuts its last line,
   * so its last number may have lost digits.
   */
  static Reading read(
      List<String> lines, List<Section> sections, boolean lastLineCut, ParseBudget budget) {
    int h3 = headingLine(sections, 3);
    int h4 = headingLine(sections, 4);
    int h5 = headingLine(sections, 5);
    ApplicationTable t3 = null;
    Template template = Template.UNKNOWN;
    if (h3 > 0 && h4 < 0 && !headingAfter(sections, h3)) {
      // the text ends inside table 三 (an excerpt): the rows its numbers settle
      t3 = cutApplications(lines, h3, lastLineCut, budget);
    }
    if (h3 > 0 && h4 > h3) {
      Region r = Region.of(lines, h3, h4 - 1, T3_START, MAX_T3_CELLS, budget);
      List<ApplicationRowId> ids = r == null ? null : rowsOfTable(r);
      if (ids == null) {
        // section 三 holds no table: table 三 may follow the sections (附表, a sheet of its own),
        // up to table 四's header
        int from = lastHeadingLine(sections);
        int to = from;
        while (to < lines.size()
            && !Normalise.squeeze(lines.get(to)).startsWith(Vocabulary.T4_REVIEW)) {
          to++;
        }
        r = Region.of(lines, from, to, T3_START, MAX_T3_CELLS, budget);
        ids = r == null ? null : rowsOfTable(r);
      }
      if (ids != null) {
        t3 = applications(r, ids, budget);
        template = ids.contains(ApplicationRowId.R_OTHER_1) ? Template.T2021 : Template.T2019;
      }
    }
    ReviewLitigationTable t4 = null;
    if (h4 > 0) {
      int end = h5 > h4 ? h5 - 1 : Math.min(lines.size(), h4 + 200);
      t4 = review(lines, h4, end, budget);
    }
    return new Reading(t3, template, t4);
  }

  /** True when a section heading after table 三's (四, 五, 六) is found after line {@code h3}. */
  private static boolean headingAfter(List<Section> sections, int h3) {
    for (Section s : sections) {
      if (s.number() > 3 && s.headingLine() > h3) {
        return true;
      }
    }
    return false;
  }

  /**
   * Table 三 of a text that ends inside it: its numbers are the first ones of the table, cut into
   * blocks of rows as in the whole table, the last block perhaps cut short. Every way of cutting
   * them is considered, each ending at a block's end or inside a last block that its runs admit
   * (its numbers start runs where that block's columns would start); a row gets values only when
   * every way gives it the same ones, so a row the end may cut, or whose block may be a longer one
   * the end cuts, gets none. Only the rows before （六） are placed: which rows follow depends on the
   * template, which the labels before the end may not show. Read only when the numbers show a block
   * printed by columns (seven runs of one length of two or more) and are fewer than the table's;
   * null when nothing is settled.
   */
  private static ApplicationTable cutApplications(
      List<String> lines, int h3, boolean lastLineCut, ParseBudget budget) {
    Region r = Region.of(lines, h3, lines.size(), T3_START, MAX_T3_CELLS, budget);
    if (r == null || r.labels.indexOf(Vocabulary.T3_SUBTOTAL) >= 0) {
      return null;
    }
    int n = r.values.length;
    if (lastLineCut && n > 0 && r.lines[n - 1] == lastPrintedLine(lines)) {
      n--; // the last number may be cut short: it is not read
    }
    List<ApplicationRowId> ids = ApplicationRowId.rowsOf(Template.T2021);
    int placed = ids.indexOf(ApplicationRowId.R_OTHER_1);
    int rows = ids.size();
    if (n < COLUMNS || n >= rows * COLUMNS || !hasColumnBlock(r.lineRunStart, n)) {
      return null;
    }
    // the cut region: its first n numbers, the end of the last one a possible end of a run
    Region cut = new Region();
    cut.values = Arrays.copyOf(r.values, n);
    cut.lines = Arrays.copyOf(r.lines, n);
    cut.runStart = Arrays.copyOf(r.lineRunStart, n + 1);
    cut.runStart[n] = true;
    cut.wholeColumns = true;
    boolean[][] ok = new boolean[rows][rows + 1];
    for (int a = 0; a < rows; a++) {
      budget.check("tables");
      for (int k = 1; a + k <= rows && (a + k) * COLUMNS <= n; k++) {
        ok[a][k] = admitted(cut, a, k);
      }
    }
    boolean[] tail = new boolean[rows + 1];
    for (int m = 0; m < rows; m++) {
      tail[m] = m * COLUMNS <= n && cutBlockAdmitted(cut, m, n, rows);
    }
    boolean[] forward = reachable(ok, rows);
    boolean[] toEnd = new boolean[rows + 1]; // a cutting goes on from a to the end of the text
    for (int a = rows - 1; a >= 0; a--) {
      toEnd[a] = tail[a];
      for (int k = 1; a + k <= rows && !toEnd[a]; k++) {
        toEnd[a] = ok[a][k] && toEnd[a + k];
      }
    }
    if (!toEnd[0]) {
      return null;
    }
    // rows at or after the first place a cutting may end inside a block are not settled
    int settled = placed;
    for (int m = 0; m < settled; m++) {
      if (forward[m] && tail[m]) {
        settled = m;
      }
    }
    List<List<long[]>> readings = rowsOnPaths(cut, ok, forward, toEnd, rows, settled);
    List<ApplicationRow> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    boolean any = false;
    for (int a = 0; a < placed; a++) {
      ApplicationRowId id = ids.get(a);
      int line = cut.lines[Math.min(a * COLUMNS, n - 1)];
      List<long[]> rs = readings.get(a);
      if (a >= settled || rs.size() != 1) {
        out.add(new ApplicationRow(id, id.templateLabel(), List.of(), RowStatus.INCOMPLETE, line));
        problems.add(
            id
                + (a >= settled
                    ? ": the text ends before its values are known"
                    : ": printed by columns, its values cannot be placed uniquely"));
        continue;
      }
      List<CellValue> cells = new ArrayList<>(COLUMNS);
      for (long v : rs.get(0)) {
        cells.add(CellValue.number(Long.toString(v), v));
      }
      out.add(
          new ApplicationRow(id, Normalise.label(id.templateLabel()), cells, RowStatus.OK, line));
      any = true;
    }
    return any ? new ApplicationTable(out, problems) : null;
  }

  /**
   * True when the numbers from row {@code m} to the end ({@code n}) can be the first ones of a
   * block the end cuts: some block of {@code k} rows (as many as are left at most) holds more
   * numbers, and they start a run at each of its columns they reach.
   */
  private static boolean cutBlockAdmitted(Region r, int m, int n, int rows) {
    int start = m * COLUMNS;
    int left = n - start;
    if (left == 0) {
      return true;
    }
    if (!r.runStart[start]) {
      return false;
    }
    for (int k = left / COLUMNS + 1; m + k <= rows; k++) {
      boolean fits = !r.wholeColumns || noRunStartsInside(r, start, k, left);
      for (int c = 1; c < COLUMNS && c * k < left && fits; c++) {
        fits = r.runStart[start + c * k];
      }
      if (fits) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when no run starts inside a column of the block of {@code k} rows at {@code start}, among
   * its first {@code count} numbers.
   */
  private static boolean noRunStartsInside(Region r, int start, int k, int count) {
    for (int i = 1; i < count; i++) {
      if (i % k != 0 && r.runStart[start + i]) {
        return false;
      }
    }
    return true;
  }

  /** True when seven consecutive runs among the first {@code n} numbers have one length k ≥ 2. */
  private static boolean hasColumnBlock(boolean[] runStart, int n) {
    int previous = -1;
    int same = 0;
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || runStart[i]) {
        int length = i - start;
        same = length >= 2 && length == previous ? same + 1 : 1;
        if (length >= 2 && same >= COLUMNS) {
          return true;
        }
        previous = length;
        start = i;
      }
    }
    return false;
  }

  /** 1-based number of the last line that prints something. */
  private static int lastPrintedLine(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i) != null && !lines.get(i).isBlank()) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The rows of table 三 a region's labels name, when its numbers fill them; else null. */
  private static List<ApplicationRowId> rowsOfTable(Region r) {
    if (r.labels.indexOf(Vocabulary.T3_SUBTOTAL) >= 0) {
      return null;
    }
    List<ApplicationRowId> ids = rowsOf(r.labels);
    return ids != null && r.values.length == ids.size() * COLUMNS ? ids : null;
  }

  /** The line (1-based) of the last section heading, 0 without any. */
  private static int lastHeadingLine(List<Section> sections) {
    int last = 0;
    for (Section s : sections) {
      last = Math.max(last, s.headingLine());
    }
    return last;
  }

  private static int headingLine(List<Section> sections, int n) {
    for (Section s : sections) {
      if (s.number() == n && s.headingLine() > 0) {
        return s.headingLine();
      }
    }
    return -1;
  }

  /** The numbers of a region in order, where runs end, and its label text. */
  private static final class Region {
    long[] values;
    int[] lines;

    /**
     * Where runs start for the reading of the whole table: a run is the numbers separated by one
     * space on a line; a line break, a gap of two or more spaces (a text whose blank lines were
     * joined with spaces), a label or a page marker ends it.
     */
    boolean[] runStart;

    /**
     * Where runs of numbers on consecutive lines start: after a blank line, a label, a page marker
     * or a gap of two spaces or more (a line break alone does not end these runs).
     */
    boolean[] lineRunStart;

    /**
     * Whether a column of a block of rows is one run ({@link #lineRunStart}): no run starts inside
     * it. A block is the rows of one page, so a page break never splits its columns.
     */
    boolean wholeColumns;

    String labels;
    boolean textFirst;

    boolean everyValueApart() {
      for (boolean b : runStart) {
        if (!b) {
          return false;
        }
      }
      return true;
    }

    /**
     * Lines {@code (from, to]} (1-based), from the first one holding {@code start} (from there on
     * that line) when {@code start} is not null; null when a word reads as a value but not as a
     * plain count (a blank marker, a number glued to text).
     */
    static Region of(
        List<String> text,
        int from,
        int to,
        List<String> start,
        int maxValues,
        ParseBudget budget) {
      List<Long> values = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      List<Boolean> starts = new ArrayList<>();
      List<Boolean> lineStarts = new ArrayList<>();
      boolean lineRun = true;
      StringBuilder labels = new StringBuilder();
      boolean newRun = true;
      boolean textFirst = false;
      boolean started = start == null;
      for (int i = from; i < to && i < text.size(); i++) {
        budget.check("tables");
        String line = Normalise.nfkc(FootnoteMarks.without(text.get(i).replace('\f', ' ')));
        int at = 0;
        if (!started) {
          at = firstOf(line, start);
          if (at < 0) {
            continue;
          }
          started = true;
        }
        newRun = true;
        if (line.isBlank() || isPageMarker(line.strip()) || PageNumbers.isPageMark(line)) {
          lineRun = true;
          continue;
        }
        int n = line.length();
        int k = at;
        while (k < n) {
          int gap = 0;
          while (k < n && Normalise.isSpace(line.charAt(k))) {
            k++;
            gap++;
          }
          if (k >= n) {
            break;
          }
          int e = wordEnd(line, k);
          String w = line.substring(k, e);
          if (gap >= 2) {
            newRun = true;
            lineRun = true;
          }
          int marker = spacedMarkerEnd(line, k);
          if (isPageMarker(w) || marker > k) {
            newRun = true;
            lineRun = true;
            k = marker > k ? marker : e;
            continue;
          }
          k = e;
          String count = ValueNormaliser.withoutCountUnit(w); // 12件: a count typed with its unit
          if (ValueNormaliser.isTypedZero(count)) {
            count = "0";
          }
          if (isCount(count)) {
            if (count.length() > 15 || values.size() == maxValues) {
              return null; // more numbers than the table has cells: not this table
            }
            values.add(Long.parseLong(count));
            lines.add(i + 1);
            starts.add(newRun);
            lineStarts.add(lineRun);
            newRun = false;
            lineRun = false;
            continue;
          }
          if (!isNumbering(w)
              && w.length() <= Cell.MAX_CELL_CHARS
              && Cell.of(w, 0, 0, CellLayout.LABEL_STREAM, false).isValue()) {
            return null; // a blank marker or a number glued to text: not this layout
          }
          labels.append(Normalise.label(w));
          textFirst |= values.isEmpty();
          newRun = true;
          lineRun = true;
        }
      }
      if (!started) {
        return null;
      }
      Region r = new Region();
      r.values = values.stream().mapToLong(Long::longValue).toArray();
      r.lines = lines.stream().mapToInt(Integer::intValue).toArray();
      r.runStart = new boolean[values.size() + 1];
      for (int k = 0; k < starts.size(); k++) {
        r.runStart[k] = starts.get(k);
      }
      r.runStart[values.size()] = true;
      r.lineRunStart = new boolean[values.size() + 1];
      for (int k = 0; k < lineStarts.size(); k++) {
        r.lineRunStart[k] = lineStarts.get(k);
      }
      r.lineRunStart[values.size()] = true;
      r.labels = labels.toString();
      r.textFirst = textFirst;
      return r;
    }
  }

  /**
   * End of the word starting at {@code k}: the next space, but not a single space between two Han
   * characters. PDF text set with character spacing comes out of the extractor as {@code 无 正 当 理
   * 由}; its words are the label's, and a lone {@code 无} must not read as a blank-marker value.
   */
  private static int wordEnd(String line, int k) {
    int n = line.length();
    int e = k;
    while (true) {
      while (e < n && !Normalise.isSpace(line.charAt(e))) {
        e++;
      }
      if (e + 1 < n
          && e > k
          && line.charAt(e) == ' '
          && isHan(line.charAt(e - 1))
          && isHan(line.charAt(e + 1))) {
        e++;
        continue;
      }
      return e;
    }
  }

  private static boolean isHan(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }

  /**
   * Index in {@code line} of the first of {@code markers} it holds, spaces between the marker's
   * characters allowed ({@code 申 请 人 情 况}: PDF text set with character spacing), or -1.
   */
  private static int firstOf(String line, List<String> markers) {
    int best = -1;
    for (String m : markers) {
      int at = indexSpaced(line, m);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /** Index of {@code marker} in {@code line}, spaces allowed between its characters, or -1. */
  private static int indexSpaced(String line, String marker) {
    int at = line.indexOf(marker);
    if (at >= 0 || line.indexOf(' ') < 0) {
      return at;
    }
    char first = marker.charAt(0);
    for (int i = line.indexOf(first); i >= 0; i = line.indexOf(first, i + 1)) {
      int k = i + 1;
      int j = 1;
      while (j < marker.length() && k < line.length()) {
        char c = line.charAt(k);
        if (c == marker.charAt(j)) {
          j++;
        } else if (!Normalise.isSpace(c)) {
          break;
        }
        k++;
      }
      if (j == marker.length()) {
        return i;
      }
    }
    return -1;
  }

  /** A sub-item number standing apart from its label ({@code 1.} in {@code 1. 信访…}). */
  private static boolean isNumbering(String w) {
    return w.length() >= 2
        && w.length() <= 3
        && (w.endsWith(".") || w.endsWith("、"))
        && isCount(w.substring(0, w.length() - 1));
  }

  private static boolean isCount(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int c = 0; c < w.length(); c++) {
      if (w.charAt(c) < '0' || w.charAt(c) > '9') {
        return false;
      }
    }
    return true;
  }

  /** End of a spaced page marker {@code - 3 -} starting at {@code k}, else {@code k}. */
  private static int spacedMarkerEnd(String line, int k) {
    int end = LabelStream.pageMarkerEnd(line, k);
    return end > k && line.substring(k, end).indexOf(' ') >= 0 ? end : k;
  }

  /** The rows the labels name: the template's, with （六） as one row or three; null if unsure. */
  private static List<ApplicationRowId> rowsOf(String labels) {
    for (String key : List.of("本年新收", "上年结转", "予以公开", "国家秘密", "不掌握", "信访", "总计", "结转下年度")) {
      if (!labels.contains(key)) {
        return null;
      }
    }
    boolean subItems = labels.contains("逾期不补正") || labels.contains("逾期未按收费");
    return ApplicationRowId.rowsOf(subItems ? Template.T2021 : Template.T2019);
  }

  /** Table 三 from the region's numbers cut into blocks of rows. */
  private static ApplicationTable applications(
      Region r, List<ApplicationRowId> ids, ParseBudget budget) {
    int rows = ids.size();
    // valid[a][k]: rows a..a+k-1 printed as one block (k = 1: one row) is admitted.
    boolean[][] valid = new boolean[rows][rows + 1];
    for (int a = 0; a < rows; a++) {
      budget.check("tables");
      for (int k = 1; a + k <= rows; k++) {
        valid[a][k] = admitted(r, a, k);
      }
    }
    List<List<long[]>> readings = readingsOnPaths(r, valid, rows, null);
    if (readings == null && !r.everyValueApart()) {
      // The text lost the blank lines between runs (an HTML <pre>, a renderer dropping blank
      // lines): every cutting is considered, the arithmetic alone tells them apart.
      Arrays.fill(r.runStart, true);
      for (int a = 0; a < rows; a++) {
        for (int k = 1; a + k <= rows; k++) {
          valid[a][k] = admitted(r, a, k);
        }
      }
      readings = readingsOnPaths(r, valid, rows, null);
    }
    if (readings == null) {
      return null;
    }
    List<long[]> known = new ArrayList<>();
    List<List<long[]>> open = new ArrayList<>();
    boolean ambiguous = false;
    for (List<long[]> rs : readings) {
      known.add(rs.size() == 1 ? rs.get(0) : null);
      open.add(rs.size() == 1 ? null : new ArrayList<>(rs));
      ambiguous |= rs.size() > 1;
    }
    long[][] chosen = new long[rows][];
    for (int a = 0; a < rows; a++) {
      chosen[a] = known.get(a);
    }
    if (ambiguous) {
      Template t = ids.contains(ApplicationRowId.R_OTHER_1) ? Template.T2021 : Template.T2019;
      TableEquations.narrow(ids, known, open, TableEquations.of(t), MAX_READINGS);
      // Keep what the equations left only if one cutting of the table gives it all.
      List<List<long[]>> allowed = new ArrayList<>();
      for (int a = 0; a < rows; a++) {
        allowed.add(open.get(a) == null ? List.of(known.get(a)) : open.get(a));
      }
      List<List<long[]>> narrowed = readingsOnPaths(r, valid, rows, allowed);
      if (narrowed != null) {
        for (int a = 0; a < rows; a++) {
          chosen[a] = narrowed.get(a).size() == 1 ? narrowed.get(a).get(0) : null;
        }
      }
    }
    List<ApplicationRow> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int firstValue = 0;
    for (int a = 0; a < rows; a++) {
      ApplicationRowId id = ids.get(a);
      int line = r.lines.length > 0 ? r.lines[Math.min(firstValue, r.lines.length - 1)] : 0;
      firstValue += COLUMNS;
      if (chosen[a] == null) {
        out.add(new ApplicationRow(id, id.templateLabel(), List.of(), RowStatus.INCOMPLETE, line));
        problems.add(id + ": printed by columns, its values cannot be placed uniquely");
        continue;
      }
      List<CellValue> cells = new ArrayList<>(COLUMNS);
      for (long v : chosen[a]) {
        cells.add(CellValue.number(Long.toString(v), v));
      }
      out.add(
          new ApplicationRow(id, Normalise.label(id.templateLabel()), cells, RowStatus.OK, line));
    }
    return new ApplicationTable(out, problems);
  }

  /**
   * Per row, the distinct readings given by the cuttings of the whole table into admitted blocks
   * (restricted to {@code allowed} readings when given); null when no cutting is admitted.
   */
  private static List<List<long[]>> readingsOnPaths(
      Region r, boolean[][] valid, int rows, List<List<long[]>> allowed) {
    boolean[][] ok = new boolean[rows][rows + 1];
    for (int a = 0; a < rows; a++) {
      for (int k = 1; a + k <= rows; k++) {
        ok[a][k] = valid[a][k] && (allowed == null || allowedBlock(r, a, k, allowed));
      }
    }
    boolean[] forward = reachable(ok, rows);
    boolean[] backward = new boolean[rows + 1];
    backward[rows] = true;
    for (int a = rows - 1; a >= 0; a--) {
      for (int k = 1; a + k <= rows && !backward[a]; k++) {
        backward[a] = ok[a][k] && backward[a + k];
      }
    }
    if (!backward[0]) {
      return null;
    }
    return rowsOnPaths(r, ok, forward, backward, rows, rows);
  }

  /**
   * Where a cutting into admitted blocks ({@code ok[a][k]}: rows a..a+k-1) can reach from row 0.
   */
  private static boolean[] reachable(boolean[][] ok, int rows) {
    boolean[] forward = new boolean[rows + 1];
    forward[0] = true;
    for (int a = 0; a < rows; a++) {
      if (forward[a]) {
        for (int k = 1; a + k <= rows; k++) {
          forward[a + k] |= ok[a][k];
        }
      }
    }
    return forward;
  }

  /**
   * Per row before {@code limit}, the distinct readings the blocks give it on the cuttings that
   * reach the block from row 0 ({@code forward}) and go on from its end ({@code onward}).
   */
  private static List<List<long[]>> rowsOnPaths(
      Region r, boolean[][] ok, boolean[] forward, boolean[] onward, int rows, int limit) {
    List<List<long[]>> out = new ArrayList<>();
    for (int a = 0; a < rows; a++) {
      out.add(new ArrayList<>());
    }
    for (int a = 0; a < limit; a++) {
      if (!forward[a]) {
        continue;
      }
      for (int k = 1; a + k <= rows; k++) {
        if (ok[a][k] && onward[a + k]) {
          for (int j = 0; j < k && a + j < limit; j++) {
            long[] v = rowOf(r, a, k, j);
            if (out.get(a + j).stream().noneMatch(x -> Arrays.equals(x, v))) {
              out.get(a + j).add(v);
            }
          }
        }
      }
    }
    return out;
  }

  private static boolean allowedBlock(Region r, int a, int k, List<List<long[]>> allowed) {
    for (int j = 0; j < k; j++) {
      long[] v = rowOf(r, a, k, j);
      if (allowed.get(a + j).stream().noneMatch(x -> Arrays.equals(x, v))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when rows {@code a..a+k-1} can be one block: its numbers start and end runs, every run
   * lies in one column (by columns, k > 1) or one row (k = 1), and each row adds up.
   */
  private static boolean admitted(Region r, int a, int k) {
    int start = a * COLUMNS;
    int end = start + k * COLUMNS;
    if (!r.runStart[start] || !r.runStart[end]) {
      return false;
    }
    for (int c = 1; c < COLUMNS; c++) {
      if (!r.runStart[start + c * k]) {
        return false;
      }
    }
    if (r.wholeColumns && !noRunStartsInside(r, start, k, k * COLUMNS)) {
      return false;
    }
    for (int j = 0; j < k; j++) {
      long[] v = rowOf(r, a, k, j);
      long sum = 0;
      for (int c = 0; c < COLUMNS - 1; c++) {
        sum += v[c];
      }
      if (sum != v[COLUMNS - 1]) {
        return false;
      }
    }
    return true;
  }

  /** Row {@code j} of the block of {@code k} rows starting at row {@code a}, printed by columns. */
  private static long[] rowOf(Region r, int a, int k, int j) {
    long[] v = new long[COLUMNS];
    int start = a * COLUMNS;
    for (int c = 0; c < COLUMNS; c++) {
      v[c] = r.values[start + c * k + j];
    }
    return v;
  }

  /**
   * Table 四: 15 numbers with nothing but header words among them (or after them all, the groups
   * adding up in the template's order); null otherwise.
   */
  private static ReviewLitigationTable review(
      List<String> text, int from, int to, ParseBudget budget) {
    Region r = Region.of(text, from, to, null, ReviewLitigationReader.CELLS, budget);
    if (r == null || r.labels.isEmpty()) {
      return null;
    }
    for (int c = 0; c < r.labels.length(); c++) {
      if (Vocabulary.T4_HEADER_CHARS.indexOf(r.labels.charAt(c)) < 0) {
        return null;
      }
    }
    int per = ReviewCell.values().length;
    if (r.values.length != ReviewGroup.values().length * per) {
      return null;
    }
    long[] values = r.values;
    if (!r.textFirst && !ReviewLitigationReader.groupsAddUp(values)) {
      // the numbers before the header (pypdf prints a table's text after its numbers): read in
      // the template's order where every group bears it out
      return null;
    }
    ColumnMap order = ColumnMap.ofReviewHeader(r.labels.toString());
    if (order != null && order.agrees(values)) {
      // the header prints the groups' cells in another order (总计 first): each to its column
      values = order.inTemplateOrder(values);
    } else if (ReviewLitigationReader.otherOrderAddsUp(values, r.labels.toString())) {
      return null; // the header does not show its order, and only 总计 first adds up
    }
    List<ReviewLitigationRow> groups = new ArrayList<>();
    for (ReviewGroup g : ReviewGroup.values()) {
      List<CellValue> cells = new ArrayList<>();
      for (int c = 0; c < per; c++) {
        long v = values[g.ordinal() * per + c];
        cells.add(CellValue.number(Long.toString(v), v));
      }
      groups.add(new ReviewLitigationRow(g, cells, RowStatus.OK, r.lines[g.ordinal() * per]));
    }
    return new ReviewLitigationTable(groups, r.values.length, List.of());
  }

  /** {@code -3-}, {@code - 3 -}. */
  private static boolean isPageMarker(String line) {
    String s = line.replace(" ", "");
    if (s.length() < 3 || s.charAt(0) != '-' || s.charAt(s.length() - 1) != '-') {
      return false;
    }
    for (int c = 1; c < s.length() - 1; c++) {
      if (s.charAt(c) < '0' || s.charAt(c) > '9') {
        return false;
      }
    }
    return true;
  }
}
