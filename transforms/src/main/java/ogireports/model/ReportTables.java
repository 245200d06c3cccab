package ogireports.model;

/**
 * The three tables of a report as found, and the template they follow.
 *
 * @param template decided from the tables' structure (spec §2.4), never from the cited notice
 * @param activeDisclosure table 二, or null when absent
 * @param applications table 三, or null when absent
 * @param reviewLitigation table 四, or null when absent
 * @param layout how the tables were laid out in the text ({@code tab_cells}, {@code tsv_rows},
 *     {@code cell_lines}, {@code pipe_rows}, {@code html}, {@code drawn}, {@code run_together},
 *     {@code ocr}, {@code mixed}, {@code none})
 * @param legacyIndicators the indicator table of a pre-2019 report; empty otherwise
 */
public record ReportTables(
    Template template,
    ActiveDisclosureTable activeDisclosure,
    ApplicationTable applications,
    ReviewLitigationTable reviewLitigation,
    String layout,
    java.util.List<LegacyIndicator> legacyIndicators) {

  public ReportTables {
    legacyIndicators =
        legacyIndicators == null ? java.util.List.of() : java.util.List.copyOf(legacyIndicators);
  }

  /** Tables of a report with no pre-2019 indicators. */
  public ReportTables(
      Template template,
      ActiveDisclosureTable activeDisclosure,
      ApplicationTable applications,
      ReviewLitigationTable reviewLitigation,
      String layout) {
    this(template, activeDisclosure, applications, reviewLitigation, layout, java.util.List.of());
  }

  /** Table 三's rows with no cells that still show its table: more than a sentence quotes. */
  private static final int MIN_ROWS_WITHOUT_CELLS = 3;

  /** True when none of the three tables was found. */
  public boolean isEmpty() {
    return activeDisclosure == null
        && applications == null
        && reviewLitigation == null
        && legacyIndicators.isEmpty();
  }

  /**
   * True when a table gave something read: a value of table 二, a row of table 三, table 四 or an
   * indicator of the old 统计表. (A table 三 whose caption or header was found with no row under it is
   * no evidence of a report: a 工作要点 that speaks of 收到和处理政府信息公开申请 has as much.)
   */
  public boolean hasReadings() {
    return hasFormatRows() || reviewLitigation != null;
  }

  /**
   * True when a row of table 二 or 三 with cells, or an indicator of the old 统计表, was read: the
   * tables of the report's format itself (a row label quoted in a sentence, {@code “（七）总计”行}, gives
   * a row with none). (Table 四's words, 行政复议 and 行政诉讼, are those of any prose about them: a table 四
   * alone, or a table 三 with no row, does not show the format.)
   */
  public boolean hasFormatRows() {
    return (activeDisclosure != null && !activeDisclosure.values().isEmpty())
        || (applications != null
            && (applications.rows().size() >= MIN_ROWS_WITHOUT_CELLS
                || applications.rows().stream().anyMatch(r -> !r.cells().isEmpty())))
        || !legacyIndicators.isEmpty();
  }
}
