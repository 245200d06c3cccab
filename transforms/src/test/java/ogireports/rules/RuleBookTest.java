package ogireports.rules;

import static ogireports.model.ApplicationRowId.NEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.ActiveDisclosureTable;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationTable;
import ogireports.model.DisclosureValue;
import ogireports.model.Flag;
import ogireports.model.ParsedReport;
import ogireports.model.Place;
import ogireports.model.ReportMetadata;
import ogireports.model.ReportTables;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.ReviewLitigationTable;
import ogireports.model.RowStatus;
import ogireports.model.Section;
import ogireports.model.Template;
import org.junit.jupiter.api.Test;

class RuleBookTest {

  @Test
  void registryHoldsTheSpecRulesInOutputOrder() {
    assertThat(RuleBook.ruleIds())
        .containsExactly(
            "T2_NONNEG",
            "T2A_2019_PUB_LE_TOTAL",
            "T2A_2021_VALID_BOUND",
            "T2B_2019_ITEMS_NONNEG",
            "T2B_DECISION_PATTERN",
            "T3_SHAPE",
            "T3_TEMPLATE_VARIANT",
            "T3_CORRECTED",
            "T3_NONNEG_INT",
            "T3_ROW_TOTAL",
            "T3_BALANCE",
            "T3_RESULT_SUM",
            "T4_SHAPE",
            "T4_CORRECTED",
            "T4_NONNEG_INT",
            "T4_GROUP_TOTAL",
            "TX_NEW",
            "TX_ZERO",
            "TX_DONE",
            "TX_OUTCOME",
            "TX_CARRY",
            "TX_T4_ZERO",
            "TX_T4_COUNT",
            "TX_T2_NORM",
            "X_TEMPLATE_YEAR",
            "META_PLACE_AMBIGUOUS",
            "META_PLACE_UNRESOLVED",
            "META_YEAR_CONFLICT");
  }

  @Test
  void registryHoldsTheCrossYearRulesTooWithOneIdEach() {
    assertThat(RuleBook.CROSS_YEAR)
        .extracting(r -> r.id() + ":" + r.severity() + ":" + r.section())
        .containsExactly(
            "DUPLICATE_AGENCY_YEAR:WARN:META",
            "X_CARRY_TOT:ERROR:T3",
            "X_CARRY_COL:WARN:T3",
            "X_VALID_2021:ERROR:T2",
            "X_VALID_BRIDGE:INFO:T2",
            "X_ITEMS_2019:WARN:T2",
            "X_TOTALPUB_2019:WARN:T2");
    assertThat(RuleBook.rules()).extracting(Rule::id).doesNotHaveDuplicates().hasSize(35);
  }

  @Test
  void flagsComeBySectionThenRuleThenInstance() {
    List<Flag> flags =
        SeedReportsTest.seed003()
            .template(Template.T2019)
            .year(2022)
            .row(NEW, 4, 0, 0, 0, 0, 0, 5)
            .t4(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            .evaluate();
    assertThat(flags)
        .extracting(f -> f.section() + ":" + f.ruleId() + ":" + f.rowId() + ":" + f.columnId())
        .containsExactly(
            "T2:T2B_DECISION_PATTERN:null:DEC",
            "T3:T3_ROW_TOTAL:NEW:total",
            "T3:T3_BALANCE:null:total",
            "T4:T4_GROUP_TOTAL:REVIEW:total",
            "TEXT:TX_NEW:NEW:total",
            "TEXT:TX_T4_ZERO:REVIEW:total",
            "META:X_TEMPLATE_YEAR:null:null");
  }

  @Test
  void evaluationIsDeterministic() {
    ParsedReport report = SeedReportsTest.seed001().build();
    assertThat(RuleBook.evaluate(report)).isEqualTo(RuleBook.evaluate(report));
  }

  @Test
  void oddInputNeverThrowsAndIsNotAnInternalError() {
    List<ParsedReport> odd = new ArrayList<>();
    odd.add(new ParsedReport("id", "uri", List.of(), List.of(), null, null, null));
    odd.add(
        new ParsedReport(
            "id",
            "uri",
            List.of(),
            List.of(),
            new ReportMetadata(null, null, null, null),
            Place.UNRESOLVED,
            new ReportTables(null, null, null, null, "none")));
    List<ApplicationRow> rows = new ArrayList<>();
    rows.add(new ApplicationRow(null, "？", null, RowStatus.OK, 0));
    rows.add(new ApplicationRow(NEW, "x", List.of(ReportFixture.cell(1)), RowStatus.OK, 0));
    List<ReviewLitigationRow> groups = new ArrayList<>();
    groups.add(new ReviewLitigationRow(null, null, RowStatus.OK, 0));
    List<DisclosureValue> values = new ArrayList<>();
    values.add(new DisclosureValue(null, null, null, null, 0));
    odd.add(
        new ParsedReport(
            "id",
            "uri",
            List.of(),
            List.of(new Section(1, 0, 0, 0, null), new Section(5, 0, 0, 0, "")),
            new ReportMetadata(null, null, 2020, null),
            null,
            new ReportTables(
                Template.UNKNOWN,
                new ActiveDisclosureTable(values),
                new ApplicationTable(rows, null),
                new ReviewLitigationTable(groups, -1, null),
                null)));
    for (ParsedReport report : odd) {
      List<Flag> flags = RuleBook.evaluate(report);
      assertThat(flags).noneMatch(f -> f.detail() != null && f.detail().startsWith("internal"));
    }
    assertThat(RuleBook.evaluate(null)).isEmpty();
    // A report without tables: each table's SHAPE fails; the unresolved place is reported.
    assertThat(RuleBook.evaluate(odd.get(1)))
        .extracting(Flag::ruleId)
        .containsExactly("T3_SHAPE", "T4_SHAPE", "META_PLACE_UNRESOLVED");
    // The broken tables: shape failures and one NOT_ASSESSABLE per dependent rule.
    assertThat(RuleBook.evaluate(odd.get(2)))
        .extracting(f -> f.ruleId() + ":" + f.outcome())
        .containsExactly(
            "T3_SHAPE:FAIL",
            "T3_ROW_TOTAL:NOT_ASSESSABLE",
            "T3_BALANCE:NOT_ASSESSABLE",
            "T3_RESULT_SUM:NOT_ASSESSABLE",
            "T4_SHAPE:FAIL",
            "T4_GROUP_TOTAL:NOT_ASSESSABLE",
            "META_PLACE_UNRESOLVED:FAIL");
  }
}
