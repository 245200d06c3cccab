package ogireports.rules;

import static ogireports.model.ApplicationRowId.CARRY_IN;
import static ogireports.model.ApplicationRowId.CARRY_OUT;
import static ogireports.model.ApplicationRowId.NEW;
import static ogireports.model.ApplicationRowId.R_DENY_3;
import static ogireports.model.ApplicationRowId.R_NA_1;
import static ogireports.model.ApplicationRowId.R_OPEN;
import static ogireports.model.ApplicationRowId.R_OTHER;
import static ogireports.model.ApplicationRowId.R_OTHER_1;
import static ogireports.model.ApplicationRowId.R_OTHER_2;
import static ogireports.model.ApplicationRowId.R_OTHER_3;
import static ogireports.model.ApplicationRowId.R_PARTIAL;
import static ogireports.model.ApplicationRowId.R_TOTAL;
import static ogireports.rules.SeedReportsTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.ApplicationRowId;
import ogireports.model.Flag;
import ogireports.model.Template;
import org.junit.jupiter.api.Test;

class T3RulesTest {

  static List<Flag> only(List<Flag> flags, String... ruleIds) {
    List<String> ids = List.of(ruleIds);
    return flags.stream().filter(f -> ids.contains(f.ruleId())).toList();
  }

  static final String B = "—";

  // ------------------------------------------------------------------ T3_SHAPE

  @Test
  void completeTablesOfBothTemplatesPass() {
    assertThat(ReportFixture.zeros(Template.T2019, 2020).evaluate()).isEmpty();
    assertThat(ReportFixture.zeros(Template.T2021, 2021).evaluate()).isEmpty();
  }

  @Test
  void unknownTemplateAcceptsEitherRowSet() {
    List<Flag> as2021 =
        ReportFixture.zeros(Template.T2021, null).template(Template.UNKNOWN).evaluate();
    List<Flag> as2019 =
        ReportFixture.zeros(Template.T2019, null).template(Template.UNKNOWN).evaluate();
    assertThat(as2021).isEmpty();
    assertThat(as2019).isEmpty();
    // …and the better match decides what is missing.
    List<Flag> flags =
        ReportFixture.zeros(Template.T2021, null)
            .template(Template.UNKNOWN)
            .without(R_OTHER_3)
            .evaluate();
    assertThat(keys(only(flags, "T3_SHAPE")))
        .containsExactly("T3_SHAPE|ERROR|FAIL|T3|null|null|25.0|24.0|missing=R_OTHER_3");
  }

  @Test
  void absentTableGivesOnlyTheShapeFailure() {
    // Absent from a text that goes on past it (section 五 found): FAIL; a text with nothing after
    // where the table belongs may have been cut short: NOT_ASSESSABLE.
    assertThat(keys(ReportFixture.zeros(Template.T2021, 2021).noT3().section(5, "无").evaluate()))
        .containsExactly("T3_SHAPE|ERROR|FAIL|T3|null|null|25.0|0.0|absent");
    List<Flag> flags = ReportFixture.zeros(Template.T2019, 2020).noT3().section(6, "无").evaluate();
    assertThat(keys(flags)).containsExactly("T3_SHAPE|ERROR|FAIL|T3|null|null|23.0|0.0|absent");
    List<Flag> flags2021 = ReportFixture.zeros(Template.T2021, 2021).noT3().evaluate();
    assertThat(keys(flags2021))
        .containsExactly("T3_SHAPE|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|cut_short");
  }

  @Test
  void rowsOfTheOtherTemplateAndDisorderFailTheShape() {
    List<Flag> flags =
        ReportFixture.zeros(Template.T2019, 2020).row(R_OTHER_1, 0, 0, 0, 0, 0, 0, 0).evaluate();
    assertThat(keys(only(flags, "T3_SHAPE")))
        .containsExactly("T3_SHAPE|ERROR|FAIL|T3|null|null|23.0|23.0|unexpected=R_OTHER_1");

    ReportFixture disordered = ReportFixture.zeros(Template.T2019, 2020).without(NEW);
    disordered.row(NEW, 0, 0, 0, 0, 0, 0, 0); // now printed last
    assertThat(keys(only(disordered.evaluate(), "T3_SHAPE")))
        .containsExactly("T3_SHAPE|ERROR|FAIL|T3|null|null|23.0|23.0|out_of_order");
  }

  @Test
  void shapeFailureOnOneRowLeavesOtherRulesEvaluatingTheRest() {
    // CARRY_OUT missing: BALANCE cannot run on any column; ROW_TOTAL still checks the others and
    // finds the real error on R_OPEN; RESULT_SUM runs fully.
    List<Flag> flags =
        ReportFixture.zeros(Template.T2019, 2020)
            .without(CARRY_OUT)
            .row(R_OPEN, 1, 0, 0, 0, 0, 0, 2)
            .evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "T3_SHAPE|ERROR|FAIL|T3|null|null|23.0|22.0|missing=CARRY_OUT",
            "T3_ROW_TOTAL|ERROR|FAIL|T3|R_OPEN|total|1.0|2.0|null",
            "T3_ROW_TOTAL|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|missing=CARRY_OUT",
            "T3_BALANCE|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|columns=natural_person,"
                + "commercial_enterprise,research_institution,social_welfare_org,legal_service_org,"
                + "other_org,total;rows=CARRY_OUT",
            "T3_RESULT_SUM|ERROR|FAIL|T3|R_TOTAL|natural_person|1.0|0.0|null",
            "T3_RESULT_SUM|ERROR|FAIL|T3|R_TOTAL|total|2.0|0.0|null");
  }

  // ------------------------------------------------------------------ T3_NONNEG_INT

  @Test
  void negativeNonIntegerAndUnreadableCellsFailOnePerCell() {
    List<Flag> flags =
        ReportFixture.zeros(Template.T2019, 2020)
            .row(CARRY_IN, -1, 0, 0, 0, 0, 0, -1)
            .row(R_DENY_3, 0, 0.5, 0, 0, 0, 0, 0.5)
            .row(CARRY_OUT, "二", 0, B, 0, 0, 0, 0)
            .evaluate();
    assertThat(keys(only(flags, "T3_NONNEG_INT")))
        .containsExactly(
            "T3_NONNEG_INT|ERROR|FAIL|T3|CARRY_IN|natural_person|null|-1.0|negative",
            "T3_NONNEG_INT|ERROR|FAIL|T3|CARRY_IN|total|null|-1.0|negative",
            "T3_NONNEG_INT|ERROR|FAIL|T3|R_DENY_3|commercial_enterprise|null|0.5|non_integer",
            "T3_NONNEG_INT|ERROR|FAIL|T3|R_DENY_3|total|null|0.5|non_integer",
            "T3_NONNEG_INT|ERROR|FAIL|T3|CARRY_OUT|natural_person|null|null|unreadable");
    assertThat(only(flags, "T3_NONNEG_INT").get(0).message())
        .isEqualTo("表三“二、上年结转政府信息公开申请数量”行“自然人”列为-1，应为非负整数");
  }

  // ------------------------------------------------------------------ T3_ROW_TOTAL

  @Test
  void rowTotalFailsWithExpectedSumAndPrintedTotal() {
    List<Flag> flags =
        ReportFixture.zeros(Template.T2019, 2020).row(NEW, 3, 1, 0, 0, 0, 0, 5).evaluate();
    List<Flag> rowTotal = only(flags, "T3_ROW_TOTAL");
    assertThat(keys(rowTotal)).containsExactly("T3_ROW_TOTAL|ERROR|FAIL|T3|NEW|total|4.0|5.0|null");
    assertThat(rowTotal.get(0).message()).isEqualTo("表三“一、本年新收政府信息公开申请数量”行“总计”列为5，但各申请人列之和为4");
  }

  @Test
  void rowTotalPassesWhenTheSumHolds() {
    List<Flag> flags =
        ReportFixture.zeros(Template.T2019, 2020)
            .row(NEW, 3, 1, 0, 0, 0, 1, 5)
            .row(R_OPEN, 3, 1, 0, 0, 0, 1, 5)
            .row(R_TOTAL, 3, 1, 0, 0, 0, 1, 5)
            .evaluate();
    assertThat(flags).isEmpty();
  }

  @Test
  void blankPartsCountAsZeroAndQualifyTheFailure() {
    List<Flag> flags =
        ReportFixture.zeros(Template.T2019, 2020).row(R_DENY_3, 2, B, B, B, B, B, 3).evaluate();
    assertThat(keys(only(flags, "T3_ROW_TOTAL")))
        .containsExactly("T3_ROW_TOTAL|ERROR|FAIL|T3|R_DENY_3|total|2.0|3.0|with_blanks");
  }

  @Test
  void blankTotalOfNonZeroPartsIsNotAssessable() {
    List<Flag> flags =
        ReportFixture.zeros(Template.T2019, 2020)
            .row(CARRY_IN, 2, 0, 0, 0, 0, 0, B)
            .row(CARRY_OUT, 2, 0, 0, 0, 0, 0, 2)
            .evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "T3_ROW_TOTAL|ERROR|NOT_ASSESSABLE|T3|CARRY_IN|total|null|null|blank_total",
            "T3_BALANCE|ERROR|NOT_ASSESSABLE|T3|null|total|null|null|blank_total");
  }

  @Test
  void blankTotalOfBlankOrZeroPartsCountsAsZero() {
    List<Flag> flags =
        ReportFixture.zeros(Template.T2019, 2020).row(R_DENY_3, B, 0, B, B, B, B, B).evaluate();
    assertThat(flags).isEmpty();
  }

  @Test
  void unreadableCellMakesTheInstanceNotAssessable() {
    List<Flag> flags =
        ReportFixture.zeros(Template.T2019, 2020).row(R_NA_1, "x", 0, 0, 0, 0, 0, 1).evaluate();
    assertThat(keys(only(flags, "T3_ROW_TOTAL", "T3_RESULT_SUM")))
        .containsExactly(
            "T3_ROW_TOTAL|ERROR|NOT_ASSESSABLE|T3|R_NA_1|total|null|null|unreadable",
            "T3_RESULT_SUM|ERROR|NOT_ASSESSABLE|T3|R_TOTAL|natural_person|null|null|unreadable",
            "T3_RESULT_SUM|ERROR|FAIL|T3|R_TOTAL|total|1.0|0.0|null");
  }

  // ------------------------------------------------------------------ T3_BALANCE

  @Test
  void balanceFailsPerColumn() {
    List<Flag> flags =
        ReportFixture.zeros(Template.T2019, 2020)
            .row(NEW, 5, 0, 0, 0, 0, 0, 5)
            .row(CARRY_IN, 1, 0, 0, 0, 0, 0, 1)
            .row(R_OPEN, 4, 0, 0, 0, 0, 0, 4)
            .row(R_TOTAL, 4, 0, 0, 0, 0, 0, 4)
            .row(CARRY_OUT, 1, 0, 0, 0, 0, 0, 1)
            .evaluate();
    List<Flag> balance = only(flags, "T3_BALANCE");
    assertThat(keys(flags))
        .containsExactly(
            "T3_BALANCE|ERROR|FAIL|T3|null|natural_person|6.0|5.0|null",
            "T3_BALANCE|ERROR|FAIL|T3|null|total|6.0|5.0|null");
    assertThat(balance.get(0).message())
        .isEqualTo("表三“自然人”列“一、本年新收”加“二、上年结转”为6，" + "但“(七)总计”加“四、结转下年度继续办理”为5");
  }

  // ------------------------------------------------------------------ T3_RESULT_SUM

  @Test
  void resultSumFailsPerColumn() {
    List<Flag> flags =
        ReportFixture.zeros(Template.T2019, 2020)
            .row(NEW, 5, 0, 0, 0, 0, 0, 5)
            .row(R_OPEN, 3, 0, 0, 0, 0, 0, 3)
            .row(R_OTHER, 1, 0, 0, 0, 0, 0, 1)
            .row(R_TOTAL, 5, 0, 0, 0, 0, 0, 5)
            .evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "T3_RESULT_SUM|ERROR|FAIL|T3|R_TOTAL|natural_person|4.0|5.0|null",
            "T3_RESULT_SUM|ERROR|FAIL|T3|R_TOTAL|total|4.0|5.0|null");
    assertThat(flags.get(0).message()).isEqualTo("表三“(七)总计”行“自然人”列为5，但各办理结果之和为4");
  }

  @Test
  void resultSumUsesTheTemplatesOtherRows() {
    // 2021: R_OTHER_1…3 are parts, R_OTHER (a 2019 row) is not one.
    List<Flag> ok =
        ReportFixture.zeros(Template.T2021, 2021)
            .row(NEW, 3, 0, 0, 0, 0, 0, 3)
            .row(R_OTHER_1, 1, 0, 0, 0, 0, 0, 1)
            .row(R_OTHER_2, 1, 0, 0, 0, 0, 0, 1)
            .row(R_OTHER_3, 1, 0, 0, 0, 0, 0, 1)
            .row(R_TOTAL, 3, 0, 0, 0, 0, 0, 3)
            .evaluate();
    assertThat(ok).isEmpty();
    List<Flag> as2019 =
        ReportFixture.zeros(Template.T2019, 2020)
            .row(NEW, 1, 0, 0, 0, 0, 0, 1)
            .row(R_OTHER, 1, 0, 0, 0, 0, 0, 1)
            .row(R_TOTAL, 1, 0, 0, 0, 0, 0, 1)
            .evaluate();
    assertThat(as2019).isEmpty();
  }

  /**
   * Spec §3 example [H] (上海市政府办公厅 2019): TOT blank on the result rows. Every assessable rule
   * passes; only the instances that use a blank total of non-zero parts are NOT_ASSESSABLE.
   */
  @Test
  void exampleHWithBlankTotalsOnResultRowsPassesEveryAssessableRule() {
    ReportFixture f = ReportFixture.zeros(Template.T2019, 2019);
    for (ApplicationRowId id : ApplicationRowId.rowsOf(Template.T2019)) {
      f.row(id, B, B, B, B, B, B, B);
    }
    f.row(NEW, 821, 30, B, B, 7, 1, 859)
        .row(CARRY_IN, 18, B, B, B, B, B, 18)
        .row(R_OPEN, 258, 12, B, B, 1, 1, B)
        .row(R_PARTIAL, 100, 10, B, B, B, B, B)
        .row(R_NA_1, 409, 8, B, B, 6, B, B)
        .row(R_TOTAL, 767, 30, B, B, 7, 1, 805)
        .row(CARRY_OUT, 72, B, B, B, B, B, 72)
        .t4(5, 0, 0, 2, 7, 8, 0, 0, 1, 9, B, B, B, B, B);
    assertThat(keys(f.evaluate()))
        .containsExactly(
            "T3_ROW_TOTAL|ERROR|NOT_ASSESSABLE|T3|R_OPEN|total|null|null|blank_total",
            "T3_ROW_TOTAL|ERROR|NOT_ASSESSABLE|T3|R_PARTIAL|total|null|null|blank_total",
            "T3_ROW_TOTAL|ERROR|NOT_ASSESSABLE|T3|R_NA_1|total|null|null|blank_total",
            "T3_RESULT_SUM|ERROR|NOT_ASSESSABLE|T3|R_TOTAL|total|null|null|blank_total");
  }

  @Test
  void exampleHWithAWrongNumberStillFails() {
    ReportFixture f = ReportFixture.zeros(Template.T2019, 2019);
    for (ApplicationRowId id : ApplicationRowId.rowsOf(Template.T2019)) {
      f.row(id, B, B, B, B, B, B, B);
    }
    f.row(NEW, 821, 30, B, B, 7, 1, 859)
        .row(CARRY_IN, 18, B, B, B, B, B, 18)
        .row(R_OPEN, 258, 12, B, B, 1, 1, B)
        .row(R_PARTIAL, 100, 10, B, B, B, B, B)
        .row(R_NA_1, 408, 8, B, B, 6, B, B)
        .row(R_TOTAL, 767, 30, B, B, 7, 1, 805)
        .row(CARRY_OUT, 72, B, B, B, B, B, 72);
    assertThat(keys(only(f.evaluate(), "T3_RESULT_SUM")))
        .containsExactly(
            "T3_RESULT_SUM|ERROR|FAIL|T3|R_TOTAL|natural_person|766.0|767.0|with_blanks",
            "T3_RESULT_SUM|ERROR|NOT_ASSESSABLE|T3|R_TOTAL|total|null|null|blank_total");
  }
}
