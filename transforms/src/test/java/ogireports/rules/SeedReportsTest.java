package ogireports.rules;

import static ogireports.model.ApplicationRowId.CARRY_IN;
import static ogireports.model.ApplicationRowId.CARRY_OUT;
import static ogireports.model.ApplicationRowId.NEW;
import static ogireports.model.ApplicationRowId.R_DENY_1;
import static ogireports.model.ApplicationRowId.R_DENY_2;
import static ogireports.model.ApplicationRowId.R_DENY_3;
import static ogireports.model.ApplicationRowId.R_DENY_4;
import static ogireports.model.ApplicationRowId.R_DENY_5;
import static ogireports.model.ApplicationRowId.R_DENY_6;
import static ogireports.model.ApplicationRowId.R_DENY_7;
import static ogireports.model.ApplicationRowId.R_NOPROC_2;
import static ogireports.model.ApplicationRowId.R_NOPROC_3;
import static ogireports.model.ApplicationRowId.R_NOPROC_4;
import static ogireports.model.ApplicationRowId.R_NOPROC_5;
import static ogireports.model.ApplicationRowId.R_OPEN;
import static ogireports.model.ApplicationRowId.R_OTHER;
import static ogireports.model.ApplicationRowId.R_TOTAL;
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
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.Flag;
import ogireports.model.Measure;
import ogireports.model.Template;
import org.junit.jupiter.api.Test;

/** The five seeds of spec §8, as the readers should deliver them: exactly the flags of §8. */
class SeedReportsTest {

  static final List<Measure> A1_2019 = List.of(MADE, PUB, TOTAL);
  static final List<Measure> A1_2021 = List.of(MADE, REPEAL, VALID);
  static final List<Measure> ITEMS = List.of(PREV, DELTA, DEC);
  static final List<Measure> FEE_2019 = List.of(PREV, DELTA);
  static final List<Measure> PROC = List.of(COUNT, AMOUNT);

  static ReportFixture seed000() {
    return ReportFixture.zeros(Template.T2019, 2020)
        .t2(RULE, A1_2019, 0, 0, 0)
        .t2(NORM, A1_2019, 0, 0, 0)
        .t2(LICENSE, ITEMS, 6, 0, 54)
        .t2(SERVICE, ITEMS, 14, 3, 150)
        .t2(PENALTY, ITEMS, 439, 46, 485)
        .t2(COERCION, ITEMS, 7, 1, 6)
        .t2(FEE, FEE_2019, 0, 0)
        .t2(PROCUREMENT, PROC, 1, 462780)
        .seedSections("000_0d9ef2ec1467d7f8.txt");
  }

  static ReportFixture seed001() {
    ReportFixture f =
        ReportFixture.zeros(Template.T2019, 2020)
            .t2(RULE, A1_2019, 0, 0, 0)
            .t2(NORM, A1_2019, 0, 0, 1)
            .t2(LICENSE, ITEMS, 5, 0, 235)
            .t2(SERVICE, ITEMS, 22, 0, 172)
            .t2(PENALTY, ITEMS, 127, 43, 19)
            .t2(COERCION, ITEMS, 3, 0, 0)
            .t2(FEE, FEE_2019, 0, 0)
            .t2(PROCUREMENT, PROC, 0, 0)
            .seedSections("001_0157cd21641b28c7.txt");
    // Truncated after R_NOPROC_1; R_DENY_1…7 have 6 of 7 numbers and are stored without cells.
    f.without(R_NOPROC_2, R_NOPROC_3, R_NOPROC_4, R_NOPROC_5, R_OTHER, R_TOTAL, CARRY_OUT);
    f.incomplete(R_DENY_1, R_DENY_2, R_DENY_3, R_DENY_4, R_DENY_5, R_DENY_6, R_DENY_7);
    return f;
  }

  static ReportFixture seed002() {
    return ReportFixture.zeros(Template.T2021, 2021)
        .t2(RULE, A1_2021, 0, 0, 0)
        .t2(NORM, A1_2021, 1, 0, 4)
        .t2(LICENSE, DEC, 146)
        .t2(PENALTY, DEC, 75)
        .t2(COERCION, DEC, 5)
        .t2(FEE, AMOUNT, 0)
        .seedSections("002_4ed26dfb9e6e6758.txt");
  }

  static ReportFixture seed003() {
    return ReportFixture.zeros(Template.T2019, 2019)
        .t2(RULE, A1_2019, 0, 0, 0)
        .t2(NORM, A1_2019, 1, 1, 1)
        .t2(LICENSE, ITEMS, 1353, 4, 1357)
        .t2(SERVICE, ITEMS, 29954, -592, 29362)
        .t2(PENALTY, ITEMS, 114, -19, 95)
        .t2(COERCION, ITEMS, 0, 0, 0)
        .t2(FEE, FEE_2019, 0, 0)
        .t2(PROCUREMENT, PROC, 41, 23400400)
        .row(NEW, 4, 0, 0, 0, 0, 0, 4)
        .row(R_OPEN, 4, 0, 0, 0, 0, 0, 4)
        .row(R_TOTAL, 4, 0, 0, 0, 0, 0, 4)
        .seedSections("003_596a166ffff90a0a.txt");
  }

  static ReportFixture seed004() {
    return ReportFixture.zeros(Template.T2019, 2020)
        .t2(RULE, A1_2019, 0, 0, 0)
        .t2(NORM, A1_2019, 0, 0, 0)
        .t2(LICENSE, ITEMS, 2, 0, 7)
        .t2(SERVICE, ITEMS, 3, 0, 3)
        .t2(PENALTY, ITEMS, 128, 0, 10)
        .t2(COERCION, ITEMS, 3, 0, 0)
        .t2(FEE, FEE_2019, 0, 0)
        .t2(PROCUREMENT, PROC, 0, 0)
        .seedSections("004_fde4949a32fb326a.txt");
  }

  /** A compact, exact view of a flag for comparisons. */
  static String key(Flag f) {
    return f.ruleId()
        + "|"
        + f.severity()
        + "|"
        + f.outcome()
        + "|"
        + f.section()
        + "|"
        + f.rowId()
        + "|"
        + f.columnId()
        + "|"
        + f.expected()
        + "|"
        + f.actual()
        + "|"
        + f.detail();
  }

  static List<String> keys(List<Flag> flags) {
    return flags.stream().map(SeedReportsTest::key).toList();
  }

  @Test
  void seed000GivesOnlyTheDecisionPatternNoteForPenalties() {
    List<Flag> flags = seed000().evaluate();
    assertThat(keys(flags))
        .containsExactly("T2B_DECISION_PATTERN|INFO|NOTE|T2|null|DEC|null|null|rows=PENALTY");
    assertThat(flags.get(0).message()).contains("行政处罚", "439+46=485");
  }

  @Test
  void seed001GivesShapeFailAndThreeNotAssessableRows() {
    List<Flag> flags = seed001().evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "T3_SHAPE|ERROR|FAIL|T3|null|null|23.0|9.0|incomplete=R_DENY_1,R_DENY_2,R_DENY_3,R_DENY_4,"
                + "R_DENY_5,R_DENY_6,R_DENY_7;missing=R_NOPROC_2,R_NOPROC_3,R_NOPROC_4,R_NOPROC_5,"
                + "R_OTHER,R_TOTAL,CARRY_OUT",
            "T3_ROW_TOTAL|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|incomplete=R_DENY_1,R_DENY_2,"
                + "R_DENY_3,R_DENY_4,R_DENY_5,R_DENY_6,R_DENY_7;missing=R_NOPROC_2,R_NOPROC_3,"
                + "R_NOPROC_4,R_NOPROC_5,R_OTHER,R_TOTAL,CARRY_OUT",
            "T3_BALANCE|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|columns=natural_person,"
                + "commercial_enterprise,research_institution,social_welfare_org,legal_service_org,"
                + "other_org,total;rows=R_TOTAL,CARRY_OUT",
            "T3_RESULT_SUM|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|columns=natural_person,"
                + "commercial_enterprise,research_institution,social_welfare_org,legal_service_org,"
                + "other_org,total;rows=R_DENY_1,R_DENY_2,R_DENY_3,R_DENY_4,R_DENY_5,R_DENY_6,"
                + "R_DENY_7,R_NOPROC_2,R_NOPROC_3,R_NOPROC_4,R_NOPROC_5,R_OTHER,R_TOTAL");
    assertThat(flags.get(0).message())
        .isEqualTo("表三应有23行数据，完整读到9行：7行单元格不全（自“1.属于国家秘密”起），" + "7行缺失（自“2.重复申请”起），请核对原表");
  }

  @Test
  void seed002GivesNoFlag() {
    assertThat(seed002().evaluate()).isEmpty();
  }

  @Test
  void seed003GivesTheTextCountMismatchAndTheDecisionPatternNote() {
    List<Flag> flags = seed003().evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "T2B_DECISION_PATTERN|INFO|NOTE|T2|null|DEC|null|null|rows=LICENSE,SERVICE,PENALTY",
            "TX_NEW|ERROR|FAIL|TEXT|NEW|total|4.0|2.0|section=1;reading=NEW.TOT;"
                + "tried=NEW.TOT=4,R_TOTAL.TOT+CARRY_OUT.TOT=4");
    assertThat(flags.get(1).message())
        .isEqualTo(
            "第一部分“2019年,本机关共受理政府信息公开申请2件,全部在规定时限内受理并依法依规作出答复。”"
                + "称收到申请2件，但表三“一、本年新收政府信息公开申请数量”的总计为4");
  }

  @Test
  void seed004GivesOnlyTheDecisionPatternNoteForServices() {
    assertThat(keys(seed004().evaluate()))
        .containsExactly("T2B_DECISION_PATTERN|INFO|NOTE|T2|null|DEC|null|null|rows=SERVICE");
  }

  @Test
  void seedTextRulesSeeTheRealSentences() {
    // The pass on seeds 000, 001, 002 is meaningful only if the negation is found in the text.
    assertThat(seed000().build().section(1)).isPresent();
    for (ReportFixture f : List.of(seed000(), seed001(), seed002())) {
      assertThat(Narrative.sentences(f.build()))
          .anyMatch(s -> TextRules.saysNoApplications(s.text()));
    }
    assertThat(Narrative.sentences(seed003().build()))
        .anyMatch(s -> TextRules.saysNoReviewLitigation(s.text()));
    // …and they would fail if the table disagreed.
    List<Flag> flags = seed000().row(NEW, 1, 0, 0, 0, 0, 0, 1).evaluate();
    assertThat(keys(flags)).contains("TX_ZERO|ERROR|FAIL|TEXT|NEW|total|1.0|0.0|section=1");
    assertThat(keys(seed001().row(NEW, 0, 0, 0, 0, 0, 2, 2).evaluate()))
        .contains("TX_ZERO|ERROR|FAIL|TEXT|NEW|total|2.0|0.0|section=1");
    assertThat(keys(seed002().row(NEW, 3, 0, 0, 0, 0, 0, 3).evaluate()))
        .contains("TX_ZERO|ERROR|FAIL|TEXT|NEW|total|3.0|0.0|section=1");
    assertThat(keys(seed003().t4(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).evaluate()))
        .contains("TX_T4_ZERO|ERROR|FAIL|TEXT|REVIEW|total|1.0|0.0|section=1");
  }

  @Test
  void seed003PassesTheTextRuleWhenTheTableAgrees() {
    List<Flag> flags =
        seed003()
            .row(NEW, 2, 0, 0, 0, 0, 0, 2)
            .row(R_OPEN, 2, 0, 0, 0, 0, 0, 2)
            .row(R_TOTAL, 2, 0, 0, 0, 0, 0, 2)
            .evaluate();
    assertThat(flags).extracting(Flag::ruleId).containsExactly("T2B_DECISION_PATTERN");
  }

  @Test
  void seed003MatchesTheOtherReadingOfReceived() {
    // NEW = 1, CARRY_IN = 1, R_TOTAL = 2: 收到 2 件 reads as R_TOTAL + CARRY_OUT and passes.
    List<Flag> flags =
        seed003()
            .row(NEW, 1, 0, 0, 0, 0, 0, 1)
            .row(CARRY_IN, 1, 0, 0, 0, 0, 0, 1)
            .row(R_OPEN, 2, 0, 0, 0, 0, 0, 2)
            .row(R_TOTAL, 2, 0, 0, 0, 0, 0, 2)
            .evaluate();
    assertThat(flags).extracting(Flag::ruleId).containsExactly("T2B_DECISION_PATTERN");
  }
}
