package ogireports.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/** A crawl exported as CSV: a page per row under a header naming the columns. */
class CsvRecordsTest {

  private static String text(CrawlItem item) {
    return new String(Items.doc(item).document().bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aRowPerPageWithQuotedLineBreaksAndTheRecordsFields() {
    String csv =
        "\uFEFFurl,Title,publish_time,content\r\n"
            + "http://a.gov.cn/1.html,某某县2022年政府信息公开工作年度报告,2023-01-20,\"一、总体情况\r\n"
            + "本年度，\"\"依申请\"\"公开0件。\"\r\n"
            + "http://a.gov.cn/2.html,,,第二份\r\n"
            + "http://a.gov.cn/3.html,没有正文,,\r\n";
    List<CrawlItem> items = Items.read("export.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(items).hasSize(3);
    assertThat(items.get(0).sourceUri()).isEqualTo("export.csv#1");
    assertThat(text(items.get(0))).isEqualTo("一、总体情况\r\n本年度，\"依申请\"公开0件。");
    assertThat(Items.doc(items.get(0)).document().title()).isEqualTo("某某县2022年政府信息公开工作年度报告");
    assertThat(Items.doc(items.get(0)).document().published()).isEqualTo("2023-01-20");
    assertThat(Items.doc(items.get(0)).document().sourceUrl()).isEqualTo("http://a.gov.cn/1.html");
    assertThat(Items.doc(items.get(1)).document().title()).isNull();
    assertThat(Items.failure(items.get(2)).sourceUri()).isEqualTo("export.csv#3");
    assertThat(Items.failure(items.get(2)).detail()).contains("content column is empty");
  }

  @Test
  void aSheetSavedAsCsvOnAChineseSystemIsGbk() {
    String csv = "标题,content\n甲县2021年政府信息公开工作年度报告,一、总体情况\n";
    List<CrawlItem> items = Items.read("sheet.csv", csv.getBytes(Charset.forName("GBK")));
    assertThat(items).hasSize(1);
    assertThat(text(items.get(0))).isEqualTo("一、总体情况");
  }

  @Test
  void aHeaderWithoutContentIsOneFailureAndAQuoteNeverClosedEndsTheFile() {
    List<CrawlItem> none =
        Items.read("links.csv", "url,title\nhttp://a,甲\n".getBytes(StandardCharsets.UTF_8));
    assertThat(none).hasSize(1);
    assertThat(Items.failure(none.get(0)).reason()).isEqualTo(FailureReason.MALFORMED_RECORD);
    assertThat(Items.failure(none.get(0)).detail()).contains("no content column");

    List<CrawlItem> broken =
        Items.read("broken.csv", "content\n第一份\n\"第二份没有收尾\n第三份\n".getBytes(StandardCharsets.UTF_8));
    assertThat(broken).hasSize(2);
    assertThat(text(broken.get(0))).isEqualTo("第一份");
    assertThat(Items.failure(broken.get(1)).sourceUri()).isEqualTo("broken.csv#2");
    assertThat(Items.failure(broken.get(1)).detail()).contains("the rest of the file is not read");
  }

  /** Real report 111 exported with its title lines in a column of their own. */
  @Test
  void aRealReportWhoseTitleIsAColumnReadsItsBodyAndYear() throws Exception {
    String text =
        Files.readString(
            Path.of("..", "fixtures", "real-reports", "111.txt"), StandardCharsets.UTF_8);
    String body = text.substring(text.indexOf("本报告依据")).replace("\"", "\"\"");
    String csv =
        "title,url,content\n海南省生态环境厅2022政府信息公开工作年度报告,http://hnsthb.hainan.gov.cn/1.html,\""
            + body
            + "\"\n";
    CrawlItem item = Items.read("export.csv", csv.getBytes(StandardCharsets.UTF_8)).get(0);
    ReadOutcome read =
        new ReportReader(PlaceResolver.fromClasspath()).read(Items.doc(item).document());
    assertThat(read).isInstanceOf(ReadOutcome.Accepted.class);
    ReadOutcome.Accepted accepted = (ReadOutcome.Accepted) read;
    assertThat(accepted.report().metadata().agency()).isEqualTo("海南省生态环境厅");
    assertThat(accepted.report().metadata().year()).isEqualTo(2022);
  }
}
