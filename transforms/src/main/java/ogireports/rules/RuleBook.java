package ogireports.rules;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.Flag;
import ogireports.model.Flag.Severity;
import ogireports.model.ParsedReport;
import ogireports.text.ParseBudget;

/**
 * The one registry of consistency rules (spec §3, §4): evaluates every rule on a report.
 *
 * <p>Flags come out in a fixed order: by section (T2, T3, T4, TEXT, META), then by rule in the
 * order of the spec's tables, then by the rule's instances in the spec's row/column order.
 */
public final class RuleBook {

  /** Every rule, in output order. */
  static final List<Rule> RULES =
      List.of(
          new Rule("T2_NONNEG", Severity.ERROR, "T2", T2Rules::nonNeg),
          new Rule("T2A_2019_PUB_LE_TOTAL", Severity.WARN, "T2", T2Rules::pubLeTotal),
          new Rule("T2A_2021_VALID_BOUND", Severity.WARN, "T2", T2Rules::validBound),
          new Rule("T2B_2019_ITEMS_NONNEG", Severity.WARN, "T2", T2Rules::itemsNonNeg),
          new Rule("T2B_DECISION_PATTERN", Severity.INFO, "T2", T2Rules::decisionPattern),
          new Rule("T3_SHAPE", Severity.ERROR, "T3", T3Rules::shape),
          new Rule("T3_TEMPLATE_VARIANT", Severity.WARN, "T3", T3Rules::templateVariant),
          new Rule("T3_NONNEG_INT", Severity.ERROR, "T3", T3Rules::nonNegInt),
          new Rule("T3_ROW_TOTAL", Severity.ERROR, "T3", T3Rules::rowTotal),
          new Rule("T3_BALANCE", Severity.ERROR, "T3", T3Rules::balance),
          new Rule("T3_RESULT_SUM", Severity.ERROR, "T3", T3Rules::resultSum),
          new Rule("T4_SHAPE", Severity.ERROR, "T4", T4Rules::shape),
          new Rule("T4_NONNEG_INT", Severity.ERROR, "T4", T4Rules::nonNegInt),
          new Rule("T4_GROUP_TOTAL", Severity.ERROR, "T4", T4Rules::groupTotal),
          new Rule("TX_NEW", Severity.ERROR, "TEXT", TextRules::newApplications),
          new Rule("TX_ZERO", Severity.ERROR, "TEXT", TextRules::zeroApplications),
          new Rule("TX_DONE", Severity.WARN, "TEXT", TextRules::done),
          new Rule("TX_OUTCOME", Severity.WARN, "TEXT", TextRules::outcome),
          new Rule("TX_CARRY", Severity.WARN, "TEXT", TextRules::carry),
          new Rule("TX_T4_ZERO", Severity.ERROR, "TEXT", TextRules::zeroReviewLitigation),
          new Rule("TX_T4_COUNT", Severity.WARN, "TEXT", TextRules::reviewLitigationCount),
          new Rule("TX_T2_NORM", Severity.INFO, "TEXT", TextRules::normativeDocuments),
          new Rule("X_TEMPLATE_YEAR", Severity.WARN, "META", MetaRules::templateYear),
          new Rule("META_PLACE_AMBIGUOUS", Severity.WARN, "META", MetaRules::placeAmbiguous),
          new Rule("META_PLACE_UNRESOLVED", Severity.WARN, "META", MetaRules::placeUnresolved),
          new Rule("META_YEAR_CONFLICT", Severity.WARN, "META", MetaRules::yearConflict));

  /** The phase named when the parse budget runs out while the rules are evaluated. */
  public static final String PHASE = "rules";

  private RuleBook() {}

  /** The ids of the rules, in output order. */
  public static List<String> ruleIds() {
    return RULES.stream().map(Rule::id).toList();
  }

  /** Every non-passing outcome of every rule that applies. */
  public static List<Flag> evaluate(ParsedReport report) {
    return evaluate(report, ParseBudget.UNLIMITED);
  }

  /**
   * Like {@link #evaluate(ParsedReport)}, checking {@code budget} (phase {@code rules}) before each
   * rule and, in the text rules, at each sentence.
   *
   * @throws ParseBudget.Exceeded when the budget runs out
   */
  public static List<Flag> evaluate(ParsedReport report, ParseBudget budget) {
    List<Flag> flags = new ArrayList<>();
    if (report == null) {
      return flags;
    }
    boolean pre2019 =
        report.tables() != null && report.tables().template() == ogireports.model.Template.PRE2019;
    for (Rule rule : RULES) {
      if (pre2019 && !"META".equals(rule.section())) {
        // Before the 2019 条例 there were no tables 二/三/四 to check (spec §2.5): their
        // indicator lists go to legacy_indicators, unchecked.
        continue;
      }
      budget.check(PHASE);
      try {
        flags.addAll(rule.evaluate(report, budget));
      } catch (ParseBudget.Exceeded e) {
        throw e;
      } catch (RuntimeException e) {
        // A rule must never stop the pipeline on odd input: report it as not assessable.
        flags.add(
            new Flag(
                rule.id(),
                rule.severity(),
                Flag.Outcome.NOT_ASSESSABLE,
                rule.section(),
                null,
                null,
                null,
                null,
                "internal_error:" + e.getClass().getSimpleName(),
                "规则" + rule.id() + "无法在该报告上求值"));
      }
    }
    return flags;
  }
}
