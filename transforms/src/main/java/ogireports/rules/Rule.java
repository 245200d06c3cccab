package ogireports.rules;

import java.util.List;
import ogireports.model.Flag;
import ogireports.model.ParsedReport;
import ogireports.text.ParseBudget;

/**
 * One consistency rule of the spec: its id, severity and section, and how it is evaluated.
 *
 * @param id the spec's rule id, e.g. {@code T3_BALANCE}
 * @param severity the spec's severity
 * @param section T2, T3, T4, TEXT or META
 * @param check produces the non-passing outcomes of the rule on a report
 */
record Rule(String id, Flag.Severity severity, String section, Check check) {

  /** Evaluates a rule: appends one flag per instance that did not pass, in spec order. */
  @FunctionalInterface
  interface Check {
    void evaluate(ParsedReport report, Flags out);
  }

  List<Flag> evaluate(ParsedReport report) {
    return evaluate(report, ParseBudget.UNLIMITED);
  }

  List<Flag> evaluate(ParsedReport report, ParseBudget budget) {
    Flags out = new Flags(this, budget);
    check.evaluate(report, out);
    return out.list();
  }
}
