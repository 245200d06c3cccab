package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ParsedReport;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * A township's report a county's site titles with the county government's name (probe58 h31:
 * 泰顺县人民政府2022年…年度报告 over 罗阳镇人民政府编制本年度报告 and its sign-off): the township's.
 */
class TitledByTheGovernmentTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static ParsedReport read(String text) {
    ReadOutcome o = READER.read(new Document("x.txt", text.getBytes(StandardCharsets.UTF_8)));
    return ((ReadOutcome.Accepted) o).report();
  }

  @Test
  void theBodyThatCompiledAndSignedTheReport() throws IOException {
    String h31 =
        Files.readString(
            Path.of("..", "fixtures", "written", "probe58", "h31.txt"), StandardCharsets.UTF_8);
    ParsedReport r = read(h31);
    assertThat(r.metadata().agency()).isEqualTo("罗阳镇人民政府");
    assertThat(r.place().county()).isEqualTo("泰顺县");
    // compiled by the county government's own office: the county government's report
    String office = h31.replace("罗阳镇人民政府编制本年度报告", "泰顺县人民政府办公室编制本年度报告");
    assertThat(office).isNotEqualTo(h31);
    assertThat(read(office).metadata().agency()).isEqualTo("泰顺县人民政府");
  }

  @Test
  void theTownshipTheIntroReportsFor() throws IOException {
    // h32: 舒城县人民政府2021年…年度报告 over 现将干汊河镇人民政府2021年…情况报告如下, no sign-off
    String h32 =
        Files.readString(
            Path.of("..", "fixtures", "written", "probe58", "h32.txt"), StandardCharsets.UTF_8);
    assertThat(h32).contains("现将干汊河镇人民政府2021年");
    ParsedReport r = read(h32);
    assertThat(r.metadata().agency()).isEqualTo("干汊河镇人民政府");
    assertThat(r.place().county()).isEqualTo("舒城县");
  }
}
