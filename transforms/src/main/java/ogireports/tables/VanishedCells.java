package ogireports.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.CellValue;
import ogireports.model.RowStatus;
import ogireports.model.Template;
import ogireports.values.ValueNormaliser.ColumnKind;

/**
 * Table 三 from a web page that leaves its zero cells empty, saved with the empty cells gone.
 *
 * <p>Many county, banner and township sites fill only the non-zero cells of table 三 and its 总计
 * column. Saved one cell per line (or as rows that drop their empty fields), a row then prints its
 * label, its non-zero cells and its 总计: {@code 一、本年新收… / 21 / 2 / 23}, {@code 二、上年结转… / 0}. Which
 * columns the first numbers stand in is lost, but the last one is the row's 总计 when the form is
 * what it looks like. The form is taken only where the table's own arithmetic bears it out:
 *
 * <ul>
 *   <li>every row printing fewer numbers than columns prints either a single {@code 0} (a row of
 *       zeros: its cells empty, its 总计 printed) or two numbers or more, the last the sum of the
 *       others. A single non-zero number is no such row: if blanks are zeros its 总计 cannot be the
 *       only cell printed, so it is a cell whose 总计 is blank too, and the table is not read so;
 *   <li>every other row is read in full, with a 总计 that is a count, or prints no number at all: a
 *       row of zeros whose 总计 was left empty too ({@code 二、上年结转…} alone, or with its empty fields
 *       kept), 0 in the equations below and left unread, as the text prints no total for it;
 *   <li>the rows are the template's, once each, in order, and the 总计s read satisfy the 勾稽 balance
 *       (一 + 二 = (七)总计 + 四) and the result sum ((七)总计 = the sum of (一)…(六)): a row whose 总计 cell
 *       was left empty too, its last number a cell and not its 总计, breaks them;
 *   <li>some row prints a non-zero 总计 after its cells, so the form shows in the table itself.
 * </ul>
 *
 * <p>Such a row keeps only its 总计: it stays {@link RowStatus#INCOMPLETE}, its other cells {@link
 * CellValue#notPrinted()} (their values are not placed), so no rule reads a cell that is not there.
 * A table with a 小计 column, whose header names other columns than the template's (a form its rows
 * did not bear out: {@link ColumnMap}), or whose rows' digits were split back, is not read so.
 */
final class VanishedCells {

  private static final int COLUMNS = ApplicantColumn.values().length;
  private static final int TOTAL = ApplicantColumn.TOTAL.ordinal();

  private VanishedCells() {}

  /**
   * The rows with each short row's 总计 read, when the table bears the form out (see the class
   * comment); else {@code rows} as they are.
   *
   * @param drafts the rows as read, their value cells in printed order
   * @param rows the rows built from them, one per draft
   * @param shortRow per row, true when it is incomplete because it printed fewer values than the
   *     table has columns (and its digits were not split back)
   * @param template the table's template
   * @param subtotal position of a 小计 column, or -1
   */
  static List<ApplicationRow> totalsRead(
      List<ApplicationTableReader.DraftRow> drafts,
      List<ApplicationRow> rows,
      boolean[] shortRow,
      Template template,
      int subtotal) {
    if (subtotal >= 0 || rows.isEmpty() || !templateRows(rows, template)) {
      return rows;
    }
    long[] totals = new long[ApplicationRowId.values().length];
    CellValue[] printedTotal = new CellValue[rows.size()];
    boolean shown = false;
    for (int r = 0; r < rows.size(); r++) {
      ApplicationRow row = rows.get(r);
      Long total;
      if (shortRow[r]) {
        printedTotal[r] = lastIfTotal(drafts.get(r).values());
        total = printedTotal[r] == null ? null : printedTotal[r].asCount();
        shown |= total != null && total > 0 && drafts.get(r).values().size() > 1;
      } else if (row.status() == RowStatus.BLANKS && allBlank(row)) {
        total = 0L; // a row of zeros whose empty fields were kept (pipe rows' padding), 总计 too
      } else if (row.status() == RowStatus.OK || row.status() == RowStatus.BLANKS) {
        total = row.cell(ApplicantColumn.TOTAL).asCount();
      } else if (drafts.get(r).values().isEmpty()) {
        total = 0L; // a row of zeros printed blank, its 总计 too: 0 in the sums, left unread
      } else {
        return rows; // a row read from its digits, printed by columns, or with no values
      }
      if (total == null) {
        return rows;
      }
      totals[row.rowId().ordinal()] = total;
    }
    if (!shown || !balanced(totals, rows)) {
      return rows;
    }
    List<ApplicationRow> out = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      ApplicationRow row = rows.get(r);
      if (!shortRow[r]) {
        out.add(row);
        continue;
      }
      CellValue[] cells = new CellValue[COLUMNS];
      Arrays.fill(cells, CellValue.notPrinted());
      cells[TOTAL] = printedTotal[r];
      out.add(
          new ApplicationRow(
              row.rowId(), row.label(), List.of(cells), RowStatus.INCOMPLETE, row.sourceLine()));
    }
    return out;
  }

  private static boolean allBlank(ApplicationRow row) {
    for (CellValue c : row.cells()) {
      if (!c.blank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last of a short row's values when it is the row's 总计: a single {@code 0}, or two values or
   * more, every one a count, the last the sum of the others; else null.
   */
  private static CellValue lastIfTotal(List<Cell> values) {
    if (values.isEmpty() || values.size() >= COLUMNS) {
      return null;
    }
    long sum = 0;
    for (int k = 0; k < values.size() - 1; k++) {
      Long part = values.get(k).read(ColumnKind.COUNT).asCount();
      if (part == null || part < 0) {
        return null;
      }
      sum += part;
    }
    CellValue last = values.get(values.size() - 1).read(ColumnKind.COUNT);
    Long total = last.asCount();
    return total != null && total == sum ? last : null;
  }

  /**
   * True when the rows are the template's (2019, 2021, or a 2021 table printing （六） as one row),
   * once each and in order: every 总计 the equations need is then there.
   */
  private static boolean templateRows(List<ApplicationRow> rows, Template template) {
    List<ApplicationRowId> ids = new ArrayList<>(rows.size());
    for (ApplicationRow r : rows) {
      ids.add(r.rowId());
    }
    boolean as2019 = ids.equals(ApplicationRowId.rowsOf(Template.T2019));
    boolean as2021 = ids.equals(ApplicationRowId.rowsOf(Template.T2021));
    return template == Template.T2019 ? as2019 : as2019 || as2021;
  }

  /** The 勾稽 balance and the result sum over the rows' 总计s. */
  private static boolean balanced(long[] totals, List<ApplicationRow> rows) {
    long results = 0;
    for (ApplicationRow r : rows) {
      if (r.rowId().isResultPart()) {
        results += totals[r.rowId().ordinal()];
      }
    }
    long resultTotal = totals[ApplicationRowId.R_TOTAL.ordinal()];
    return results == resultTotal
        && totals[ApplicationRowId.NEW.ordinal()] + totals[ApplicationRowId.CARRY_IN.ordinal()]
            == resultTotal + totals[ApplicationRowId.CARRY_OUT.ordinal()];
  }
}
