package ogireports.rules;

import ogireports.model.Flag;
import ogireports.model.ParsedReport;

/**
 * One consistency rule of the spec: its id, severity and section. Every rule is a constant of
 * {@link RuleBook}, the one owner of rule ids and severities; a flag takes them from its rule.
 *
 * @param id the spec's rule id, e.g. {@code T3_BALANCE}
 * @param severity the spec's severity (a cross-year rule between renamed bodies is downgraded from
 *     ERROR to WARN when it is flagged)
 * @param section T2, T3, T4, TEXT or META
 */
public record Rule(String id, Flag.Severity severity, String section) {

  /**
   * Evaluates a rule on one report: appends one flag per instance that did not pass, in spec order.
   */
  @FunctionalInterface
  interface Check {
    void evaluate(ParsedReport report, Flags out);
  }
}
