package ogireports.rules;

import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.DisclosureItem;
import ogireports.model.Measure;
import ogireports.model.ParsedReport;

/**
 * Table values as the rules read them, for rules outside this package (the cross-year rules): a
 * blank cell counts as 0; a missing or unreadable cell, or a blank total over non-zero parts, has
 * no value.
 */
public final class TableValues {

  private TableValues() {}

  /** A value and whether it was printed blank. */
  public record Read(Double value, boolean blank) {}

  /** A table 三 cell, or a read with a null value when the table or the cell is unusable. */
  public static Read applications(ParsedReport report, ApplicationRowId row, ApplicantColumn col) {
    if (report == null || T3Rules.table(report) == null) {
      return new Read(null, false);
    }
    T3Cells cells = T3Rules.cells(report);
    return new Read(cells.value(row, col), cells.isBlank(row, col));
  }

  /** A table 二 value, or a read with a null value when the table or the value is unusable. */
  public static Read disclosure(ParsedReport report, DisclosureItem item, Measure measure) {
    if (report == null || T2Rules.table(report) == null) {
      return new Read(null, false);
    }
    T2Rules.Operand op = T2Rules.Operand.of(T2Rules.table(report), item, measure);
    return new Read(op.value(), op.blank());
  }
}
