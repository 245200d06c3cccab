package ogireports.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.pipeline.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets first: help, runner errors, progress, the summary, the quality report. */
class NewcomerTest {

  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpShowsReadableDefaultsAndTheReadmeSpelling() {
    Result r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "--reparse-older",
            "--input=VALUE",
            "--maxDocumentBytes=N",
            "52428800 (50 MiB)",
            "4294967296 (4 GiB)",
            "Default: out.",
            "Default: auto.",
            "samples/",
            "e.g. 20261123T101558Z-65ea")
        .doesNotContain(
            "BundledSamples", "RunIds", "UserAgentFactory", "--reparseOlder", "\u001B[");
  }

  @Test
  void aRunnerThatIsNotInTheBuildSaysHowToBuildIt() {
    Result r = run("--runner=SparkRunner", "--output=" + tmp.resolve("out"));
    assertThat(r.code()).isEqualTo(OgiReports.USAGE);
    assertThat(r.err()).contains("mvn -Pspark -DskipTests package");
    Result d = run("--runner=DataflowRunner", "--output=" + tmp.resolve("out"));
    assertThat(d.err()).contains("mvn -Pdataflow -DskipTests package");
  }

  @Test
  void aMistypedOptionIsNamedAsTyped() {
    Result r = run("--inptu=x", "--output=" + tmp.resolve("out"));
    assertThat(r.code()).isEqualTo(OgiReports.USAGE);
    assertThat(r.err())
        .contains("unknown option --inptu; did you mean --input?")
        .doesNotContain("Class interface", "ogireports.pipeline");
  }

  @Test
  void anOptionGivenWithoutItsValueIsAUsageErrorNotAFolderNamedTrue() {
    for (String[] args :
        new String[][] {
          {"--output"},
          {"--input", "--output=" + tmp.resolve("out")},
          {"--input=", "--output=" + tmp.resolve("out")},
          {"--output= "},
          {"--runId"}
        }) {
      Result r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(OgiReports.USAGE);
      assertThat(r.err()).contains("needs a value");
    }
    assertThat(tmp.resolve("out")).doesNotExist();
    assertThat(Path.of("true")).doesNotExist();
    assertThat(OgiReports.optionWithoutValue(new String[] {"--input=a", "--append"})).isNull();
  }

  @Test
  void theProgressLineSaysStartingUntilSomethingIsReadAndNeverZeroPerSecond() {
    assertThat(Progress.line(0, 5, 0, 0, 5.0))
        .contains("starting, 5 inputs to read")
        .doesNotContain("/s");
    assertThat(Progress.line(3, 5, 2, 1, 5.0))
        .contains("3 of 5 inputs read", "0.6 documents/s")
        .doesNotContain("before duplicates");
    assertThat(Progress.line(50_000, 100_000, 40_000, 10_000, 10.0)).contains("5,000 documents/s");
  }

  @Test
  void theAppendSummarySaysWhatWasAppendedInWordsAndTheRulesThatFailComeFirst() throws Exception {
    Path in = TestCorpus.write(tmp);
    Path out = tmp.resolve("out");
    assertThat(run("--input=" + in, "--output=" + out, "--runId=first").code()).isZero();
    Result r = run("--input=" + in, "--output=" + out, "--runId=second", "--append");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("already there", "output now").doesNotContain("{", "}");
    assertThat(r.out()).doesNotContainPattern("T\\d\\d:\\d\\d:\\d\\d\\.\\d");
    String md = Files.readString(out.resolve("quality_report.md"));
    String rules = md.substring(md.indexOf("## Rules that fail most"));
    rules = rules.substring(0, rules.indexOf("\n## ", 5));
    int firstNote = rules.indexOf("| NOTE |");
    int lastFail = rules.lastIndexOf("| FAIL |");
    if (firstNote >= 0 && lastFail >= 0) {
      assertThat(lastFail).as("failures before notes:\n" + rules).isLessThan(firstNote);
    }
    String summary = Files.readString(out.resolve("run_summary.json"));
    assertThat(summary).doesNotContainPattern("\"finished_at\" *: *\"[^\"]*\\.\\d");
  }
}
