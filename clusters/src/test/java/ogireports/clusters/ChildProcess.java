package ogireports.clusters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A JVM (or any program) started as a separate process, its standard output and error in one log
 * file. {@link #close()} ends it together with every process it started (a Spark worker's
 * executors), first politely, then by force. Whatever is still running when the tests' JVM exits (a
 * test killed halfway) is ended by a shutdown hook, so no cluster outlives the build.
 */
final class ChildProcess implements AutoCloseable {

  private static final Duration GRACE = Duration.ofSeconds(20);
  private static final Set<ChildProcess> STARTED = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> STARTED.forEach(ChildProcess::close), "end child processes"));
  }

  final String name;
  final Path log;
  private final Process process;
  private final List<Path> otherLogs = new ArrayList<>();

  private ChildProcess(String name, Path log, Process process) {
    this.name = name;
    this.log = log;
    this.process = process;
  }

  /** Names a log file the process writes itself, shown with its output when it fails. */
  ChildProcess alsoLogsTo(Path file) {
    otherLogs.add(file);
    return this;
  }

  /** The {@code java} that runs these tests. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Starts {@code command} in {@code dir} with {@code env} added to this process's environment; its
   * output goes to {@code log}.
   */
  static ChildProcess start(
      String name, List<String> command, Map<String, String> env, Path dir, Path log)
      throws IOException {
    Files.createDirectories(log.getParent());
    Files.writeString(log, "$ " + String.join(" ", command) + "\n\n", StandardCharsets.UTF_8);
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().putAll(env);
    ChildProcess child = new ChildProcess(name, log, pb.start());
    STARTED.add(child);
    return child;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** Throws, with the end of the log, if the process has exited. */
  void requireAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          name + " exited with code " + process.exitValue() + "\n" + tail(60));
    }
  }

  /** Waits for the process to exit, however long its work takes, and returns its exit code. */
  int waitFor() throws InterruptedException {
    int code = process.waitFor();
    STARTED.remove(this);
    return code;
  }

  /**
   * For shutting down only: waits up to {@code timeout} for the process to exit, then ends it and
   * throws.
   */
  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      close();
      throw new IllegalStateException(
          name + " still running after " + timeout + ", ended\n" + tail(60));
    }
    STARTED.remove(this);
    return process.exitValue();
  }

  /** The last {@code lines} lines of the output and of each other log, headed by their paths. */
  String tail(int lines) {
    StringBuilder b = new StringBuilder();
    for (Path file : otherLogs) {
      b.append(tail(file, lines)).append('\n');
    }
    return b.append(tail(log, lines)).toString();
  }

  private static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return "--- last lines of "
          + file
          + " ---\n"
          + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | java.io.UncheckedIOException e) {
      return "(cannot read " + file + ": " + e + ")";
    }
  }

  /** Ends the process and all its descendants: SIGTERM, then SIGKILL after a grace period. */
  @Override
  public void close() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + GRACE.toNanos();
    for (ProcessHandle p : tree) {
      long left = deadline - System.nanoTime();
      try {
        p.onExit().get(Math.max(0, left), TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
    STARTED.remove(this);
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ", log " + log + ")";
  }
}
