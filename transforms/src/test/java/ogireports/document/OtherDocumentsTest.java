package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * Documents with a report's look (a title ending in 工作报告, numbered section heads, a year) that are
 * not the 条例's yearly report are NOT_A_REPORT rejects whose detail says what they are: other
 * bodies' reports on other kinds of openness, a school's academic year, another regime's rules or
 * body, papers about the government's reports. What the document says it is decides (its title, the
 * rules it cites, its body), never a word of its prose, and a table 二 or 三 of the format keeps any
 * text a report.
 */
class OtherDocumentsTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath());

  private static final Path PROBE16 = Path.of("..", "fixtures", "written", "probe16");

  private static ReadOutcome read(String text) {
    return READER.read("test.txt", text);
  }

  private static ReadOutcome readFixture(String name) throws IOException {
    Path file = PROBE16.resolve(name);
    return READER.read(new Document(file.toString(), Files.readAllBytes(file)));
  }

  private static String fixture(String name) throws IOException {
    return Files.readString(PROBE16.resolve(name), StandardCharsets.UTF_8);
  }

  /** The reject's detail, after checking that the outcome is a NOT_A_REPORT reject. */
  private static String notAReport(ReadOutcome o) {
    assertThat(o).isInstanceOf(ReadOutcome.Rejected.class);
    ReadOutcome.Rejected r = (ReadOutcome.Rejected) o;
    assertThat(r.reason()).as(r.detail()).isEqualTo(RejectReason.NOT_A_REPORT);
    return r.detail();
  }

  private static ReadOutcome.Accepted report(ReadOutcome o) {
    assertThat(o)
        .as(o instanceof ReadOutcome.Rejected r ? r.reason() + " " + r.detail() : "")
        .isInstanceOf(ReadOutcome.Accepted.class);
    return (ReadOutcome.Accepted) o;
  }

  // probe16's five documents that are not this report (fixtures/written/probe16/FINDINGS.md)

  @Test
  void aUniversitysAcademicYearReportIsNotThisReport() throws IOException {
    // was NO_YEAR: a report whose year it could not find
    assertThat(notAReport(readFixture("b04-2023.txt")))
        .startsWith("not the 政府信息公开 report but a school's report on an academic year, 学年")
        .contains("湖南工程学院2022—2023学年信息公开工作年度报告");
  }

  @Test
  void aPowerCompanysDisclosureReportIsNotThisReport() throws IOException {
    assertThat(notAReport(readFixture("b05-2023.txt")))
        .contains("a disclosure report under 《供电企业信息公开实施办法》, which does not cite the 条例");
  }

  @Test
  void aCourtsJudicialOpennessReportIsNotThisReport() throws IOException {
    assertThat(notAReport(readFixture("b06-2023.txt")))
        .contains("a 司法公开 report (title 安吉县人民法院2023年司法公开工作报告)");
  }

  @Test
  void aPeoplesCongressSurveyOfTheReportsIsNotOneOfThem() throws IOException {
    // it quotes the bodies' 2023年政府信息公开工作年度报告 and their counts: it came out as the
    // report of 个乡镇 on 2023
    assertThat(notAReport(readFixture("b07-2024.txt")))
        .contains("a 调研报告 about the work (title 关于县人民政府政务公开工作情况的调研报告)");
  }

  @Test
  void aVillagesReportOnItsAffairsIsNotThisReport() throws IOException {
    assertThat(notAReport(readFixture("b08-2023.txt")))
        .contains("a 村务公开 report (title 城南村2023年度村务公开工作报告)");
  }

  // the same family beyond probe16

  @Test
  void reportsOnOtherKindsOfOpennessAreNotThisReport() {
    for (String[] kind :
        new String[][] {
          {"某某县人民检察院", "检务公开"},
          {"中共某某县委", "党务公开"},
          {"某某市公安局", "警务公开"},
          {"某某县第一中学", "校务公开"},
          {"某某县人民医院", "院务公开"},
          {"某某机械厂", "厂务公开"}
        }) {
      String title = kind[0] + "2023年度" + kind[1] + "工作报告";
      ReadOutcome o =
          read(
              title
                  + "\n现将2023年度"
                  + kind[1]
                  + "工作情况报告如下。\n一、总体情况\n全年公开各类信息120条。\n二、存在的问题和下一步打算\n公开内容有待细化。");
      assertThat(notAReport(o)).as(title).contains("a " + kind[1] + " report (title " + title);
    }
  }

  @Test
  void papersAboutTheGovernmentsReportsAreNotReports() {
    for (String title :
        java.util.List.of(
            "某某县2023年度政务公开第三方评估报告",
            "某某县卫生健康局关于2023年度政务公开工作的自查报告",
            "关于某某县2023年政府信息公开工作年度报告的审议意见",
            "关于全县2023年度政府信息公开工作年度报告检查情况的通报")) {
      ReadOutcome o =
          read(
              title
                  + "\n根据有关安排，现将有关情况报告如下。\n一、总体情况\n2023年，全县各单位按时公布政府信息公开工作年度报告。"
                  + "\n二、存在的主要问题\n部分报告数据勾稽关系不符。");
      assertThat(notAReport(o)).as(title).contains("about the work (title " + title + ")");
    }
  }

  @Test
  void aDisclosureReportUnderAnotherRegimesRulesIsNotThisReport() {
    ReadOutcome o =
        read(
            """
            某某大学2023年信息公开工作年度报告
            根据《高等学校信息公开办法》要求，现将我校2023年信息公开工作情况报告如下。
            一、概述
            学校全年主动公开信息486条。
            二、主动公开情况
            通过信息公开专栏公开清单事项50项。\
            """);
    assertThat(notAReport(o)).contains("under 《高等学校信息公开办法》");
  }

  @Test
  void aCompanysDisclosureReportCitingNoRulesIsNotThisReport() {
    ReadOutcome o =
        read(
            """
            某某水务集团有限公司2023年度信息公开工作报告
            现将本公司2023年度信息公开工作情况报告如下。
            一、总体情况
            全年公开水质、水价、停水等信息200条。
            二、主动公开信息情况
            三、存在的问题及改进措施\
            """);
    assertThat(notAReport(o))
        .contains("of 某某水务集团有限公司, a body the 条例 does not cover")
        .contains("report title, 2 section headings");
  }

  // near misses: 政府信息公开 reports that stay reports

  @Test
  void aHospitalsAndASchoolsGovernmentInformationReportsStayReports() throws IOException {
    // b03's prose names 院务公开; b09's body is a school
    assertThat(report(readFixture("b03-2023.txt")).report().metadata().agency())
        .isEqualTo("宁乡市人民医院");
    assertThat(report(readFixture("b09-2021.txt")).report().metadata().agency())
        .isEqualTo("安仁县第一中学");
    // a public hospital's report without a title (real fixture 117): the 条例 cited
    ReadOutcome hospital =
        read(
            """
            本报告根据《中华人民共和国政府信息公开条例》要求，由淮北市人民医院编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月20日止。
            一、主动公开情况
            我院深化院务公开，在淮北市人民政府信息公开网上发布信息18条。
            （一）依申请公开情况
            医院尚未收到依申请公开信息要求。\
            """);
    assertThat(report(hospital).report().metadata().agency()).isEqualTo("淮北市人民医院");
  }

  @Test
  void aReportWhoseProseNamesOtherOpennessOrAPeoplesCongressStaysAReport() {
    ReadOutcome o =
        read(
            """
            某某县桃溪镇人民政府2023年政府信息公开工作年度报告
            根据《中华人民共和国政府信息公开条例》要求，现公布本镇2023年度政府信息公开工作年度报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。
            一、总体情况
            我镇指导各村规范村务公开、党务公开，配合县人民法院推进司法公开进乡村，办理县人大代表建议12件，接受县人大常委会调研组对政务公开工作的调研。
            二、主动公开政府信息情况
            全年主动公开政府信息300条。
            三、收到和处理政府信息公开申请情况
            全年收到申请2件。\
            """);
    ReadOutcome.Accepted a = report(o);
    assertThat(a.report().metadata().agency()).isEqualTo("某某县桃溪镇人民政府");
    assertThat(a.report().metadata().year()).isEqualTo(2023);
  }

  @Test
  void aTownshipsJointReportOnItsAndItsVillagesOpennessStaysAReport() {
    ReadOutcome o =
        read(
            """
            某某镇2023年度政务村务公开工作报告
            现将我镇2023年度政务公开工作情况报告如下。
            一、总体情况
            全年公开政府信息300条。
            二、主动公开政府信息情况\
            """);
    assertThat(report(o).report().metadata().year()).isEqualTo(2023);
  }

  @Test
  void aTownshipsReportCitingTheVillageCommitteesLawBesideTheRegulationStaysAReport() {
    ReadOutcome o =
        read(
            """
            某某镇2023年度信息公开工作报告
            根据《中华人民共和国政府信息公开条例》和《中华人民共和国村民委员会组织法》，现将我镇2023年度信息公开工作情况报告如下。
            一、总体情况
            全年公开政府信息300条，指导各村公开村务。
            二、主动公开政府信息情况\
            """);
    assertThat(report(o).report().metadata().year()).isEqualTo(2023);
  }

  @Test
  void theFormatsTablesKeepAnyTextAReport() throws IOException {
    // a water company filing the 条例's template (its tables 二 to 四) under the 公共企事业单位
    // rules, citing no rules and naming no 政府信息公开 in its title
    String text =
        fixture("b03-2023.txt")
            .replace("宁乡市人民医院2023年政府信息公开工作年度报告", "宁乡市自来水有限公司2023年信息公开工作年度报告")
            .replace("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求，", "本报告")
            .replace("认真贯彻落实《条例》和", "认真贯彻落实")
            .replace("宁乡市人民医院", "宁乡市自来水有限公司");
    assertThat(text).doesNotContain("条例").contains("自来水有限公司2023年信息公开工作年度报告");
    ReadOutcome.Accepted a = report(read(text));
    assertThat(a.report().metadata().year()).isEqualTo(2023);
    assertThat(a.report().tables().hasFormatRows()).isTrue();
    // the same text without its tables: a company's disclosure report (its contact sentence's
    // 办公室 read with the name does not hide the company)
    String prose =
        text.substring(0, text.indexOf("二、主动公开政府信息情况")) + "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n";
    assertThat(notAReport(read(prose))).contains("a disclosure report of 宁乡市自来水有限公司, a body");
  }

  @Test
  void aCorrectionNoticeOfTheReportIsNotTheReport() {
    // a page of its own correcting the report: it quotes the statistics period and a row label of
    // table 三, which gave a row with no cells and made it a report with nulls beside the real one
    String notice =
        String.join(
            "\n",
            "关于岚县人民政府办公室2023年政府信息公开工作年度报告的更正说明",
            "发布时间：2024-02-05 来源：岚县人民政府办公室",
            "经核查，我办于2024年1月29日发布的《岚县人民政府办公室2023年政府信息公开工作年度报告》（本报告所列数据的统计期限自2023年1月1日起至"
                + "2023年12月31日止）中，“三、收到和处理政府信息公开申请情况”表中“（七）总计”行“总计”栏数据“35”有误，应为“55”。",
            "特此更正。",
            "岚县人民政府办公室",
            "2024年2月5日");
    assertThat(notAReport(read(notice))).contains("a 更正说明 about the report, not the report");
    // without the statistics period: no evidence of a report at all (the quoted row is no table)
    assertThat(notAReport(read(notice.replace("（本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止）", ""))))
        .startsWith("no report title");
    // a report titled as corrected (更正版) stays a report
    assertThat(
            report(
                    read(
                        "岚县人民政府办公室2023年政府信息公开工作年度报告（更正版）\n"
                            + "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
                            + "一、总体情况\n2023年，我办认真贯彻落实《条例》。\n"
                            + "二、主动公开政府信息情况\n略。"))
                .report()
                .year())
        .isEqualTo(2023);
  }

  @Test
  void aNoticeAskingForTheReportsIsNotAReportButOneHandingOneOutIs() throws IOException {
    // probe31 n01: an OCR'd 通知 on compiling the 2023 reports, quoting their period
    Path notice = Path.of("..", "fixtures", "written", "probe31", "n01-2024.pdf");
    assertThat(notAReport(READER.read(new Document(notice.toString(), Files.readAllBytes(notice)))))
        .contains("a 通知 about the report");
    // 关于公布…年度报告的通知 hands the report out: the report follows it
    String handedOut =
        "关于公布龙泉市民政局2021年政府信息公开工作年度报告的通知\n"
            + "根据《中华人民共和国政府信息公开条例》规定，现将龙泉市民政局2021年度政府信息公开工作情况报告如下。\n"
            + "一、总体情况\n2021年，我局认真落实《条例》。\n二、主动公开政府信息情况\n略。";
    assertThat(report(read(handedOut)).report().year()).isEqualTo(2021);
  }

  @Test
  void aGuideOrAPlanThatSpeaksOfItselfSoIsNotTheReport() throws IOException {
    // probe34 p38: a body's 政府信息公开指南 quoting its last report's count; p37: a 通知 issuing
    // 《…政务公开工作要点》, which quotes the county's counts of the year before
    Path probe34 = Path.of("..", "fixtures", "written", "probe34");
    String guide = Files.readString(probe34.resolve("p38.txt"), StandardCharsets.UTF_8);
    assertThat(notAReport(read(guide))).contains("指南").contains("九江市生态环境局政府信息公开指南");
    String plan = Files.readString(probe34.resolve("p37.txt"), StandardCharsets.UTF_8);
    assertThat(notAReport(read(plan))).contains("要点");
    // a report whose page links to the body's 指南 (a menu line, a breadcrumb), or whose prose
    // says it updated its 指南, is a report: it never calls itself 本指南
    String seed = fixture("../../seeds/003_596a166ffff90a0a.txt");
    report(read("政府信息公开指南\n" + seed));
    report(read("首页 > 信息公开 > 政府信息公开指南\n" + seed));
    report(read(seed.replace("一、总体情况", "一、总体情况\n及时更新本机关政府信息公开指南和目录。")));
  }

  @Test
  void aSearchsResultsPageIsNotAReport() throws IOException {
    // probe39 h28: a site search's hits, one snippet quoting a report's counts and its 复议
    Path h28 = Path.of("..", "fixtures", "written", "probe39", "h28.html");
    ReadOutcome o = READER.read(new Document(h28.toString(), Files.readAllBytes(h28)));
    assertThat(notAReport(o)).contains("search");
  }
}
