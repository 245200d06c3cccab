package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ogireports.document.Decoder;
import ogireports.text.Normalise;
import org.junit.jupiter.api.Test;

/** The breadcrumb test, which looks at the first character first, against trying every word. */
class PageFurnitureBreadcrumbTest {

  private static final String[] BREADCRUMBS = {"当前位置", "您的位置", "您现在的位置", "您所在的位置", "所在位置", "现在位置"};

  /** PageFurniture's breadcrumb test as it was, without looking at the first character first. */
  private static boolean isBreadcrumbByEveryWord(String nfkc) {
    String sq = Normalise.squeeze(nfkc);
    boolean bullet = sq.startsWith("•");
    for (String b : BREADCRUMBS) {
      if (sq.startsWith(b) || (bullet && sq.startsWith(b, 1))) {
        return true;
      }
    }
    return (sq.startsWith("首页>") || sq.startsWith("网站首页>") || sq.startsWith("首页»"))
        && !sq.contains("。");
  }

  @Test
  void everyLineOfTheFixturesIsABreadcrumbAsByEveryWord() throws IOException {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "",
                "•",
                "• 当前位置：首页 > 政务公开",
                "您现在的位置: 首页",
                "首页 > 政府信息公开年报",
                "网站首页>年报",
                "首页»年报",
                "首页>年报。",
                "现在位置",
                "所在位置",
                "位置：首页"));
    try (Stream<Path> s = Files.walk(Path.of("..", "fixtures"))) {
      for (Path file : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Decoder.Result decoded = Decoder.decode(Files.readAllBytes(file));
        if (decoded.isText()) {
          lines.addAll(decoded.text().lines());
        }
      }
    }
    assertThat(lines).hasSizeGreaterThan(1000);
    for (String line : lines) {
      String nfkc = Normalise.nfkc(line);
      assertThat(PageFurniture.isBreadcrumb(nfkc))
          .as(line)
          .isEqualTo(isBreadcrumbByEveryWord(nfkc));
    }
  }
}
