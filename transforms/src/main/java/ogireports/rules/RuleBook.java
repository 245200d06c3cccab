package ogireports.rules;

import java.util.List;
import ogireports.model.Flag;
import ogireports.model.ParsedReport;

/** The one registry of consistency rules (spec §3, §4): evaluates every rule on a report. */
public final class RuleBook {

  private RuleBook() {}

  /** Every non-passing outcome of every rule that applies. STUB: to be implemented. */
  public static List<Flag> evaluate(ParsedReport report) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
