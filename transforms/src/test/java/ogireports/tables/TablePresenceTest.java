package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.ParsedReport;
import ogireports.tables.TablePresence.Presence;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/** A table not read is absent, printed but not read, or cut short (T3_SHAPE/T4_SHAPE detail). */
class TablePresenceTest {

  @Test
  void printedTablesThatGoOnArePrintedNotRead() {
    List<String> text =
        List.of(
            "三、收到和处理政府信息公开申请情况本年新收政府信息公开申请数量…",
            "四、政府信息公开行政复议、行政诉讼情况 行政复议 结果维持 …",
            "五、存在的主要问题及改进情况");
    assertThat(TablePresence.applications(report(text))).isEqualTo(Presence.PRINTED);
    assertThat(TablePresence.reviewLitigation(report(text))).isEqualTo(Presence.PRINTED);
  }

  @Test
  void textEndingInsideOrBeforeTheTableIsCutShort() {
    assertThat(TablePresence.applications(report(List.of("一、总体情况", "三、收到和处理政府信息公开申请情况"))))
        .isEqualTo(Presence.CUT_SHORT);
    assertThat(TablePresence.reviewLitigation(report(List.of("一、总体情况", "二、主动公开政府信息情况"))))
        .isEqualTo(Presence.CUT_SHORT);
  }

  @Test
  void tableMissingFromATextThatGoesOnIsAbsent() {
    List<String> text = List.of("一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
    assertThat(TablePresence.applications(report(text))).isEqualTo(Presence.ABSENT);
    assertThat(TablePresence.reviewLitigation(report(text))).isEqualTo(Presence.ABSENT);
  }

  @Test
  void anIntroductionListingThePartsPrintsNoTable() {
    List<String> text =
        List.of(
            "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                + "存在的主要问题及改进情况、其他需要报告的事项六个部分组成。所列数据的统计期限自2022年1月1日起。",
            "一、总体情况",
            "2022年，我镇主动公开政府信息120条。");
    assertThat(TablePresence.applications(report(text))).isEqualTo(Presence.CUT_SHORT);
    assertThat(TablePresence.reviewLitigation(report(text))).isEqualTo(Presence.CUT_SHORT);
  }

  @Test
  void proseOnReviewsAndSuitsIsNoTableFour() {
    // a text cut in section 一 that says 行政复议0件,行政诉讼0件 does not go on past table 三
    List<String> text =
        List.of(
            "一、总体情况",
            "(二)依申请公开情况。全年共收到依申请公开0件，因政府信息公开引起行政复议0件，行政诉讼0件。",
            "没有发生行政复议和行政诉讼。",
            "二、主动公开政府信息情况");
    assertThat(TablePresence.applications(report(text))).isEqualTo(Presence.CUT_SHORT);
    assertThat(TablePresence.reviewLitigation(report(text))).isEqualTo(Presence.CUT_SHORT);
  }

  @Test
  void aTextBeginningAfterTheTableIsCutShort() {
    // one page of a flip-book: table 四 and section 五, the pages before it not included
    List<String> text = List.of("四、因政府信息公开工作被申请行政复议提起行政诉讼情况", "复议后起诉 结果维持", "五、存在的主要问题及改进情况");
    assertThat(TablePresence.applications(report(text))).isEqualTo(Presence.CUT_SHORT);
  }

  @Test
  void aSentenceListsPartsWhenItNamesTwoOneAfterAnother() {
    assertThat(TablePresence.listsParts("全文包括总体情况,公开的内容、存在的主要问题改进措施四个部分。")).isTrue();
    assertThat(TablePresence.listsParts("三、收到和处理政府信息公开申请情况")).isFalse();
    assertThat(TablePresence.listsParts("四、政府信息公开行政复议、行政诉讼情况")).isFalse();
  }

  /** A report of these lines alone, its sections split as the reader splits them, no table read. */
  static ParsedReport report(List<String> lines) {
    return new ParsedReport("id", "uri", lines, SectionSplitter.split(lines), null, null, null);
  }
}
