package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.ReportMetadata;
import org.junit.jupiter.api.Test;

/**
 * Heads of reports in the forms the first years' reports (2009–2013) print them: the government's
 * report compiled by its 办公厅, the notice of its office that issues the report above the report
 * itself. Each test holds the exact lines read.
 */
class OlderReportHeadsTest {

  /** The intro the 2008 template prescribed, naming the office that compiled the report. */
  private static String intro(String office, int year) {
    return "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由"
        + office
        + "编制。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，"
        + "因政府信息公开申请提起行政复议、行政诉讼的情况，政府信息公开工作存在的主要问题和改进措施等。"
        + "本报告中所列数据的统计期限自"
        + year
        + "年1月1日起至"
        + year
        + "年12月31日止。如对本报告有任何疑问，请联系"
        + office
        + "（电话：0710-3222000）。";
  }

  private static ReportMetadata read(String text) {
    return MetadataReader.read(List.of(text.split("\n", -1)));
  }

  @Test
  void aGovernmentsReportCompiledByItsGeneralOfficeIsTheGovernments() {
    ReportMetadata province =
        read(
            "湖北省人民政府2010年政府信息公开工作年度报告\n"
                + intro("湖北省人民政府办公厅", 2010)
                + "\n一、概述\n2010年，我省认真贯彻落实《条例》。");
    assertThat(province.agency()).isEqualTo("湖北省人民政府");
    assertThat(province.year()).isEqualTo(2010);
    // a 盟's 行政公署 has its 办公厅 too
    ReportMetadata league =
        read("阿拉善盟行政公署2012年政府信息公开工作年度报告\n" + intro("阿拉善盟行政公署办公厅", 2012) + "\n一、概述");
    assertThat(league.agency()).isEqualTo("阿拉善盟行政公署");
    // a title naming only the place
    ReportMetadata region =
        read("广西壮族自治区2011年政府信息公开工作年度报告\n" + intro("广西壮族自治区人民政府办公厅", 2011) + "\n一、概述");
    assertThat(region.agency()).isEqualTo("广西壮族自治区人民政府");
    // the 办公厅's own report keeps its name
    ReportMetadata own =
        read(
            "吉林省人民政府办公厅2012年政府信息公开工作年度报告\n"
                + intro("吉林省人民政府办公厅", 2012)
                + "\n一、概述\n2012年，我厅认真贯彻落实《条例》。");
    assertThat(own.agency()).isEqualTo("吉林省人民政府办公厅");
  }

  @Test
  void theNoticeThatIssuesTheReportNamesTheGovernmentNotItsVerb() {
    ReportMetadata m =
        read(
            """
            咸宁市人民政府办公室关于印发咸宁市人民政府2013年政府信息公开工作年度报告的通知
            各县、市、区人民政府，市政府各部门：
            《咸宁市人民政府2013年政府信息公开工作年度报告》已经市人民政府同意，现印发给你们。
            咸宁市人民政府办公室
            2014年3月28日
            咸宁市人民政府2013年政府信息公开工作年度报告
            """
                + intro("咸宁市人民政府办公室", 2013));
    assertThat(m.title()).isEqualTo("咸宁市人民政府2013年政府信息公开工作年度报告");
    assertThat(m.agency()).isEqualTo("咸宁市人民政府");
    assertThat(m.year()).isEqualTo(2013);
  }

  /** A short report of the first years that prints no year but in its sign-off. */
  private static String signedOff(String body, String date) {
    return body
        + "政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，现将我局政府信息公开工作情况报告如下：\n一、概述\n"
        + "我局高度重视政府信息公开工作。\n二、主动公开政府信息情况\n全年共主动公开政府信息31条。\n三、依申请公开政府信息情况\n"
        + "全年未收到申请。\n四、存在的主要问题和改进措施\n下一步，我局将进一步完善制度。\n"
        + body
        + "\n"
        + date;
  }

  @Test
  void aReportSignedOffByTheEndOfMarchCoversTheYearBefore() {
    ReportMetadata m = read(signedOff("宁陵县交通运输局", "2013年1月15日"));
    assertThat(m.agency()).isEqualTo("宁陵县交通运输局");
    assertThat(m.year()).isEqualTo(2012);
    assertThat(m.yearConflict()).isNull();
    // the sign-off in Chinese numerals
    ReportMetadata written = read(signedOff("宁陵县农业局", "二〇一一年三月十日"));
    assertThat(written.year()).isEqualTo(2010);
    assertThat(written.publishedDate()).isEqualTo(java.time.LocalDate.of(2011, 3, 10));
    // after March the date no longer tells the year
    assertThat(read(signedOff("宁陵县水利局", "2013年6月15日")).year()).isNull();
    // a year the report prints governs
    assertThat(read(signedOff("宁陵县交通运输局", "2013年1月15日").replace("现将我局", "现将我局2011年")).year())
        .isEqualTo(2011);
  }

  @Test
  void aPageWithoutAYearInItsTitleIsDatedByAPublicationInTheFirstMonths() {
    String page =
        "政府信息公开工作年度报告\n发布日期：%s 来源：宁陵县教育局\n根据《中华人民共和国政府信息公开条例》规定，现将我局政府信息公开工作情况报告如下：\n"
            + "一、总体情况\n我局高度重视政府信息公开工作。";
    assertThat(read(page.formatted("2012-03-20")).year()).isEqualTo(2011);
    assertThat(read(page.formatted("2024-05-10")).year()).isNull();
  }

  @Test
  void aStatisticsPeriodDatedInChineseNumeralsIsAReportsPeriod() {
    // a page without title that starts with the intro, the period dated as formal documents date
    List<String> lines =
        List.of(
            "本报告根据《中华人民共和国政府信息公开条例》要求，由淮北市人民医院编制。本报告中所列数据的统计期限自二〇二二年一月一日起至二〇二二年十二月三十一日止。",
            "一、主动公开情况",
            "一年来，我院认真贯彻落实《条例》。");
    assertThat(ReportEvidence.of(lines, null, 0, false).found())
        .containsExactly("statistics period");
    ReportMetadata m = MetadataReader.read(lines);
    assertThat(m.agency()).isEqualTo("淮北市人民医院");
    assertThat(m.year()).isEqualTo(2022);
  }
}
