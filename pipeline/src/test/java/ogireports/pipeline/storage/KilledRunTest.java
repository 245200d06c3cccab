package ogireports.pipeline.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
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
import java.util.stream.Stream;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OgiReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed mid-way (its process destroyed) leaves the previous output as it was; the next run
 * removes what the killed one left and produces exactly what a clean run produces.
 */
class KilledRunTest {

  @TempDir Path tmp;

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

  @Test
  void aKilledRunLeavesNothingBehindAndTheNextRunIsClean() throws Exception {
    Path in = TestCorpus.write(tmp);
    Path clean = tmp.resolve("clean");
    run("--input=" + in, "--output=" + clean, "--runId=same");

    Path out = tmp.resolve("out");
    run("--input=" + in, "--output=" + out, "--runId=first");
    String before = Files.readString(out.resolve("run_summary.json"));

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                OgiReports.class.getName(),
                "--input=" + in,
                "--output=" + out,
                "--runId=killed"));
    Process child =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("child.log").toFile())
            .start();
    Path staging = tmp.resolve(".out.staging-killed");
    while (!Files.exists(staging) && child.isAlive()) { // however long the start takes
      Thread.sleep(20);
    }
    Thread.sleep(1500); // let it start writing
    child.destroyForcibly().waitFor();

    assertThat(Files.readString(out.resolve("run_summary.json")))
        .as("the killed run did not touch the previous output")
        .isEqualTo(before);

    run("--input=" + in, "--output=" + out, "--runId=same");
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .as("nothing of the killed run is left beside the output")
          .containsExactlyInAnyOrder("in", "clean", "out", "child.log");
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Dataset d : Dataset.values()) {
        if (d == Dataset.LEGACY_INDICATORS) {
          continue;
        }
        String opts = d.partitioned ? ", hive_partitioning = true)" : ")";
        String a = "read_parquet('" + clean.resolve(d.glob()) + "'" + opts;
        String b = "read_parquet('" + out.resolve(d.glob()) + "'" + opts;
        try (Statement st = c.createStatement();
            ResultSet rs =
                st.executeQuery(
                    "SELECT (SELECT count(*) FROM (SELECT * FROM "
                        + a
                        + " EXCEPT ALL SELECT * FROM "
                        + b
                        + ")) + (SELECT count(*) FROM (SELECT * FROM "
                        + b
                        + " EXCEPT ALL SELECT * FROM "
                        + a
                        + "))")) {
          rs.next();
          assertThat(rs.getLong(1)).as(d.folder + " differs from a clean run").isZero();
        }
      }
    }
    assertThat(new File(tmp.toFile(), ".out.lock")).doesNotExist();
  }

  /** Every file of an output with its bytes' hash, to tell whether a killed run touched it. */
  private static java.util.Map<String, String> snapshot(Path dir) throws Exception {
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(p).toString(),
            java.util.HexFormat.of()
                .formatHex(
                    java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(p))));
      }
    }
    return files;
  }

  @Test
  void aKilledAppendLeavesTheOutputAsItWasAndTheNextAppendCompletesIt() throws Exception {
    Path in = TestCorpus.write(tmp);
    Path first = tmp.resolve("first-half");
    Files.createDirectories(first);
    try (Stream<Path> files = Files.list(in)) {
      List<Path> all = files.sorted().toList();
      for (Path p : all.subList(0, all.size() / 2)) {
        Files.copy(p, first.resolve(p.getFileName()));
      }
    }
    Path out = tmp.resolve("out");
    run("--input=" + first, "--output=" + out, "--runId=first");
    java.util.Map<String, String> before = snapshot(out);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "--add-opens=java.base/java.util=ALL-UNNAMED",
                    "--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "-cp",
                    System.getProperty("java.class.path"),
                    OgiReports.class.getName(),
                    "--input=" + in,
                    "--output=" + out,
                    "--runId=killed",
                    "--append"))
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("child.log").toFile())
            .start();
    Path staging = tmp.resolve(".out.staging-killed");
    while (!Files.exists(staging) && child.isAlive()) { // however long the start takes
      Thread.sleep(20);
    }
    Thread.sleep(1500); // let it link the previous output and start writing
    child.destroyForcibly().waitFor();

    assertThat(snapshot(out))
        .as("the killed append left every file of the output as it was")
        .isEqualTo(before);

    run("--input=" + in, "--output=" + out, "--runId=second", "--append");
    Path clean = tmp.resolve("clean");
    run("--input=" + in, "--output=" + clean, "--runId=clean");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      // A copy of a report already in the output is the one kept by an append (a clean run keeps
      // the smallest source_uri), so the reports are compared by content, not by source.
      for (String column :
          List.of(
              "count(*) OVER ()", "agency, title, parse_status, t3_new_total, t3_result_total")) {
        String a = "read_parquet('" + clean.resolve(Dataset.REPORTS.glob()) + "')";
        String b = "read_parquet('" + out.resolve(Dataset.REPORTS.glob()) + "')";
        try (ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM (SELECT "
                    + column
                    + " FROM "
                    + a
                    + " EXCEPT ALL SELECT "
                    + column
                    + " FROM "
                    + b
                    + ")) + (SELECT count(*) FROM (SELECT "
                    + column
                    + " FROM "
                    + b
                    + " EXCEPT ALL SELECT "
                    + column
                    + " FROM "
                    + a
                    + "))")) {
          rs.next();
          assertThat(rs.getLong(1))
              .as("the appended output holds the same reports as a clean run (" + column + ")")
              .isZero();
        }
      }
    }
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .as("nothing of the killed run is left beside the output")
          .containsExactlyInAnyOrder("in", "first-half", "out", "clean", "child.log");
    }
  }
}
