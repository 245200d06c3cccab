package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import ogireports.model.ReportMetadata;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * A report titled with a division's name alone is its people's government's, whether or not the
 * page prints the government's name; a township column's bracket before a street's name is no aside
 * that ends the name.
 */
class RegionReportTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static ReportMetadata metadata(String name, byte[] bytes) {
    ReadOutcome o = READER.read(new Document(name, bytes));
    assertThat(o).isInstanceOf(ReadOutcome.Accepted.class);
    return ((ReadOutcome.Accepted) o).report().metadata();
  }

  private static byte[] head(Path file, int length) throws IOException {
    byte[] all = Files.readAllBytes(file);
    int n = Math.min(length, all.length);
    while (n > 0 && (all[n] & 0xC0) == 0x80) {
      n--;
    }
    return Arrays.copyOf(all, n);
  }

  @Test
  void aRegionsOwnReportIsItsGovernmentsWhereThePageDoesNotPrintIt() throws IOException {
    // probe21 k03: 宁夏回族自治区2020年政府信息公开 / 工作年度报告, the government named only at the end
    Path k03 = Path.of("..", "fixtures", "written", "probe21", "k03-2020.txt");
    ReportMetadata excerpt = metadata("k03", head(k03, 1100));
    assertThat(excerpt.agency()).isEqualTo("宁夏回族自治区人民政府");
    assertThat(excerpt.agencyKind()).isEqualTo("人民政府");
    assertThat(metadata("k03", Files.readAllBytes(k03)).agency()).isEqualTo("宁夏回族自治区人民政府");
    // heads4 tv-02: a county's 政务公开 report, title and prose only
    Path tv02 = Path.of("..", "fixtures", "written", "heads4", "tv-02.txt");
    assertThat(metadata("tv-02", Files.readAllBytes(tv02)).agency()).isEqualTo("宁陵县人民政府");
  }

  @Test
  void aBingtuanDivisionsNameStaysAsPrinted() {
    String text =
        "新疆生产建设兵团第一师阿拉尔市2019年政府信息公开工作年度报告\n"
            + "本报告所列数据统计期限自2019年1月1日起至2019年12月31日止。\n"
            + "一、概述\n2019年，师市坚持以习近平新时代中国特色社会主义思想为指导，推进政务公开。\n"
            + "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"
            + "五、存在的主要问题及改进情况\n六、其他需要报告的事项\n";
    assertThat(metadata("a07", text.getBytes(StandardCharsets.UTF_8)).agency())
        .isEqualTo("新疆生产建设兵团第一师阿拉尔市");
  }

  @Test
  void aTownshipColumnsBracketBeforeAStreetsNameRunIntoItIsNoAside() throws IOException {
    // probe20 t01 with nothing between its lines: 政府信息公开年报 > 乡镇（街道）晋原街道办事处2022年…
    Path t01 = Path.of("..", "fixtures", "written", "probe20", "t01-2022.txt");
    String flat = Files.readString(t01, StandardCharsets.UTF_8).replace("\n", "");
    byte[] bytes = flat.getBytes(StandardCharsets.UTF_8);
    int n = Math.min(1400, bytes.length);
    while (n > 0 && (bytes[n] & 0xC0) == 0x80) {
      n--;
    }
    assertThat(metadata("t01", Arrays.copyOf(bytes, n)).agency()).isEqualTo("晋原街道办事处");
  }
}
