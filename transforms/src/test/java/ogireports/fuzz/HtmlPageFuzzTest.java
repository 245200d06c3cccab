package ogireports.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import ogireports.html.HtmlPage;

/**
 * HTML rendering on arbitrary pages: never throws; one source line per rendered line, every source
 * line ≥ 1; sniffing and charset detection never throw.
 *
 * <p>Regression inputs: {@code HtmlPageFuzzTestInputs/render/}.
 */
class HtmlPageFuzzTest {

  @FuzzTest
  void render(byte[] bytes) {
    // one guarded call per input, not one per step: each is a hand-over to the guard thread
    Guard.run(
        "HtmlPage.declaredCharset, looksLikeHtml and render",
        () -> {
          String charset = HtmlPage.declaredCharset(bytes);
          if (charset != null) {
            assertThat(charset).isNotBlank();
          }
          String html = new String(bytes, StandardCharsets.UTF_8);
          HtmlPage.looksLikeHtml(html);
          HtmlPage.Rendered rendered = HtmlPage.render(html);
          assertThat(rendered).isNotNull();
          int[] source = rendered.sourceLine();
          assertThat(source).hasSize(rendered.lines().size());
          for (int i = 0; i < source.length; i++) {
            assertThat(source[i])
                .as("source line of rendered line %d", i)
                .isGreaterThanOrEqualTo(1);
          }
          for (String line : rendered.lines()) {
            assertThat(line).isNotNull().doesNotContain("\n");
          }
          return null;
        });
  }
}
