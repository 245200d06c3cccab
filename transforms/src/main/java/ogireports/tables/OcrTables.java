package ogireports.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ogireports.model.ActiveDisclosureTable;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.ReportTables;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.ReviewLitigationTable;
import ogireports.model.RowStatus;
import ogireports.model.Template;

/**
 * The tables of a scan's OCR text: those read from the text with OCR's confusions undone ({@link
 * OcrConfusions}) that the text as printed did not give, kept only where the table's own arithmetic
 * confirms what the correction changed.
 *
 * <p>Why: reading {@code O} as 0 and {@code l} as 1 is what a person does with a scan's text, but
 * it is a reading of the text, not the text: a table so read is kept only when its checks confirm
 * it, so that a correction is never a guess the table contradicts. The rows and groups the
 * correction changed are those the text as printed does not give with the same cells. Table 三 is
 * kept when every changed row adds up to its 总计, and the 勾稽 balance and the result sum ({@link
 * TableEquations}) hold in every column wherever they involve a changed row; an equation that
 * cannot be checked blocks it, unless the text stops inside the table (its rows read are the
 * template's first ones, every one in full but the last): a crawl cut the rest, and each changed
 * row is confirmed by its 总计. Table 四 is kept when every changed group adds up to its 总计. A row or
 * group the text as printed gives must come out the same. Table 二 has no such check: its corrected
 * reading is kept only beside a table 三 or 四 so confirmed, which shows that the text's letters are
 * OCR's digits. A table not confirmed is left as the text as printed gives it: null or incomplete
 * where the letters stand, never a corrected value.
 *
 * <p>A table 三 whose equations cannot be checked because some other row stays illegible (a 总计
 * printed {@code ■}) keeps, of its corrected rows, those whose 总计 OCR printed as digits on the
 * row's own line and whose corrected cells add up to it ({@code 四、结转下年度继续办理 1 2 0 0 0 O 3}): the
 * total is the text's, and the row's arithmetic confirms that the letters beside it are the digits
 * they look like. Nothing is kept from a table where some equation, or some corrected row,
 * contradicts the correction.
 */
final class OcrTables {

  /** The layout of tables read from a scan's OCR text with its confusions undone. */
  static final String LAYOUT = "ocr";

  private static final int COLUMNS = ApplicantColumn.values().length;

  private OcrTables() {}

  /**
   * The tables of {@code printed} (the text as printed), with table 三, 四 or 二 of {@code corrected}
   * (the text with OCR's confusions undone) where the corrected one is confirmed.
   */
  static ReportTables confirmed(ReportTables printed, ReportTables corrected) {
    return confirmed(printed, corrected, null, null);
  }

  /**
   * {@link #confirmed(ReportTables, ReportTables)}, with the lines of both texts (the same number,
   * line for line) for the rows whose 总计 OCR printed legibly (see the class comment); null when the
   * corrected text is not the printed one with some words changed.
   */
  static ReportTables confirmed(
      ReportTables printed,
      ReportTables corrected,
      List<String> printedLines,
      List<String> correctedLines) {
    if (printed.template() == Template.PRE2019 || corrected.template() == Template.PRE2019) {
      return printed;
    }
    Set<ApplicationRowId> changed = EnumSet.noneOf(ApplicationRowId.class);
    Check check =
        check(printed.applications(), corrected.applications(), corrected.template(), changed);
    boolean t3 = check == Check.CONFIRMED;
    ApplicationTable legibleTotals =
        check == Check.UNCHECKED && printedLines != null
            ? rowsWithLegibleTotals(
                printed.applications(),
                corrected.applications(),
                changed,
                printedLines,
                correctedLines)
            : null;
    boolean t4 = confirmed(printed.reviewLitigation(), corrected.reviewLitigation());
    boolean t2 =
        (t3 || t4)
            && TableReader.valuesRead(corrected.activeDisclosure())
                > TableReader.valuesRead(printed.activeDisclosure());
    if (!t2 && !t3 && !t4 && legibleTotals == null) {
      return printed;
    }
    ActiveDisclosureTable active = t2 ? corrected.activeDisclosure() : printed.activeDisclosure();
    ApplicationTable applications =
        t3
            ? corrected.applications()
            : legibleTotals != null ? legibleTotals : printed.applications();
    ReviewLitigationTable review = t4 ? corrected.reviewLitigation() : printed.reviewLitigation();
    Template template =
        t3 || legibleTotals != null || printed.template() == Template.UNKNOWN
            ? corrected.template()
            : printed.template();
    return new ReportTables(template, active, applications, review, LAYOUT);
  }

  /**
   * True when the corrected table 三 changes some row and is confirmed: every row the printed table
   * gives comes out the same; every changed row is read in full and adds up; every equation
   * involving a changed row holds in every column, or, in a text that stops inside the table,
   * cannot be checked for want of the rows cut.
   */
  private enum Check {
    /** Every equation involving a changed row holds (or a crawl cut the rows it needs). */
    CONFIRMED,
    /**
     * Some row of the correction is not borne out (it does not add up, or the printed text gives a
     * row the correction does not) or some equation cannot be checked; no equation is contradicted.
     */
    UNCHECKED,
    /**
     * An equation or a row the text as printed gives contradicts the correction, or it changes
     * nothing.
     */
    REJECTED
  }

  static boolean confirmed(
      ApplicationTable printed, ApplicationTable corrected, Template template) {
    return check(printed, corrected, template, EnumSet.noneOf(ApplicationRowId.class))
        == Check.CONFIRMED;
  }

  /** How far the table's arithmetic confirms the corrected table; {@code changed} gets its rows. */
  private static Check check(
      ApplicationTable printed,
      ApplicationTable corrected,
      Template template,
      Set<ApplicationRowId> changed) {
    if (corrected == null || (template != Template.T2019 && template != Template.T2021)) {
      return Check.REJECTED;
    }
    // a 2021 table printing （六） as one row, as the 2019 template does, is checked as that form
    Template form =
        template == Template.T2021 && corrected.printsOtherAsOneRow() ? Template.T2019 : template;
    List<ApplicationRowId> expected = Vocabulary.rowsOf(form);
    Map<ApplicationRowId, long[]> values = new EnumMap<>(ApplicationRowId.class);
    boolean partly = false; // some row not borne out: the corrected table is not taken whole
    for (ApplicationRowId id : expected) {
      long[] before = counts(printed == null ? null : printed.row(id).orElse(null));
      long[] after = counts(corrected.row(id).orElse(null));
      if (before != null && after != null && !Arrays.equals(before, after)) {
        return Check.REJECTED; // a row the text as printed gives, read otherwise
      }
      if (before != null && after == null) {
        partly = true; // a row the text as printed gives and the correction does not
        values.put(id, before);
      } else if (before == null && after != null && !addsUp(after)) {
        partly = true; // a corrected row that does not add up: not taken, not checked with
      } else if (after != null) {
        values.put(id, after);
        if (before == null) {
          changed.add(id);
        }
      }
    }
    if (changed.isEmpty()) {
      return Check.REJECTED;
    }
    boolean cut = stopsInside(corrected, expected);
    boolean unchecked = false;
    for (TableEquations.Equation e : TableEquations.of(form)) {
      boolean involved = false;
      boolean known = true;
      for (ApplicationRowId id : e.ids()) {
        involved |= changed.contains(id);
        known &= values.containsKey(id);
      }
      if (!involved) {
        continue;
      }
      if (!known) {
        unchecked |= !cut;
        continue;
      }
      long[] sum = new long[COLUMNS];
      for (int i = 0; i < e.ids().size(); i++) {
        long[] v = values.get(e.ids().get(i));
        for (int c = 0; c < COLUMNS; c++) {
          sum[c] += e.signs()[i] * v[c];
        }
      }
      for (long x : sum) {
        if (x != 0) {
          return Check.REJECTED;
        }
      }
    }
    return partly || unchecked ? Check.UNCHECKED : Check.CONFIRMED;
  }

  /**
   * The printed table with each changed row of the corrected one whose 总计 was printed legibly put
   * in place of the row the printed text gives no cells of, or null when there is none. A row so
   * taken is printed on one line with its seven cells last, the line's last word the same before
   * and after the correction; it adds up (a corrected row that does not is not among {@code
   * changed}).
   */
  private static ApplicationTable rowsWithLegibleTotals(
      ApplicationTable printed,
      ApplicationTable corrected,
      Set<ApplicationRowId> changed,
      List<String> printedLines,
      List<String> correctedLines) {
    Map<ApplicationRowId, ApplicationRow> taken = new EnumMap<>(ApplicationRowId.class);
    for (ApplicationRowId id : changed) {
      ApplicationRow row = corrected.row(id).orElseThrow();
      if (totalPrintedLegibly(row, printedLines, correctedLines)) {
        taken.put(id, row);
      }
    }
    if (taken.isEmpty()) {
      return null;
    }
    List<ApplicationRow> rows = new ArrayList<>();
    List<ApplicationRowId> order = new ArrayList<>();
    for (ApplicationRow row : corrected.rows()) {
      order.add(row.rowId());
    }
    // the printed rows in their order, each row taken put where the corrected table has it
    for (ApplicationRow row : printed == null ? List.<ApplicationRow>of() : printed.rows()) {
      if (!taken.containsKey(row.rowId())) {
        rows.add(row);
      }
    }
    for (ApplicationRow row : taken.values()) {
      int at = rows.size();
      int position = order.indexOf(row.rowId());
      for (int k = 0; k < rows.size(); k++) {
        int p = order.indexOf(rows.get(k).rowId());
        if (p > position) {
          at = k;
          break;
        }
      }
      rows.add(at, row);
    }
    List<String> problems = new ArrayList<>();
    for (String problem : printed == null ? List.<String>of() : printed.problems()) {
      if (!taken.containsKey(rowOf(problem))) {
        problems.add(problem);
      }
    }
    return new ApplicationTable(rows, problems);
  }

  /**
   * The row a problem of {@link ApplicationTable#problems()} names first ({@code ID: …}), or null.
   */
  private static ApplicationRowId rowOf(String problem) {
    int colon = problem.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    try {
      return ApplicationRowId.valueOf(problem.substring(0, colon));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * True when the row's line ends in its seven cells, read after the correction, and its last word,
   * the 总计, is the same in the text as printed.
   */
  private static boolean totalPrintedLegibly(
      ApplicationRow row, List<String> printedLines, List<String> correctedLines) {
    int i = row.sourceLine() - 1;
    if (i < 0
        || i >= printedLines.size()
        || i >= correctedLines.size()
        || row.cells().size() != COLUMNS
        || printedLines.get(i) == null
        || correctedLines.get(i) == null) {
      return false;
    }
    String[] after = words(correctedLines.get(i));
    String[] before = words(printedLines.get(i));
    if (after.length < COLUMNS + 1 || before.length == 0) {
      return false;
    }
    for (int c = 0; c < COLUMNS; c++) {
      String raw = row.cells().get(c).raw();
      if (raw == null || !raw.equals(after[after.length - COLUMNS + c])) {
        return false;
      }
    }
    return before[before.length - 1].equals(after[after.length - 1]);
  }

  private static String[] words(String line) {
    String trimmed = line.replace('\u3000', ' ').strip();
    return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
  }

  /**
   * True when the table's rows stop early, as in a text cut inside the table: the rows read are the
   * template's first ones in its order, every one read in full but the last, and some are missing
   * after them.
   */
  private static boolean stopsInside(ApplicationTable table, List<ApplicationRowId> expected) {
    List<ApplicationRow> rows = table.rows();
    if (rows.isEmpty() || rows.size() >= expected.size()) {
      return false;
    }
    for (int k = 0; k < rows.size(); k++) {
      ApplicationRow row = rows.get(k);
      if (row.rowId() != expected.get(k)) {
        return false;
      }
      if (k < rows.size() - 1 && counts(row) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the corrected table 四 changes some group and every group the printed table gives
   * comes out the same, every changed group adding up to its 总计.
   */
  static boolean confirmed(ReviewLitigationTable printed, ReviewLitigationTable corrected) {
    if (corrected == null) {
      return false;
    }
    boolean changed = false;
    for (ReviewGroup group : ReviewGroup.values()) {
      long[] before = counts(printed == null ? null : printed.group(group).orElse(null));
      long[] after = counts(corrected.group(group).orElse(null));
      if (before != null && !Arrays.equals(before, after)) {
        return false;
      }
      if (before == null && after != null) {
        long parts = 0;
        for (int c = 0; c < after.length - 1; c++) {
          parts += after[c];
        }
        if (parts != after[after.length - 1]) {
          return false;
        }
        changed = true;
      }
    }
    return changed;
  }

  /** True when a row's six applicant columns add up to its 总计. */
  private static boolean addsUp(long[] v) {
    long parts = 0;
    for (int c = 0; c < COLUMNS - 1; c++) {
      parts += v[c];
    }
    return parts == v[COLUMNS - 1];
  }

  /** A row's 7 counts (a blank cell 0), or null when it is not read in full. */
  private static long[] counts(ApplicationRow row) {
    if (row == null || row.status() == RowStatus.INCOMPLETE || row.cells().size() != COLUMNS) {
      return null;
    }
    return counts(row.cells());
  }

  /** A group's 5 counts (a blank cell 0), or null when it is not read in full. */
  private static long[] counts(ReviewLitigationRow group) {
    if (group == null
        || group.status() == RowStatus.INCOMPLETE
        || group.cells().size() != ReviewCell.values().length) {
      return null;
    }
    return counts(group.cells());
  }

  private static long[] counts(List<CellValue> cells) {
    long[] v = new long[cells.size()];
    for (int c = 0; c < v.length; c++) {
      Long count = count(cells.get(c));
      if (count == null) {
        return null;
      }
      v[c] = count;
    }
    return v;
  }

  /** A cell's count, 0 for a blank cell, null for anything else (unreadable, not printed). */
  private static Long count(CellValue cell) {
    if (cell == null || cell.isNotPrinted()) {
      return null;
    }
    if (cell.blank()) {
      return 0L;
    }
    return cell.isInteger() && cell.value() >= 0 ? cell.asCount() : null;
  }
}
