package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A crawler's header above a page's text is given in the report's words, a line for a line. */
class CrawlerHeaderTest {

  @Test
  void aReaderServicesHeader() {
    List<String> text =
        List.of(
            "Title: 西藏自治区审计厅2022年政府信息公开工作年度报告",
            "",
            "URL Source: http://sjt.xizang.gov.cn/xxgk/202301/t20230120_1.html",
            "",
            "Published Time: 2023-01-20T08:00:00+08:00",
            "",
            "Markdown Content:",
            "一、总体情况");
    assertThat(CrawlerHeader.rewrite(text))
        .containsExactly(
            "西藏自治区审计厅2022年政府信息公开工作年度报告",
            "",
            "http://sjt.xizang.gov.cn/xxgk/202301/t20230120_1.html",
            "",
            "发布时间：2023-01-20",
            "",
            "",
            "一、总体情况");
  }

  @Test
  void yamlFrontMatter() {
    List<String> text =
        List.of(
            "---",
            "title: \"海口市人民政府研究室2022年政府信息公开工作年度报告\"",
            "source: https://www.haikou.gov.cn/a.html",
            "created: 2024-05-01",
            "date: '2023-01-16'",
            "tags:",
            "  - 政务公开",
            "---",
            "一、总体情况");
    assertThat(CrawlerHeader.rewrite(text))
        .containsExactly(
            "",
            "海口市人民政府研究室2022年政府信息公开工作年度报告",
            "https://www.haikou.gov.cn/a.html",
            "",
            "发布时间：2023-01-16",
            "",
            "",
            "",
            "一、总体情况");
  }

  @Test
  void aTextThatStartsWithNoCrawlersHeaderIsLeftAsItIs() {
    List<String> rule = List.of("---", "淄博市应急管理局2019年政府信息公开工作年度报告", "---", "正文");
    assertThat(CrawlerHeader.rewrite(rule)).isSameAs(rule);
    List<String> title = List.of("Title: 年度报告", "一、总体情况", "URL Source: http://a.gov.cn");
    assertThat(CrawlerHeader.rewrite(title)).isSameAs(title);
    List<String> report = List.of("标题：淄博市应急管理局2019年政府信息公开工作年度报告", "发布机构：淄博市应急管理局");
    assertThat(CrawlerHeader.rewrite(report)).isSameAs(report);
  }
}
