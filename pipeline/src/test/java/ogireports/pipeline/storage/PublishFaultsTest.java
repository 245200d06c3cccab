package ogireports.pipeline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OgiReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run killed at every step of its publish: the output path holds the previous output or the new
 * one, whole (or, killed between the two renames, nothing that the next run does not restore), the
 * recovery never deletes the only copy, and the next run writes exactly the new rows.
 */
class PublishFaultsTest {

  @TempDir Path tmp;

  /** What a kill throws in-process: an Error, so the launcher's clean-up does not run. */
  static final class Killed extends Error {
    Killed(OutputFolder.Step step) {
      super("killed at " + step);
    }
  }

  @AfterEach
  void noFaults() {
    OutputFolder.faults = (step, folder) -> {};
  }

  private static int run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            args,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return code;
  }

  /** The rows of an output, as one string: report ids and reject sources, sorted. */
  static String rows(Path out) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT string_agg(report_id, ',' ORDER BY report_id) FROM read_parquet('"
                    + out.resolve(Dataset.REPORTS.glob())
                    + "', hive_partitioning = true)) || ' | ' ||"
                    + " (SELECT string_agg(source_uri, ',' ORDER BY source_uri) FROM read_parquet('"
                    + out.resolve(Dataset.REJECTS.glob())
                    + "'))")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Inputs A (the first half of the test corpus) and B (all of it). */
  private Path[] inputs() throws Exception {
    Path b = TestCorpus.write(tmp);
    Path a = tmp.resolve("a");
    Files.createDirectories(a);
    try (Stream<Path> files = Files.list(b)) {
      List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
      for (Path p : all.subList(0, all.size() / 2)) {
        Files.copy(p, a.resolve(p.getFileName()));
      }
    }
    return new Path[] {a, b};
  }

  private List<String> siblings() throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest
  @EnumSource(OutputFolder.Step.class)
  void aKillAtEveryPublishStepLosesNothing(OutputFolder.Step at) throws Exception {
    Path[] in = inputs();
    Path expectedNew = tmp.resolve("expected-new");
    run("--input=" + in[1], "--output=" + expectedNew, "--runId=x");
    String newRows = rows(expectedNew);
    Path out = tmp.resolve("out");
    run("--input=" + in[0], "--output=" + out, "--runId=old");
    String oldRows = rows(out);
    assertThat(oldRows).isNotEqualTo(newRows);

    OutputFolder.faults =
        (step, folder) -> {
          if (step == at) {
            folder.dieHere();
            throw new Killed(step);
          }
        };
    assertThatThrownBy(
            () ->
                OgiReports.run(
                    new String[] {"--input=" + in[1], "--output=" + out, "--runId=killed"},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isInstanceOf(Killed.class);
    OutputFolder.faults = (step, folder) -> {};

    if (Files.exists(out)) {
      assertThat(rows(out))
          .as("killed at %s: the output is the previous or the new, whole", at)
          .isIn(oldRows, newRows);
    } else {
      assertThat(at)
          .as("only a kill between the two renames leaves no output at the path")
          .isEqualTo(OutputFolder.Step.PREVIOUS_MOVED_ASIDE);
    }

    OutputFolder.recover(out);
    String recovered = rows(out);
    if (at.compareTo(OutputFolder.Step.PREVIOUS_MOVED_ASIDE) >= 0) {
      assertThat(recovered)
          .as("killed at %s: the publish is finished by the recovery", at)
          .isEqualTo(newRows);
    } else {
      assertThat(recovered).as("killed at %s: the previous output is kept", at).isEqualTo(oldRows);
    }
    assertThat(siblings())
        .as("the recovery leaves nothing of the killed run but its lock file")
        .containsExactlyInAnyOrder(".out.lock", "a", "in", "expected-new", "out");
    // A recovery run twice changes nothing.
    OutputFolder.recover(out);
    assertThat(rows(out)).isEqualTo(recovered);

    run("--input=" + in[1], "--output=" + out, "--runId=again");
    assertThat(rows(out)).as("the next run after a kill at %s", at).isEqualTo(newRows);
    assertThat(siblings()).containsExactlyInAnyOrder("a", "in", "expected-new", "out");
  }

  /**
   * The next run itself recovers: a kill between the renames, then a run, without a separate
   * recovery.
   */
  @Test
  void theNextRunRecoversAKillBetweenTheRenamesBeforeAnything() throws Exception {
    Path[] in = inputs();
    Path out = tmp.resolve("out");
    run("--input=" + in[0], "--output=" + out, "--runId=old");
    OutputFolder.faults =
        (step, folder) -> {
          if (step == OutputFolder.Step.PREVIOUS_MOVED_ASIDE) {
            folder.dieHere();
            throw new Killed(step);
          }
        };
    assertThatThrownBy(
            () ->
                OgiReports.run(
                    new String[] {"--input=" + in[1], "--output=" + out, "--runId=killed"},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isInstanceOf(Killed.class);
    OutputFolder.faults = (step, folder) -> {};
    assertThat(out).doesNotExist();
    // An --append finds the killed run's output restored: every report of B is in it already.
    run("--input=" + in[1], "--output=" + out, "--runId=appended", "--append");
    Path clean = tmp.resolve("clean");
    run("--input=" + in[1], "--output=" + clean, "--runId=clean");
    assertThat(rows(out).split(" \\| ")[0]).isEqualTo(rows(clean).split(" \\| ")[0]);
    com.fasterxml.jackson.databind.JsonNode summary =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("run_summary.json").toFile());
    assertThat(summary.path("already_in_output").asLong())
        .as("the append found the restored output")
        .isGreaterThanOrEqualTo(TestCorpus.REPORTS);
  }

  /**
   * A real process halted between the two renames (Runtime.halt: no clean-up, no shutdown hook).
   */
  @Test
  void aProcessHaltedBetweenTheRenamesIsRestoredByTheNextRun() throws Exception {
    Path[] in = inputs();
    Path out = tmp.resolve("out");
    run("--input=" + in[0], "--output=" + out, "--runId=old");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Dogireports.publish.haltAt=PREVIOUS_MOVED_ASIDE",
                "-cp",
                System.getProperty("java.class.path"),
                OgiReports.class.getName(),
                "--input=" + in[1],
                "--output=" + out,
                "--runId=halted"));
    Process child =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("child.log").toFile())
            .start();
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue(); // a watchdog, not a limit
    assertThat(child.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isEqualTo(137);
    assertThat(out).doesNotExist();
    assertThat(tmp.resolve(".out.publish")).exists();

    OutputFolder.recover(out);
    Path clean = tmp.resolve("clean");
    run("--input=" + in[1], "--output=" + clean, "--runId=clean");
    assertThat(rows(out)).as("the halted run's output, restored").isEqualTo(rows(clean));
    run("--input=" + in[1], "--output=" + out, "--runId=again");
    assertThat(rows(out)).isEqualTo(rows(clean));
  }

  /**
   * An earlier version's kill between its renames left only ".out.previous-*": it is put back, not
   * deleted.
   */
  @Test
  void aPreviousOutputWithoutAJournalIsTheOnlyCopyAndIsPutBack() throws Exception {
    Path[] in = inputs();
    Path out = tmp.resolve("out");
    run("--input=" + in[0], "--output=" + out, "--runId=old");
    String oldRows = rows(out);
    Files.move(out, tmp.resolve(".out.previous-.out.staging-gone"));
    OutputFolder.recover(out);
    assertThat(rows(out)).isEqualTo(oldRows);
    assertThat(siblings()).containsExactlyInAnyOrder("a", "in", "out");
  }
}
