package ogireports.pipeline.iceberg;

import static ogireports.pipeline.iceberg.TableRows.duckdb;
import static ogireports.pipeline.iceberg.TableRows.iceberg;
import static ogireports.pipeline.iceberg.TableRows.icebergAt;
import static ogireports.pipeline.iceberg.TableRows.snapshots;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OgiReports;
import ogireports.pipeline.storage.Dataset;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.expressions.Expressions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format=iceberg} through the launcher: the tables, read back with Iceberg's own reader,
 * hold the rows a {@code --format=hive} run of the same input writes (read with DuckDB); each run
 * is one snapshot per table; a run that fails before its commit leaves the tables as they were.
 */
class IcebergFormatTest {

  @TempDir static Path tmp;
  static Path in;

  @BeforeAll
  static void corpus() throws Exception {
    in = TestCorpus.write(tmp);
  }

  /** A launcher run; returns its exit code, printed output in {@code printed}. */
  private static int run(StringBuilder printed, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    printed
        .append(out.toString(StandardCharsets.UTF_8))
        .append(err.toString(StandardCharsets.UTF_8));
    return code;
  }

  private static String ok(String... args) {
    StringBuilder printed = new StringBuilder();
    assertThat(run(printed, args)).as(printed::toString).isZero();
    return printed.toString();
  }

  private static Table table(Path warehouse, Dataset d) {
    return IcebergTables.at(warehouse.toString(), new Configuration()).table(d);
  }

  private static Snapshot snapshotOf(Table t, String runId) {
    for (Snapshot s : t.snapshots()) {
      if (runId.equals(s.summary().get(IcebergTables.RUN_ID))) {
        return s;
      }
    }
    throw new AssertionError("no snapshot of " + runId + " in " + t.name());
  }

  @Test
  void aReplacingRunIsOneSnapshotPerTableWithTheRowsOfTheHiveFolders() throws Exception {
    Path hive = tmp.resolve("hive");
    Path wh = tmp.resolve("wh");
    ok("--input=" + in, "--output=" + hive, "--runId=r1");
    String printed = ok("--input=" + in, "--output=" + wh, "--format=iceberg", "--runId=r1");
    assertThat(printed).contains("ogi.reports", "ogi.rejects", "(Iceberg, Hadoop catalog)");
    assertThat(wh.resolve("runs/r1/reports")).isDirectory();
    assertThat(wh.resolve("ogi/reports/metadata")).isDirectory();
    for (Dataset d : Dataset.values()) {
      Table t = table(wh, d);
      assertThat(snapshots(t)).as(d.folder).isEqualTo(1);
      assertThat(t.currentSnapshot().summary()).containsEntry(IcebergTables.RUN_ID, "r1");
      assertThat(iceberg(t, Expressions.alwaysTrue())).as(d.folder).isEqualTo(duckdb(hive, d));
    }
    assertThat(iceberg(table(wh, Dataset.REPORTS), Expressions.alwaysTrue()))
        .hasSize(TestCorpus.REPORTS);
    assertThat(iceberg(table(wh, Dataset.REJECTS), Expressions.alwaysTrue()))
        .hasSize(TestCorpus.REJECTS);

    // a second replacing run, on part of the input: the tables hold its rows only, and the first
    // run's files stay readable through its snapshot
    ok("--input=" + in.resolve("seeds"), "--output=" + wh, "--format=iceberg", "--runId=r2");
    for (Dataset d : Dataset.values()) {
      Table t = table(wh, d);
      assertThat(snapshots(t)).as(d.folder).isEqualTo(2);
      assertThat(t.currentSnapshot().summary()).containsEntry(IcebergTables.RUN_ID, "r2");
      // an overwrite; "delete" for a table the run wrote no file for (the seeds have no rejects)
      assertThat(t.currentSnapshot().operation()).isIn("overwrite", "delete");
      assertThat(iceberg(t, Expressions.alwaysTrue()))
          .as(d.folder)
          .isEqualTo(duckdb(wh.resolve("runs/r2"), d));
      assertThat(icebergAt(t, snapshotOf(t, "r1").snapshotId()))
          .as(d.folder)
          .isEqualTo(duckdb(hive, d));
    }
    assertThat(table(wh, Dataset.REPORTS).currentSnapshot().operation()).isEqualTo("overwrite");
    assertThat(iceberg(table(wh, Dataset.REPORTS), Expressions.alwaysTrue()))
        .hasSize(TestCorpus.SEEDS);

    // a run that fails after writing its files, before its commit: the tables stay at r2
    System.setProperty("ogireports.iceberg.failBeforeCommit", "true");
    StringBuilder failed = new StringBuilder();
    try {
      assertThat(run(failed, "--input=" + in, "--output=" + wh, "--format=iceberg", "--runId=r3"))
          .as(failed::toString)
          .isEqualTo(OgiReports.FAILED);
    } finally {
      System.clearProperty("ogireports.iceberg.failBeforeCommit");
    }
    assertThat(failed).contains("the tables are unchanged");
    assertThat(wh.resolve("runs/r3/reports")).isDirectory(); // an orphan no table reads
    for (Dataset d : Dataset.values()) {
      Table t = table(wh, d);
      assertThat(snapshots(t)).as(d.folder).isEqualTo(2);
      assertThat(t.currentSnapshot().summary()).containsEntry(IcebergTables.RUN_ID, "r2");
      assertThat(iceberg(t, Expressions.alwaysTrue()))
          .as(d.folder)
          .isEqualTo(duckdb(wh.resolve("runs/r2"), d));
    }
    // a run id names a run folder once
    StringBuilder again = new StringBuilder();
    assertThat(run(again, "--input=" + in, "--output=" + wh, "--format=iceberg", "--runId=r3"))
        .isEqualTo(OgiReports.USAGE);
    assertThat(again).contains("was used already");

    // the next run that commits removes the orphan, and keeps the runs the snapshots read
    String fourth =
        ok("--input=" + in.resolve("seeds"), "--output=" + wh, "--format=iceberg", "--runId=r4");
    assertThat(fourth).contains("run folders no snapshot reads: r3");
    assertThat(wh.resolve("runs/r3")).doesNotExist();
    assertThat(wh.resolve("runs/r1")).isDirectory();
    assertThat(wh.resolve("runs/r2")).isDirectory();
    assertThat(
            icebergAt(
                table(wh, Dataset.REPORTS),
                snapshotOf(table(wh, Dataset.REPORTS), "r1").snapshotId()))
        .isEqualTo(duckdb(hive, Dataset.REPORTS));
  }

  @Test
  void anAppendRunAddsWhatTheHiveAppendAdds() throws Exception {
    Path hive = tmp.resolve("hive-append");
    Path wh = tmp.resolve("wh-append");
    Path seeds = in.resolve("seeds");
    ok("--input=" + seeds, "--output=" + hive, "--runId=a1");
    ok("--input=" + in, "--output=" + hive, "--runId=a2", "--append");
    ok("--input=" + seeds, "--output=" + wh, "--format=iceberg", "--runId=a1");
    String printed =
        ok("--input=" + in, "--output=" + wh, "--format=iceberg", "--runId=a2", "--append");
    assertThat(printed).contains("already there", "append");
    for (Dataset d : Dataset.values()) {
      Table t = table(wh, d);
      assertThat(snapshots(t)).as(d.folder).isEqualTo(2);
      assertThat(iceberg(t, Expressions.alwaysTrue())).as(d.folder).isEqualTo(duckdb(hive, d));
    }
    // the run folder holds the new files only
    List<String> a2 = new ArrayList<>();
    try (Stream<Path> files = Files.walk(wh.resolve("runs/a2/reports"))) {
      files.filter(p -> p.toString().endsWith(".parquet")).forEach(p -> a2.add(p.toString()));
    }
    assertThat(a2).isNotEmpty().allSatisfy(p -> assertThat(p).contains("a2"));
    assertThat(iceberg(table(wh, Dataset.REPORTS), Expressions.alwaysTrue()))
        .hasSize(TestCorpus.REPORTS);
  }

  @Test
  void theFormatIsCheckedAndAHiveOutputIsNoWarehouse() throws Exception {
    StringBuilder printed = new StringBuilder();
    assertThat(run(printed, "--input=" + in, "--output=" + tmp.resolve("x"), "--format=orc"))
        .isEqualTo(OgiReports.USAGE);
    assertThat(printed).contains("hive and iceberg");

    Path hive = tmp.resolve("hive-not-wh");
    ok("--input=" + in.resolve("seeds"), "--output=" + hive, "--runId=h");
    printed.setLength(0);
    assertThat(run(printed, "--input=" + in, "--output=" + hive, "--format=iceberg"))
        .isEqualTo(OgiReports.USAGE);
    assertThat(printed).contains("--format=hive output");

    printed.setLength(0);
    assertThat(
            run(
                printed,
                "--input=" + in,
                "--output=" + tmp.resolve("wh-x"),
                "--format=iceberg",
                "--append",
                "--reparse-older"))
        .isEqualTo(OgiReports.USAGE);

    printed.setLength(0);
    assertThat(run(printed, "--help")).isZero();
    assertThat(printed).contains("--format=VALUE", "Default: hive.");
  }
}
