package ogireports.tables;

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
    if (printed.template() == Template.PRE2019 || corrected.template() == Template.PRE2019) {
      return printed;
    }
    boolean t3 = confirmed(printed.applications(), corrected.applications(), corrected.template());
    boolean t4 = confirmed(printed.reviewLitigation(), corrected.reviewLitigation());
    boolean t2 =
        (t3 || t4)
            && TableReader.valuesRead(corrected.activeDisclosure())
                > TableReader.valuesRead(printed.activeDisclosure());
    if (!t2 && !t3 && !t4) {
      return printed;
    }
    ActiveDisclosureTable active = t2 ? corrected.activeDisclosure() : printed.activeDisclosure();
    ApplicationTable applications = t3 ? corrected.applications() : printed.applications();
    ReviewLitigationTable review = t4 ? corrected.reviewLitigation() : printed.reviewLitigation();
    Template template =
        t3 || printed.template() == Template.UNKNOWN ? corrected.template() : printed.template();
    return new ReportTables(template, active, applications, review, LAYOUT);
  }

  /**
   * True when the corrected table 三 changes some row and is confirmed: every row the printed table
   * gives comes out the same; every changed row is read in full and adds up; every equation
   * involving a changed row holds in every column, or, in a text that stops inside the table,
   * cannot be checked for want of the rows cut.
   */
  static boolean confirmed(
      ApplicationTable printed, ApplicationTable corrected, Template template) {
    if (corrected == null || (template != Template.T2019 && template != Template.T2021)) {
      return false;
    }
    // a 2021 table printing （六） as one row, as the 2019 template does, is checked as that form
    Template form =
        template == Template.T2021 && corrected.printsOtherAsOneRow() ? Template.T2019 : template;
    List<ApplicationRowId> expected = Vocabulary.rowsOf(form);
    Map<ApplicationRowId, long[]> values = new EnumMap<>(ApplicationRowId.class);
    Set<ApplicationRowId> changed = EnumSet.noneOf(ApplicationRowId.class);
    for (ApplicationRowId id : expected) {
      long[] before = counts(printed == null ? null : printed.row(id).orElse(null));
      long[] after = counts(corrected.row(id).orElse(null));
      if (after != null) {
        values.put(id, after);
      }
      if (before != null && !Arrays.equals(before, after)) {
        return false; // a row the text as printed gives, read otherwise
      }
      if (before == null && after != null) {
        if (!addsUp(after)) {
          return false;
        }
        changed.add(id);
      }
    }
    if (changed.isEmpty()) {
      return false;
    }
    boolean cut = stopsInside(corrected, expected);
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
        if (cut) {
          continue;
        }
        return false;
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
          return false;
        }
      }
    }
    return true;
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
