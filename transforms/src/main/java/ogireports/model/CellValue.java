package ogireports.model;

import java.util.List;

/**
 * One table cell: as printed ({@code raw}) and as read.
 *
 * <p>Four states: a number ({@code value != null}); blank ({@code blank}, printed as {@code —},
 * {@code /}, {@code 无} or empty); not printed (the table has no such column: a table 三 printed with
 * its 总计 column only, or with 自然人 | 法人或其他组织 | 总计, has no cell for 商业企业; note {@code not_printed});
 * unreadable (none of these: text that is not a number, or a number that does not fit). A rule that
 * needs a cell not printed cannot be assessed, while an unreadable cell is a finding. {@code notes}
 * carries the normalisation qualifiers of spec §5 ({@code ws_stripped}, {@code non_integer}, {@code
 * float_artifact}, {@code unit_suffix}, …).
 *
 * @param raw the cell text as printed (never null; empty for an empty cell)
 * @param value the number read, or null when blank or unreadable
 * @param blank whether the cell is a blank marker
 * @param unit the unit printed in the cell ({@code 元}, {@code 万元}, {@code 件}), or null
 * @param notes normalisation qualifiers, never null
 */
public record CellValue(String raw, Double value, boolean blank, String unit, List<String> notes) {

  public CellValue {
    raw = raw == null ? "" : raw;
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public static CellValue number(String raw, double value) {
    return new CellValue(raw, value, false, null, List.of());
  }

  public static CellValue blankCell(String raw) {
    return new CellValue(raw, null, true, null, List.of("blank"));
  }

  public static CellValue unreadable(String raw) {
    return new CellValue(raw, null, false, null, List.of("unreadable"));
  }

  /** The note of a cell whose column the table does not print. */
  public static final String NOT_PRINTED = "not_printed";

  private static final CellValue NOT_PRINTED_CELL =
      new CellValue("", null, false, null, List.of(NOT_PRINTED));

  /** The cell of a column the table does not print. */
  public static CellValue notPrinted() {
    return NOT_PRINTED_CELL;
  }

  /** True for the cell of a column the table does not print: no value, and no finding. */
  public boolean isNotPrinted() {
    return value == null && !blank && notes.contains(NOT_PRINTED);
  }

  public boolean isNumber() {
    return value != null;
  }

  public boolean isUnreadable() {
    return value == null && !blank && !isNotPrinted();
  }

  /** True when the value is a whole number that fits a 64-bit count. */
  public boolean isInteger() {
    return value != null && value == Math.rint(value) && Math.abs(value) < 9.0e15;
  }

  /** The value as a 64-bit count, or null when blank, unreadable or not a whole number. */
  public Long asCount() {
    return isInteger() ? Long.valueOf(value.longValue()) : null;
  }
}
