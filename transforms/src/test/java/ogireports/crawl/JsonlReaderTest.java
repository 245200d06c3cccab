package ogireports.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {

  private static final String DUMP =
      String.join(
          "\n",
          "{\"url\":\"http://a.gov.cn/1.html\",\"fetched_at\":\"2024-03-01T10:00:00Z\",\"content\":\"第一份报告\"}",
          "{\"source_url\":\"http://a.gov.cn/2.html\",\"timestamp\":1709287200,\"html\":\"<p>第二份</p>\"}",
          "not json at all",
          "",
          "{\"url\":\"http://a.gov.cn/4.html\",\"title\":\"no content\"}",
          "[1,2,3]",
          "{\"content\":42}",
          "{\"text\":\"尾行\"} trailing",
          "{\"page_url\":\"http://a.gov.cn/9.html\",\"fetch_time\":\"2024-03-02\",\"body\":\"最后\"}\r",
          "");

  @Test
  void readsGoodLinesAndReportsBadOnesWithoutStopping() {
    List<CrawlItem> items = Items.read("dump.jsonl", DUMP.getBytes(StandardCharsets.UTF_8));
    assertThat(items).hasSize(8);
    CrawlItem.Readable first = Items.doc(items.get(0));
    assertThat(first.sourceUri()).isEqualTo("dump.jsonl#L1");
    assertThat(new String(first.document().bytes(), StandardCharsets.UTF_8)).isEqualTo("第一份报告");
    assertThat(first.document().sourceUrl()).isEqualTo("http://a.gov.cn/1.html");
    assertThat(first.document().fetchedAt()).isEqualTo("2024-03-01T10:00:00Z");
    CrawlItem.Readable second = Items.doc(items.get(1));
    assertThat(second.document().sourceUrl()).isEqualTo("http://a.gov.cn/2.html");
    assertThat(second.document().fetchedAt()).isEqualTo("2024-03-01T10:00:00Z");
    assertThat(new String(second.document().bytes(), StandardCharsets.UTF_8))
        .isEqualTo("<p>第二份</p>");
    assertThat(Items.failure(items.get(2)).sourceUri()).isEqualTo("dump.jsonl#L3");
    assertThat(Items.failure(items.get(2)).reason()).isEqualTo(FailureReason.MALFORMED_RECORD);
    // line 4 is blank: skipped, but the numbering follows physical lines
    assertThat(Items.failure(items.get(3)).sourceUri()).isEqualTo("dump.jsonl#L5");
    assertThat(Items.failure(items.get(3)).detail()).contains("no content field");
    assertThat(Items.failure(items.get(4)).detail()).contains("not an object");
    assertThat(Items.failure(items.get(5)).detail()).contains("not text");
    assertThat(Items.failure(items.get(6)).sourceUri()).isEqualTo("dump.jsonl#L8");
    CrawlItem.Readable last = Items.doc(items.get(7));
    assertThat(last.sourceUri()).isEqualTo("dump.jsonl#L9");
    assertThat(last.document().sourceUrl()).isEqualTo("http://a.gov.cn/9.html");
    assertThat(last.document().fetchedAt()).isEqualTo("2024-03-02");
  }

  @Test
  void customFieldNames() {
    String line =
        "{\"link\":\"http://b.gov.cn\",\"crawl_time\":\"2023-01-01\",\"page\":\"正文\",\"content\":\"不是这个\"}";
    JsonlFields fields = JsonlFields.parse("url=link,fetched_at=crawl_time,content=page|raw");
    List<CrawlItem> items = new java.util.ArrayList<>();
    try (CrawlReader r =
        CrawlReader.open(
            "x.jsonl",
            new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
            null,
            Limits.DEFAULTS,
            fields)) {
      r.forEachRemaining(items::add);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    CrawlItem.Readable doc = Items.doc(items.get(0));
    assertThat(new String(doc.document().bytes(), StandardCharsets.UTF_8)).isEqualTo("正文");
    assertThat(doc.document().sourceUrl()).isEqualTo("http://b.gov.cn");
    assertThat(doc.document().fetchedAt()).isEqualTo("2023-01-01");
  }

  /**
   * An article interface's response saved as crawled holds the page in a nested object: its fields
   * are found there, the shallowest first; a top-level field still wins, and a dotted name is a
   * path.
   */
  @Test
  void fieldsOfAnApiResponseAreFoundInItsNestedObjects() {
    String api =
        "{\"code\":200,\"msg\":\"ok\",\"data\":{\"id\":7,\"url\":\"http://c.gov.cn/7.html\","
            + "\"publishTime\":\"2021-01-20\",\"content\":\"<p>\\u672c\\u5e74\\u5ea6</p>\","
            + "\"attachments\":[{\"text\":\"附件\"}],\"channel\":{\"text\":\"栏目\"}}}\n"
            + "{\"text\":\"顶层\",\"data\":{\"content\":\"内层\"}}\n"
            + "{\"data\":{\"article\":{\"body_base64\":\"5q2j5paH\"}},\"meta\":{\"html\":\"浅\"}}\n"
            + "{\"list\":[{\"content\":\"列表里的一条\"}]}\n";
    List<CrawlItem> items = Items.read("api.jsonl", api.getBytes(StandardCharsets.UTF_8));
    CrawlItem.Readable first = Items.doc(items.get(0));
    assertThat(new String(first.document().bytes(), StandardCharsets.UTF_8))
        .isEqualTo("<p>本年度</p>");
    assertThat(first.document().sourceUrl()).isEqualTo("http://c.gov.cn/7.html");
    // the date beside the content, in the object that holds it
    assertThat(first.document().published()).isEqualTo("2021-01-20");
    assertThat(new String(Items.doc(items.get(1)).document().bytes(), StandardCharsets.UTF_8))
        .isEqualTo("顶层");
    // the shallowest level with a content field: meta.html (depth 1), not data.article (depth 2)
    assertThat(new String(Items.doc(items.get(2)).document().bytes(), StandardCharsets.UTF_8))
        .isEqualTo("浅");
    // a record with no content of its own whose records stand in an array: one document each
    assertThat(items.get(3).sourceUri()).isEqualTo("api.jsonl#L4.1");
    assertThat(new String(Items.doc(items.get(3)).document().bytes(), StandardCharsets.UTF_8))
        .isEqualTo("列表里的一条");

    JsonlFields path = JsonlFields.parse("content=data.article.body_base64");
    List<CrawlItem> byPath = new java.util.ArrayList<>();
    try (CrawlReader r =
        CrawlReader.open(
            "x.jsonl",
            new java.io.ByteArrayInputStream(
                api.lines().toList().get(2).getBytes(StandardCharsets.UTF_8)),
            null,
            Limits.DEFAULTS,
            path)) {
      r.forEachRemaining(byPath::add);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    // a dotted content name holding base64 text is text, as any content field (not decoded)
    assertThat(new String(Items.doc(byPath.get(0)).document().bytes(), StandardCharsets.UTF_8))
        .isEqualTo("5q2j5paH");
  }

  /**
   * An API's response saved pretty-printed is one document: one record, its fields found in its
   * nested objects; the file is told JSON by its start ({@code {}, a line break, {@code "}).
   */
  @Test
  void aPrettyPrintedResponseIsOneRecord() {
    String pretty =
        "{\n  \"code\": 200,\n  \"data\": {\n    \"url\": \"http://c.gov.cn/7.html\",\n"
            + "    \"content\": \"\\u003cp\\u003e本年度\\u003c/p\\u003e\"\n  }\n}\n";
    byte[] bytes = pretty.getBytes(StandardCharsets.UTF_8);
    assertThat(InputFormat.detect("7.json", bytes)).isEqualTo(InputFormat.JSONL);
    List<CrawlItem> items = Items.read("7.json", bytes);
    assertThat(items).hasSize(1);
    CrawlItem.Readable doc = Items.doc(items.get(0));
    assertThat(doc.sourceUri()).isEqualTo("7.json#L1");
    assertThat(new String(doc.document().bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>本年度</p>");
    assertThat(doc.document().sourceUrl()).isEqualTo("http://c.gov.cn/7.html");
    // a broken document is one bad record, not one per line
    List<CrawlItem> broken =
        Items.read(
            "8.json",
            "{\n  \"data\": {\n    \"content\": \"x\"\n".getBytes(StandardCharsets.UTF_8));
    assertThat(broken).hasSize(1);
    assertThat(broken.get(0)).isInstanceOf(CrawlItem.Failure.class);
    assertThat(((CrawlItem.Failure) broken.get(0)).reason())
        .isEqualTo(FailureReason.MALFORMED_RECORD);
  }

  @Test
  void compressedDumpsAreDetectedByExtensionAndMagic() {
    byte[] raw = DUMP.getBytes(StandardCharsets.UTF_8);
    for (var c :
        List.of(
            new Object[] {"dump.jsonl.gz", Items.gzip(raw)},
            new Object[] {"dump.jsonl.zst", Items.zstd(raw)},
            new Object[] {"dump.ndjson.bz2", Items.bzip2(raw)},
            new Object[] {"dump.jsonl.deflate", Items.rawDeflate(raw)},
            new Object[] {"dump.jsonl.deflate", Items.zlib(raw)},
            new Object[] {"no-extension", Items.gzip(raw)})) {
      List<CrawlItem> items = Items.read((String) c[0], (byte[]) c[1]);
      assertThat(items).as((String) c[0]).hasSize(8);
      assertThat(Items.doc(items.get(0)).sourceUri()).isEqualTo(c[0] + "#L1");
    }
  }

  @Test
  void oversizedContentAndLinesAreTooLarge() {
    String big = "{\"content\":\"" + "报".repeat(2000) + "\"}\n{\"content\":\"小\"}\n";
    List<CrawlItem> items =
        Items.read(
            "d.jsonl",
            big.getBytes(StandardCharsets.UTF_8),
            null,
            Limits.DEFAULTS.withMaxDocumentBytes(1000));
    assertThat(Items.failure(items.get(0)).reason()).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(Items.doc(items.get(1)).sourceUri()).isEqualTo("d.jsonl#L2");
  }

  @Test
  void statsCountRecordsDocumentsFailuresAndBlankLines() throws Exception {
    try (CrawlReader r =
        CrawlReader.open(
            "dump.jsonl",
            new java.io.ByteArrayInputStream(DUMP.getBytes(StandardCharsets.UTF_8)),
            null,
            Limits.DEFAULTS)) {
      r.forEachRemaining(i -> {});
      assertThat(r.stats().records()).isEqualTo(8);
      assertThat(r.stats().documents()).isEqualTo(3);
      assertThat(r.stats().failures()).isEqualTo(5);
      assertThat(r.stats().skipped()).containsEntry("jsonl:blank_line", 1L);
    }
  }

  @Test
  void aFileThatIsOneObjectWithNoContentFieldIsTheTextOfItsStrings() {
    // an OCR service's response saved on one line (Baidu's words with their boxes): one document,
    // its words a line each, the boxes' numbers left out
    String ocr =
        "{\"log_id\":1,\"words_result\":[{\"words\":\"县水利局2022年报告\",\"location\":"
            + "{\"top\":180,\"left\":1120}},{\"words\":\"0\",\"location\":{\"top\":200}}]}\n\n";
    List<CrawlItem> one = Items.read("ocr.json", ocr.getBytes(StandardCharsets.UTF_8));
    assertThat(one).hasSize(1);
    assertThat(new String(Items.doc(one.get(0)).document().bytes(), StandardCharsets.UTF_8))
        .isEqualTo("县水利局2022年报告\n0\n");
    // a dump whose first record has no content field keeps the failure, and its next record
    String dump = "{\"url\":\"http://a.gov.cn/1\",\"title\":\"t\"}\n{\"content\":\"报告\"}\n";
    List<CrawlItem> two = Items.read("dump.jsonl", dump.getBytes(StandardCharsets.UTF_8));
    assertThat(two).hasSize(2);
    assertThat(Items.failure(two.get(0)).reason()).isEqualTo(FailureReason.MALFORMED_RECORD);
    assertThat(Items.doc(two.get(1)).sourceUri()).isEqualTo("dump.jsonl#L2");
    // a pretty-printed document whose content field holds the service's structure, not text
    String nested = "{\n\"title\":\"标题\",\n\"ocr\":{\"content\":[{\"words\":\"第一行\"}]}\n}\n";
    List<CrawlItem> three = Items.read("record.json", nested.getBytes(StandardCharsets.UTF_8));
    assertThat(three).hasSize(1);
    assertThat(new String(Items.doc(three.get(0)).document().bytes(), StandardCharsets.UTF_8))
        .contains("第一行");
  }
}
