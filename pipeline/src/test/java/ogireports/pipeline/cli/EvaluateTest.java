package ogireports.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ogi-reports evaluate} on the real fixtures' labels: its table, misses, exit codes. */
class EvaluateTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int evaluate(String... args) {
    return Evaluate.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theRealFixturesComeOutRightAndTheValuesTheirLabelsLeaveOutAreListed() {
    int code = evaluate("--expected=../fixtures/real-reports/expected.jsonl");
    String printed = out.toString(StandardCharsets.UTF_8);
    // one miss: 027's label, which asks for 人民政府 where labels of the same form do not
    // (LabelConflicts in the transforms tests)
    assertThat(code).isEqualTo(1);
    assertThat(printed)
        .contains("| **metadata (agency … template)** | 260 | 261 | 100% |")
        .contains("| **table totals (t3_*, t4_*)** | 19 | 19 | 100% |")
        .contains("027.txt  agency: expected 长顺县广顺镇人民政府, got 长顺县广顺镇")
        .contains("read where the label has no value")
        .contains("121.txt  county: expected null, got 康乐县");
  }

  @Test
  void aMissGivesExitCodeOneAndIsListed(@TempDir Path dir) throws IOException {
    // a real text under a label that names another body and year
    Files.copy(Path.of("..", "fixtures", "real-reports", "011.txt"), dir.resolve("011.txt"));
    Files.writeString(
        dir.resolve("expected.jsonl"),
        "{\"file\": \"011.txt\", \"agency\": \"微山县马坡镇人民政府\", \"year\": 2021}\n");
    int code = evaluate("--expected=" + dir.resolve("expected.jsonl"));
    assertThat(code).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("misses:")
        .contains("011.txt  agency: expected 微山县马坡镇人民政府, got 微山县两城镇人民政府")
        .contains("011.txt  year: expected 2021, got 2020");
  }

  @Test
  void inputsLabelledAsRejectsAreScoredOnALineOfTheirOwn() {
    // probe16's five documents that are not this report: "reject": "NOT_A_REPORT"
    evaluate("--expected=../fixtures/written/probe16/expected.jsonl");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("| **rejects (labelled reason)** | 5 | 5 | 100% |")
        .doesNotContain("reject: expected");
  }

  @Test
  void aMissingLabelFileIsAUsageError() {
    assertThat(evaluate("--expected=no-such.jsonl")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no file");
  }
}
