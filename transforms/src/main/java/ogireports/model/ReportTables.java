package ogireports.model;

/**
 * The three tables of a report as found, and the template they follow.
 *
 * @param template decided from the tables' structure (spec §2.4), never from the cited notice
 * @param activeDisclosure table 二, or null when absent
 * @param applications table 三, or null when absent
 * @param reviewLitigation table 四, or null when absent
 * @param layout how the tables were laid out in the text ({@code tab_cells}, {@code tsv_rows},
 *     {@code cell_lines}, {@code mixed}, {@code none})
 */
public record ReportTables(
    Template template,
    ActiveDisclosureTable activeDisclosure,
    ApplicationTable applications,
    ReviewLitigationTable reviewLitigation,
    String layout) {

  /** True when none of the three tables was found. */
  public boolean isEmpty() {
    return activeDisclosure == null && applications == null && reviewLitigation == null;
  }
}
