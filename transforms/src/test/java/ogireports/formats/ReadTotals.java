package ogireports.formats;

import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.ParsedReport;

/** Table 三's 总计 of a row as a report read it: the tests of published files' readings ask for it. */
final class ReadTotals {

  private ReadTotals() {}

  /** The 总计 of {@code row}, or null when the row or its 总计 was not read. */
  static Long total(ParsedReport r, ApplicationRowId row) {
    return r.tables()
        .applications()
        .row(row)
        .map(x -> x.cell(ApplicantColumn.TOTAL).asCount())
        .orElse(null);
  }
}
