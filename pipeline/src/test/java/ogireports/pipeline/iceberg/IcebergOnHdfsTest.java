package ogireports.pipeline.iceberg;

import static ogireports.pipeline.iceberg.TableRows.duckdb;
import static ogireports.pipeline.iceberg.TableRows.iceberg;
import static ogireports.pipeline.iceberg.TableRows.icebergAt;
import static ogireports.pipeline.iceberg.TableRows.records;
import static ogireports.pipeline.iceberg.TableRows.snapshots;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ogireports.pipeline.MiniHdfs;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OgiReports;
import ogireports.pipeline.storage.Dataset;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.hadoop.HadoopCatalog;
import org.apache.iceberg.io.CloseableIterable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format=iceberg} with the input and the warehouse on a real HDFS (a MiniDFSCluster in
 * this process, started once for the class): the tables, read back with Iceberg from HDFS, hold the
 * rows a local {@code --format=hive} run of the same input writes; a second, replacing run and an
 * {@code --append} run each add one snapshot per table; the warehouse holds nothing but {@code
 * ogi/} and {@code runs/} after each run.
 */
class IcebergOnHdfsTest {

  @TempDir static Path tmp;
  static MiniHdfs hdfs;
  static Path in;
  static Path hive;

  @BeforeAll
  static void start() throws Exception {
    hdfs = MiniHdfs.start(tmp.resolve("dfs"));
    in = TestCorpus.write(tmp);
    hdfs.put(in, "/in");
    hive = tmp.resolve("hive");
    ok("--input=" + in, "--output=" + hive, "--runId=r1");
  }

  @AfterAll
  static void stop() {
    if (hdfs != null) {
      hdfs.close();
    }
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

  /** A {@code --format=iceberg} run reading {@code input} on HDFS into the warehouse there. */
  private static String icebergRun(String input, String warehouse, String runId, String... more) {
    return ok(icebergArgs(input, warehouse, runId, more));
  }

  private static String[] icebergArgs(
      String input, String warehouse, String runId, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--format=iceberg",
                "--input=" + hdfs.uri + input,
                "--output=" + hdfs.uri + warehouse,
                "--runId=" + runId,
                hdfs.hdfsConfiguration()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** The table, loaded by a Hadoop catalog of its own on the warehouse on HDFS. */
  private static Table table(String warehouse, Dataset d) {
    HadoopCatalog catalog = new HadoopCatalog(hdfs.configuration(), hdfs.uri + warehouse);
    return catalog.loadTable(TableIdentifier.of(IcebergTables.NAMESPACE, d.folder));
  }

  /**
   * Rows with the input's location taken out (the local and the HDFS run read the same files under
   * different names), sorted again.
   */
  private static List<String> masked(List<String> rows) {
    List<String> out = new ArrayList<>();
    for (String r : rows) {
      out.add(r.replace(hdfs.uri + "/in", "IN").replace(in.toAbsolutePath().toString(), "IN"));
    }
    out.sort(null);
    return out;
  }

  private static Snapshot snapshotOf(Table t, String runId) {
    for (Snapshot s : t.snapshots()) {
      if (runId.equals(s.summary().get(IcebergTables.RUN_ID))) {
        return s;
      }
    }
    throw new AssertionError("no snapshot of " + runId + " in " + t.name());
  }

  private static TreeSet<String> reportIds(Table t) throws Exception {
    TreeSet<String> ids = new TreeSet<>();
    for (Record r : records(t, Expressions.alwaysTrue())) {
      ids.add((String) r.getField("report_id"));
    }
    return ids;
  }

  /** The warehouse holds its two folders only: no staging folder, lock or temporary files. */
  private static void nothingTemporaryIn(String warehouse, String... runs) throws Exception {
    assertThat(hdfs.list(warehouse)).containsExactlyInAnyOrder("ogi", "runs");
    assertThat(hdfs.list(warehouse + "/runs")).containsExactlyInAnyOrder(runs);
    for (String run : runs) {
      assertThat(hdfs.list(warehouse + "/runs/" + run))
          .as("run folder " + run)
          .allMatch(n -> !n.startsWith("."), "no hidden (temporary) entry");
    }
  }

  @Test
  void theTablesOnHdfsHoldTheRowsOfALocalHiveRunAndEachRunIsOneSnapshot() throws Exception {
    String wh = "/wh";
    String printed = icebergRun("/in", wh, "r1");
    assertThat(printed).contains("ogi.reports", "ogi.rejects", "(Iceberg, Hadoop catalog)");
    assertThat(hdfs.exists(wh + "/ogi/reports/metadata")).isTrue();
    assertThat(hdfs.exists(wh + "/runs/r1/" + "run_summary.json")).isTrue();
    for (Dataset d : Dataset.values()) {
      Table t = table(wh, d);
      assertThat(snapshots(t)).as(d.folder).isEqualTo(1);
      assertThat(t.currentSnapshot().summary()).containsEntry(IcebergTables.RUN_ID, "r1");
      assertThat(masked(iceberg(t, Expressions.alwaysTrue())))
          .as(d.folder)
          .isEqualTo(masked(duckdb(hive, d)));
      try (CloseableIterable<FileScanTask> tasks = t.newScan().planFiles()) {
        for (FileScanTask task : tasks) {
          DataFile f = task.file();
          assertThat(f.path().toString()).startsWith(hdfs.uri + wh + "/runs/r1/" + d.folder + "/");
        }
      }
    }
    assertThat(records(table(wh, Dataset.REPORTS), Expressions.alwaysTrue()))
        .hasSize(TestCorpus.REPORTS);
    assertThat(records(table(wh, Dataset.REJECTS), Expressions.alwaysTrue()))
        .hasSize(TestCorpus.REJECTS);
    nothingTemporaryIn(wh, "r1");

    // a second, replacing run on part of the input: the tables hold its rows only; the first
    // run's rows stay readable through its snapshot
    icebergRun("/in/seeds", wh, "r2");
    for (Dataset d : Dataset.values()) {
      Table t = table(wh, d);
      assertThat(snapshots(t)).as(d.folder).isEqualTo(2);
      assertThat(t.currentSnapshot().summary()).containsEntry(IcebergTables.RUN_ID, "r2");
      assertThat(t.currentSnapshot().operation()).isIn("overwrite", "delete");
      assertThat(masked(icebergAt(t, snapshotOf(t, "r1").snapshotId())))
          .as(d.folder + " at r1")
          .isEqualTo(masked(duckdb(hive, d)));
    }
    Table reports = table(wh, Dataset.REPORTS);
    assertThat(records(reports, Expressions.alwaysTrue())).hasSize(TestCorpus.SEEDS);
    assertThat(records(table(wh, Dataset.REJECTS), Expressions.alwaysTrue())).isEmpty();
    nothingTemporaryIn(wh, "r1", "r2");

    // a run that fails after writing its run folder, before its commit: the tables stay at r2,
    // and the warehouse's lock is let go
    System.setProperty("ogireports.iceberg.failBeforeCommit", "true");
    StringBuilder failed = new StringBuilder();
    try {
      assertThat(run(failed, icebergArgs("/in", wh, "rx")))
          .as(failed::toString)
          .isEqualTo(OgiReports.FAILED);
    } finally {
      System.clearProperty("ogireports.iceberg.failBeforeCommit");
    }
    assertThat(failed).contains("the tables are unchanged");
    for (Dataset d : Dataset.values()) {
      assertThat(table(wh, d).currentSnapshot().summary())
          .as(d.folder)
          .containsEntry(IcebergTables.RUN_ID, "r2");
    }
    nothingTemporaryIn(wh, "r1", "r2", "rx");

    // an --append run of the whole input: only the reports the seeds run did not have are added;
    // its commit removes the failed run's orphan folder
    String appended = icebergRun("/in", wh, "r3", "--append");
    assertThat(appended).contains("already there", "run folders no snapshot reads: rx");
    for (Dataset d : Dataset.values()) {
      Table t = table(wh, d);
      assertThat(snapshots(t)).as(d.folder).isEqualTo(3);
      assertThat(t.currentSnapshot().summary()).containsEntry(IcebergTables.RUN_ID, "r3");
    }
    reports = table(wh, Dataset.REPORTS);
    assertThat(reports.currentSnapshot().operation()).isEqualTo("append");
    Map<String, String> summary = reports.currentSnapshot().summary();
    assertThat(Long.parseLong(summary.getOrDefault("added-data-files", "0"))).isPositive();
    assertThat(records(reports, Expressions.alwaysTrue())).hasSize(TestCorpus.REPORTS);
    assertThat(reportIds(reports))
        .as("the report ids of a local replacing run of the whole input")
        .isEqualTo(
            duckdb(hive, Dataset.REPORTS).stream()
                .map(r -> r.replaceAll(".*[{ ]report_id=([^,}]*).*", "$1"))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    try (CloseableIterable<FileScanTask> tasks = reports.newScan().planFiles()) {
      for (FileScanTask task : tasks) {
        assertThat(task.file().path().toString()).matches(".*/runs/r[23]/reports/.*");
      }
    }
    nothingTemporaryIn(wh, "r1", "r2", "r3");
  }
}
