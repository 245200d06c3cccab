package ogireports.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import ogireports.pipeline.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a user meets it: exit codes, output replacement, summary, query. */
class LauncherTest {

  @TempDir Path tmp;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(String... args) {
    stdout.reset();
    stderr.reset();
    return OgiReports.run(
        args,
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aRunWritesTheSummaryAndARerunReplacesItsOwnOutput() throws Exception {
    Path in = TestCorpus.write(tmp);
    Path output = tmp.resolve("out");
    assertThat(run("--input=" + in, "--output=" + output, "--runId=first")).as(err()).isEqualTo(0);
    assertThat(out()).contains("inputs read      " + TestCorpus.INPUTS).contains(output.toString());

    JsonNode summary = new ObjectMapper().readTree(output.resolve("run_summary.json").toFile());
    assertThat(summary.get("producer").asText()).isEqualTo("ogi-reports");
    assertThat(summary.get("run_id").asText()).isEqualTo("first");
    assertThat(summary.get("inputs").asLong()).isEqualTo(TestCorpus.INPUTS);
    assertThat(summary.get("reports").asLong() + summary.get("rejects").asLong())
        .isEqualTo(TestCorpus.INPUTS);
    assertThat(summary.get("rejects_by_reason").get("EMPTY").asLong()).isEqualTo(1);
    assertThat(summary.get("flags_by_rule").get("TX_NEW").get("ERROR").asLong()).isEqualTo(2);
    assertThat(summary.get("rejects_by_reason").get("DUPLICATE").asLong()).isEqualTo(1);
    assertThat(summary.get("reports_by_province_year")).hasSize(5);

    assertThat(run("--input=" + in, "--output=" + output, "--runId=second")).as(err()).isEqualTo(0);
    summary = new ObjectMapper().readTree(output.resolve("run_summary.json").toFile());
    assertThat(summary.get("run_id").asText()).isEqualTo("second");
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .as("no staging or previous folder is left behind")
          .containsExactlyInAnyOrder("in", "out");
    }

    assertThat(
            run(
                "query",
                "SELECT agency, t3_new_total FROM reports WHERE province = '山东省'"
                    + " ORDER BY source_uri",
                "--output=" + output))
        .as(err())
        .isEqualTo(0);
    assertThat(out()).contains("淄博市应急管理局").contains("(2 rows)");

    // a statement with no rows to show (COPY … TO a file) runs and succeeds
    Path csv = tmp.resolve("reports.csv");
    assertThat(
            run(
                "query",
                "COPY (SELECT agency FROM reports ORDER BY agency) TO '" + csv + "' (HEADER)",
                "--output=" + output))
        .as(err())
        .isEqualTo(0);
    assertThat(Files.readAllLines(csv)).first().isEqualTo("agency");
    assertThat(Files.readString(csv)).contains("淄博市应急管理局");
    assertThat(run("query", "--help")).isEqualTo(0);
    assertThat(out()).contains("views: reports");
  }

  @Test
  void aFolderThatIsNotOursIsRefusedAndLeftAlone() throws Exception {
    Path output = tmp.resolve("mine");
    Files.createDirectories(output);
    Files.writeString(output.resolve("thesis.docx"), "precious");
    assertThat(run("--input=" + TestCorpus.SAMPLES, "--output=" + output)).isEqualTo(2);
    assertThat(err()).contains("refusing to replace");
    assertThat(Files.readString(output.resolve("thesis.docx"))).isEqualTo("precious");
  }

  @Test
  void anInputThatMatchesNothingIsAnOperationalFailure() {
    assertThat(run("--input=" + tmp.resolve("nothing-here"), "--output=" + tmp.resolve("o")))
        .isEqualTo(1);
    assertThat(err()).contains("matches no file");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void aRunIdThatCouldEscapeItsFileIsAUsageError() {
    assertThat(
            run("--input=" + TestCorpus.SAMPLES, "--output=" + tmp.resolve("o"), "--runId=../../x"))
        .isEqualTo(2);
    assertThat(err()).contains("--runId");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void theParseBudgetOptionReachesTheReader() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    // Several MB of table cells: far more than 1000 steps of work, on any machine.
    String report = "某县人民政府2020年政府信息公开工作年度报告\n" + "一、总体情况\n" + "1\t".repeat(2_000_000);
    Files.writeString(in.resolve("big.txt"), report);
    Path output = tmp.resolve("out");
    assertThat(run("--input=" + in, "--output=" + output, "--maxParseSteps=1000"))
        .as(err())
        .isEqualTo(0);
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        var st = c.createStatement();
        var rs =
            st.executeQuery(
                "SELECT reason, detail FROM read_parquet('" + output + "/rejects/*.parquet')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("PARSE_BUDGET");
      assertThat(rs.getString(2)).isEqualTo("parse budget of 1000 steps used up in phase decode");
      assertThat(rs.next()).isFalse();
    }
    // the former time budget is still accepted: now the wall-clock watchdog, with a note
    Path again = tmp.resolve("out2");
    assertThat(run("--input=" + in, "--output=" + again, "--maxParseMillis=600000"))
        .as(err())
        .isEqualTo(0);
    assertThat(out()).contains("--maxParseMillis is now only a wall-clock watchdog");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("--no-such-option=1")).isEqualTo(2);
    assertThat(err()).contains("--help");
  }

  @Test
  void helpListsTheOptions() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).contains("--input").contains("--output").contains("query");
  }

  @Test
  void queryWithoutAnOutputFolderSaysWhatToDo() {
    assertThat(run("query", "SELECT 1", "--output=" + tmp.resolve("absent"))).isEqualTo(2);
    assertThat(err()).contains("run ./ogi-reports first");
  }
}
