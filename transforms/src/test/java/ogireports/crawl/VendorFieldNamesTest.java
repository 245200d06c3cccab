package ogireports.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ogireports.document.Document;
import org.junit.jupiter.api.Test;

/**
 * An article interface's response saved as crawled, its fields named as the CMS vendor names them
 * (probe25 j02, j04, j06).
 */
class VendorFieldNamesTest {

  private static Document read(String file) throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("..", "fixtures", "written", "probe25", file));
    List<CrawlItem> items = Items.read(file, bytes);
    assertThat(items).hasSize(1);
    return Items.doc(items.get(0)).document();
  }

  @Test
  void docTitleAndDocContentWithEveryCharacterEscaped() throws IOException {
    // {"result":{"doctitle":"\u7ef5\u9633…","docsubtitle":"","doccontent":"<p …>…<\/p>",
    // "publishedtime":1643076180000}}: PHP's json_encode escapes every Chinese character
    Document d = read("j02-2021.json");
    assertThat(d.title()).isEqualTo("绵阳市交通运输局2021年政府信息公开工作年度报告");
    String text = new String(d.bytes(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("<p").contains("</td>").doesNotContain("\\u");
    assertThat(d.published()).startsWith("2022-01-25");
  }

  @Test
  void artTitleAndArtContent() throws IOException {
    Document d = read("j06-2022.json");
    assertThat(d.title()).isEqualTo("永修县教育体育局2022年政府信息公开工作年度报告");
    assertThat(new String(d.bytes(), StandardCharsets.UTF_8)).startsWith("<p>根据《中华人民共和国政府信息公开条例》");
  }

  @Test
  void aTextFieldBesideTheMarkupOfOthers() throws IOException {
    Document d = read("j04-2020.json");
    assertThat(new String(d.bytes(), StandardCharsets.UTF_8)).contains("\t");
  }

  @Test
  void aFieldNamedForItsContentsTypeIsNoContent() {
    String json =
        "{\"data\":{\"contentType\":\"text/html\",\"docsubtitle\":\"副题\","
            + "\"infoContent\":\"<p>一、总体情况</p>\",\"infoTitle\":\"某县2022年报告\"}}";
    Document d =
        Items.doc(Items.read("r.json", json.getBytes(StandardCharsets.UTF_8)).get(0)).document();
    assertThat(new String(d.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>一、总体情况</p>");
    assertThat(d.title()).isEqualTo("某县2022年报告");
  }
}
