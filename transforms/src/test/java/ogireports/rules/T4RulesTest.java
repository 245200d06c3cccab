package ogireports.rules;

import static ogireports.rules.SeedReportsTest.keys;
import static ogireports.rules.T3RulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.Flag;
import ogireports.model.ReviewGroup;
import ogireports.model.Template;
import org.junit.jupiter.api.Test;

class T4RulesTest {

  static final String B = "—";

  static ReportFixture base() {
    return ReportFixture.zeros(Template.T2019, 2020);
  }

  @Test
  void consistentTablePasses() {
    assertThat(base().t4(1, 2, 0, 1, 4, 0, 0, 0, 2, 2, 1, 0, 0, 0, 1).evaluate()).isEmpty();
  }

  @Test
  void absentTableGivesOnlyTheShapeFailure() {
    // Absent from a text that goes on past it (section 五 found): FAIL; with nothing after where
    // the table belongs the text may have been cut short: NOT_ASSESSABLE.
    assertThat(keys(base().noT4().section(5, "无").evaluate()))
        .containsExactly("T4_SHAPE|ERROR|FAIL|T4|null|null|15.0|0.0|absent");
    assertThat(keys(base().noT4().evaluate()))
        .containsExactly("T4_SHAPE|ERROR|NOT_ASSESSABLE|T4|null|null|null|null|cut_short");
  }

  @Test
  void wrongCountFailsTheShapeAndTheIncompleteGroupIsNotAssessable() {
    List<Flag> flags = base().t4Incomplete(ReviewGroup.LITIGATION_AFTER_REVIEW, 13).evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "T4_SHAPE|ERROR|FAIL|T4|null|null|15.0|13.0|incomplete=LITIGATION_AFTER_REVIEW",
            "T4_GROUP_TOTAL|ERROR|NOT_ASSESSABLE|T4|null|null|null|null|groups=LITIGATION_AFTER_REVIEW");
    assertThat(flags.get(0).message()).isEqualTo("表四应有15个数据，实际读到13个，1组无法按列读取，请核对原表");
  }

  @Test
  void missingGroupFailsTheShape() {
    List<Flag> flags = base().t4Without(ReviewGroup.REVIEW, 10).evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "T4_SHAPE|ERROR|FAIL|T4|null|null|15.0|10.0|missing=REVIEW",
            "T4_GROUP_TOTAL|ERROR|NOT_ASSESSABLE|T4|null|null|null|null|groups=REVIEW");
  }

  @Test
  void negativeNonIntegerAndUnreadableCellsFail() {
    List<Flag> flags = base().t4(-1, 0, 0, 0, -1, 0, 0.5, 0, 0, 0.5, 0, "?", 0, 0, 0).evaluate();
    assertThat(keys(only(flags, "T4_NONNEG_INT")))
        .containsExactly(
            "T4_NONNEG_INT|ERROR|FAIL|T4|REVIEW|upheld|null|-1.0|negative",
            "T4_NONNEG_INT|ERROR|FAIL|T4|REVIEW|total|null|-1.0|negative",
            "T4_NONNEG_INT|ERROR|FAIL|T4|LITIGATION_DIRECT|corrected|null|0.5|non_integer",
            "T4_NONNEG_INT|ERROR|FAIL|T4|LITIGATION_DIRECT|total|null|0.5|non_integer",
            "T4_NONNEG_INT|ERROR|FAIL|T4|LITIGATION_AFTER_REVIEW|corrected|null|null|unreadable");
    assertThat(keys(only(flags, "T4_GROUP_TOTAL")))
        .containsExactly(
            "T4_GROUP_TOTAL|ERROR|NOT_ASSESSABLE|T4|LITIGATION_AFTER_REVIEW|total|null|null|unreadable");
  }

  @Test
  void groupTotalFailsPerGroup() {
    List<Flag> flags = base().t4(1, 1, 0, 0, 3, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0).evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "T4_GROUP_TOTAL|ERROR|FAIL|T4|REVIEW|total|2.0|3.0|null",
            "T4_GROUP_TOTAL|ERROR|FAIL|T4|LITIGATION_AFTER_REVIEW|total|1.0|0.0|null");
    assertThat(flags.get(0).message()).isEqualTo("表四“行政复议”“总计”为3，但结果维持、结果纠正、其他结果、尚未审结之和为2");
  }

  @Test
  void blanksFollowTheTotalException() {
    // RV: parts blank, TOT blank → 0 = 0. LD: TOT blank with a non-zero part → blank_total.
    // LR: a blank part counts as 0 and the failure says so.
    List<Flag> flags = base().t4(B, B, B, B, B, 1, 0, 0, 0, B, 1, B, 0, 0, 2).evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "T4_GROUP_TOTAL|ERROR|NOT_ASSESSABLE|T4|LITIGATION_DIRECT|total|null|null|blank_total",
            "T4_GROUP_TOTAL|ERROR|FAIL|T4|LITIGATION_AFTER_REVIEW|total|1.0|2.0|with_blanks");
  }
}
