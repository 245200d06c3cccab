package ogireports.rules;

import static ogireports.model.ApplicationRowId.CARRY_OUT;
import static ogireports.model.ApplicationRowId.NEW;
import static ogireports.model.ApplicationRowId.R_OPEN;
import static ogireports.model.ApplicationRowId.R_TOTAL;
import static ogireports.rules.SeedReportsTest.keys;
import static ogireports.rules.T3RulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.ApplicationRowId;
import ogireports.model.CellValue;
import ogireports.model.Flag;
import ogireports.model.Template;
import org.junit.jupiter.api.Test;

/**
 * A table 三 printed without some of the template's columns (its 总计 column only, or 自然人 | 法人或其他组织 |
 * 总计, as small bodies print it): the cells it does not print are no blank or unreadable cells, so
 * no rule fails on them; a rule instance that needs one is not assessable, and the printed columns
 * are still checked.
 */
class ColumnsNotPrintedTest {

  private static final CellValue N = CellValue.notPrinted();

  private static final String PARTS =
      "natural_person,commercial_enterprise,research_institution,social_welfare_org,"
          + "legal_service_org,other_org";

  /** A 2021 table printing 总计 only: every row's six applicant cells not printed. */
  private static ReportFixture totalOnly(int newTotal) {
    ReportFixture f = ReportFixture.zeros(Template.T2021, 2021);
    for (ApplicationRowId id : ApplicationRowId.rowsOf(Template.T2021)) {
      f.row(id, N, N, N, N, N, N, 0);
    }
    f.row(NEW, N, N, N, N, N, N, newTotal);
    f.row(R_OPEN, N, N, N, N, N, N, 3);
    f.row(R_TOTAL, N, N, N, N, N, N, 3);
    f.row(CARRY_OUT, N, N, N, N, N, N, 2);
    return f;
  }

  @Test
  void cellsNotPrintedMakeRulesNotAssessableNeverFail() {
    List<Flag> flags = totalOnly(5).evaluate();
    assertThat(keys(only(flags, "T3_SHAPE", "T3_NONNEG_INT"))).isEmpty();
    assertThat(keys(only(flags, "T3_ROW_TOTAL", "T3_BALANCE", "T3_RESULT_SUM")))
        .containsExactly(
            "T3_ROW_TOTAL|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|not_printed=" + PARTS,
            "T3_BALANCE|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|not_printed=" + PARTS,
            "T3_RESULT_SUM|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|not_printed=" + PARTS);
    assertThat(keys(only(flags, "T3_TEMPLATE_VARIANT")))
        .containsExactly(
            "T3_TEMPLATE_VARIANT|WARN|FAIL|T3|null|null|7.0|1.0|columns_not_printed=" + PARTS);
  }

  @Test
  void thePrintedColumnIsStillChecked() {
    // 6 + 0 ≠ 3 + 2: the 总计 column's 勾稽 fails as printed
    List<Flag> flags = totalOnly(6).evaluate();
    assertThat(keys(only(flags, "T3_BALANCE")))
        .containsExactly(
            "T3_BALANCE|ERROR|FAIL|T3|null|total|6.0|5.0|null",
            "T3_BALANCE|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|not_printed=" + PARTS);
  }

  @Test
  void personsAndTotalTableChecksItsPersonColumn() {
    // 自然人 | 法人或其他组织 | 总计: the five organisation columns are not printed
    ReportFixture f = ReportFixture.zeros(Template.T2019, 2020);
    for (ApplicationRowId id : ApplicationRowId.rowsOf(Template.T2019)) {
      f.row(id, 0, N, N, N, N, N, 0);
    }
    f.row(NEW, 4, N, N, N, N, N, 5);
    f.row(R_OPEN, 2, N, N, N, N, N, 3);
    f.row(R_TOTAL, 3, N, N, N, N, N, 3); // 自然人: 3 ≠ 2 (RESULT_SUM), 4 ≠ 3 + 0 (BALANCE)
    f.row(CARRY_OUT, 0, N, N, N, N, N, 2);
    List<Flag> flags = f.evaluate();
    String orgs =
        "commercial_enterprise,research_institution,social_welfare_org,legal_service_org,other_org";
    assertThat(keys(only(flags, "T3_BALANCE", "T3_RESULT_SUM", "T3_NONNEG_INT")))
        .containsExactly(
            "T3_BALANCE|ERROR|FAIL|T3|null|natural_person|4.0|3.0|null",
            "T3_BALANCE|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|not_printed=" + orgs,
            "T3_RESULT_SUM|ERROR|FAIL|T3|R_TOTAL|natural_person|2.0|3.0|null",
            "T3_RESULT_SUM|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|not_printed=" + orgs);
  }
}
