package ogireports.model;

/**
 * One non-passing rule outcome (spec §3.1). Passing outcomes are never materialised.
 *
 * @param ruleId the spec's rule id, e.g. {@code T3_BALANCE}
 * @param severity ERROR, WARN or INFO
 * @param outcome FAIL, NOT_ASSESSABLE or NOTE
 * @param section T2, T3, T4, TEXT or META
 * @param rowId a row, item or group id, or null
 * @param columnId a column name or measure, or null
 * @param expected what the rule derives (sum of the parts, the table's value for a text rule)
 * @param actual the value as printed (the total, the number a sentence states)
 * @param detail qualifiers such as {@code with_blanks}, {@code blank_total}; may be null
 * @param message one sentence a person can act on, quoting the labels
 * @param relatedReportId for cross-year rules: the other year's report; else null
 * @param evidence for text rules: the sentence read; else null
 */
public record Flag(
    String ruleId,
    Severity severity,
    Outcome outcome,
    String section,
    String rowId,
    String columnId,
    Double expected,
    Double actual,
    String detail,
    String message,
    String relatedReportId,
    String evidence)
    implements java.io.Serializable {

  /** A flag about this report alone. */
  public Flag(
      String ruleId,
      Severity severity,
      Outcome outcome,
      String section,
      String rowId,
      String columnId,
      Double expected,
      Double actual,
      String detail,
      String message) {
    this(
        ruleId, severity, outcome, section, rowId, columnId, expected, actual, detail, message,
        null, null);
  }

  public enum Severity {
    ERROR,
    WARN,
    INFO
  }

  public enum Outcome {
    FAIL,
    NOT_ASSESSABLE,
    NOTE
  }
}
