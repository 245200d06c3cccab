package ogireports.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A crawler that saved each page's record (JSON, the text in a field with its line breaks and tabs
 * escaped) as a file of its own under a text file's name: the record's text is the document, as in
 * a JSON Lines input; a record cut short, or a file that only starts like one, is read as the text
 * it is.
 */
class RecordInTextFileTest {

  private static final Path PROBE = Path.of("..", "fixtures", "written", "probe22");

  @Test
  void aTextFileHoldingOneRecordIsTheRecordsText() throws IOException {
    // probe22 j01: a crawler's record with title, url, publish_time and the page's text
    byte[] bytes = Files.readAllBytes(PROBE.resolve("j01-2023.txt"));
    List<CrawlItem> items = Items.read("j01-2023.txt", bytes);
    assertThat(items).hasSize(1);
    CrawlItem.Readable doc = Items.doc(items.get(0));
    assertThat(doc.sourceUri()).isEqualTo("j01-2023.txt");
    String text = new String(doc.document().bytes(), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("本报告根据《中华人民共和国政府信息公开条例》")
        .contains("\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n")
        .doesNotContain("\\n", "\\t");
    assertThat(doc.document().title()).isEqualTo("醴陵市卫生健康局2023年政府信息公开工作年度报告");
    assertThat(doc.document().sourceUrl())
        .isEqualTo("https://www.liling.gov.cn/zwgk/ndbg/202403/t20240312_4294872.html");
  }

  @Test
  void aRecordCutShortIsReadAsTheTextItIs() throws IOException {
    // the file cut inside its record (a crawl that stopped writing): no record to read, the text
    byte[] whole = Files.readAllBytes(PROBE.resolve("j01-2023.txt"));
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    CrawlItem.Readable doc = Items.doc(Items.read("j01-cut.txt", cut).get(0));
    assertThat(doc.document().bytes()).isEqualTo(cut);
  }

  @Test
  void aRecordWhoseTextWasCutIsThatText() throws IOException {
    // probe22 j04: a whole record holding the first part of the page (its content cut by the crawl)
    byte[] bytes = Files.readAllBytes(PROBE.resolve("j04-2024.txt"));
    CrawlItem.Readable doc = Items.doc(Items.read("j04-2024.txt", bytes).get(0));
    String text = new String(doc.document().bytes(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("本报告根据").endsWith("（三）不予公开\t1").doesNotContain("\\t");
  }

  @Test
  void aTextThatOnlyStartsLikeARecordOrHoldsTwoIsReadWhole() {
    for (String text :
        new String[] {
          "{\"a\": 1} 本报告由某县人民政府办公室编制。", "{\"content\": \"一\"}\n{\"content\": \"二\"}\n", "{不是 JSON"
        }) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      CrawlItem.Readable doc = Items.doc(Items.read("page.txt", bytes).get(0));
      assertThat(doc.document().bytes()).as(text).isEqualTo(bytes);
    }
  }

  /**
   * A text file that is one JSON document but no crawl record (an interface's or an OCR service's
   * response: probe26 o03, PaddleOCR's lines with their boxes) is the text of its strings, a line
   * each: its numbers (the boxes' coordinates) are no numbers of the report.
   */
  @Test
  void aJsonDocumentThatIsNoRecordIsTheTextOfItsStrings() {
    String[][] cases = {
      {"{\"title\": \"没有正文\"}", "没有正文\n"},
      {
        "[[[[580, 180], [1900, 180]], [\"红安县民政局\", 0.91]], [[[1, 2]], [\"一、总体情况\", 0.9]]]",
        "红安县民政局\n一、总体情况\n"
      },
      {
        "{\"words_result\": [{\"words\": \"四、结转下年度继续办理\", \"location\": {\"top\": 1120}},"
            + " {\"words\": \"0\"}]}",
        "四、结转下年度继续办理\n0\n"
      }
    };
    for (String[] c : cases) {
      byte[] bytes = c[0].getBytes(StandardCharsets.UTF_8);
      CrawlItem.Readable doc = Items.doc(Items.read("page.txt", bytes).get(0));
      assertThat(new String(doc.document().bytes(), StandardCharsets.UTF_8))
          .as(c[0])
          .isEqualTo(c[1]);
    }
  }
}
