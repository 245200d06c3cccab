package ogireports.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crawls that keep pages as lists of records (a crawler's JSON export, a list interface's
 * response), and the title and date a record keeps beside the page's text.
 */
class JsonRecordListsTest {

  private static String text(CrawlItem item) {
    return new String(Items.doc(item).document().bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aJsonArrayOfRecordsGivesADocumentPerElement() {
    // as a crawler's JSON export writes it: "[" alone, then an element per line with commas
    String export =
        String.join(
            "\n",
            "[",
            "{\"url\": \"http://a.gov.cn/1.html\", \"title\": \"某某县2022年政府信息公开工作年度报告\","
                + " \"content\": \"一、总体情况\"},",
            "{\"url\": \"http://a.gov.cn/2.html\", \"content\": \"第二份\"},",
            "42,",
            "{\"url\": \"http://a.gov.cn/4.html\", \"title\": \"没有正文\"}",
            "]",
            "");
    List<CrawlItem> items = Items.read("export.json", export.getBytes(StandardCharsets.UTF_8));
    assertThat(items).hasSize(4);
    assertThat(items.get(0).sourceUri()).isEqualTo("export.json#1");
    assertThat(text(items.get(0))).isEqualTo("一、总体情况");
    assertThat(Items.doc(items.get(0)).document().title()).isEqualTo("某某县2022年政府信息公开工作年度报告");
    assertThat(Items.doc(items.get(0)).document().sourceUrl()).isEqualTo("http://a.gov.cn/1.html");
    assertThat(items.get(1).sourceUri()).isEqualTo("export.json#2");
    assertThat(Items.doc(items.get(1)).document().title()).isNull();
    assertThat(Items.failure(items.get(2)).sourceUri()).isEqualTo("export.json#3");
    assertThat(Items.failure(items.get(2)).detail()).contains("is a number, not an object");
    assertThat(Items.failure(items.get(3)).detail()).contains("no content field");
  }

  @Test
  void aPrettyPrintedArrayIsReadElementByElement() {
    String export =
        "[ {\n  \"title\" : \"甲\",\n  \"content\" : \"一\"\n}, {\n  \"content\" : \"二\"\n} ]";
    List<CrawlItem> items = Items.read("dump", export.getBytes(StandardCharsets.UTF_8));
    assertThat(items).extracting(CrawlItem::sourceUri).containsExactly("dump#1", "dump#2");
    assertThat(text(items.get(1))).isEqualTo("二");
  }

  @Test
  void anArrayBrokenInTheMiddleKeepsWhatCameBeforeAndReportsTheRest() {
    String export = "[\n{\"content\": \"一\"},\n{\"content\": \"二\",\n{\"content\": \"三\"}\n]\n";
    List<CrawlItem> items = Items.read("broken.json", export.getBytes(StandardCharsets.UTF_8));
    assertThat(items).hasSize(2);
    assertThat(text(items.get(0))).isEqualTo("一");
    assertThat(Items.failure(items.get(1)).reason()).isEqualTo(FailureReason.MALFORMED_RECORD);
    assertThat(Items.failure(items.get(1)).detail()).contains("the rest of the file is not read");
  }

  @Test
  void anArrayCutShortEndsWithOneFailure() {
    String export = "[\n{\"content\": \"一\"},\n{\"content\": \"二\"";
    List<CrawlItem> items = Items.read("cut.json", export.getBytes(StandardCharsets.UTF_8));
    assertThat(items).hasSize(2);
    assertThat(Items.failure(items.get(1)).sourceUri()).isEqualTo("cut.json#2");
  }

  @Test
  void aListInterfacesResponseGivesADocumentPerListedRecord() {
    String response =
        "{\"code\":0,\"data\":{\"total\":3,\"site\":{\"title\":\"某某市人民政府门户网站\"},"
            + "\"list\":[{\"title\":\"某某市统计局2023年政府信息公开工作年度报告\","
            + "\"publishTime\":1705536000000,\"content\":\"<p>一、总体情况</p>\"},"
            + "{\"id\":7},"
            + "{\"title\":\"第二篇\",\"content\":\"正文\"}]}}";
    List<CrawlItem> items = Items.read("api.json", response.getBytes(StandardCharsets.UTF_8));
    assertThat(items)
        .extracting(CrawlItem::sourceUri)
        .containsExactly("api.json#L1.1", "api.json#L1.3");
    CrawlItem.Readable first = Items.doc(items.get(0));
    assertThat(first.document().title()).isEqualTo("某某市统计局2023年政府信息公开工作年度报告");
    // epoch milliseconds: the date in China
    assertThat(first.document().published()).isEqualTo("2024-01-18");
    assertThat(text(items.get(0))).isEqualTo("<p>一、总体情况</p>");
  }

  @Test
  void theTitleIsTheRecordsOwnNotTheSitesOfANestedObject() {
    String response =
        "{\"code\":0,\"site\":{\"title\":\"某某市人民政府门户网站\"},"
            + "\"data\":{\"content\":\"一、总体情况\",\"pubDate\":\"2023-01-30\"}}";
    CrawlItem.Readable doc =
        Items.doc(Items.read("one.json", response.getBytes(StandardCharsets.UTF_8)).get(0));
    assertThat(doc.document().title()).isNull();
    assertThat(doc.document().published()).isEqualTo("2023-01-30");
  }

  @Test
  void anArrayIsToldFromItsFirstBytes() {
    assertThat(InputFormat.detect("dump", "[\n  {\"a\":1}]".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.detect("page", "[1] 一、总体情况".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(InputFormat.TEXT);
  }
}
