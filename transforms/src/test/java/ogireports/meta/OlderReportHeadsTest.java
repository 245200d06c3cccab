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
}
