package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * One report's tables in 30 printed forms ({@code fixtures/written/tables4}: both templates, every
 * scored total a different number, so that a value read from the wrong row or column cannot pass),
 * and with table 三 printed in other column sets ({@code fixtures/written/tables5}: 总计 only, 自然人 |
 * 法人或其他组织 | 总计, a 合计 column after 总计), and with table 四 or 三 printed a cell per line, transposed or
 * with no header ({@code fixtures/written/tables6}): every labelled total and field comes out.
 */
class WrittenTablesEvaluationTest {

  @Test
  void everyPrintedFormGivesEveryTotal() throws IOException {
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath(), null);
    Evaluation evaluation = new Evaluation();
    evaluation.scoreAll(
        Path.of("..", "fixtures", "written", "tables4", "expected.jsonl"), null, reader);
    List<String> misses = new ArrayList<>();
    evaluation.misses().forEach(m -> misses.add(m.toString()));
    assertThat(misses).isEmpty();
    assertThat(evaluation.table()).contains("| **table totals (t3_*, t4_*)** | 300 | 300 | 100% |");
  }

  @Test
  void tablesPrintingOtherColumnsGiveEveryTotal() throws IOException {
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath(), null);
    Evaluation evaluation = new Evaluation();
    evaluation.scoreAll(
        Path.of("..", "fixtures", "written", "tables5", "expected.jsonl"), null, reader);
    List<String> misses = new ArrayList<>();
    evaluation.misses().forEach(m -> misses.add(m.toString()));
    assertThat(misses).isEmpty();
    assertThat(evaluation.table()).contains("| **table totals (t3_*, t4_*)** | 130 | 130 | 100% |");
  }

  @Test
  void tablesPrintedACellPerLineGiveEveryTotal() throws IOException {
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath(), null);
    Evaluation evaluation = new Evaluation();
    evaluation.scoreAll(
        Path.of("..", "fixtures", "written", "tables6", "expected.jsonl"), null, reader);
    List<String> misses = new ArrayList<>();
    evaluation.misses().forEach(m -> misses.add(m.toString()));
    assertThat(misses).isEmpty();
    assertThat(evaluation.table()).contains("| **table totals (t3_*, t4_*)** | 230 | 230 | 100% |");
  }
}
