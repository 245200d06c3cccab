package ogireports.rules;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.Flag;

/** Collects the flags of one rule; fills in the rule's id, severity and section. */
final class Flags {

  private final Rule rule;
  private final List<Flag> flags = new ArrayList<>();
  private String evidence;

  Flags(Rule rule) {
    this.rule = rule;
  }

  /** The sentence the next flags are based on (text rules), or null. */
  void evidence(String sentence) {
    this.evidence = sentence;
  }

  void fail(String rowId, String columnId, Double expected, Double actual, String detail,
      String message) {
    add(Flag.Outcome.FAIL, rowId, columnId, expected, actual, detail, message);
  }

  void notAssessable(String rowId, String columnId, String detail, String message) {
    add(Flag.Outcome.NOT_ASSESSABLE, rowId, columnId, null, null, detail, message);
  }

  void note(String rowId, String columnId, Double expected, Double actual, String detail,
      String message) {
    add(Flag.Outcome.NOTE, rowId, columnId, expected, actual, detail, message);
  }

  void add(Flag.Outcome outcome, String rowId, String columnId, Double expected, Double actual,
      String detail, String message) {
    flags.add(new Flag(rule.id(), rule.severity(), outcome, rule.section(), rowId, columnId,
        expected, actual, emptyToNull(detail), message, null, evidence));
  }

  List<Flag> list() {
    return List.copyOf(flags);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
