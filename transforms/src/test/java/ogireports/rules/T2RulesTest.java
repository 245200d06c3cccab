package ogireports.rules;

import static ogireports.model.DisclosureItem.COERCION;
import static ogireports.model.DisclosureItem.FEE;
import static ogireports.model.DisclosureItem.LICENSE;
import static ogireports.model.DisclosureItem.NORM;
import static ogireports.model.DisclosureItem.PENALTY;
import static ogireports.model.DisclosureItem.PROCUREMENT;
import static ogireports.model.DisclosureItem.RULE;
import static ogireports.model.DisclosureItem.SERVICE;
import static ogireports.model.Measure.AMOUNT;
import static ogireports.model.Measure.COUNT;
import static ogireports.model.Measure.DEC;
import static ogireports.model.Measure.DELTA;
import static ogireports.model.Measure.MADE;
import static ogireports.model.Measure.PREV;
import static ogireports.model.Measure.PUB;
import static ogireports.model.Measure.REPEAL;
import static ogireports.model.Measure.TOTAL;
import static ogireports.model.Measure.VALID;
import static ogireports.rules.SeedReportsTest.A1_2019;
import static ogireports.rules.SeedReportsTest.A1_2021;
import static ogireports.rules.SeedReportsTest.ITEMS;
import static ogireports.rules.SeedReportsTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.Flag;
import ogireports.model.Template;
import org.junit.jupiter.api.Test;

class T2RulesTest {

  static ReportFixture r2019() {
    return ReportFixture.zeros(Template.T2019, 2020);
  }

  static ReportFixture r2021() {
    return ReportFixture.zeros(Template.T2021, 2021);
  }

  @Test
  void absentTable二GivesNothing() {
    assertThat(r2019().noT2().evaluate()).isEmpty();
    assertThat(r2021().noT2().evaluate()).isEmpty();
  }

  // ------------------------------------------------------------------ T2_NONNEG

  @Test
  void negativeCountsAndAmountsFailButNegativeDeltaDoesNot() {
    List<Flag> flags =
        r2019()
            .t2(RULE, A1_2019, 0, -1, 0)
            .t2(PENALTY, ITEMS, 114, -19, 95)
            .t2(PROCUREMENT, List.of(COUNT, AMOUNT), 1, -5)
            .evaluate();
    assertThat(keys(T3RulesTest.only(flags, "T2_NONNEG")))
        .containsExactly(
            "T2_NONNEG|ERROR|FAIL|T2|RULE|PUB|null|-1.0|negative",
            "T2_NONNEG|ERROR|FAIL|T2|PROCUREMENT|AMOUNT|null|-5.0|negative");
    assertThat(flags.get(0).message()).isEqualTo("表二“规章”“本年新公开数量”为-1，不应为负数");
  }

  @Test
  void nonNegAppliesToThe2021TemplateToo() {
    List<Flag> flags = r2021().t2(LICENSE, DEC, -3).evaluate();
    assertThat(keys(flags))
        .containsExactly("T2_NONNEG|ERROR|FAIL|T2|LICENSE|DEC|null|-3.0|negative");
  }

  // ------------------------------------------------------------------ T2A_2019_PUB_LE_TOTAL

  @Test
  void publishedThisYearMayNotExceedTheCumulativeTotal() {
    List<Flag> flags = r2019().t2(RULE, A1_2019, 2, 2, 2).t2(NORM, A1_2019, 3, 3, 1).evaluate();
    assertThat(keys(flags))
        .containsExactly("T2A_2019_PUB_LE_TOTAL|WARN|FAIL|T2|NORM|PUB|1.0|3.0|null");
    assertThat(flags.get(0).message())
        .isEqualTo("表二“规范性文件”本年新公开数量为3，超过对外公开总数量1（总数量是累计数，应包含本年新公开的）");
  }

  @Test
  void pubLeTotalCountsBlanksAsZeroAndDoesNotApplyTo2021() {
    assertThat(keys(r2019().t2(NORM, A1_2019, 1, 1, "—").evaluate()))
        .containsExactly("T2A_2019_PUB_LE_TOTAL|WARN|FAIL|T2|NORM|PUB|0.0|1.0|with_blanks");
    assertThat(r2021().t2(NORM, PUB, 3).t2(NORM, TOTAL, 1).evaluate()).isEmpty();
  }

  @Test
  void pubLeTotalIsNotAssessableOnAnUnreadableOrMissingValue() {
    assertThat(keys(r2019().t2(RULE, A1_2019, 0, "若干", 4).t2(NORM, PUB, 1).evaluate()))
        .containsExactly(
            "T2A_2019_PUB_LE_TOTAL|WARN|NOT_ASSESSABLE|T2|RULE|PUB|null|null|PUB=unreadable",
            "T2A_2019_PUB_LE_TOTAL|WARN|NOT_ASSESSABLE|T2|NORM|PUB|null|null|TOTAL=missing");
  }

  // ------------------------------------------------------------------ T2A_2021_VALID_BOUND

  @Test
  void validMustBeAtLeastMadeMinusRepealed() {
    assertThat(r2021().t2(NORM, A1_2021, 1, 0, 4).evaluate()).isEmpty(); // seed 002: 4 ≥ 1
    assertThat(r2021().t2(NORM, A1_2021, 1, 0, 1).evaluate()).isEmpty(); // equality passes
    List<Flag> flags = r2021().t2(RULE, A1_2021, 5, 1, 3).evaluate();
    assertThat(keys(flags))
        .containsExactly("T2A_2021_VALID_BOUND|WARN|FAIL|T2|RULE|VALID|4.0|3.0|null");
    assertThat(flags.get(0).message()).isEqualTo("表二“规章”现行有效件数为3，少于本年制发件数5减本年废止件数1之差4");
    assertThat(r2019().t2(RULE, List.of(MADE, REPEAL, VALID), 5, 1, 3).evaluate()).isEmpty();
  }

  // ------------------------------------------------------------------ T2B_2019_ITEMS_NONNEG

  @Test
  void itemsOfLastYearPlusChangeMayNotBeNegative() {
    List<Flag> flags =
        r2019()
            .t2(LICENSE, ITEMS, 5, -6, 0)
            .t2(SERVICE, ITEMS, 29954, -592, 29362)
            .t2(FEE, List.of(PREV, DELTA), 0, -2)
            .evaluate();
    assertThat(keys(T3RulesTest.only(flags, "T2B_2019_ITEMS_NONNEG")))
        .containsExactly(
            "T2B_2019_ITEMS_NONNEG|WARN|FAIL|T2|LICENSE|DELTA|0.0|-1.0|null",
            "T2B_2019_ITEMS_NONNEG|WARN|FAIL|T2|FEE|DELTA|0.0|-2.0|null");
    assertThat(r2021().t2(FEE, List.of(PREV, DELTA), 0, -2).evaluate()).isEmpty();
  }

  // ------------------------------------------------------------------ T2B_DECISION_PATTERN

  @Test
  void decisionPatternIsOneNoteListingTheRowsWhereItHolds() {
    List<Flag> flags =
        r2019()
            .t2(LICENSE, ITEMS, 1353, 4, 1357)
            .t2(SERVICE, ITEMS, 29954, -592, 29362)
            .t2(PENALTY, ITEMS, 114, -19, 95)
            .t2(COERCION, ITEMS, 0, 0, 0)
            .evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "T2B_DECISION_PATTERN|INFO|NOTE|T2|null|DEC|null|null|rows=LICENSE,SERVICE,PENALTY");
    assertThat(flags.get(0).message())
        .isEqualTo(
            "表二“行政许可”1353+4=1357、“其他对外管理服务事项”29954-592=29362、“行政处罚”114-19=95："
                + "处理决定数量等于上一年项目数量加本年增/减，填报人按处理决定数的序列理解了这三列");
  }

  @Test
  void decisionPatternIgnoresAllZeroRowsNon2019TemplatesAndSeed001() {
    assertThat(r2019().t2(COERCION, ITEMS, 0, 0, 0).evaluate()).isEmpty();
    assertThat(r2021().t2(PENALTY, ITEMS, 1, 1, 2).evaluate()).isEmpty();
    // Seed 001: 5+0≠235, 22+0≠172, 127+43≠19, 3+0≠0.
    assertThat(
            r2019()
                .t2(LICENSE, ITEMS, 5, 0, 235)
                .t2(SERVICE, ITEMS, 22, 0, 172)
                .t2(PENALTY, ITEMS, 127, 43, 19)
                .t2(COERCION, ITEMS, 3, 0, 0)
                .evaluate())
        .isEmpty();
  }
}
