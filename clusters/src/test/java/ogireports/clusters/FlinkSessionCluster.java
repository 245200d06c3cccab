package ogireports.clusters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A Flink 1.19 standalone session cluster on this machine: one JobManager and {@code n}
 * TaskManagers (one slot each), each a JVM of its own, everything bound to 127.0.0.1 on free ports.
 * It is started the way Flink's {@code jobmanager.sh}/{@code taskmanager.sh} start a distribution,
 * from Maven jars instead of {@code flink-dist}: the memory flags and dynamic properties are those
 * {@code BashJavaUtils} computes from the configuration ({@code GET_JM_RESOURCE_PARAMS}, {@code
 * GET_TM_RESOURCE_PARAMS}), the JVM options are Flink's default {@code env.java.opts.all}.
 *
 * <pre>{@code
 * try (FlinkSessionCluster flink = new FlinkSessionCluster(dir, jars, 2).start()) {
 *   ... --runner=FlinkRunner --flinkMaster=flink.flinkMaster() ...
 *   Json.get(flink.restUrl() + "/jobs/overview");
 * }
 * }</pre>
 *
 * <p>Files under {@code dir}: {@code conf/} (flink-conf.yaml, log4j.properties), {@code log/} (one
 * {@code .log} and one {@code .out} per process), {@code tmp/}.
 */
public final class FlinkSessionCluster implements AutoCloseable {

  static final String JOB_MANAGER =
      "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
  static final String TASK_MANAGER = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
  static final String BASH_JAVA_UTILS = "org.apache.flink.runtime.util.bash.BashJavaUtils";

  /** Flink 1.19's default {@code env.java.opts.all} (its flink-conf.yaml), for Java 17. */
  static final List<String> JAVA_OPTS =
      List.of(
          "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
          "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
          "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.text=ALL-UNNAMED",
          "--add-opens=java.base/java.time=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

  /** How long start() waits for the TaskManagers at most; only a bound against hanging. */
  private final Path dir;

  private final String classpath;
  private final int taskManagers;
  private final List<ChildProcess> processes = new ArrayList<>();
  private final Map<String, List<String>> resourceParams = new java.util.HashMap<>();
  private int restPort = -1;

  /**
   * @param dir the cluster's folder (emptied by {@link #start()})
   * @param jars Flink's jars and a log4j 2 binding
   * @param taskManagers how many TaskManagers (one slot each)
   */
  public FlinkSessionCluster(Path dir, List<Path> jars, int taskManagers) {
    this.dir = dir.toAbsolutePath();
    this.classpath = ClusterClasspath.join(jars);
    this.taskManagers = taskManagers;
  }

  /**
   * Starts the JobManager and the TaskManagers and returns once the REST API reports all
   * TaskManagers registered with their slots free. Throws, with the end of its log, as soon as a
   * process dies; the processes started so far are then ended.
   */
  public FlinkSessionCluster start() throws IOException, InterruptedException {
    Modules.emptyFolder(dir);
    Files.createDirectories(dir.resolve("log"));
    Files.createDirectories(dir.resolve("tmp/web"));
    int[] ports = Modules.freePorts(2);
    restPort = ports[0];
    writeConfiguration(ports[1]);
    try {
      processes.add(
          launch(
              "jobmanager", JOB_MANAGER, "GET_JM_RESOURCE_PARAMS", "--executionMode", "cluster"));
      for (int i = 1; i <= taskManagers; i++) {
        processes.add(launch("taskmanager-" + i, TASK_MANAGER, "GET_TM_RESOURCE_PARAMS"));
      }
      awaitTaskManagers();
    } catch (IOException | InterruptedException | RuntimeException e) {
      close();
      throw e;
    }
    return this;
  }

  /** The REST API, e.g. {@code http://127.0.0.1:40123}. */
  public String restUrl() {
    return "http://127.0.0.1:" + restPort;
  }

  /** What the Beam Flink runner's {@code --flinkMaster} takes: the REST address. */
  public String flinkMaster() {
    return "127.0.0.1:" + restPort;
  }

  /** GET a REST path ({@code /overview}) as JSON. */
  public String rest(String path) throws IOException, InterruptedException {
    return Json.get(restUrl() + path);
  }

  /** The cluster's processes: the JobManager first. */
  public List<ChildProcess> processes() {
    return List.copyOf(processes);
  }

  /** Fails, with the end of its log, if a process of the cluster has exited. */
  public void requireAlive() {
    processes.forEach(ChildProcess::requireAlive);
  }

  /** Ends every process of the cluster (TaskManagers first). */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).close();
    }
  }

  private void writeConfiguration(int rpcPort) throws IOException {
    Path conf = Files.createDirectories(dir.resolve("conf"));
    String yaml =
        String.join(
            "\n",
            "jobmanager.rpc.address: 127.0.0.1",
            "jobmanager.bind-host: 127.0.0.1",
            "jobmanager.rpc.port: " + rpcPort,
            "jobmanager.memory.process.size: 1024m",
            "taskmanager.bind-host: 127.0.0.1",
            "taskmanager.host: 127.0.0.1",
            "taskmanager.rpc.port: 0",
            "taskmanager.data.port: 0",
            "taskmanager.memory.process.size: 1728m",
            "taskmanager.numberOfTaskSlots: 1",
            "parallelism.default: " + taskManagers,
            "rest.address: 127.0.0.1",
            "rest.bind-address: 127.0.0.1",
            "rest.port: " + restPort,
            "blob.server.port: 0",
            "io.tmp.dirs: " + dir.resolve("tmp"),
            "web.tmpdir: " + dir.resolve("tmp/web"),
            "");
    Files.writeString(conf.resolve("flink-conf.yaml"), yaml, StandardCharsets.UTF_8);
    try (InputStream log4j = getClass().getResourceAsStream("flink-log4j.properties")) {
      Files.copy(log4j, conf.resolve("log4j.properties"));
    }
  }

  /** Starts one Flink process the way Flink's scripts do. */
  private ChildProcess launch(String name, String mainClass, String paramsKind, String... args)
      throws IOException, InterruptedException {
    // Computed once per kind: every TaskManager has the same configuration.
    List<String> params = resourceParams.get(paramsKind);
    if (params == null) {
      params = resourceParams(paramsKind);
      resourceParams.put(paramsKind, params);
    }
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.java());
    command.addAll(words(params.get(0))); // -Xmx… -Xms… -XX:MaxDirectMemorySize=… …
    command.addAll(JAVA_OPTS);
    command.add("-Dlog.file=" + dir.resolve("log/" + name + ".log"));
    command.add("-Dlog4j.configurationFile=file:" + dir.resolve("conf/log4j.properties"));
    command.add("-classpath");
    command.add(classpath);
    command.add(mainClass);
    command.add("--configDir");
    command.add(dir.resolve("conf").toString());
    command.addAll(Arrays.asList(args));
    command.addAll(words(params.get(1))); // -D key=value …
    return ChildProcess.start(name, command, Map.of(), dir, dir.resolve("log/" + name + ".out"))
        .alsoLogsTo(dir.resolve("log/" + name + ".log"));
  }

  /**
   * The two lines BashJavaUtils prints for a process kind: the JVM memory flags, then the dynamic
   * properties ({@code -D taskmanager.memory.…=…}) that pin the memory model it computed.
   */
  private List<String> resourceParams(String kind) throws IOException, InterruptedException {
    Path out = dir.resolve("log/" + kind + ".out");
    List<String> command =
        List.of(
            ChildProcess.java(),
            "-Dlog.file=" + dir.resolve("log/bash-java-utils.log"),
            "-Dlog4j.configurationFile=file:" + dir.resolve("conf/log4j.properties"),
            "-classpath",
            classpath,
            BASH_JAVA_UTILS,
            kind,
            "--configDir",
            dir.resolve("conf").toString());
    ChildProcess utils = ChildProcess.start("BashJavaUtils " + kind, command, Map.of(), dir, out);
    int code = utils.waitFor();
    String prefix = "BASH_JAVA_UTILS_EXEC_RESULT:";
    List<String> results =
        Files.readAllLines(out, StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith(prefix))
            .map(l -> l.substring(prefix.length()))
            .toList();
    if (code != 0 || results.size() < 2) {
      throw new IllegalStateException(
          "BashJavaUtils " + kind + " failed (exit code " + code + ")\n" + utils.tail(60));
    }
    return results.subList(results.size() - 2, results.size());
  }

  private static List<String> words(String line) {
    return Arrays.stream(line.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  /** Polls {@code /overview} until every TaskManager is registered and its slot is free. */
  private void awaitTaskManagers() throws InterruptedException {
    // No time limit: a cluster process that dies fails the wait at once (requireAlive).
    while (true) {
      requireAlive();
      try {
        String last = rest("/overview");
        if (Json.number(last, "$.taskmanagers") >= taskManagers
            && Json.number(last, "$.\"slots-available\"") >= taskManagers) {
          return;
        }
      } catch (IOException e) {
        // the REST endpoint is not up yet
      }
      Thread.sleep(500);
    }
  }
}
