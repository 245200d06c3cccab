package ogireports.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Table 三 (收到和处理政府信息公开申请情况) as found. {@code rows} holds the rows that were found, in printed
 * order; rows of the template that were not found are absent from the list.
 *
 * @param rows the rows found
 * @param problems human-readable notes on what could not be read (for T3_SHAPE messages)
 */
public record ApplicationTable(List<ApplicationRow> rows, List<String> problems) {

  public ApplicationTable {
    rows = List.copyOf(rows);
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  public Optional<ApplicationRow> row(ApplicationRowId id) {
    for (ApplicationRow r : rows) { // a loop: the rules ask for rows many times a report
      if (r.rowId() == id) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The template's columns the table does not print (a table printed with its 总计 column only, or
   * with 自然人 | 法人或其他组织 | 总计): those whose cells are {@link CellValue#notPrinted()} in the rows
   * read. Empty for a table printing the template's columns.
   */
  public Set<ApplicantColumn> columnsNotPrinted() {
    Set<ApplicantColumn> out = EnumSet.noneOf(ApplicantColumn.class);
    ApplicantColumn[] columns = ApplicantColumn.values(); // one copy for all the rows
    for (ApplicationRow r : rows) {
      if (r.status() == RowStatus.INCOMPLETE) {
        continue; // a row read for its 总计 alone: its other cells were printed, their columns lost
      }
      for (ApplicantColumn c : columns) {
        CellValue cell = r.cell(c);
        if (cell != null && cell.isNotPrinted()) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * True when the table has the one row （六）其他处理 and none of its 2021 sub-items: a 2021 report that
   * prints it as the 2019 template does (a hybrid real filers print).
   */
  public boolean printsOtherAsOneRow() {
    return row(ApplicationRowId.R_OTHER).isPresent()
        && row(ApplicationRowId.R_OTHER_1).isEmpty()
        && row(ApplicationRowId.R_OTHER_2).isEmpty()
        && row(ApplicationRowId.R_OTHER_3).isEmpty();
  }

  /**
   * The data rows this table must have under {@code template}: those of the template, and the 2019
   * rows for a 2021 table that {@link #printsOtherAsOneRow prints （六） as one row}.
   */
  public List<ApplicationRowId> expectedRows(Template template) {
    if (template == Template.T2021 && printsOtherAsOneRow()) {
      return ApplicationRowId.rowsOf(Template.T2019);
    }
    return ApplicationRowId.rowsOf(template);
  }
}
