package ogireports.rules;

import static ogireports.model.ApplicationRowId.CARRY_IN;
import static ogireports.model.ApplicationRowId.CARRY_OUT;
import static ogireports.model.ApplicationRowId.NEW;
import static ogireports.model.ApplicationRowId.R_OPEN;
import static ogireports.model.ApplicationRowId.R_TOTAL;
import static ogireports.rules.SeedReportsTest.keys;
import static ogireports.rules.T3RulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.Flag;
import ogireports.model.Template;
import ogireports.text.Normalise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRulesTest {

  /** The application counts read from a sentence, as "value/approx" joined by spaces. */
  static String counts(String sentence) {
    List<TextRules.ApplicationCount> found =
        TextRules.applicationCounts(Normalise.squeeze(sentence));
    if (found.isEmpty()) {
      return "none";
    }
    return String.join(
        " ",
        found.stream()
            .map(
                c ->
                    c.stated().value()
                        + "/"
                        + c.stated().approx()
                        + (c.withCarry() ? "+carry" : ""))
            .toList());
  }

  /**
   * Narrative fixtures: a sentence (source in the comment column), and the counts of applications
   * received it states ("none" when it must be ignored).
   */
  @ParameterizedTest(name = "{1}: {0} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2019年，本机关共受理政府信息公开申请2件，全部在规定时限内受理并依法依规作出答复。|seed 003 一|2/null",
        "通过“12350”投诉举报热线、吴忠“12345”便民服务平台等受理办结群众举报案件 7 起，按时办结率为 100%。|seed 001 一|none",
        "2020年，我局共收到政协提案5件，其中主办件3件，协办件2件。|seed 000 六|none",
        "2019年，我局承办人大代表建议1件、政协委员提案4件，所有建议、提案已按时办理完毕。|seed 003 一|none",
        "2020年，我局未收到政府信息公开申请。|seed 000 一|none",
        "2021年我局未收到依申请公开申请事项。|seed 002 一|none",
        "全年无依申请公开信息。|seed 001 一|none",
        "在信息公开网上开通了“依申请公开”栏目。|seed 002 一|none",
        "我局主动公开政府信息 62 条，内容涉及部门文件、机构职能。|seed 001 一|none",
        "全年共收到政府信息公开申请十余件。|constructed|10/余",
        "本年度共收到政府信息公开申请两件。|constructed|2/null",
        "本年度新收政府信息公开申请一百二十三件。|constructed|123/null",
        "共收到政府信息公开申请12件，其中当面申请3件，网络申请9件。|constructed|12/null",
        "共受理依申请公开事项1,234件。|constructed|1234/null",
        "全年接收信息公开申请近20件。|constructed|20/近",
        "共收到信访举报投诉类政府信息公开申请3件。|constructed|none",
        "共收到政府信息公开申请5件（含上年结转1件）。|constructed|5/null+carry",
        "收到的政府信息公开咨询3件。|constructed|none",
      })
  void applicationSentences(String sentence, String source, String expected) {
    assertThat(counts(sentence)).isEqualTo(expected);
  }

  static ReportFixture withText(String sectionOne) {
    return ReportFixture.zeros(Template.T2019, 2020).section(1, sectionOne);
  }

  // ------------------------------------------------------------------ TX_NEW

  @Test
  void statedCountMatchingNewPasses() {
    List<Flag> flags =
        withText("2019年，本机关共受理政府信息公开申请2件。")
            .row(NEW, 2, 0, 0, 0, 0, 0, 2)
            .row(R_OPEN, 2, 0, 0, 0, 0, 0, 2)
            .row(R_TOTAL, 2, 0, 0, 0, 0, 0, 2)
            .evaluate();
    assertThat(flags).isEmpty();
  }

  @Test
  void carryOverReadingIsUsedOnlyWhenTheSentenceSaysSo() {
    // NEW 4, CARRY_IN 1, R_TOTAL 3, CARRY_OUT 0: 5 matches only NEW + CARRY_IN.
    ReportFixture withCarry = withText("共收到政府信息公开申请5件（含上年结转1件）。");
    ReportFixture plain = withText("共收到政府信息公开申请5件。");
    for (ReportFixture f : List.of(withCarry, plain)) {
      f.row(NEW, 4, 0, 0, 0, 0, 0, 4)
          .row(CARRY_IN, 1, 0, 0, 0, 0, 0, 1)
          .row(R_OPEN, 3, 0, 0, 0, 0, 0, 3)
          .row(R_TOTAL, 3, 0, 0, 0, 0, 0, 3);
    }
    assertThat(only(withCarry.evaluate(), "TX_NEW")).isEmpty();
    assertThat(keys(only(plain.evaluate(), "TX_NEW")))
        .containsExactly(
            "TX_NEW|ERROR|FAIL|TEXT|NEW|total|4.0|5.0|section=1;reading=NEW.TOT;"
                + "tried=NEW.TOT=4,R_TOTAL.TOT+CARRY_OUT.TOT=3");
  }

  @Test
  void failureWithCarryReportsTheCarryReadingFirst() {
    List<Flag> flags =
        withText("共收到政府信息公开申请9件（含上年结转1件）。")
            .row(NEW, 4, 0, 0, 0, 0, 0, 4)
            .row(CARRY_IN, 1, 0, 0, 0, 0, 0, 1)
            .row(R_OPEN, 5, 0, 0, 0, 0, 0, 5)
            .row(R_TOTAL, 5, 0, 0, 0, 0, 0, 5)
            .evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "TX_NEW|ERROR|FAIL|TEXT|NEW|total|5.0|9.0|section=1;reading=NEW.TOT+CARRY_IN.TOT;"
                + "tried=NEW.TOT+CARRY_IN.TOT=5,NEW.TOT=4,R_TOTAL.TOT+CARRY_OUT.TOT=5");
  }

  @Test
  void approximateCountMismatchIsANote() {
    List<Flag> flags =
        withText("全年共收到政府信息公开申请十余件。")
            .row(NEW, 12, 0, 0, 0, 0, 0, 12)
            .row(R_OPEN, 12, 0, 0, 0, 0, 0, 12)
            .row(R_TOTAL, 12, 0, 0, 0, 0, 0, 12)
            .evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "TX_NEW|ERROR|NOTE|TEXT|NEW|total|12.0|10.0|section=1;reading=NEW.TOT;"
                + "tried=NEW.TOT=12,R_TOTAL.TOT+CARRY_OUT.TOT=12;approx=余");
  }

  @Test
  void sectionsFiveAndSixAreReadButNotTheOthers() {
    ReportFixture f =
        ReportFixture.zeros(Template.T2019, 2020)
            .section(2, "共收到政府信息公开申请3件。")
            .section(3, "共收到政府信息公开申请3件。")
            .section(6, "本年度共收到政府信息公开申请1件。");
    assertThat(keys(f.evaluate()))
        .containsExactly(
            "TX_NEW|ERROR|FAIL|TEXT|NEW|total|0.0|1.0|section=6;reading=NEW.TOT;"
                + "tried=NEW.TOT=0,R_TOTAL.TOT+CARRY_OUT.TOT=0");
    assertThat(f.evaluate().get(0).message())
        .isEqualTo("第六部分“本年度共收到政府信息公开申请1件。”" + "称收到申请1件，但表三“一、本年新收政府信息公开申请数量”的总计为0");
  }

  @Test
  void unreadableTableValuesMakeTheCheckNotAssessable() {
    List<Flag> flags =
        withText("共收到政府信息公开申请3件。").row(NEW, 3, 0, 0, 0, 0, 0, "三").without(R_TOTAL).evaluate();
    assertThat(keys(only(flags, "TX_NEW")))
        .containsExactly(
            "TX_NEW|ERROR|NOT_ASSESSABLE|TEXT|NEW|total|null|null|section=1;stated=3;"
                + "tried=NEW.TOT,R_TOTAL.TOT+CARRY_OUT.TOT");
  }

  @Test
  void textRulesAreSkippedWhenTheirTableIsAbsent() {
    List<Flag> flags = withText("共收到政府信息公开申请3件。全年无行政复议、行政诉讼。").noT3().noT4().evaluate();
    assertThat(flags).extracting(Flag::ruleId).containsExactly("T3_SHAPE", "T4_SHAPE");
  }

  // ------------------------------------------------------------------ TX_ZERO

  @ParameterizedTest(name = "{1}: {0} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2020年，我局未收到政府信息公开申请。|seed 000 一|true",
        "2021年我局未收到依申请公开申请事项。|seed 002 一|true",
        "全年无依申请公开信息。|seed 001 一|true",
        "本年度无依申请公开。|constructed|true",
        "本年度没有收到公民、法人或者其他组织提出的申请。|constructed|true",
        "本年度本机关未收取政府信息公开处理费，无其他需要报告的事项。|seed 002 六|false",
        "重视依申请公开工作，完善依申请指南、渠道。|seed 002 一|false",
        "2019年，本机关共受理政府信息公开申请2件。|seed 003 一|false",
      })
  void negationSentences(String sentence, String source, boolean expected) {
    assertThat(TextRules.saysNoApplications(Normalise.squeeze(sentence))).isEqualTo(expected);
  }

  @Test
  void negationContradictedByTheTableFails() {
    List<Flag> flags =
        withText("2020年，我局未收到政府信息公开申请。")
            .row(NEW, 3, 0, 0, 0, 0, 0, 3)
            .row(R_OPEN, 3, 0, 0, 0, 0, 0, 3)
            .row(R_TOTAL, 3, 0, 0, 0, 0, 0, 3)
            .evaluate();
    assertThat(keys(flags)).containsExactly("TX_ZERO|ERROR|FAIL|TEXT|NEW|total|3.0|0.0|section=1");
    assertThat(flags.get(0).message())
        .isEqualTo("第一部分“2020年,我局未收到政府信息公开申请。”" + "称未收到申请，但表三“一、本年新收政府信息公开申请数量”的总计为3");
  }

  @Test
  void negationWithABlankZeroTableOrAnUnreadableOne() {
    assertThat(withText("全年无依申请公开信息。").row(NEW, "—", "—", "—", "—", "—", "—", "—").evaluate())
        .isEmpty();
    assertThat(keys(only(withText("全年无依申请公开信息。").incomplete(NEW).evaluate(), "TX_ZERO")))
        .containsExactly("TX_ZERO|ERROR|NOT_ASSESSABLE|TEXT|NEW|total|null|null|section=1");
  }

  // ------------------------------------------------------------------ TX_T4_ZERO

  @ParameterizedTest(name = "{1}: {0} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "全年无因政务公开工作而产生的行政复议、行政诉讼及投诉情况和处理结果。|seed 003 一|true",
        "本年度未发生因政府信息公开引起的行政复议和行政诉讼案件。|constructed|true",
        "全年没有因政府信息公开工作被申请行政复议、提起行政诉讼的情况。|constructed|true",
        "本年度因政府信息公开被申请行政复议1件，无行政诉讼。|constructed|false",
        "无法提供的申请人就此申请了行政复议、行政诉讼。|constructed|false",
        "2020年，我局无舆情事件。|seed 004 一|false",
      })
  void noReviewLitigationSentences(String sentence, String source, boolean expected) {
    assertThat(TextRules.saysNoReviewLitigation(Normalise.squeeze(sentence))).isEqualTo(expected);
  }

  @Test
  void noReviewLitigationFailsOncePerNonZeroGroup() {
    List<Flag> flags =
        withText("全年无因政务公开工作而产生的行政复议、行政诉讼及投诉情况和处理结果。")
            .t4(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2)
            .evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "TX_T4_ZERO|ERROR|FAIL|TEXT|REVIEW|total|1.0|0.0|section=1",
            "TX_T4_ZERO|ERROR|FAIL|TEXT|LITIGATION_AFTER_REVIEW|total|2.0|0.0|section=1");
    assertThat(withText("全年无行政复议、行政诉讼。").evaluate()).isEmpty();
  }

  @Test
  void noReviewLitigationIsNotAssessableOnAnUnreadableTotal() {
    List<Flag> flags =
        withText("全年无行政复议、行政诉讼。").t4(0, 0, 0, 0, "x", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).evaluate();
    assertThat(keys(only(flags, "TX_T4_ZERO")))
        .containsExactly("TX_T4_ZERO|ERROR|NOT_ASSESSABLE|TEXT|REVIEW|total|null|null|section=1");
  }

  // ------------------------------------------------------------------ TX_CARRY

  @Test
  void carryCountsAreComparedWithTheCarryRows() {
    String text = "本年度共收到政府信息公开申请3件，上年结转1件，结转下年度继续办理2件。";
    ReportFixture agree =
        withText(text)
            .row(NEW, 3, 0, 0, 0, 0, 0, 3)
            .row(CARRY_IN, 1, 0, 0, 0, 0, 0, 1)
            .row(R_OPEN, 2, 0, 0, 0, 0, 0, 2)
            .row(R_TOTAL, 2, 0, 0, 0, 0, 0, 2)
            .row(CARRY_OUT, 2, 0, 0, 0, 0, 0, 2);
    assertThat(agree.evaluate()).isEmpty();
    List<Flag> flags =
        withText(text)
            .row(NEW, 3, 0, 0, 0, 0, 0, 3)
            .row(R_OPEN, 3, 0, 0, 0, 0, 0, 3)
            .row(R_TOTAL, 3, 0, 0, 0, 0, 0, 3)
            .evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "TX_CARRY|WARN|FAIL|TEXT|CARRY_IN|total|0.0|1.0|section=1",
            "TX_CARRY|WARN|FAIL|TEXT|CARRY_OUT|total|0.0|2.0|section=1");
    assertThat(flags.get(1).message())
        .isEqualTo("第一部分“本年度共收到政府信息公开申请3件,上年结转1件," + "结转下年度继续办理2件。”称结转下年度2件，但表三“四、结转下年度继续办理”的总计为0");
  }

  @Test
  void carryIsReadOnlyInApplicationSentences() {
    assertThat(withText("上年结转资金1件。").evaluate()).isEmpty();
  }

  // ------------------------------------------------------------------ TX_T4_COUNT

  @Test
  void reviewAndLitigationCountsAreComparedWithTable四() {
    String text = "本年度因政府信息公开被申请行政复议1件，被提起行政诉讼2件。";
    assertThat(withText(text).t4(1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1).evaluate()).isEmpty();
    List<Flag> flags = withText(text).evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "TX_T4_COUNT|WARN|FAIL|TEXT|REVIEW|total|0.0|1.0|section=1",
            "TX_T4_COUNT|WARN|FAIL|TEXT|null|total|0.0|2.0|section=1;"
                + "groups=LITIGATION_DIRECT+LITIGATION_AFTER_REVIEW");
  }

  @Test
  void reviewCountsOutsideInformationDisclosureAreIgnored() {
    // An agency's own enforcement cases are not table 四 cases.
    assertThat(withText("全年办理行政处罚案件引起的行政复议3件。").evaluate()).isEmpty();
  }
}
