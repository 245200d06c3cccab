package ogireports.clusters;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An HDFS on this machine for the cluster runs: a MiniDFSCluster (a NameNode and one DataNode on
 * 127.0.0.1) in a JVM of its own ({@code hdfs.HdfsMain serve}), started with Hadoop's jars, which
 * the tests' own JVM does not have: they overlap with Flink's and Spark's (the module declares them
 * provided; {@code target/hdfs.classpath} lists them). Reading it back goes through Hadoop's client
 * too, in a short-lived JVM ({@code hdfs.HdfsMain get}).
 *
 * <pre>{@code
 * try (HdfsProcess hdfs = HdfsProcess.start(dir, localInput, "/in")) {
 *   String uri = hdfs.uri(); // hdfs://127.0.0.1:PORT, once the input is on it
 *   ...
 *   List<String> everything = hdfs.get("/out", localCopy);
 * }
 * }</pre>
 *
 * <p>Files under {@code dir}: {@code dfs/} (the NameNode's and DataNode's storage), {@code
 * hdfs.log} (the process's output), {@code uri} once it is up, {@code stop} to end it.
 */
final class HdfsProcess implements AutoCloseable {

  static final String MAIN = "ogireports.clusters.hdfs.HdfsMain";

  /** Bounds against hanging; HDFS is up in 10-30 seconds, a copy takes a few. */
  private final Path dir;

  private final ChildProcess process;
  private String uri;

  private HdfsProcess(Path dir, ChildProcess process) {
    this.dir = dir;
    this.process = process;
  }

  /**
   * Starts the HDFS in {@code dir} (emptied first) and has it copy the local folder {@code local}
   * to {@code hdfsPath}; returns at once, {@link #uri()} waits for it.
   */
  static HdfsProcess start(Path dir, Path local, String hdfsPath) throws IOException {
    Path folder = Modules.emptyFolder(dir.toAbsolutePath());
    ChildProcess p =
        ChildProcess.start(
            "HDFS (MiniDFSCluster)",
            command(
                List.of("serve", folder.toString(), local.toAbsolutePath().toString(), hdfsPath)),
            Map.of(),
            folder,
            folder.resolve("hdfs.log"));
    return new HdfsProcess(folder, p);
  }

  /** {@code hdfs://127.0.0.1:PORT}, once the HDFS is up and holds the input. */
  synchronized String uri() throws IOException, InterruptedException {
    if (uri == null) {
      Path file = dir.resolve("uri");
      while (!Files.exists(file)) {
        process.requireAlive(); // no time limit: a dead HDFS process fails the wait at once
        Thread.sleep(200);
      }
      uri = Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    return uri;
  }

  /**
   * Copies {@code hdfsPath} to the local folder {@code local} with Hadoop's client and returns
   * every path on the file system then (without the leading /, folders ending in /).
   */
  List<String> get(String hdfsPath, Path local) throws IOException, InterruptedException {
    Path listing = dir.resolve("listing.txt");
    Files.deleteIfExists(listing);
    ChildProcess p =
        ChildProcess.start(
            "HDFS copy of " + hdfsPath,
            command(
                List.of(
                    "get", uri(), hdfsPath, local.toAbsolutePath().toString(), listing.toString())),
            Map.of(),
            dir,
            dir.resolve("get.log"));
    int code = p.waitFor();
    if (code != 0) {
      throw new AssertionError("copying " + hdfsPath + " failed, code " + code + "\n" + p.tail(60));
    }
    return Files.readAllLines(listing, StandardCharsets.UTF_8);
  }

  void requireAlive() {
    process.requireAlive();
  }

  /** Asks the HDFS to stop (the stop file) and waits for it; ends it by force if it does not. */
  @Override
  public void close() {
    try {
      Files.writeString(dir.resolve("stop"), "");
      process.waitFor(Duration.ofMinutes(1));
    } catch (IOException | InterruptedException | IllegalStateException e) {
      process.close();
    }
  }

  private static List<String> command(List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.java());
    command.add("-Xmx512m");
    command.add("-Dlog4j.configuration=ogireports/clusters/hdfs-log4j.properties");
    command.add("-cp");
    command.add(classpath());
    command.add(MAIN);
    command.addAll(args);
    return command;
  }

  /** This module's test classes (HdfsMain) and every jar of the module, Hadoop's included. */
  private static String classpath() throws IOException {
    Path listing =
        Path.of(
            System.getProperty(
                "ogireports.hdfsClasspath", Modules.target().resolve("hdfs.classpath").toString()));
    try {
      Path testClasses =
          Path.of(HdfsProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return testClasses + File.pathSeparator + Files.readString(listing).strip();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  @Override
  public String toString() {
    return "HDFS " + (uri == null ? "(starting)" : uri) + ", " + process;
  }
}
