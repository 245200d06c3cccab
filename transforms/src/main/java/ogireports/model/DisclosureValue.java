package ogireports.model;

/**
 * One table 二 value.
 *
 * @param item the row
 * @param measure the column
 * @param cell the cell as printed and read
 * @param unit the unit that applies: the cell's own unit, else the column header's unit ({@code
 *     （单位：万元）}), else {@code 件} for counts; null when an amount states no unit
 * @param sourceLine 1-based line of the decoded document where the value was found
 */
public record DisclosureValue(
    DisclosureItem item, Measure measure, CellValue cell, String unit, int sourceLine) {

  /** The amount in 万元 when this is an AMOUNT with a known unit (元 or 万元), else null. */
  public Double valueWan() {
    if (measure != Measure.AMOUNT || cell.value() == null || unit == null) {
      return null;
    }
    return switch (unit) {
      case "万元" -> cell.value();
      case "元" -> cell.value() / 10_000d;
      default -> null;
    };
  }
}
