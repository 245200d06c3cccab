package ogireports.model;

import java.util.List;
import java.util.Optional;

/**
 * Table 三 (收到和处理政府信息公开申请情况) as found. {@code rows} holds the rows that were found,
 * in printed order; rows of the template that were not found are absent from the list.
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
    return rows.stream().filter(r -> r.rowId() == id).findFirst();
  }
}
