package ogireports.rules;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.Flag;
import ogireports.model.Flag.Severity;
import ogireports.model.ParsedReport;
import ogireports.text.ParseBudget;

/**
 * The one registry of consistency rules (spec §3, §4): every rule id, severity and section, the
 * rules evaluated on one report with their checks, and the cross-year rules ({@link #CROSS_YEAR})
 * that {@code CrossYearRules} evaluates across reports. Evaluates every rule on a report.
 *
 * <p>Flags come out in a fixed order: by section (T2, T3, T4, TEXT, META), then by rule in the
 * order of the spec's tables, then by the rule's instances in the spec's row/column order.
 */
public final class RuleBook {

  /** Every rule evaluated on one report, with its check, in output order. */
  static final List<OnReport> RULES =
      List.of(
          onReport("T2_NONNEG", Severity.ERROR, "T2", T2Rules::nonNeg),
          onReport("T2A_2019_PUB_LE_TOTAL", Severity.WARN, "T2", T2Rules::pubLeTotal),
          onReport("T2A_2021_VALID_BOUND", Severity.WARN, "T2", T2Rules::validBound),
          onReport("T2B_2019_ITEMS_NONNEG", Severity.WARN, "T2", T2Rules::itemsNonNeg),
          onReport("T2B_DECISION_PATTERN", Severity.INFO, "T2", T2Rules::decisionPattern),
          onReport("T3_SHAPE", Severity.ERROR, "T3", T3Rules::shape),
          onReport("T3_TEMPLATE_VARIANT", Severity.WARN, "T3", T3Rules::templateVariant),
          onReport("T3_CORRECTED", Severity.INFO, "T3", T3Rules::corrected),
          onReport("T3_NONNEG_INT", Severity.ERROR, "T3", T3Rules::nonNegInt),
          onReport("T3_ROW_TOTAL", Severity.ERROR, "T3", T3Rules::rowTotal),
          onReport("T3_BALANCE", Severity.ERROR, "T3", T3Rules::balance),
          onReport("T3_RESULT_SUM", Severity.ERROR, "T3", T3Rules::resultSum),
          onReport("T4_SHAPE", Severity.ERROR, "T4", T4Rules::shape),
          onReport("T4_CORRECTED", Severity.INFO, "T4", T4Rules::corrected),
          onReport("T4_NONNEG_INT", Severity.ERROR, "T4", T4Rules::nonNegInt),
          onReport("T4_GROUP_TOTAL", Severity.ERROR, "T4", T4Rules::groupTotal),
          onReport("TX_NEW", Severity.ERROR, "TEXT", TextRules::newApplications),
          onReport("TX_ZERO", Severity.ERROR, "TEXT", TextRules::zeroApplications),
          onReport("TX_DONE", Severity.WARN, "TEXT", TextRules::done),
          onReport("TX_OUTCOME", Severity.WARN, "TEXT", TextRules::outcome),
          onReport("TX_CARRY", Severity.WARN, "TEXT", TextRules::carry),
          onReport("TX_T4_ZERO", Severity.ERROR, "TEXT", TextRules::zeroReviewLitigation),
          onReport("TX_T4_COUNT", Severity.WARN, "TEXT", TextRules::reviewLitigationCount),
          onReport("TX_T2_NORM", Severity.INFO, "TEXT", TextRules::normativeDocuments),
          onReport("X_TEMPLATE_YEAR", Severity.WARN, "META", MetaRules::templateYear),
          onReport("META_PLACE_AMBIGUOUS", Severity.WARN, "META", MetaRules::placeAmbiguous),
          onReport("META_PLACE_UNRESOLVED", Severity.WARN, "META", MetaRules::placeUnresolved),
          onReport("META_YEAR_CONFLICT", Severity.WARN, "META", MetaRules::yearConflict));

  /** DUPLICATE_AGENCY_YEAR: two different files report the same agency and year. */
  public static final Rule DUPLICATE_AGENCY_YEAR =
      new Rule("DUPLICATE_AGENCY_YEAR", Severity.WARN, "META");

  /** X_CARRY_TOT: 上年结转 (total) = last year's 结转下年度 (total). */
  public static final Rule X_CARRY_TOT = new Rule("X_CARRY_TOT", Severity.ERROR, "T3");

  /** X_CARRY_COL: the same per applicant column. */
  public static final Rule X_CARRY_COL = new Rule("X_CARRY_COL", Severity.WARN, "T3");

  /** X_VALID_2021: 现行有效件数 = last year's + 本年制发 − 本年废止 (2021 template, from 2022). */
  public static final Rule X_VALID_2021 = new Rule("X_VALID_2021", Severity.ERROR, "T2");

  /** X_VALID_BRIDGE: 2021's 现行有效件数 against 2020's 对外公开总数量 (a note). */
  public static final Rule X_VALID_BRIDGE = new Rule("X_VALID_BRIDGE", Severity.INFO, "T2");

  /** X_ITEMS_2019: 2020's 上一年项目数量 = 2019's 上一年项目数量 + 本年增/减. */
  public static final Rule X_ITEMS_2019 = new Rule("X_ITEMS_2019", Severity.WARN, "T2");

  /** X_TOTALPUB_2019: 2020's 对外公开总数量 is not below 2019's. */
  public static final Rule X_TOTALPUB_2019 = new Rule("X_TOTALPUB_2019", Severity.WARN, "T2");

  /**
   * The rules between reports of one body (spec §4.1), evaluated by {@code CrossYearRules} over the
   * reports of a run, in output order within one pair of years.
   */
  public static final List<Rule> CROSS_YEAR =
      List.of(
          DUPLICATE_AGENCY_YEAR,
          X_CARRY_TOT,
          X_CARRY_COL,
          X_VALID_2021,
          X_VALID_BRIDGE,
          X_ITEMS_2019,
          X_TOTALPUB_2019);

  /** The phase named when the parse budget runs out while the rules are evaluated. */
  public static final String PHASE = "rules";

  private RuleBook() {}

  /** A rule evaluated on one report, and its check. */
  record OnReport(Rule rule, Rule.Check check) {

    List<Flag> evaluate(ParsedReport report, ParseBudget budget) {
      Flags out = new Flags(rule, budget);
      check.evaluate(report, out);
      return out.list();
    }
  }

  private static OnReport onReport(String id, Severity severity, String section, Rule.Check check) {
    return new OnReport(new Rule(id, severity, section), check);
  }

  /** The ids of the rules evaluated on one report, in output order. */
  public static List<String> ruleIds() {
    return RULES.stream().map(r -> r.rule().id()).toList();
  }

  /** Every rule: those evaluated on one report, then the cross-year rules, each in output order. */
  public static List<Rule> rules() {
    List<Rule> all = new ArrayList<>();
    RULES.forEach(r -> all.add(r.rule()));
    all.addAll(CROSS_YEAR);
    return List.copyOf(all);
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
    for (OnReport onReport : RULES) {
      Rule rule = onReport.rule();
      if (pre2019 && !"META".equals(rule.section())) {
        // Before the 2019 条例 there were no tables 二/三/四 to check (spec §2.5): their
        // indicator lists go to legacy_indicators, unchecked.
        continue;
      }
      budget.check(PHASE);
      try {
        flags.addAll(onReport.evaluate(report, budget));
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
