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
import ogireports.model.ApplicationRowId;
import ogireports.model.ParsedReport;
import ogireports.places.PlaceResolver;
import ogireports.tables.ApplicationTotals;
import org.junit.jupiter.api.Test;

/** A PDF's text blocks saved as PyMuPDF's tuples (probe47 f06, f17, f22, f35): their text. */
class BlockTuplesTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);
  private static final Path PROBE47 = Path.of("..", "fixtures", "written", "probe47");

  @Test
  void eachTuplesTextIsItsLinesAndTheBoxGoes() {
    List<String> lines =
        List.of(
            "(120, 72.0, 538.6, 100.4, '金华市婺城区人民政府办公室\\n2022年政府信息公开工作年度报告\\n', 0, 0)",
            "(56.7, 112.0, 538.6, 126.2, '由金华市婺城区人民\\n政府办公室编制。\\t它\\'s', 1, 0)",
            "[(260, 342.0, 280, 356.2, \"5\\n\", 241, 0),",
            "一行文字");
    BlockTuples.Rewritten r = BlockTuples.rewrite(lines);
    assertThat(r.changed()).isTrue();
    assertThat(r.lines())
        .containsExactly(
            "金华市婺城区人民政府办公室", "2022年政府信息公开工作年度报告", "由金华市婺城区人民", "政府办公室编制。\t它's", "5", "一行文字");
    assertThat(r.sourceLine()).containsExactly(1, 1, 2, 2, 3, 4);
  }

  @Test
  void aTextQuotingATupleOrTwoIsLeftAsItIs() {
    List<String> lines =
        List.of(
            "一、总体情况",
            "(1, 2, 3, 4, '例', 0, 0)",
            "本机关坚持……",
            "(1, 2, 3, 4, '例', 1, 0)",
            "二、主动公开政府信息情况");
    assertThat(BlockTuples.rewrite(lines).changed()).isFalse();
  }

  private static Long total(ParsedReport r, ApplicationRowId id) {
    return ApplicationTotals.total(r.tables().applications(), id); // the row's 总计
  }

  @Test
  void theProbesBlockDumpsReadTheirBodyAndTotals() throws IOException {
    String f06 = Files.readString(PROBE47.resolve("f06.txt"), StandardCharsets.UTF_8);
    ReadOutcome o = READER.read(new Document("f06.txt", f06.getBytes(StandardCharsets.UTF_8)));
    ParsedReport r = ((ReadOutcome.Accepted) o).report();
    assertThat(r.metadata().agency()).isEqualTo("金华市婺城区人民政府办公室");
    assertThat(total(r, ApplicationRowId.NEW)).isEqualTo(46L);
    assertThat(total(r, ApplicationRowId.CARRY_IN)).isEqualTo(3L);
    assertThat(total(r, ApplicationRowId.R_TOTAL)).isEqualTo(48L);
    String f35 = Files.readString(PROBE47.resolve("f35.txt"), StandardCharsets.UTF_8);
    o = READER.read(new Document("f35.txt", f35.getBytes(StandardCharsets.UTF_8)));
    assertThat(total(((ReadOutcome.Accepted) o).report(), ApplicationRowId.CARRY_OUT))
        .isEqualTo(1L);
  }
}
