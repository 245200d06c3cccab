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
import ogireports.text.ParseBudget;

/**
 * Reads tables 三 and 四 from text in which a PDF extractor printed the table by columns, in
 * blocks, with the labels apart from their values (poppler's {@code pdftotext} in its default
 * mode): a block of rows is printed column by column ({@code 1 0 0 0 0 1 1 0 10 3} is the 自然人
 * column of ten rows, then the 商业企业 column of the same rows, …), other rows one value per line,
 * and the row labels come in a heap before or after the numbers, out of order.
 *
 * <p>The labels are used only to know which rows the table has (the template's rows; （六） as one
 * row or as three sub-items). The numbers are taken in the order printed, which is the rows' order
 * (a PDF is read top to bottom), and cut into blocks of rows: a block of {@code k} rows is 7 runs
 * of {@code k} numbers (by columns), a row alone is 7 numbers. Runs are the numbers on consecutive
 * lines; a blank line, a label or a page marker ends a run. A cut is admitted only when every run
 * lies inside one column of its block and every row of the block adds up (its 总计 is the sum of
 * its six columns). Every way of cutting the whole table is considered (dynamic programming over
 * the rows, linear in the text); a row gets values only when every admitted cutting gives it the
 * same values, or when the table's equations ({@link TableEquations}: 一+二 = 三(七)+四 and the
 * result sum, per column) leave one. Other rows are {@link RowStatus#INCOMPLETE}: nothing is
 * guessed. When the count of numbers is not 7 per row, or no cutting is admitted, nothing is read.
 *
 * <p>Table 四: the 15 numbers between its heading and the next, when nothing but header words
 * stands between them (pdftotext prints the last header word {@code 总计} before the last number).
 */
final class ColumnBlocks {

  /** Layout code of tables read this way. */
  static final String LAYOUT = "pdf_columns";

  private static final int COLUMNS = 7;

  /** Most distinct readings a row may keep for the table's equations to choose among. */
  private static final int MAX_READINGS = 8;

  /** Characters a table 四 header line is made of (whitespace removed). */
  private static final String T4_HEADER_CHARS = "行政复议诉讼结果维持护纠正其他尚未审结总计经直接起后()因政府信息公开被";

  /** What was read: either table may be null. */
  record Reading(ApplicationTable applications, Template template, ReviewLitigationTable review) {}

  private ColumnBlocks() {}

  /** Reads tables 三 and 四 of {@code lines} (sections as split); never throws but on budget. */
  static Reading read(List<String> lines, List<Section> sections, ParseBudget budget) {
    int h3 = headingLine(sections, 3);
    int h4 = headingLine(sections, 4);
    int h5 = headingLine(sections, 5);
    ApplicationTable t3 = null;
    Template template = Template.UNKNOWN;
    if (h3 > 0 && h4 > h3) {
      Region r = Region.of(lines, h3, h4 - 1, budget);
      if (r != null) {
        List<ApplicationRowId> ids = rowsOf(r.labels);
        if (ids != null && r.values.length == ids.size() * COLUMNS) {
          t3 = applications(r, ids, budget);
          template = ids.contains(ApplicationRowId.R_OTHER_1) ? Template.T2021 : Template.T2019;
        }
      }
    }
    ReviewLitigationTable t4 = null;
    if (h4 > 0) {
      int end = h5 > h4 ? h5 - 1 : Math.min(lines.size(), h4 + 200);
      t4 = review(lines, h4, end, budget);
    }
    return new Reading(t3, template, t4);
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
    boolean[] runStart;
    String labels;

    /** Lines {@code (from, to]} (1-based); null when a cell is not a plain count. */
    static Region of(List<String> text, int from, int to, ParseBudget budget) {
      List<Long> values = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      List<Boolean> starts = new ArrayList<>();
      StringBuilder labels = new StringBuilder();
      boolean newRun = true;
      boolean started = false;
      for (int i = from; i < to && i < text.size(); i++) {
        budget.check("tables");
        String line = Normalise.nfkc(text.get(i).replace('\f', ' ')).strip();
        String squeezed = Normalise.label(line);
        if (!started) {
          started = squeezed.contains("申请人情况") || squeezed.contains("勾稽关系");
          if (!started) {
            continue;
          }
        }
        if (line.isEmpty() || isPageMarker(line)) {
          newRun = true;
          continue;
        }
        String[] words = line.split("\\s+");
        if (allCounts(words)) {
          for (String w : words) {
            if (w.length() > 15) {
              return null;
            }
            values.add(Long.parseLong(w));
            lines.add(i + 1);
            starts.add(newRun);
            newRun = false;
          }
          continue;
        }
        if (anyValueLike(words)) {
          return null; // a blank marker or a number glued to text: not this layout
        }
        labels.append(squeezed);
        newRun = true;
      }
      if (!started || labels.indexOf(Vocabulary.T3_SUBTOTAL) >= 0) {
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
      r.labels = labels.toString();
      return r;
    }
  }

  /** The rows the labels name: the template's, with （六） as one row or three; null if unsure. */
  private static List<ApplicationRowId> rowsOf(String labels) {
    for (String key : List.of("本年新收", "上年结转", "予以公开", "国家秘密", "不掌握", "信访",
        "总计", "结转下年度")) {
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
      out.add(new ApplicationRow(id, Normalise.label(id.templateLabel()), cells, RowStatus.OK, line));
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
    boolean[] forward = new boolean[rows + 1];
    forward[0] = true;
    for (int a = 0; a < rows; a++) {
      if (forward[a]) {
        for (int k = 1; a + k <= rows; k++) {
          forward[a + k] |= ok[a][k];
        }
      }
    }
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
    List<List<long[]>> out = new ArrayList<>();
    for (int a = 0; a < rows; a++) {
      out.add(new ArrayList<>());
    }
    for (int a = 0; a < rows; a++) {
      if (!forward[a]) {
        continue;
      }
      for (int k = 1; a + k <= rows; k++) {
        if (ok[a][k] && backward[a + k]) {
          for (int j = 0; j < k; j++) {
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

  /** Table 四: 15 numbers with nothing but header words among them; null otherwise. */
  private static ReviewLitigationTable review(
      List<String> text, int from, int to, ParseBudget budget) {
    List<Long> values = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    boolean header = false;
    for (int i = from; i < to && i < text.size(); i++) {
      budget.check("tables");
      String line = Normalise.nfkc(text.get(i).replace('\f', ' ')).strip();
      if (line.isEmpty() || isPageMarker(line)) {
        continue;
      }
      String[] words = line.split("\\s+");
      if (allCounts(words)) {
        if (!header) {
          return null;
        }
        for (String w : words) {
          if (w.length() > 15) {
            return null;
          }
          values.add(Long.parseLong(w));
          lines.add(i + 1);
        }
        continue;
      }
      String squeezed = Normalise.label(line);
      for (int c = 0; c < squeezed.length(); c++) {
        if (T4_HEADER_CHARS.indexOf(squeezed.charAt(c)) < 0) {
          return null;
        }
      }
      header = true;
    }
    int per = ReviewCell.values().length;
    if (values.size() != ReviewGroup.values().length * per) {
      return null;
    }
    List<ReviewLitigationRow> groups = new ArrayList<>();
    for (ReviewGroup g : ReviewGroup.values()) {
      List<CellValue> cells = new ArrayList<>();
      for (int c = 0; c < per; c++) {
        long v = values.get(g.ordinal() * per + c);
        cells.add(CellValue.number(Long.toString(v), v));
      }
      groups.add(new ReviewLitigationRow(g, cells, RowStatus.OK, lines.get(g.ordinal() * per)));
    }
    return new ReviewLitigationTable(groups, values.size(), List.of());
  }

  private static boolean allCounts(String[] words) {
    for (String w : words) {
      if (w.isEmpty()) {
        return false;
      }
      for (int c = 0; c < w.length(); c++) {
        if (w.charAt(c) < '0' || w.charAt(c) > '9') {
          return false;
        }
      }
    }
    return words.length > 0;
  }

  private static boolean anyValueLike(String[] words) {
    for (String w : words) {
      if (w.length() <= Cell.MAX_CELL_CHARS
          && Cell.of(w, 0, 0, CellLayout.LABEL_STREAM, false).isValue()) {
        return true;
      }
    }
    return false;
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
