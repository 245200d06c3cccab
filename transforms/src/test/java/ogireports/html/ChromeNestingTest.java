package ogireports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Chrome stripping scores chrome-named elements in one pass over the page: the same scores as
 * {@code ContentFinder.score(e.text())}, in time linear in the page instead of quadratic in the
 * nesting depth (the fuzzer's regression input {@code regression_nested_chrome_divs_16000.html}).
 */
class ChromeNestingTest {

  private static String resource(String name, String charset) {
    try (InputStream in = ChromeNestingTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), Charset.forName(charset));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void deeplyNestedChromeNamedElementsRenderInLinearWork() {
    // 2,000 then 32,000 nested chrome-named elements: linear work grows 16×, the old per-element
    // text() scoring grew 256×; the bound is 64×. Measured as CPU time against the smaller page in
    // the same test.
    HtmlPage.Rendered rendered =
        ogireports.fuzz.Linearity.assertLinear(
            "nested chrome divs",
            n ->
                HtmlPage.render(
                    "<html><body>"
                        + "<div class=\"nav\">申请".repeat(n)
                        + "<p>一、总体情况</p><p>五、存在的主要问题及改进情况</p>"),
            2_000,
            16);
    assertThat(rendered.sourceLine()).hasSize(rendered.lines().size());
  }

  @Test
  void oneScoringPassAgreesWithScoringEachElementsText() {
    List<String> pages =
        List.of(
            resource("seed000_utf8.html", "UTF-8"),
            resource("seed000_gbk.html", "GBK"),
            "<div class=nav><span>总体</span><span>情况</span> 行政<b>复议</b></div>"
                + "<div id=footer>行政 诉讼<br>年度 报告<div class=side>（申请人情况）</div></div>"
                + "<nav>改进<script>总体情况</script>勾稽关系</nav><header>概述</header>",
            "<div class=\"menu\">" + "<div class=\"menu\">依申请公开".repeat(300) + "本年新收");
    for (String page : pages) {
      Document doc = Jsoup.parse(page);
      Chrome.MarkerIndex index = new Chrome.MarkerIndex(doc);
      for (Element e : doc.getAllElements()) {
        assertThat(index.score(e)).as(e.cssSelector()).isEqualTo(ContentFinder.score(e.text()));
      }
    }
  }
}
