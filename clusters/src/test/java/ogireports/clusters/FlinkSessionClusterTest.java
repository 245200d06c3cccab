package ogireports.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The runnable jar on a real Flink 1.19 session cluster (a JobManager and two TaskManagers, each a
 * JVM of its own) gives the same rows in every dataset as the DirectRunner on the same input: a
 * user who outgrows one machine gets the same answers. The job is submitted the way a user submits
 * it ({@code --flinkMaster=host:port --filesToStage=ogi-reports.jar}) and must have run on both
 * TaskManagers. Logs of every process: {@code target/flink-session/}.
 */
class FlinkSessionClusterTest {

  static final Path DIR = Modules.target().resolve("flink-session");

  static FlinkSessionCluster flink;
  static Path direct;
  static Path onFlink;

  @BeforeAll
  @Timeout(value = 20, unit = TimeUnit.MINUTES) // a bound against hanging; it takes 2-3 minutes
  static void runOnTheDirectRunnerAndOnTheCluster() throws Exception {
    ClusterClasspath.assumeExecutionOf("flink");
    Path runs = Modules.emptyFolder(DIR.resolve("runs"));
    Path in = ParityCorpus.write(runs);
    direct = runs.resolve("out-direct");
    onFlink = runs.resolve("out-flink");
    String jar = ProductJar.path().toString();

    ProductJar.run(
        "DirectRunner",
        runs.resolve("direct.log"),
        List.of("--input=" + in, "--output=" + direct, "--runId=parity", "--runner=DirectRunner"));

    flink = new FlinkSessionCluster(DIR.resolve("cluster"), ClusterClasspath.jars(), 2).start();
    ProductJar.run(
        "FlinkRunner on " + flink.flinkMaster(),
        runs.resolve("flink.log"),
        List.of(
            "--input=" + in,
            "--output=" + onFlink,
            "--runId=parity",
            "--runner=FlinkRunner",
            "--flinkMaster=" + flink.flinkMaster(),
            "--filesToStage=" + jar,
            "--parallelism=2"));
  }

  @AfterAll
  static void stopTheCluster() {
    if (flink != null) {
      flink.close();
    }
  }

  @Test
  void everyDatasetHasTheRowsOfTheDirectRunner() throws Exception {
    DatasetParity.assertSameRows(direct, onFlink, "Flink");
  }

  @Test
  void theJobFinishedOnTheClusterAndRanOnBothTaskManagers() throws Exception {
    flink.requireAlive();
    String jobs = flink.rest("/jobs/overview");
    List<String> ids = Json.strings(jobs, "$.jobs[*].jid");
    assertThat(ids).as(jobs).hasSize(1);
    String jobId = ids.get(0);
    assertThat(Json.string(jobs, "$.jobs[0].state")).as(jobs).isEqualTo("FINISHED");

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
