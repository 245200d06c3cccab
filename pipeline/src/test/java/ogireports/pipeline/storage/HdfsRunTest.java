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
 * beside the output, an {@code --append} on HDFS, and a run killed during its publish on HDFS whose
 * next run finds the output whole.
 */
class HdfsRunTest {

  @TempDir static Path tmp;
  static MiniHdfs cluster;
  static FileSystem fs;
  static String hdfs;
  static Path in;
  static Path local;

  @BeforeAll
  static void startHdfs() throws Exception {
    cluster = MiniHdfs.start(tmp.resolve("dfs"));
    hdfs = cluster.uri;
    fs = cluster.fs;
    in = TestCorpus.write(tmp);
    cluster.put(in, "/in");
    local = tmp.resolve("local");
    run("--input=" + in, "--output=" + local, "--runId=same");
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
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Dataset d : Dataset.values()) {
        if (d == Dataset.LEGACY_INDICATORS) {
          continue; // the corpus has no pre-2019 report
        }
        String x = rowsOf(c, a, d);
        String y = rowsOf(c, b, d);
        long rows = count(c, "SELECT count(*) FROM (" + x + ")");
        assertThat(rows).as(d.folder + " rows").isPositive();
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

  @ParameterizedTest
  @EnumSource(
      value = OutputFolder.Step.class,
      names = {"JOURNAL_WRITTEN", "PREVIOUS_MOVED_ASIDE", "DELETING_PREVIOUS"})
  void aRunKilledDuringItsPublishOnHdfsLeavesAWholeOutput(OutputFolder.Step at) throws Exception {
    String out = "/killed-" + at + "/out";
    runOnHdfs("/in/seeds", out, "old");
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
                    new String[] {
                      "--input=" + hdfs + "/in",
                      "--output=" + hdfs + out,
                      "--runId=killed",
                      hdfsConfiguration()
                    },
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isInstanceOf(Killed.class);
    OutputFolder.faults = (step, folder) -> {};
    String parent = out.substring(0, out.lastIndexOf('/'));
    assertThat(hdfsSiblings(parent)).as("the killed run's marker").contains(".out.lock");
    if (at == OutputFolder.Step.PREVIOUS_MOVED_ASIDE) {
      assertThat(fs.exists(hdfsPath(out))).as("killed between the renames").isFalse();
    } else {
      assertThat(fs.exists(hdfsPath(out + "/" + OutputFolder.SUMMARY_FILE))).isTrue();
    }

    // The next run removes the dead run's lock, finishes or undoes its publish, and replaces it.
    runOnHdfs("/in", out, "same");
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
