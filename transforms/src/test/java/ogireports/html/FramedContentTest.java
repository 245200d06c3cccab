package ogireports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A page's tables in a frame's srcdoc or a noscript fallback (probe25 g06, g07). */
class FramedContentTest {

  private static HtmlPage.Rendered render(String file) throws IOException {
    return HtmlPage.render(Files.readString(Path.of("..", "fixtures", "written", "probe25", file)));
  }

  @Test
  void aFramesWrittenPageIsRenderedInItsPlace() throws IOException {
    HtmlPage.Rendered page = render("g06-2022.html");
    assertThat(page.lines()).anyMatch(l -> l.startsWith("一、本年新收政府信息公开申请数量\t"));
    assertThat(page.lines()).contains("二、主动公开政府信息情况");
  }

  @Test
  void aNoscriptTableIsWhatACrawlerSees() throws IOException {
    assertThat(render("g07-2023.html").lines()).anyMatch(l -> l.startsWith("一、本年新收政府信息公开申请数量\t"));
  }

  @Test
  void framesAndNoscriptsWithoutATableStayOut() {
    String html =
        "<html><body><p>一、总体情况</p><noscript>请开启浏览器的JavaScript功能</noscript>"
            + "<iframe srcdoc=\"&lt;p&gt;广告&lt;/p&gt;\"></iframe><p>正文</p></body></html>";
    assertThat(HtmlPage.render(html).lines()).containsExactly("一、总体情况", "正文");
  }
}
