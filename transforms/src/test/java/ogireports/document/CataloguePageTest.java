package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * A disclosure catalogue's page (政府信息公开目录: 序号 信息名称 索引号 发布机构 生成日期) whose first row is a report's
 * title (probe59 x12) lists documents; it is no report. A report under such a page's header row is
 * read.
 */
class CataloguePageTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static ReadOutcome read(String text) {
    return READER.read(new Document("x.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aCatalogueWhoseRowNamesAReportIsNoReport() throws IOException {
    String x12 =
        Files.readString(
            Path.of("..", "fixtures", "written", "probe59", "x12.txt"), StandardCharsets.UTF_8);
    ReadOutcome o = read(x12);
    assertThat(o).isInstanceOf(ReadOutcome.Rejected.class);
    assertThat(((ReadOutcome.Rejected) o).reason()).isEqualTo(RejectReason.NOT_A_REPORT);
    assertThat(((ReadOutcome.Rejected) o).detail()).contains("catalogue");
  }

  @Test
  void aReportUnderACataloguesHeaderIsRead() {
    String report =
        String.join(
            "\n",
            "序号 信息名称 索引号 发布机构 生成日期",
            "江山市2022年政府信息公开工作年度报告",
            "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
            "一、总体情况",
            "2022年，江山市人民政府坚持以公开为常态。",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况");
    assertThat(read(report)).isInstanceOf(ReadOutcome.Accepted.class);
  }
}
