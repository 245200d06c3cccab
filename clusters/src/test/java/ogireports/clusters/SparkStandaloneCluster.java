package ogireports.clusters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spark 3.5 standalone cluster on this machine: a Master and {@code n} Workers (one core, 2 GB
 * for executors each), each a JVM of its own, everything on 127.0.0.1 with free ports. Spark's own
 * scripts need a distribution; this lays one out from Maven jars instead: {@code spark-home/} holds
 * a {@code RELEASE} file and {@code jars/} (links to the jars given), which is where a Worker takes
 * the class path of the executors it launches from ({@code SPARK_HOME}, {@code
 * SPARK_SCALA_VERSION}).
 *
 * <pre>{@code
 * try (SparkStandaloneCluster spark = new SparkStandaloneCluster(dir, jars, 2).start()) {
 *   // a driver: spark.environment(), spark.javaOptions(), class path spark.jarsClasspath() + app
 *   ... --runner=SparkRunner --sparkMaster=spark.masterUrl() ...
 *   Json.get(spark.webUiUrl() + "/json/");
 * }
 * }</pre>
 *
 * <p>Files under {@code dir}: {@code spark-home/}, {@code log/} (each daemon's output), {@code
 * work/worker-N/} (each Worker's work folder: per application and executor, the executor's {@code
 * stdout} and {@code stderr}), {@code local/} (scratch space).
 */
public final class SparkStandaloneCluster implements AutoCloseable {

  static final String MASTER = "org.apache.spark.deploy.master.Master";
  static final String WORKER = "org.apache.spark.deploy.worker.Worker";

  /** The module openings Spark 3.5's launcher adds on Java 17 (JavaModuleOptions). */
  static final List<String> JAVA_OPTS =
      List.of(
          "-XX:+IgnoreUnrecognizedVMOptions",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
          "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");

  /** The heap of the Master and the Workers (the daemons only; executors get 1 GB each). */
  static final String DAEMON_MEMORY = "-Xmx512m";

  /** How long start() waits for the Workers at most; only a bound against hanging. */
  private final Path dir;

  private final List<Path> jars;
  private final int workers;
  private final List<ChildProcess> processes = new ArrayList<>();
  private int masterPort = -1;
  private int webUiPort = -1;

  /**
   * @param dir the cluster's folder (emptied by {@link #start()})
   * @param jars Spark's jars (they become {@code spark-home/jars/})
   * @param workers how many Workers (one core each)
   */
  public SparkStandaloneCluster(Path dir, List<Path> jars, int workers) {
    this.dir = dir.toAbsolutePath();
    this.jars = List.copyOf(jars);
    this.workers = workers;
  }

  /**
   * Lays out {@code spark-home/}, starts the Master and the Workers and returns once the Master's
   * JSON status counts all Workers alive. Throws, with the end of its log, as soon as a process
   * dies; the processes started so far are then ended.
   */
  public SparkStandaloneCluster start() throws IOException, InterruptedException {
    Modules.emptyFolder(dir);
    layOutSparkHome();
    Files.createDirectories(dir.resolve("local"));
    int[] ports = Modules.freePorts(2 + workers);
    masterPort = ports[0];
    webUiPort = ports[1];
    try {
      processes.add(
          launch(
              "master",
              MASTER,
              "--host",
              "127.0.0.1",
              "--port",
              String.valueOf(masterPort),
              "--webui-port",
              String.valueOf(webUiPort)));
      for (int i = 1; i <= workers; i++) {
        Path work = Files.createDirectories(workDir(i));
        processes.add(
            launch(
                "worker-" + i,
                WORKER,
                "--host",
                "127.0.0.1",
                "--cores",
                "1",
                "--memory",
                "2g",
                "--webui-port",
                String.valueOf(ports[1 + i]),
                "--work-dir",
                work.toString(),
                masterUrl()));
      }
      awaitWorkers();
    } catch (IOException | InterruptedException | RuntimeException e) {
      close();
      throw e;
    }
    return this;
  }

  /** What drivers connect to, e.g. {@code spark://127.0.0.1:40123}. */
  public String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /** The Master's web UI; {@code /json/} is its status as JSON. */
  public String webUiUrl() {
    return "http://127.0.0.1:" + webUiPort;
  }

  /** The Master's status: workers, running and completed applications. */
  public String masterStatus() throws IOException, InterruptedException {
    return Json.get(webUiUrl() + "/json/");
  }

  /** Worker {@code i}'s work folder (1-based): {@code <application id>/<executor id>/stderr}. */
  public Path workDir(int i) {
    return dir.resolve("work/worker-" + i);
  }

  /** How many Workers the cluster has. */
  public int workers() {
    return workers;
  }

  /** The environment of every Spark process here, drivers included. */
  public Map<String, String> environment() {
    return Map.of(
        "SPARK_HOME",
        dir.resolve("spark-home").toString(),
        "SPARK_SCALA_VERSION",
        "2.12",
        "SPARK_LOCAL_IP",
        "127.0.0.1",
        "SPARK_LOCAL_DIRS",
        dir.resolve("local").toString());
  }

  /** A class path entry with every Spark jar ({@code spark-home/jars/*}), for drivers. */
  public String jarsClasspath() {
    return dir.resolve("spark-home/jars") + "/*";
  }

  /** The cluster's processes: the Master first. */
  public List<ChildProcess> processes() {
    return List.copyOf(processes);
  }

  /** Fails, with the end of its log, if a process of the cluster has exited. */
  public void requireAlive() {
    processes.forEach(ChildProcess::requireAlive);
  }

  /** Ends every process of the cluster, the Workers (and their executors) first. */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).close();
    }
  }

  private void layOutSparkHome() throws IOException {
    Path home = Files.createDirectories(dir.resolve("spark-home"));
    Files.writeString(
        home.resolve("RELEASE"), "Spark 3.5 (laid out from Maven jars)\n", StandardCharsets.UTF_8);
    Path lib = Files.createDirectories(home.resolve("jars"));
    for (Path jar : jars) {
      Path link = lib.resolve(jar.getFileName());
      if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalStateException("two Spark jars named " + jar.getFileName());
      }
      Files.createSymbolicLink(link, jar);
    }
  }

  private ChildProcess launch(String name, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.java());
    command.add(DAEMON_MEMORY);
    command.addAll(JAVA_OPTS);
    command.add("-cp");
    command.add(jarsClasspath());
    command.add(mainClass);
    command.addAll(List.of(args));
    return ChildProcess.start(
        name, command, environment(), dir, dir.resolve("log/" + name + ".log"));
  }

  /** Polls the Master's {@code /json/} until every Worker is registered alive. */
  private void awaitWorkers() throws InterruptedException {
    // No time limit: a cluster process that dies fails the wait at once (requireAlive).
    while (true) {
      requireAlive();
      try {
        String last = masterStatus();
        if (Json.number(last, "$.aliveworkers") >= workers) {
          return;
        }
      } catch (IOException e) {
        // the web UI is not up yet
      }
      Thread.sleep(500);
    }
  }
}
