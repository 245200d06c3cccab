package ogireports.rules;

import java.util.Collections;
import java.util.List;
import ogireports.model.CellValue;

/**
 * One cell taking part in an arithmetic rule (spec §3), with what is needed to apply the blank
 * handling: whether the cell is a total cell and which cells it totals.
 *
 * @param cell the cell, or null when its row is absent or incomplete (the cell is missing)
 * @param total whether this is a total cell (TOT column, R_TOTAL row, or a table 四 group's TOT)
 * @param components the cells this total sums (may contain nulls for missing cells); empty for a
 *     non-total cell, and may be empty for a total that is not printed blank (only {@link
 *     #isBlankTotal} reads them)
 */
record Term(CellValue cell, boolean total, List<CellValue> components) {

  Term {
    // the makers of terms hand over lists they do not change afterwards: not copied
    components =
        components == null || components.isEmpty()
            ? List.of()
            : Collections.unmodifiableList(components);
  }

  static Term of(CellValue cell) {
    return new Term(cell, false, List.of());
  }

  static Term total(CellValue cell, List<CellValue> components) {
    return new Term(cell, true, components);
  }

  boolean isMissing() {
    return cell == null;
  }

  /** A cell of a column the table does not print: it has no value, and is no finding. */
  boolean isNotPrinted() {
    return cell != null && cell.isNotPrinted();
  }

  boolean isUnreadable() {
    return cell != null && cell.isUnreadable();
  }

  /**
   * A blank total whose own components are not all blank or 0 counts as missing (spec §3): the
   * rules that use it are NOT_ASSESSABLE with {@code blank_total}.
   */
  boolean isBlankTotal() {
    if (cell == null || !total || !cell.blank()) {
      return false;
    }
    for (CellValue c : components) {
      boolean blankOrZero = c != null && (c.blank() || (c.isNumber() && c.value() == 0d));
      if (!blankOrZero) {
        return true;
      }
    }
    return false;
  }
}
