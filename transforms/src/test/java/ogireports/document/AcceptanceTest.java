package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;

import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * Which documents are read as reports: any piece of a report's own evidence (title, tables,
 * statistics period, skeleton) makes one, with null for what is not visible; a report without a
 * year is a NO_YEAR reject naming its evidence; pages about something else stay NOT_A_REPORT.
 */
class AcceptanceTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath());

  private static ReadOutcome read(String text) {
    return READER.read("test.txt", text);
  }

  private static RejectReason reason(ReadOutcome o) {
    return o instanceof ReadOutcome.Rejected r ? r.reason() : null;
  }

  @Test
  void aProseOnlyReportWithAStatisticsPeriodIsAReport() {
    ReadOutcome o =
        read(
            """
            本报告根据《中华人民共和国政府信息公开条例》要求，由淮北市人民医院编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月20日止。如有疑问，请与淮北市人民医院办公室联系。
            一、主动公开情况
            一年来，我院认真贯彻落实有关工作要求。\
            """);
    assertThat(o).isInstanceOf(ReadOutcome.Accepted.class);
    var report = ((ReadOutcome.Accepted) o).report();
    assertThat(report.metadata().agency()).isEqualTo("淮北市人民医院");
    assertThat(report.metadata().year()).isEqualTo(2022);
    assertThat(report.place().city()).isEqualTo("淮北市");
  }

  @Test
  void oneSectionHeadingAndTheReportNamedInProseMakeAReport() {
    ReadOutcome o =
        read(
            """
            根据《条例》规定，现公布子长市人民政府2023年度政府信息公开工作报告。
            一、总体情况
            2023年度，市政府门户网站公开各类政府信息共计3437条。\
            """);
    assertThat(o).isInstanceOf(ReadOutcome.Accepted.class);
    assertThat(((ReadOutcome.Accepted) o).report().metadata().agency()).isEqualTo("子长市人民政府");
  }

  @Test
  void aReportWithoutAYearIsANoYearRejectNamingItsEvidence() {
    ReadOutcome o =
        read(
            """
            依据《中华人民共和国政府信息公开条例》（以下简称《政府信息公开条例》）第五十条规定，编制本报告。
            一、总体情况
            （一）组织领导。我镇高度重视政府信息公开工作。
            （三）依申请公开。全年共收到政府信息公开申请16件，均在法定时限内完成答复。\
            """);
    assertThat(reason(o)).isEqualTo(RejectReason.NO_YEAR);
    assertThat(((ReadOutcome.Rejected) o).detail()).contains("section heading");
  }

  @Test
  void aNewsArticleAboutDisclosureWorkIsNotAReport() {
    ReadOutcome o =
        read(
            """
            我市召开2024年政务公开工作推进会
            发布时间：2024-03-12 来源：市政府办公室
            3月12日，我市召开2024年政务公开工作推进会。会议总结了2023年全市政务公开工作，要求各单位按时编制并公布政府信息公开工作年度报告，做到应公开尽公开。
            会议强调，要进一步提高政策解读质量，及时回应社会关切。\
            """);
    assertThat(reason(o)).isEqualTo(RejectReason.NOT_A_REPORT);
  }

  @Test
  void newsAndInterpretationsOfAReportAreNotTheReport() {
    ReadOutcome news =
        read(
            """
            我区发布2023年政府信息公开工作年度报告
            来源：区融媒体中心 发布时间：2024-01-22
            近日，区政府在门户网站发布《2023年政府信息公开工作年度报告》，全面展示了一年来全区政府信息公开工作成效。\
            """);
    assertThat(reason(news)).isEqualTo(RejectReason.NOT_A_REPORT);
    ReadOutcome graphic =
        read(
            """
            图解：某某县2023年政府信息公开工作年度报告
            发布时间：2024-01-25
            [图片]\
            """);
    assertThat(reason(graphic)).isEqualTo(RejectReason.NOT_A_REPORT);
  }

  @Test
  void aNavigationPageListingReportsIsNotAReport() {
    ReadOutcome o =
        read(
            """
            当前位置：首页 > 政府信息公开 > 政府信息公开年报
            政府信息公开年报
            某某区人民政府2023年政府信息公开工作年度报告
            某某区人民政府2022年政府信息公开工作年度报告
            某某区人民政府2021年政府信息公开工作年度报告
            某某区教育局2023年政府信息公开工作年度报告
            共4条 首页 上一页 下一页 尾页\
            """);
    assertThat(reason(o)).isEqualTo(RejectReason.NOT_A_REPORT);
  }

  @Test
  void aListOfTwoYearsReportsIsNotAReport() {
    ReadOutcome o =
        read(
            """
            某某县人民政府2023年政府信息公开工作年度报告
            某某县人民政府2022年政府信息公开工作年度报告\
            """);
    assertThat(reason(o)).isEqualTo(RejectReason.NOT_A_REPORT);
    assertThat(((ReadOutcome.Rejected) o).detail()).startsWith("a list of report titles");
  }

  @Test
  void aReportTitleWithLittleElseIsNotAReport() {
    // a list page's main content, a link, a page whose report is an attachment
    for (String text :
        java.util.List.of(
            "桃江县人民政府2023年政府信息公开工作年度报告",
            "首页 | 政务公开 | 办事服务\n2023年政府信息公开工作年度报告\n发布时间：2024-01-20",
            "某某镇2023年政府信息公开工作年度报告\n发布时间：2024-01-20 来源：镇政府办\n详见附件。\n附件：某某镇2023年政府信息公开工作年度报告.pdf")) {
      ReadOutcome o = read(text);
      assertThat(reason(o)).as(text).isEqualTo(RejectReason.NOT_A_REPORT);
      assertThat(((ReadOutcome.Rejected) o).detail())
          .startsWith("a report title with no report text");
    }
  }

  @Test
  void aReportTitleAndTheFirstSentenceOfTheReportAreAReport() {
    ReadOutcome o =
        read(
            """
            某某镇2023年政府信息公开工作年度报告
            根据《中华人民共和国政府信息公开条例》要求，2023年我镇认真贯彻落实政府信息公开各项工作\
            """);
    assertThat(o).isInstanceOf(ReadOutcome.Accepted.class);
    assertThat(((ReadOutcome.Accepted) o).report().metadata().year()).isEqualTo(2023);
  }

  @Test
  void aNoticeAboutSomethingElseIsNotAReport() {
    ReadOutcome o =
        read(
            """
            关于做好2023年度政府信息公开工作年度报告编制发布工作的通知
            各乡镇人民政府，县政府各部门：
            根据《中华人民共和国政府信息公开条例》规定，现就做好年度报告编制发布工作通知如下：
            一、高度重视，按时公布
            各单位要于2024年1月31日前向社会公布本单位上一年度的政府信息公开工作年度报告。
            二、严格审核，确保质量
            年度报告数据要准确，统计期限要明确。\
            """);
    assertThat(reason(o)).isEqualTo(RejectReason.NOT_A_REPORT);
  }

  @Test
  void aNoticeWithAHeadingLikeTheReportsIsNotAReport() {
    ReadOutcome o =
        read(
            """
            关于印发《2023年政务公开工作要点》的通知
            各乡镇人民政府，县政府各部门：
            现将《2023年政务公开工作要点》印发给你们，请结合实际认真贯彻落实。
            一、总体要求
            二、主动公开政府信息情况的要求
            各单位要按时编制政府信息公开工作年度报告。\
            """);
    assertThat(reason(o)).isEqualTo(RejectReason.NOT_A_REPORT);
  }

  @Test
  void aTraditionalReportIsReadInSimplifiedAndKeepsItsAgencyAsPrinted() {
    ReadOutcome o =
        read(
            """
            西藏自治區人民政府2009年政府信息公開年度報告
            本報告根據《中華人民共和國政府信息公開條例》編制。本報告中所列數據的統計期限自2009年1月1日起，至2009年12月31日止。
            一、概述
            2009年，自治區各級行政機關認真貫徹落實《條例》。\
            """);
    assertThat(o).isInstanceOf(ReadOutcome.Accepted.class);
    var report = ((ReadOutcome.Accepted) o).report();
    assertThat(report.metadata().agency()).isEqualTo("西藏自治區人民政府");
    assertThat(report.metadata().year()).isEqualTo(2009);
    assertThat(report.place().province()).isEqualTo("西藏自治区");
  }

  @Test
  void aUrlTheTextPrintsHelpsPlaceTheReport() {
    String report =
        """
        中村乡2020年政府信息公开工作年度报告
        一、总体情况
        2020年，我乡认真贯彻落实《中华人民共和国政府信息公开条例》。\
        """;
    ReadOutcome alone = read(report);
    assertThat(((ReadOutcome.Accepted) alone).report().place().county()).isNull();
    ReadOutcome withLink =
        read("原文链接: http://www.huichang.gov.cn/hcxxxgk/157a95c3.shtml\n" + report);
    assertThat(((ReadOutcome.Accepted) withLink).report().place().county()).isEqualTo("会昌县");
  }

  @Test
  void aSimplifiedReportUsingCharactersTheConversionWouldChangeIsReadAsPrinted() {
    String text =
        """
        乾县审计局2021年政府信息公开工作年度报告
        一、总体情况
        2021年，乾县审计局政府信息公开工作成效显著，公开质量显著提升，群众满意度显著提高，著力做好乾县审计信息公开，成效显著，影响显著。\
        """;
    assertThat(ogireports.text.Script.isTraditional(text)).isFalse();
    ReadOutcome o = read(text);
    assertThat(((ReadOutcome.Accepted) o).report().metadata().agency()).isEqualTo("乾县审计局");
    assertThat(
            ogireports.text.Script.isTraditional(
                "西藏自治區人民政府2009年政府信息公開年度報告。本報告根據《條例》編制，統計期限自2009年1月1日起。"))
        .isTrue();
  }
}
