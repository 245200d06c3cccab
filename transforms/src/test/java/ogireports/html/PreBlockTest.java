package ogireports.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A {@code <pre>} block keeps its line breaks, blank lines and tabs. */
class PreBlockTest {

  @Test
  void preformattedReportKeepsItsLines() {
    String html =
        "<html><body><div class=\"content\"><pre>XX县应急管理局2020年政府信息公开工作年度报告\n"
            + "\n"
            + "一、总体情况\n"
            + "\t本年新收政府信息公开申请数量\t0\t0\n"
            + "\n"
            + "\t上年结转政府信息公开申请数量\t0\t0\n"
            + "</pre></div></body></html>";
    HtmlPage.Rendered page = HtmlPage.render(html);
    assertThat(page.lines())
        .containsSubsequence(
            "XX县应急管理局2020年政府信息公开工作年度报告",
            "",
            "一、总体情况",
            "\t本年新收政府信息公开申请数量\t0\t0",
            "",
            "\t上年结转政府信息公开申请数量\t0\t0");
  }

  @Test
  void textAroundAPreBlockIsStillCollapsed() {
    String html = "<html><body><p>前  文</p><pre>a\nb</pre><p>后   文</p></body></html>";
    assertThat(HtmlPage.render(html).lines()).containsExactly("前 文", "a", "b", "后 文");
  }
}
