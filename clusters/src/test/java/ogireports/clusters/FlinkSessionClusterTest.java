package ogireports.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar on a real Flink 1.19 session cluster (a JobManager and two TaskManagers, each a
 * JVM of its own) gives the same rows in every dataset as the DirectRunner on the same input: a
 * user who outgrows one machine gets the same answers. The job is submitted the way a user submits
 * it ({@code --flinkMaster=host:port --filesToStage=ogi-reports.jar}) and must have run on both
 * TaskManagers. It does so with local folders, and with the input, the output and the temporary
 * folder on an HDFS (a MiniDFSCluster in a process of its own, {@link HdfsProcess}), the shared
 * storage such a cluster's machines read and write. Logs of every process: {@code
 * target/flink-session/}.
 */
class FlinkSessionClusterTest {

  static final Path DIR = Modules.target().resolve("flink-session");

  /** The Flink job names of the two runs on the cluster. */
  static final String LOCAL_JOB = "parity-local";

  static final String HDFS_JOB = "parity-hdfs";

  static FlinkSessionCluster flink;
  static HdfsProcess hdfs;
  static Path runs;
  static Path in;
  static Path direct;
  static Path onFlink;

  @BeforeAll
  static void runOnTheDirectRunnerAndOnTheCluster() throws Exception {
    ClusterClasspath.assumeExecutionOf("flink");
    runs = Modules.emptyFolder(DIR.resolve("runs"));
    in = ParityCorpus.write(runs);
    direct = runs.resolve("out-direct");
    onFlink = runs.resolve("out-flink");
    // Starts meanwhile; the test on HDFS waits for it.
    hdfs = HdfsProcess.start(DIR.resolve("hdfs"), in, "/in");

    ProductJar.run(
        "DirectRunner",
        runs.resolve("direct.log"),
        List.of("--input=" + in, "--output=" + direct, "--runId=parity", "--runner=DirectRunner"));

    flink = new FlinkSessionCluster(DIR.resolve("cluster"), ClusterClasspath.jars(), 2).start();
    ProductJar.run(
        "FlinkRunner on " + flink.flinkMaster(),
        runs.resolve("flink.log"),
        flinkArgs(LOCAL_JOB, "--input=" + in, "--output=" + onFlink));
  }

  /** The arguments of a run on the cluster, after {@code args}. */
  private static List<String> flinkArgs(String jobName, String... args) throws Exception {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--runId=parity",
            "--runner=FlinkRunner",
            "--jobName=" + jobName,
            "--flinkMaster=" + flink.flinkMaster(),
            "--filesToStage=" + ProductJar.path(),
            "--parallelism=2"));
    return all;
  }

  @AfterAll
  static void stopTheClusters() {
    if (flink != null) {
      flink.close();
    }
    if (hdfs != null) {
      hdfs.close();
    }
  }

  @Test
  void everyDatasetHasTheRowsOfTheDirectRunner() throws Exception {
    DatasetParity.assertSameRows(direct, onFlink, "Flink");
  }

  @Test
  void theJobFinishedOnTheClusterAndRanOnBothTaskManagers() throws Exception {
    assertFinishedOnBothTaskManagers(LOCAL_JOB);
  }

  /**
   * The input, the output and the temporary folder on HDFS, the job on the cluster: the same rows
   * as the DirectRunner's local run (the source columns name the input on HDFS instead of the local
   * folder), and nothing on HDFS but the input and the output.
   */
  @Test
  void onHdfsEveryDatasetHasTheRowsOfTheDirectRunnerAndNothingTemporaryIsLeft() throws Exception {
    String uri = hdfs.uri();
    ProductJar.run(
        "FlinkRunner on " + flink.flinkMaster() + ", files on " + uri,
        runs.resolve("flink-hdfs.log"),
        flinkArgs(
            HDFS_JOB,
            "--input=" + uri + "/in",
            "--output=" + uri + "/runs/out",
            "--tempLocation=" + uri + "/tmp",
            "--hdfsConfiguration=[{\"fs.defaultFS\":\"" + uri + "\"}]"));
    assertFinishedOnBothTaskManagers(HDFS_JOB);

    Path copy = runs.resolve("out-flink-hdfs");
    List<String> onHdfs = hdfs.get("/runs/out", copy);
    DatasetParity.assertSameRows(
        direct, copy, "Flink, on HDFS", List.of(in.toString(), uri + "/in"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE starts_with(source_uri, '"
                    + uri
                    + "/in/')) FROM read_parquet('"
                    + copy.resolve("reports/**/*.parquet")
                    + "', hive_partitioning = true)")) {
      rs.next();
      assertThat(rs.getLong(2)).as("reports whose source is on HDFS").isEqualTo(rs.getLong(1));
    }

    assertThat(onHdfs)
        .as("everything on HDFS after the run")
        .allMatch(p -> p.startsWith("in/") || p.startsWith("runs/") || p.startsWith("tmp/"))
        .contains("runs/out/", "runs/out/reports/", "runs/out/rejects/");
    assertThat(onHdfs.stream().filter(p -> p.startsWith("runs/") && !p.equals("runs/")).toList())
        .as("nothing beside the output (staging folder, previous output, journal, lock)")
        .allMatch(p -> p.startsWith("runs/out/"))
        .as("nothing temporary in the output (.temp-beam, hidden files)")
        .noneMatch(p -> p.contains("/.") || p.contains("temp-beam"));
    assertThat(onHdfs.stream().filter(p -> p.startsWith("tmp/")).toList())
        .as("nothing left in the temporary folder")
        .allMatch(p -> p.endsWith("/"));
  }

  /** The job named {@code jobName} finished, and its subtasks ran on both TaskManagers. */
  private static void assertFinishedOnBothTaskManagers(String jobName) throws Exception {
    flink.requireAlive();
    String jobs = flink.rest("/jobs/overview");
    List<String> names = Json.strings(jobs, "$.jobs[*].name");
    assertThat(names).as(jobs).containsOnlyOnce(jobName);
    int i = names.indexOf(jobName);
    String jobId = Json.strings(jobs, "$.jobs[*].jid").get(i);
    assertThat(Json.strings(jobs, "$.jobs[*].state").get(i)).as(jobs).isEqualTo("FINISHED");

    String taskManagers = flink.rest("/taskmanagers");
    Set<String> all = new TreeSet<>(Json.strings(taskManagers, "$.taskmanagers[*].id"));
    assertThat(all).as(taskManagers).hasSize(2);

    // Every subtask of every vertex of the job, with the TaskManager it ran on.
    String job = flink.rest("/jobs/" + jobId);
    Set<String> used = new TreeSet<>();
    for (String vertex : Json.strings(job, "$.vertices[*].id")) {
      String subtasks = flink.rest("/jobs/" + jobId + "/vertices/" + vertex);
      assertThat(Json.strings(subtasks, "$.subtasks[*].status"))
          .as(subtasks)
          .isNotEmpty()
          .containsOnly("FINISHED");
      used.addAll(Json.strings(subtasks, "$.subtasks[*].\"taskmanager-id\""));
    }
    assertThat(used).as("TaskManagers the job's subtasks ran on").isEqualTo(all);
  }
}
