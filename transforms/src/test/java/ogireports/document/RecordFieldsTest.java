package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * A crawl record's title and date, kept beside a text its extractor took them out of: real report
 * 111 (海南省生态环境厅, 2022) whose title lines are the record's title. Without them its text names the
 * body, and its year only in a statistics period whose dates lost their 月 (2022年11日至1231日).
 */
class RecordFieldsTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath());

  private static String body() throws Exception {
    String text =
        Files.readString(
            Path.of("..", "fixtures", "real-reports", "111.txt"), StandardCharsets.UTF_8);
    // the extractor's body: the title lines (the body's name, then "2022政府信息公开工作年度报告") out
    return text.substring(text.indexOf("本报告依据"));
  }

  @Test
  void theRecordsTitleIsReadAsTheTextsFirstLine() throws Exception {
    byte[] bytes = body().getBytes(StandardCharsets.UTF_8);
    assertThat(READER.read(new Document("111#body", bytes)))
        .isInstanceOfSatisfying(
            ReadOutcome.Accepted.class, a -> assertThat(a.report().metadata().title()).isNull());
    // without that period too, the body alone names no year
    byte[] noPeriod = body().replace("2022年11日至1231日", "本年度").getBytes(StandardCharsets.UTF_8);
    assertThat(body()).contains("2022年11日至1231日");
    assertThat(READER.read(new Document("111#body", noPeriod)))
        .isInstanceOfSatisfying(
            ReadOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(RejectReason.NO_YEAR));

    Document record =
        new Document(
            "111#record",
            bytes,
            "http://hnsthb.hainan.gov.cn/xxgk/1.html",
            null,
            "海南省生态环境厅2022政府信息公开工作年度报告",
            "2023-01-30 10:00");
    ReadOutcome.Accepted read = (ReadOutcome.Accepted) READER.read(record);
    assertThat(read.report().metadata().agency()).isEqualTo("海南省生态环境厅");
    assertThat(read.report().metadata().year()).isEqualTo(2022);
    assertThat(read.report().place().provinceCode()).isEqualTo("460000");
    assertThat(read.report().metadata().publishedDate()).hasToString("2023-01-30");
    // the id is the text's own, and the record's lines map to no line of it
    assertThat(read.report().reportId()).isEqualTo(ReportReader.sha256(bytes));
    assertThat(read.report().lineOrigin().sourceLine(1)).isZero();
    assertThat(read.report().lineOrigin().sourceLine(3)).isEqualTo(1);
  }

  @Test
  void aDateWithoutAYearIsNoDate() {
    assertThat(ogireports.text.CrawlerHeader.ofRecord(null, "01-30 10:00")).isEmpty();
    assertThat(ogireports.text.CrawlerHeader.ofRecord(" 甲\n乙 ", "2023年1月30日"))
        .containsExactly("甲 乙", "发布时间：2023年1月30日");
  }
}
