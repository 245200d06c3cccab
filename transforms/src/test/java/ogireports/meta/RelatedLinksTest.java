package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.ReportMetadata;
import org.junit.jupiter.api.Test;

/**
 * A page's list of links to other reports saved above the report's own title (a portal's left
 * column, {@code 相关链接} or {@code 栏目导航}, before the article in the page's source): the links are
 * other reports' titles, last year's among them, and never the report's title or year. The lines
 * are those of crawled pages of 德清县 and 合肥高新区.
 */
class RelatedLinksTest {

  private static ReportMetadata read(String text) {
    return MetadataReader.read(List.of(text.split("\n", -1)));
  }

  private static final String DEQING_HEAD =
      """
      德清县人民政府
      首页 | 信息公开 | 政务服务 | 互动交流 | 专题专栏
      您当前的位置：首页 > 信息公开 > 县大数据局 > 政府信息公开年报
      相关链接
      """;

  private static final String DEQING_LINKS =
      """
      德清县大数据发展管理局2021年政府信息公开工作年度报告
      德清县大数据发展管理局2020年政府信息公开工作年度报告
      德清县财政局2022年政府信息公开工作年度报告
      德清县审计局2022年政府信息公开工作年度报告
      德清县莫干山镇人民政府2022年政府信息公开工作年度报告
      """;

  private static final String DEQING_REPORT =
      """

      德清县大数据发展管理局2022年政府信息公开工作年度报告
      信息来源：县大数据局 发布日期：2023-01-18 字号：[ 大 中 小 ] 浏览次数：207
      　　本报告由德清县大数据发展管理局编制。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。
      一、总体情况
      　　2022年，我局坚持以习近平新时代中国特色社会主义思想为指导。
      """;

  @Test
  void aBulletedListOfOtherReportsAboveTheTitleIsNoTitle() {
    String links = DEQING_LINKS.replaceAll("(?m)^(?=.)", "· ");
    ReportMetadata m = read(DEQING_HEAD + links + DEQING_REPORT);
    assertThat(m.title()).isEqualTo("德清县大数据发展管理局2022年政府信息公开工作年度报告");
    assertThat(m.agency()).isEqualTo("德清县大数据发展管理局");
    assertThat(m.year()).isEqualTo(2022);
  }

  @Test
  void theSameListWithoutBulletsEndsOnTheReportsOwnTitle() {
    // the crawler dropped the bullets and the blank line: the run of titles ends on the report's
    ReportMetadata m = read(DEQING_HEAD + DEQING_LINKS + DEQING_REPORT.strip());
    assertThat(m.title()).isEqualTo("德清县大数据发展管理局2022年政府信息公开工作年度报告");
    assertThat(m.agency()).isEqualTo("德清县大数据发展管理局");
    assertThat(m.year()).isEqualTo(2022);
  }

  @Test
  void aColumnsListIndentedUnderItsMenuIsNoTitle() {
    ReportMetadata m =
        read(
            """
            合肥高新技术产业开发区
            首页 | 走进高新 | 新闻中心 | 信息公开 | 投资高新 | 互动交流
            栏目导航
            > 政府信息公开指南
            > 政府信息公开年报
            　· 合肥高新技术产业开发区管理委员会2020年政府信息公开工作年度报告
            　· 合肥高新技术产业开发区管理委员会2019年政府信息公开工作年度报告

            合肥高新技术产业开发区管理委员会2021年政府信息公开工作年度报告
            发布时间：2022-01-25 16:40:12　来源：党政办公室　阅读：1038
            　　本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。
            一、总体情况
            """);
    assertThat(m.agency()).isEqualTo("合肥高新技术产业开发区管理委员会");
    assertThat(m.year()).isEqualTo(2021);
  }

  @Test
  void oneBulletedTitleOrATitlePrintedTwiceIsStillTheTitle() {
    // a lone bullet is the title's decoration, not a list
    ReportMetadata bullet =
        read("· 德清县财政局2022年政府信息公开工作年度报告\n本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。");
    assertThat(bullet.agency()).isEqualTo("德清县财政局");
    assertThat(bullet.year()).isEqualTo(2022);
    // the page's title line over the same title as its heading
    ReportMetadata twice = read("德清县财政局2022年政府信息公开工作年度报告\n德清县财政局2022年政府信息公开工作年度报告\n一、总体情况");
    assertThat(twice.agency()).isEqualTo("德清县财政局");
    assertThat(twice.year()).isEqualTo(2022);
  }

  @Test
  void aMarkdownHeadingsMarksAreNoPartOfTheName() {
    // a Markdown text whose marks were kept (fetched as HTML, re-encoded, full-width): probe12 a07
    for (String mark : new String[] {"# ", "## ", "#", "＃"}) {
      ReportMetadata m =
          read(mark + "第一师阿拉尔市2019年政府信息公开工作年度报告\n本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。");
      assertThat(m.agency()).as(mark).isEqualTo("第一师阿拉尔市");
    }
  }

  @Test
  void aBodilessTitleUnderTheListTakesNoBodyOrYearFromTheLinks() {
    // the report names neither its body nor its year; the links name other bodies' 2022 reports
    String links = DEQING_LINKS.replaceAll("(?m)^(?=.)", "·");
    String report =
        """

        政府信息公开工作年度报告
        发布日期：2023-07-05
        一、总体情况
        今年以来，我镇把政务公开作为转变作风、提升效能的重要抓手。
        """;
    ReportMetadata m = read("相关文章：\n" + links + report);
    assertThat(m.agency()).isNull();
    assertThat(m.year()).isNull();
    // the same report with its own body and year in an intro sentence reads them
    ReportMetadata named =
        read("相关文章：\n" + links + report.replace("发布日期：2023-07-05", "现公布德清县新市镇2022年度政府信息公开工作年度报告。"));
    assertThat(named.agency()).isEqualTo("德清县新市镇");
    assertThat(named.year()).isEqualTo(2022);
  }

  @Test
  void theListAndTheTitleOfAPageFlattenedToOneLine() {
    // a crawler that kept the page's text without its line breaks runs the links into the title
    String links = DEQING_LINKS.replaceAll("(?m)^(?=.)", "· ");
    String flat = (DEQING_HEAD + links + DEQING_REPORT).replace("\n", "");
    ReportMetadata m =
        MetadataReader.read(
            ogireports.text.LineBreaks.restore(List.of(flat), ogireports.text.ParseBudget.UNLIMITED)
                .lines());
    assertThat(m.title()).isEqualTo("德清县大数据发展管理局2022年政府信息公开工作年度报告");
    assertThat(m.year()).isEqualTo(2022);
  }
}
