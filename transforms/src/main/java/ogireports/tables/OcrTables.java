package ogireports.tables;

import java.util.List;
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
 * holds.
 *
 * <p>Why: reading {@code O} as 0 and {@code l} as 1 is what a person does with a scan's text, but
 * it is a reading of the text, not the text: a table so read is kept only when its checks confirm
 * it, so that a correction is never a guess the table contradicts. Table 三 is kept when every row
 * of its template is read, every row's 总计 is the sum of its six columns, and the 勾稽 balance and the
 * result sum ({@link TableEquations}) hold in every column; table 四 when its three groups are read
 * and each group's 总计 is the sum of its four results. Table 二 has no such check: its corrected
 * reading is kept only beside a table 三 or 四 so confirmed, which shows that the text's letters are
 * OCR's digits. A table not confirmed is left as the text as printed gives it (null or incomplete
 * where the letters stand: never a corrected value).
 */
final class OcrTables {

  /** The layout of tables read from a scan's OCR text with its confusions undone. */
  static final String LAYOUT = "ocr";

  private static final int COLUMNS = ApplicantColumn.values().length;

  private OcrTables() {}

  /**
   * The tables of {@code printed} (the text as printed), with table 三, 四 or 二 of {@code corrected}
   * (the text with OCR's confusions undone) where the printed reading did not read it in full and
   * the corrected one is confirmed.
   */
  static ReportTables confirmed(ReportTables printed, ReportTables corrected) {
    if (printed.template() == Template.PRE2019 || corrected.template() == Template.PRE2019) {
      return printed;
    }
    boolean t3 =
        !fullyRead(printed.applications(), printed.template())
            && checksHold(corrected.applications(), corrected.template());
    boolean t4 =
        TableReader.groupsRead(printed.reviewLitigation()) < ReviewGroup.values().length
            && groupTotalsHold(corrected.reviewLitigation());
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
   * True when every row the table must have under the template ({@link
   * ApplicationTable#expectedRows}) was read with its 7 cells (blanks or numbers).
   */
  private static boolean fullyRead(ApplicationTable table, Template template) {
    if (table == null) {
      return false;
    }
    for (ApplicationRowId id : table.expectedRows(template)) {
      ApplicationRow row = table.row(id).orElse(null);
      if (row == null || row.status() == RowStatus.INCOMPLETE) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when table 三 is read in full for a known template (every row it must have: {@link
   * ApplicationTable#expectedRows}), every cell a count or blank (0), every row adds up to its 总计
   * and the balance and result sum hold in every column.
   */
  static boolean checksHold(ApplicationTable table, Template template) {
    if (table == null || (template != Template.T2019 && template != Template.T2021)) {
      return false;
    }
    // a 2021 table printing （六） as one row, as the 2019 template does, is checked as that form
    Template form =
        template == Template.T2021 && table.printsOtherAsOneRow() ? Template.T2019 : template;
    List<ApplicationRowId> ids = Vocabulary.rowsOf(form);
    java.util.Map<ApplicationRowId, long[]> values =
        new java.util.EnumMap<>(ApplicationRowId.class);
    for (ApplicationRowId id : ids) {
      ApplicationRow row = table.row(id).orElse(null);
      if (row == null || row.status() == RowStatus.INCOMPLETE || row.cells().size() != COLUMNS) {
        return false;
      }
      long[] v = new long[COLUMNS];
      for (int c = 0; c < COLUMNS; c++) {
        Long count = count(row.cells().get(c));
        if (count == null) {
          return false;
        }
        v[c] = count;
      }
      long parts = 0;
      for (int c = 0; c < COLUMNS - 1; c++) {
        parts += v[c];
      }
      if (parts != v[COLUMNS - 1]) {
        return false;
      }
      values.put(id, v);
    }
    for (TableEquations.Equation e : TableEquations.of(form)) {
      long[] sum = new long[COLUMNS];
      for (int i = 0; i < e.ids().size(); i++) {
        long[] v = values.get(e.ids().get(i));
        if (v == null) {
          return false;
        }
        for (int c = 0; c < COLUMNS; c++) {
          sum[c] += e.signs()[i] * v[c];
        }
      }
      for (long s : sum) {
        if (s != 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** True when the three groups of table 四 are read and each adds up to its 总计. */
  static boolean groupTotalsHold(ReviewLitigationTable table) {
    if (TableReader.groupsRead(table) < ReviewGroup.values().length) {
      return false;
    }
    for (ReviewLitigationRow group : table.groups()) {
      if (group.cells().size() != ReviewCell.values().length) {
        return false;
      }
      long parts = 0;
      Long total = null;
      for (ReviewCell cell : ReviewCell.values()) {
        Long count = count(group.cell(cell));
        if (count == null) {
          return false;
        }
        if (cell == ReviewCell.TOTAL) {
          total = count;
        } else {
          parts += count;
        }
      }
      if (total == null || parts != total) {
        return false;
      }
    }
    return true;
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
