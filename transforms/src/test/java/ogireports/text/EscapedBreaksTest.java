package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ParsedReport;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * A text saved with its line breaks and tabs escaped ({@code …\n…\t21\t0…} on one line, probe38
 * f06, f14, f21): its lines and tabs back, table 四's cells read; a report quoting a backslash keeps
 * its text.
 */
class EscapedBreaksTest {

  @Test
  void escapedBreaksAndTabsAreUndone() {
    EscapedBreaks.Rewritten r =
        EscapedBreaks.rewrite(List.of("标题\\n一\\n二\\n行政复议\\t1\\t0\\n三\\r\\n“引号\\\"”\\n末行"));
    assertThat(r.changed()).isTrue();
    assertThat(r.lines()).containsExactly("标题", "一", "二", "行政复议\t1\t0", "三", "“引号\"”", "末行");
    assertThat(r.sourceLine()).containsOnly(1);
  }

  @Test
  void aTextWithFewEscapesKeepsItsText() {
    List<String> lines = List.of("文件存于C:\\new\\report.doc", "第二行", "第三行");
    assertThat(EscapedBreaks.rewrite(lines).changed()).isFalse();
  }

  @Test
  void tableFourOfAnEscapedTextIsRead() throws IOException {
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath(), null);
    Path probe38 = Path.of("..", "fixtures", "written", "probe38");
    for (String[] c : new String[][] {{"f06.txt", "2"}, {"f14.txt", "2"}, {"f21.txt", "1"}}) {
      byte[] bytes = Files.readAllBytes(probe38.resolve(c[0]));
      assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\\n");
      ReadOutcome o = reader.read(new Document(c[0], bytes));
      ParsedReport r = ((ReadOutcome.Accepted) o).report();
      assertThat(
              r.tables()
                  .reviewLitigation()
                  .group(ReviewGroup.REVIEW)
                  .orElseThrow()
                  .cell(ReviewCell.TOTAL)
                  .value())
          .as(c[0])
          .isEqualTo(Double.valueOf(c[1]));
    }
  }
}
