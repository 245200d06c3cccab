package ogireports.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar on a real Spark 3.5 standalone cluster (a Master and two Workers, each a JVM of
 * its own, launching an executor JVM each) gives the same rows in every dataset as the DirectRunner
 * on the same input. The product jar does not carry the Spark runner: the driver runs with Spark's
 * jars (beam-runners-spark-3 and Spark, as a user's {@code spark-submit} provides them) in front of
 * the product jar, and ships the product jar to the executors ({@code --filesToStage}). The
 * application must have run tasks on both Workers. Logs of every process: {@code
 * target/spark-standalone/}.
 */
class SparkStandaloneClusterTest {

  static final Path DIR = Modules.target().resolve("spark-standalone");

  static SparkStandaloneCluster spark;
  static Path direct;
  static Path onSpark;

  @BeforeAll
  static void runOnTheDirectRunnerAndOnTheCluster() throws Exception {
    ClusterClasspath.assumeExecutionOf("spark");
    Path runs = Modules.emptyFolder(DIR.resolve("runs"));
    Path in = ParityCorpus.write(runs);
    direct = runs.resolve("out-direct");
    onSpark = runs.resolve("out-spark");
    String jar = ProductJar.path().toString();

    ProductJar.run(
        "DirectRunner",
        runs.resolve("direct.log"),
        List.of("--input=" + in, "--output=" + direct, "--runId=parity", "--runner=DirectRunner"));

    spark = new SparkStandaloneCluster(DIR.resolve("cluster"), ClusterClasspath.jars(), 2).start();
    ProductJar.runWith(
        "SparkRunner on " + spark.masterUrl(),
        runs.resolve("spark.log"),
        spark.jarsClasspath(),
        SparkStandaloneCluster.JAVA_OPTS,
        spark.environment(),
        List.of(
            "--input=" + in,
            "--output=" + onSpark,
            "--runId=parity",
            "--runner=SparkRunner",
            "--sparkMaster=" + spark.masterUrl(),
            "--filesToStage=" + jar));
  }

  @AfterAll
  static void stopTheCluster() {
    if (spark != null) {
      spark.close();
    }
  }

  @Test
  void everyDatasetHasTheRowsOfTheDirectRunner() throws Exception {
    DatasetParity.assertSameRows(direct, onSpark, "Spark");
  }

  @Test
  void theApplicationFinishedOnTheClusterAndRanTasksOnBothWorkers() throws Exception {
    spark.requireAlive();
    String status = spark.masterStatus();
    List<String> apps = Json.strings(status, "$.completedapps[*].id");
    assertThat(apps).as(status).hasSize(1);
    assertThat(Json.string(status, "$.completedapps[0].state")).as(status).isEqualTo("FINISHED");
    assertThat(Json.strings(status, "$.activeapps[*].id")).as(status).isEmpty();

    // Each Worker launched an executor for the application (work/worker-N/<app>/<executor>/),
    // and that executor ran tasks (its log says "Finished task").
    String app = apps.get(0);
    for (int i = 1; i <= spark.workers(); i++) {
      Path appDir = spark.workDir(i).resolve(app);
      assertThat(appDir).as("worker " + i + " ran an executor of " + app).isDirectory();
      long finished;
      try (Stream<Path> files = Files.walk(appDir)) {
        finished =
            files
                .filter(p -> p.getFileName().toString().equals("stderr"))
                .flatMap(SparkStandaloneClusterTest::lines)
                .filter(l -> l.contains("Finished task"))
                .count();
      }
      assertThat(finished)
          .as("tasks finished by worker " + i + "'s executor (" + appDir + ")")
          .isPositive();
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
