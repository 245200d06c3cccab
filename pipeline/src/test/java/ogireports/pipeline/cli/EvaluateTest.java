package ogireports.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    assertThat(code).isZero();
    assertThat(printed)
        .contains("| **metadata (agency … template)** | 261 | 261 | 100% |")
        .contains("| **table totals (t3_*, t4_*)** | 19 | 19 | 100% |")
        .doesNotContain("misses:")
        .contains("read where the label has no value")
        .contains("121.txt  county: expected null, got 康乐县");
  }

  @Test
  void aMissGivesExitCodeOneAndIsListed() {
    // probe16's open family of pandoc grid tables (probe12's title broken inside its body's name,
    // used here before, is read right since)
    int code = evaluate("--expected=../fixtures/written/probe16/expected.jsonl");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("misses:")
        .contains("d03-2023.txt  t3_carry_in_total: expected 2, got null");
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
