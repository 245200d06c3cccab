package ogireports.pipeline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ogireports.pipeline.MiniHdfs;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OgiReports;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.hdfs.HadoopFileSystemOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs with the input, the output and the run's temporary folder on a real HDFS (a MiniDFSCluster
 * in this process, started once for the class): the same rows as a run on local paths, nothing left
 * beside the output, an {@code --append} on HDFS, and a run killed at every step of its publish on
 * HDFS: the output path holds the previous output or the new one, whole (or, between the two
 * renames, what the next run restores), and the next run recovers it and writes the expected rows.
 */
class HdfsRunTest {

  @TempDir static Path tmp;
  static MiniHdfs cluster;
  static FileSystem fs;
  static String hdfs;
  static Path in;
  static Path local;

  /** The previous output on HDFS (the seeds), built once and copied for every killed run. */
  static final String PREVIOUS = "/previous/out";

  /** A local copy of {@link #PREVIOUS}. */
  static Path previous;

  /** What the killed runs would publish: all the input, run id "killed". */
  static Path killedNew;

  @BeforeAll
  static void startHdfs() throws Exception {
    cluster = MiniHdfs.start(tmp.resolve("dfs"));
    hdfs = cluster.uri;
    fs = cluster.fs;
    in = TestCorpus.write(tmp);
    cluster.put(in, "/in");
    local = tmp.resolve("local");
    run("--input=" + in, "--output=" + local, "--runId=same");
    killedNew = tmp.resolve("killed-new");
    run("--input=" + in, "--output=" + killedNew, "--runId=killed");
    runOnHdfs("/in/seeds", PREVIOUS, "old");
    previous = copyToLocal(PREVIOUS, "previous");
    assertThat(summary(previous).path("reports").asLong())
        .as("the previous output and the new one differ")
        .isLessThan(summary(killedNew).path("reports").asLong());
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @AfterEach
  void noFaults() {
    OutputFolder.faults = (step, folder) -> {};
  }

  private static org.apache.hadoop.fs.Path hdfsPath(String path) {
    return cluster.path(path);
  }

  private static String hdfsConfiguration() {
    return cluster.hdfsConfiguration();
  }

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code)
        .as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
        .isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A run on HDFS: input, output and temporary folder there. */
  private static String runOnHdfs(String input, String output, String runId, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input=" + hdfs + input,
                "--output=" + hdfs + output,
                "--runId=" + runId,
                "--tempLocation=" + hdfs + "/tmp",
                hdfsConfiguration()));
    args.addAll(Arrays.asList(more));
    return run(args.toArray(String[]::new));
  }

  /** Copies an HDFS output to a local folder, as a user would to query it. */
  private static Path copyToLocal(String output, String name) throws Exception {
    Path copy = tmp.resolve(name);
    cluster.get(output, copy);
    return copy;
  }

  /** What is beside an output on HDFS: the names in its folder. */
  private static List<String> hdfsSiblings(String folder) throws Exception {
    return cluster.list(folder);
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * The rows of a dataset with the input's location taken out of every text column (the local and
   * the HDFS run read the same files under different names).
   */
  private static String rowsOf(Connection c, Path out, Dataset d) throws Exception {
    String source =
        "read_parquet('"
            + out.resolve(d.glob())
            + "'"
            + (d.partitioned ? ", hive_partitioning = true" : "")
            + ", union_by_name = true)";
    List<String> columns = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
      while (rs.next()) {
        String name = "\"" + rs.getString(1) + "\"";
        columns.add(
            rs.getString(2).equals("VARCHAR")
                ? "replace(replace("
                    + name
                    + ", '"
                    + hdfs
                    + "/in', 'IN'), '"
                    + in.toAbsolutePath()
                    + "', 'IN') AS "
                    + name
                : name);
      }
    }
    return "SELECT " + String.join(", ", columns) + " FROM " + source;
  }

  private static void assertSameRows(Path a, Path b) throws Exception {
    assertSameRows(a, b, true);
  }

  /**
   * The same rows in every dataset of {@code a} and {@code b}; with {@code everyDatasetHasRows},
   * none of them empty (the previous output, of the seeds only, has no rejects).
   */
  private static void assertSameRows(Path a, Path b, boolean everyDatasetHasRows) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Dataset d : Dataset.values()) {
        if (d == Dataset.LEGACY_INDICATORS) {
          continue; // the corpus has no pre-2019 report
        }
        String x = rowsOf(c, a, d);
        String y = rowsOf(c, b, d);
        long rows = count(c, "SELECT count(*) FROM (" + x + ")");
        if (everyDatasetHasRows) {
          assertThat(rows).as(d.folder + " rows").isPositive();
        }
        assertThat(count(c, "SELECT count(*) FROM (" + y + ")")).as(d.folder).isEqualTo(rows);
        assertThat(count(c, "SELECT count(*) FROM (" + x + " EXCEPT ALL " + y + ")"))
            .as(d.folder + ": rows only in " + a.getFileName())
            .isZero();
        assertThat(count(c, "SELECT count(*) FROM (" + y + " EXCEPT ALL " + x + ")"))
            .as(d.folder + ": rows only in " + b.getFileName())
            .isZero();
      }
    }
  }

  private static JsonNode summary(Path out) throws Exception {
    return new ObjectMapper().readTree(out.resolve(OutputFolder.SUMMARY_FILE).toFile());
  }

  @Test
  void aRunOnHdfsWritesTheSameRowsAsALocalRunAndLeavesNothingBeside() throws Exception {
    String printed = runOnHdfs("/in", "/runs/out", "same");
    assertThat(printed).contains("quality report   not made");
    Path copy = copyToLocal("/runs/out", "from-hdfs");
    assertSameRows(local, copy);
    JsonNode s = summary(copy);
    assertThat(s.path("producer").asText()).isEqualTo(OutputFolder.PRODUCER);
    assertThat(s.path("inputs").asLong()).isEqualTo(TestCorpus.INPUTS);
    assertThat(s.path("reports").asLong()).isEqualTo(TestCorpus.REPORTS);
    assertThat(s.path("rejects").asLong()).isEqualTo(TestCorpus.REJECTS);
    assertThat(s.path("rows")).isEqualTo(summary(local).path("rows"));
    assertThat(hdfsSiblings("/runs"))
        .as("no staging folder, previous output, journal or lock beside the output")
        .containsExactly("out");
    assertThat(fs.exists(hdfsPath("/runs/out/" + OutputFolder.TEMP_DIR))).isFalse();

    // Replacing it works the same.
    runOnHdfs("/in", "/runs/out", "again");
    assertThat(hdfsSiblings("/runs")).containsExactly("out");
  }

  @Test
  void anAppendOnHdfsAddsOnlyTheNewReports() throws Exception {
    runOnHdfs("/in/seeds", "/append/out", "first");
    runOnHdfs("/in", "/append/out", "second", "--append");
    Path copy = copyToLocal("/append/out", "appended");
    JsonNode s = summary(copy);
    assertThat(s.path("mode").asText()).isEqualTo("append");
    assertThat(s.path("already_in_output").asLong())
        .as("the seeds, and the exact copy of seed 000 (the same report id)")
        .isEqualTo(TestCorpus.SEEDS + 1);
    assertThat(s.path("inputs").asLong())
        .isEqualTo(
            s.path("reports").asLong()
                + s.path("rejects").asLong()
                + s.path("already_in_output").asLong());
    assertThat(s.path("output_totals").path("reports").asLong()).isEqualTo(TestCorpus.REPORTS);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      String ids =
          "SELECT string_agg(report_id, ',' ORDER BY report_id) FROM read_parquet('%s',"
              + " hive_partitioning = true)";
      try (Statement st = c.createStatement();
          ResultSet a = st.executeQuery(String.format(ids, copy.resolve(Dataset.REPORTS.glob())))) {
        a.next();
        String appended = a.getString(1);
        try (ResultSet b =
            c.createStatement()
                .executeQuery(String.format(ids, local.resolve(Dataset.REPORTS.glob())))) {
          b.next();
          assertThat(appended).isEqualTo(b.getString(1));
        }
      }
    }
    assertThat(hdfsSiblings("/append")).containsExactly("out");
  }

  /** What a kill throws in-process: an Error, so the launcher's clean-up does not run. */
  static final class Killed extends Error {
    Killed(OutputFolder.Step step) {
      super("killed at " + step);
    }
  }

  /** A run on HDFS killed by the fault hook at {@code at} of its publish. */
  private static void killedRunOnHdfs(String output, OutputFolder.Step at) {
    OutputFolder.faults =
        (step, folder) -> {
          if (step == at) {
            folder.dieHere();
            throw new Killed(step);
          }
        };
    try {
      assertThatThrownBy(
              () ->
                  OgiReports.run(
                      new String[] {
                        "--input=" + hdfs + "/in",
                        "--output=" + hdfs + output,
                        "--runId=killed",
                        "--tempLocation=" + hdfs + "/tmp",
                        hdfsConfiguration()
                      },
                      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
          .isInstanceOf(Killed.class);
    } finally {
      OutputFolder.faults = (step, folder) -> {};
    }
  }

  @ParameterizedTest
  @EnumSource(OutputFolder.Step.class)
  void aRunKilledAtEveryPublishStepOnHdfsLeavesAWholeOutput(OutputFolder.Step at) throws Exception {
    String parent = "/killed-" + at;
    String out = parent + "/out";
    fs.mkdirs(hdfsPath(parent));
    assertThat(FileUtil.copy(fs, hdfsPath(PREVIOUS), fs, hdfsPath(out), false, fs.getConf()))
        .as("the previous output, copied")
        .isTrue();
    boolean publishFinishes = at.compareTo(OutputFolder.Step.PREVIOUS_MOVED_ASIDE) >= 0;
    Path expectedAfterKill = publishFinishes ? killedNew : previous;

    killedRunOnHdfs(out, at);
    assertThat(hdfsSiblings(parent)).as("the killed run's marker").contains(".out.lock");
    if (at == OutputFolder.Step.PREVIOUS_MOVED_ASIDE) {
      // Killed between the two renames: no output at the path, but the journal names a complete
      // staging folder, and the previous output is whole beside it.
      assertThat(fs.exists(hdfsPath(out))).as("killed between the renames").isFalse();
      assertThat(hdfsSiblings(parent))
          .contains(".out.publish", ".out.staging-killed", ".out.previous-.out.staging-killed");
      assertSameRows(killedNew, copyToLocal(parent + "/.out.staging-killed", "staged-at-" + at));
      assertSameRows(
          previous,
          copyToLocal(parent + "/.out.previous-.out.staging-killed", "aside-at-" + at),
          false);
    } else {
      assertSameRows(expectedAfterKill, copyToLocal(out, "killed-at-" + at), publishFinishes);
    }

    // The next run recovers before it writes anything: seen at the start of its own publish, the
    // output is whole (the previous, or the killed run's once its publish had begun moving
    // folders) and nothing of the killed run is left beside it.
    List<List<String>> besideDuringNextRun = new ArrayList<>();
    OutputFolder.faults =
        (step, folder) -> {
          if (step == OutputFolder.Step.STAGED && besideDuringNextRun.isEmpty()) {
            try {
              besideDuringNextRun.add(hdfsSiblings(parent));
              copyToLocal(out, "recovered-at-" + at);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
        };
    runOnHdfs("/in", out, "same");
    OutputFolder.faults = (step, folder) -> {};
    assertThat(besideDuringNextRun).as("the next run reached its publish").hasSize(1);
    assertThat(besideDuringNextRun.get(0))
        .as("killed at %s: beside the output during the next run, only that run's own files", at)
        .containsExactlyInAnyOrder("out", ".out.lock", ".out.staging-same");
    assertSameRows(expectedAfterKill, tmp.resolve("recovered-at-" + at), publishFinishes);

    assertSameRows(local, copyToLocal(out, "after-kill-" + at));
    assertThat(hdfsSiblings(parent)).containsExactly("out");
  }

  @Test
  void inputsOnHdfsAreListedAsFoldersGlobsAndFiles() throws Exception {
    FileSystems.setDefaultPipelineOptions(
        PipelineOptionsFactory.fromArgs(hdfsConfiguration()).as(HadoopFileSystemOptions.class));
    Configuration conf = fs.getConf();
    InputFiles.Listing folder = InputFiles.list(hdfs + "/in", null, conf);
    assertThat(folder.entries()).hasSize(TestCorpus.INPUTS);
    assertThat(folder.entries()).allMatch(e -> e.startsWith(hdfs + "/in/"));
    InputFiles.Listing glob = InputFiles.list(hdfs + "/in/seeds/*.txt", null, conf);
    assertThat(glob.entries()).hasSize(TestCorpus.SEEDS);
    InputFiles.Listing one = InputFiles.list(hdfs + "/in/seeds/" + TestCorpus.SEED_000, null, conf);
    assertThat(one.entries()).containsExactly(hdfs + "/in/seeds/" + TestCorpus.SEED_000);
    assertThat(InputFiles.list(hdfs + "/nothing-here", null, conf).entries()).isEmpty();
  }

  @Test
  void aStaleLockIsRemovedButALiveOneIsRespected() throws Exception {
    HadoopStore store = HadoopStore.of(hdfs + "/", fs.getConf());
    String lockFile = hdfs + "/locks/.out.lock";
    store.mkdirs(hdfs + "/locks");
    Store.Lock first = store.lock(lockFile, "first");
    assertThat(first).isNotNull();
    assertThat(store.lock(lockFile, "second")).as("held by a live run").isNull();
    first.abandon(); // as HDFS closes the file of a writer whose lease ended
    Store.Lock third = store.lock(lockFile, "third");
    assertThat(third).as("a closed marker belongs to a run that is gone").isNotNull();
    assertThat(new String(store.read(lockFile), StandardCharsets.UTF_8)).isEqualTo("third\n");
    third.close();
    assertThat(store.exists(lockFile)).isFalse();
  }
}
