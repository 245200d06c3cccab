package ogireports.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A saved page whose title is a heading above the article's block: the block's intro cites the
 * 《…年度报告格式》, so the block alone holds every report marker and is the content; the heading above it
 * is still the report's title. Shortened from a provincial 林草局's page of a 林场's report, with the
 * column of the 林场's other reports before the article.
 */
class PageTitleHeadingTest {

  private static final String PAGE =
      """
      <html><head><title>河北省塞罕坝机械林场2024年政府信息公开工作年度报告</title></head><body>
      <div class="menu"><ul><li><a href="/col/1/">塞罕坝机械林场</a></li><li><a href="/col/2/">木兰围场国有林场</a></li></ul></div>
      <div class="crumbs">当前位置：首页 &gt; 信息公开 &gt; 直属单位年报</div>
      <div class="main">
      <div class="left"><div class="lefttitle">相关链接</div><ul>
      <li><a href="/art/0.html">河北省塞罕坝机械林场2023年政府信息公开工作年度报告</a></li>
      <li><a href="/art/1.html">河北省塞罕坝机械林场2022年政府信息公开工作年度报告</a></li></ul></div>
      <div class="content">
      <div class="title"><h1>河北省塞罕坝机械林场2024年政府信息公开工作年度报告</h1></div>
      %s
      <div class="article" id="zoom">
      <p>本报告根据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求，由河北省塞罕坝机械林场编制。</p>
      <p><strong>一、总体情况</strong></p><p>2024年，林场坚持以习近平新时代中国特色社会主义思想为指导。</p>
      <p><strong>二、主动公开政府信息情况</strong></p><p>第二十条第（一）项</p>
      <p><strong>三、收到和处理政府信息公开申请情况</strong></p><p>申请人情况 本年新收 勾稽关系</p>
      <p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p><p>行政复议 行政诉讼</p>
      <p><strong>五、存在的主要问题及改进情况</strong></p><p><strong>六、其他需要报告的事项</strong></p>
      </div></div></div></body></html>
      """;

  @Test
  void theHeadingAboveTheArticleIsItsFirstLine() {
    HtmlPage.Rendered r = HtmlPage.render(PAGE.formatted(""));
    assertThat(r.lines().get(0)).isEqualTo("河北省塞罕坝机械林场2024年政府信息公开工作年度报告");
    assertThat(r.lines().get(1)).startsWith("本报告根据");
    assertThat(r.lines()).noneMatch(l -> l.contains("2023年"));
    assertThat(r.sourceLine()[0]).isEqualTo(9);
  }

  @Test
  void thePublicationLineBetweenDoesNotHideIt() {
    HtmlPage.Rendered r =
        HtmlPage.render(PAGE.formatted("<div class=\"info\">发布时间：2025-01-20　来源：塞罕坝机械林场</div>"));
    assertThat(r.lines().get(0)).isEqualTo("河北省塞罕坝机械林场2024年政府信息公开工作年度报告");
    assertThat(r.lines().get(1)).startsWith("本报告根据");
  }

  @Test
  void aListOfLinksOrABreadcrumbBeforeTheArticleGivesNoTitle() {
    // the breadcrumb ends in 年报, the link names a report
    String page =
        PAGE.formatted("")
            .replace(
                "<div class=\"title\"><h1>河北省塞罕坝机械林场2024年政府信息公开工作年度报告</h1></div>",
                "<div class=\"next\"><a"
                    + " href=\"/art/3.html\">河北省木兰围场国有林场2024年政府信息公开工作年度报告</a></div>");
    assertThat(HtmlPage.render(page).lines().get(0)).startsWith("本报告根据");
  }
}
