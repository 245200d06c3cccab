package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A breadcrumb's year column run into the title when a page's lines are lost ({@code > 2024年
 * 文昌市教育局2023年度政府信息公开工作年度报告}, probe33 e12 flattened): the year the report's words follow is the
 * title's, and the column's year is no part of the body's name.
 */
class YearColumnBeforeTitleTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  @Test
  void theYearTheReportsWordsFollowIsTheTitles() throws Exception {
    String e12 =
        Files.readString(
            Path.of("..", "fixtures", "written", "probe33", "e12.txt"), StandardCharsets.UTF_8);
    String flattened = e12.replace('\n', ' ');
    ReadOutcome o =
        READER.read(new Document("e12.txt", flattened.getBytes(StandardCharsets.UTF_8)));
    ParsedReport r = ((ReadOutcome.Accepted) o).report();
    assertThat(r.metadata().agency()).isEqualTo("文昌市教育局");
    assertThat(r.year()).isEqualTo(2023);
    // a title that starts with its own year, the body after it, stays read so
    assertThat(TitleFinder.yearIndex("2023年文昌市教育局政府信息公开工作年度报告")).isZero();
    assertThat(TitleFinder.yearIndex("2024年文昌市教育局2023年度政府信息公开工作年度报告")).isEqualTo(11);
  }
}
