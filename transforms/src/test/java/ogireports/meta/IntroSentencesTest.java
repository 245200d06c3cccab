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
 * The intro sentence of a report with no title (probe56, made as real-reports 101-141 were): the
 * body that compiled the report named by its year ({@code …，长丰县财政局编制了2022年…年度报告}), and a statistics
 * period whose dates lost their 月 ({@code 2022年11日至1231日}) as the only year.
 */
class IntroSentencesTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);
  private static final Path PROBE56 = Path.of("..", "fixtures", "written", "probe56");

  private static ParsedReport read(String text) {
    ReadOutcome o = READER.read(new Document("x.txt", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(o).isInstanceOf(ReadOutcome.Accepted.class);
    return ((ReadOutcome.Accepted) o).report();
  }

  @Test
  void theBodyThatCompiledTheReportOfTheYear() throws IOException {
    String r07 = Files.readString(PROBE56.resolve("r07.txt"), StandardCharsets.UTF_8);
    assertThat(r07).contains(",长丰县财政局编制了2022年");
    assertThat(read(r07).metadata().agency()).isEqualTo("长丰县财政局");
    assertThat(read(r07.replace("编制了2022年", "编制了本年度")).metadata().agency()).isEqualTo("长丰县财政局");
    // a sentence that names the year but not the body before 编制 names none
    assertThat(AgencyFinder.compiledBy("根据条例要求,编制了2022年政府信息公开工作年度报告。")).isNull();
  }

  @Test
  void aStatisticsPeriodThatLostItsMonthsGivesTheYear() throws IOException {
    String r45 = Files.readString(PROBE56.resolve("r45.txt"), StandardCharsets.UTF_8);
    assertThat(r45).contains("统计期限为2022年11日至1231日");
    ParsedReport r = read(r45);
    assertThat(r.metadata().year()).isEqualTo(2022);
    assertThat(r.place().county()).isEqualTo("镇原县");
    // the same period with its months: the same year
    assertThat(read(r45.replace("2022年11日至1231日", "2022年1月1日至12月31日")).metadata().year())
        .isEqualTo(2022);
  }
}
