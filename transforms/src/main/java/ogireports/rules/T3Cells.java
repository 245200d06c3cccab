package ogireports.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.RowStatus;
import ogireports.model.Template;

/**
 * Table 三 as the rules see it: the template's expected rows, and each cell as a {@link Term} that
 * knows whether it is a total and what it totals.
 */
final class T3Cells {

  /** The 6 applicant columns whose sum is the TOT column. */
  static final List<ApplicantColumn> PARTS_OF_TOTAL =
      List.of(
          ApplicantColumn.NATURAL_PERSON,
          ApplicantColumn.COMMERCIAL_ENTERPRISE,
          ApplicantColumn.RESEARCH_INSTITUTION,
          ApplicantColumn.SOCIAL_WELFARE_ORG,
          ApplicantColumn.LEGAL_SERVICE_ORG,
          ApplicantColumn.OTHER_ORG);

  private final List<ApplicationRowId> expectedRows;
  private final List<ApplicationRowId> resultParts;

  private static final int COLUMNS = ApplicantColumn.values().length;
  private static final ApplicationRowId[] ROW_IDS = ApplicationRowId.values();
  private final Term[] terms = new Term[ROW_IDS.length * COLUMNS];

  /**
   * Every cell by row and column, null when the row is absent or incomplete: the rules ask for each
   * cell many times.
   */
  private final CellValue[] cells = new CellValue[ROW_IDS.length * COLUMNS];

  /** Per row id: {@link #MISSING}, {@link #INCOMPLETE} or {@link #COMPLETE}. */
  private final byte[] availability = new byte[ROW_IDS.length];

  private static final byte MISSING = 0;
  private static final byte INCOMPLETE = 1;
  private static final byte COMPLETE = 2;

  T3Cells(ApplicationTable table, Template template) {
    this.expectedRows = expectedRows(template, table);
    List<ApplicationRowId> parts = new ArrayList<>();
    for (ApplicationRowId id : expectedRows) {
      if (id.isResultPart()) {
        parts.add(id);
      }
    }
    this.resultParts = List.copyOf(parts);
    if (table == null) {
      return;
    }
    for (ApplicationRow row : table.rows()) {
      if (row == null || row.rowId() == null || availability[row.rowId().ordinal()] != MISSING) {
        continue; // the first row found with an id is the one read
      }
      int id = row.rowId().ordinal();
      if (!isComplete(row)) {
        availability[id] = INCOMPLETE;
        continue;
      }
      availability[id] = COMPLETE;
      List<CellValue> rowCells = row.cells();
      for (int c = 0; c < COLUMNS; c++) {
        cells[id * COLUMNS + c] = rowCells.get(c); // a complete row has a cell per column
      }
    }
  }

  /**
   * The data rows a table 三 must have: 23 (2019) or 25 (2021). For a template not known from the
   * structure, the list that the rows found match better (2019 on a tie).
   */
  static List<ApplicationRowId> expectedRows(Template template, ApplicationTable table) {
    if (template == Template.T2019 || template == Template.T2021) {
      return table == null ? ApplicationRowId.rowsOf(template) : table.expectedRows(template);
    }
    List<ApplicationRowId> rows2019 = ApplicationRowId.rowsOf(Template.T2019);
    List<ApplicationRowId> rows2021 = ApplicationRowId.rowsOf(Template.T2021);
    if (table == null) {
      return rows2019;
    }
    Set<ApplicationRowId> found = EnumSet.noneOf(ApplicationRowId.class);
    for (ApplicationRow row : table.rows()) {
      if (row != null && row.rowId() != null) {
        found.add(row.rowId());
      }
    }
    long match2019 = rows2019.stream().filter(found::contains).count();
    long match2021 = rows2021.stream().filter(found::contains).count();
    return match2021 > match2019 ? rows2021 : rows2019;
  }

  List<ApplicationRowId> expectedRows() {
    return expectedRows;
  }

  /** The rows summed by T3_RESULT_SUM for this template. */
  List<ApplicationRowId> resultParts() {
    return resultParts;
  }

  static boolean isComplete(ApplicationRow row) {
    return row != null && row.status() != RowStatus.INCOMPLETE && row.cells().size() == COLUMNS;
  }

  /** The cell, or null when the row is absent or incomplete. */
  CellValue cell(ApplicationRowId id, ApplicantColumn column) {
    return cells[id.ordinal() * COLUMNS + column.ordinal()];
  }

  /** Why a row's cells cannot be used: {@code missing}, {@code incomplete}, or null. */
  String unavailability(ApplicationRowId id) {
    return switch (availability[id.ordinal()]) {
      case MISSING -> "missing";
      case INCOMPLETE -> "incomplete";
      default -> null;
    };
  }

  /**
   * A cell as a term of a rule: TOT-column and R_TOTAL-row cells are totals of their parts. Terms
   * are built once per table (the rules look each cell up many times).
   */
  Term term(ApplicationRowId id, ApplicantColumn column) {
    int i = id.ordinal() * COLUMNS + column.ordinal();
    Term t = terms[i];
    if (t == null) {
      t = newTerm(id, column);
      terms[i] = t;
    }
    return t;
  }

  private Term newTerm(ApplicationRowId id, ApplicantColumn column) {
    CellValue cell = cell(id, column);
    boolean totalColumn = column == ApplicantColumn.TOTAL;
    boolean totalRow = id == ApplicationRowId.R_TOTAL;
    if (!totalColumn && !totalRow) {
      return Term.of(cell);
    }
    if (cell == null || !cell.blank()) {
      return Term.total(cell, List.of()); // only a blank total reads its parts
    }
    List<CellValue> components =
        new ArrayList<>(
            (totalColumn ? PARTS_OF_TOTAL.size() : 0) + (totalRow ? resultParts.size() : 0));
    if (totalColumn) {
      for (ApplicantColumn c : PARTS_OF_TOTAL) {
        components.add(cell(id, c));
      }
    }
    if (totalRow) {
      for (ApplicationRowId part : resultParts()) {
        components.add(cell(part, column));
      }
    }
    return Term.total(cell, components);
  }

  /**
   * The value of a cell for a text rule: the number, 0 for a blank (or a blank total whose parts
   * are all blank or 0), null when missing, not printed, unreadable or a blank total of non-zero
   * parts.
   */
  Double value(ApplicationRowId id, ApplicantColumn column) {
    Term t = term(id, column);
    if (t.isMissing() || t.isNotPrinted() || t.isUnreadable() || t.isBlankTotal()) {
      return null;
    }
    return t.cell().isNumber() ? t.cell().value() : 0d;
  }

  /** Whether the cell is printed blank (for the {@code with_blanks} qualifier of text rules). */
  boolean isBlank(ApplicationRowId id, ApplicantColumn column) {
    CellValue c = cell(id, column);
    return c != null && c.blank();
  }

  /** The label for messages: the template's label of the row. */
  static String label(ApplicationRowId id) {
    return "“" + id.templateLabel() + "”";
  }
}
