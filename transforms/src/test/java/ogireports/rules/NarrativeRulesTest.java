package ogireports.rules;

import static ogireports.model.ApplicationRowId.CARRY_OUT;
import static ogireports.model.ApplicationRowId.NEW;
import static ogireports.model.ApplicationRowId.R_DENY_3;
import static ogireports.model.ApplicationRowId.R_NA_1;
import static ogireports.model.ApplicationRowId.R_OPEN;
import static ogireports.model.ApplicationRowId.R_PARTIAL;
import static ogireports.model.ApplicationRowId.R_TOTAL;
import static ogireports.rules.SeedReportsTest.keys;
import static ogireports.rules.T3RulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import ogireports.model.DisclosureItem;
import ogireports.model.Flag;
import ogireports.model.Measure;
import ogireports.model.Template;
import ogireports.text.Normalise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The narrative rules TX_DONE, TX_OUTCOME and TX_T2_NORM, counts written before the phrase, and the
 * evidence every text flag carries. Sentence tables: the sentence, its source, and the values the
 * rule must read ("none" when the sentence must be ignored).
 */
class NarrativeRulesTest {

  static String joined(List<Narrative.Stated> found) {
    return found.isEmpty()
        ? "none"
        : found.stream()
            .map(c -> c.value() + (c.isApprox() ? c.approx() : ""))
            .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{1}: {0} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "本年度收到5件政府信息公开申请，均已按时答复。|constructed (number before the phrase)|5/null",
        "2021年，我局收到2件政府信息公开申请，予以公开1件，结转下年度继续办理1件。|crossyear fixture 2021|2/null",
        "共受理两件依申请公开的申请。|constructed|2/null",
        "全年共接收了3件的信息公开申请。|constructed|3/null",
        "收到群众来信5件，政府信息公开申请未有增加。|constructed (count of letters)|none",
        "受理信访举报件3件政府信息公开申请。|constructed (信访)|none",
        "未收到3件政府信息公开申请。|constructed (negated)|none",
      })
  void countsBeforeThePhrase(String sentence, String source, String expected) {
    assertThat(TextRulesTest.counts(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}: {0} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2019年，本机关共受理政府信息公开申请2件，全部在规定时限内受理并依法依规作出答复。|seed 003 一|none",
        "2019年，我局承办人大代表建议1件、政协委员提案4件，所有建议、提案已按时办理完毕。|seed 003 一|none",
        "在3件主办件办理过程中，已经落实或基本落实的3件(A类答复)，占比100%。|seed 000 六|none",
        "通过“12350”投诉举报热线受理办结群众举报案件 7 起，按时办结率为 100%。|seed 001 一|none",
        "共收到政府信息公开申请5件，已办结5件。|constructed|5",
        "本年度办结政府信息公开申请十二件。|constructed|12",
        "依申请公开答复共计3件，均在法定期限内办理完毕。|constructed|3",
        "2022年，我局未收到政府信息公开申请，办结上年结转的政府信息公开申请1件。|crossyear fixture 2022|none",
        "政府信息公开申请办结率100%。|constructed|none",
        "尚有政府信息公开申请未办结2件。|constructed (未办结)|none",
      })
  void doneSentences(String sentence, String source, String expected) {
    assertThat(joined(TextRules.doneCounts(Normalise.squeeze(sentence)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{2}: {0} / {1} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "共收到政府信息公开申请5件，其中予以公开3件，部分公开1件，不予公开1件。|予以公开|constructed|3",
        "共收到政府信息公开申请5件，其中予以公开3件，部分公开1件，不予公开1件。|部分公开|constructed|1",
        "共收到政府信息公开申请5件，其中予以公开3件，部分公开1件，不予公开1件。|不予公开|constructed|1",
        "其中3件予以公开、2件无法提供。|予以公开|constructed (number first)|3",
        "其中3件予以公开、2件无法提供。|无法提供|constructed (number first)|2",
        "对不予以公开的2件申请说明理由。|予以公开|constructed (不予以公开)|none",
        "不予处理二件，其他处理一件。|不予处理|constructed|2",
        "不予处理二件，其他处理一件。|其他处理|constructed|1",
        "对信访举报投诉类事项不予处理3件。|不予处理|constructed (信访)|none",
        "主动公开文件予以公开12条。|予以公开|constructed (unit 条)|none",
      })
  void outcomeSentences(String sentence, String word, String source, String expected) {
    assertThat(joined(TextRules.outcomeCounts(Normalise.squeeze(sentence), word)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}: {0} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "全年主动公开规范性文件3件。|constructed|3",
        "主动公开行政规范性文件12份，政策解读5篇。|constructed|12",
        "共更新主动公开248条，其中机构职能类6条、通知公告类50条。|seed 002 一|none",
        "清理规范性文件15件，废止3件，并在网站公开。|constructed (废止)|none",
        "我局主动公开政府信息 62 条，内容涉及部门文件、机构职能。|seed 001 一|none",
        "制定规范性文件2件。|constructed (no 公开)|none",
      })
  void normativeDocumentSentences(String sentence, String source, String expected) {
    assertThat(joined(TextRules.normCounts(Normalise.squeeze(sentence)))).isEqualTo(expected);
  }

  static ReportFixture withText(String sectionOne) {
    return ReportFixture.zeros(Template.T2019, 2020).section(1, sectionOne);
  }

  @Test
  void doneCountIsComparedWithTheTotalOfResults() {
    String text = "本年度共收到政府信息公开申请3件，办结政府信息公开申请2件。";
    ReportFixture f =
        withText(text)
            .row(NEW, 3, 0, 0, 0, 0, 0, 3)
            .row(R_OPEN, 3, 0, 0, 0, 0, 0, 3)
            .row(R_TOTAL, 3, 0, 0, 0, 0, 0, 3);
    List<Flag> flags = f.evaluate();
    assertThat(keys(flags))
        .containsExactly("TX_DONE|WARN|FAIL|TEXT|R_TOTAL|total|3.0|2.0|section=1");
    assertThat(flags.get(0).message())
        .isEqualTo("第一部分“本年度共收到政府信息公开申请3件,办结政府信息公开申请2件。”" + "称办结申请2件，但表三“(七)总计”的总计为3");
    assertThat(flags.get(0).evidence()).isEqualTo("本年度共收到政府信息公开申请3件,办结政府信息公开申请2件。");
  }

  @Test
  void outcomesAreComparedWithTheirRowsOrTheSumOfTheirSubItems() {
    String text = "共收到政府信息公开申请6件，其中予以公开3件，部分公开1件，不予公开1件，无法提供约2件。";
    ReportFixture agree =
        withText(text)
            .row(NEW, 6, 0, 0, 0, 0, 0, 6)
            .row(R_OPEN, 3, 0, 0, 0, 0, 0, 3)
            .row(R_PARTIAL, 1, 0, 0, 0, 0, 0, 1)
            .row(R_DENY_3, 1, 0, 0, 0, 0, 0, 1)
            .row(R_NA_1, 1, 0, 0, 0, 0, 0, 1)
            .row(R_TOTAL, 6, 0, 0, 0, 0, 0, 6);
    List<Flag> flags = agree.evaluate();
    // 无法提供 says about 2 but the table has 1: a note, not a failure.
    assertThat(keys(flags))
        .containsExactly(
            "TX_OUTCOME|WARN|NOTE|TEXT|null|total|1.0|2.0|section=1;rows=R_NA_1,R_NA_2,R_NA_3;approx=约");
    ReportFixture disagree =
        withText("共收到政府信息公开申请6件，不予公开2件。")
            .row(NEW, 6, 0, 0, 0, 0, 0, 6)
            .row(R_OPEN, 5, 0, 0, 0, 0, 0, 5)
            .row(R_DENY_3, 1, 0, 0, 0, 0, 0, 1)
            .row(R_TOTAL, 6, 0, 0, 0, 0, 0, 6);
    List<Flag> failed = disagree.evaluate();
    assertThat(keys(failed))
        .containsExactly(
            "TX_OUTCOME|WARN|FAIL|TEXT|null|total|1.0|2.0|section=1;"
                + "rows=R_DENY_1,R_DENY_2,R_DENY_3,R_DENY_4,R_DENY_5,R_DENY_6,R_DENY_7,R_DENY_8");
    assertThat(failed.get(0).message())
        .isEqualTo("第一部分“共收到政府信息公开申请6件,不予公开2件。”" + "称不予公开2件，但表三“(三)不予公开”各项的总计之和为1");
  }

  @Test
  void outcomeSentenceMayFollowTheApplicationSentence() {
    List<Flag> flags =
        withText("本年度共收到政府信息公开申请2件。其中，予以公开1件；部分公开1件。")
            .row(NEW, 2, 0, 0, 0, 0, 0, 2)
            .row(R_OPEN, 2, 0, 0, 0, 0, 0, 2)
            .row(R_TOTAL, 2, 0, 0, 0, 0, 0, 2)
            .evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "TX_OUTCOME|WARN|FAIL|TEXT|R_OPEN|total|2.0|1.0|section=1",
            "TX_OUTCOME|WARN|FAIL|TEXT|R_PARTIAL|total|0.0|1.0|section=1");
    assertThat(flags.get(1).evidence()).isEqualTo("部分公开1件。");
  }

  @Test
  void normativeDocumentsAreANoteAgainstPubOrMade() {
    List<Flag> on2019 =
        withText("全年主动公开规范性文件3件。")
            .t2(DisclosureItem.NORM, List.of(Measure.MADE, Measure.PUB, Measure.TOTAL), 2, 2, 10)
            .evaluate();
    assertThat(keys(on2019))
        .containsExactly("TX_T2_NORM|INFO|NOTE|TEXT|NORM|PUB|2.0|3.0|section=1;measure=PUB");
    List<Flag> on2021 =
        ReportFixture.zeros(Template.T2021, 2021)
            .section(1, "全年主动公开行政规范性文件1件。")
            .t2(DisclosureItem.NORM, List.of(Measure.MADE, Measure.REPEAL, Measure.VALID), 1, 0, 4)
            .evaluate();
    assertThat(on2021).isEmpty();
    // No table 二: nothing to compare.
    assertThat(withText("全年主动公开规范性文件3件。").noT2().evaluate()).isEmpty();
  }

  @Test
  void everyTextFlagCarriesTheSentenceItRead() {
    List<Flag> flags =
        withText("2020年，我局未收到政府信息公开申请。本年度共收到政府信息公开申请1件，结转下年度1件。" + "全年无因政府信息公开引起的行政复议、行政诉讼。")
            .row(NEW, 2, 0, 0, 0, 0, 0, 2)
            .row(R_OPEN, 2, 0, 0, 0, 0, 0, 2)
            .row(R_TOTAL, 2, 0, 0, 0, 0, 0, 2)
            .t4(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            .evaluate();
    List<Flag> text = flags.stream().filter(f -> f.section().equals("TEXT")).toList();
    assertThat(text)
        .extracting(Flag::ruleId)
        .containsExactly("TX_NEW", "TX_ZERO", "TX_CARRY", "TX_T4_ZERO");
    assertThat(text)
        .extracting(Flag::evidence)
        .containsExactly(
            "本年度共收到政府信息公开申请1件,结转下年度1件。",
            "2020年,我局未收到政府信息公开申请。",
            "本年度共收到政府信息公开申请1件,结转下年度1件。",
            "全年无因政府信息公开引起的行政复议、行政诉讼。");
    assertThat(flags.stream().filter(f -> !f.section().equals("TEXT")))
        .allMatch(f -> f.evidence() == null);
  }

  @Test
  void seedTrapsGiveNoTextFlag() {
    for (ReportFixture seed :
        List.of(
            SeedReportsTest.seed000(),
            SeedReportsTest.seed001(),
            SeedReportsTest.seed002(),
            SeedReportsTest.seed004())) {
      assertThat(seed.evaluate()).noneMatch(f -> f.section().equals("TEXT"));
    }
    // Seed 003: only the TX_NEW failure of spec §8 (建议、提案已按时办理完毕 is not TX_DONE).
    assertThat(only(SeedReportsTest.seed003().evaluate(), "TX_NEW")).hasSize(1);
    assertThat(SeedReportsTest.seed003().evaluate())
        .filteredOn(f -> f.section().equals("TEXT"))
        .extracting(Flag::ruleId)
        .containsExactly("TX_NEW");
  }

  @Test
  void carryOutSentenceIsCheckedAgainstCarryOut() {
    assertThat(
            withText("共收到政府信息公开申请2件，结转下年度1件。")
                .row(NEW, 2, 0, 0, 0, 0, 0, 2)
                .row(R_OPEN, 1, 0, 0, 0, 0, 0, 1)
                .row(R_TOTAL, 1, 0, 0, 0, 0, 0, 1)
                .row(CARRY_OUT, 1, 0, 0, 0, 0, 0, 1)
                .evaluate())
        .isEmpty();
  }
}
