package ogireports.clusters.hdfs;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * The HDFS side of the cluster tests, run as a process of its own with Hadoop's jars ({@code
 * target/hdfs.classpath}), which the tests' JVM does not have (they overlap with Flink's and
 * Spark's). {@code HdfsProcess} in the tests starts it.
 *
 * <ul>
 *   <li>{@code serve DIR LOCAL HDFS_PATH}: starts a MiniDFSCluster (a NameNode and one DataNode, on
 *       127.0.0.1, free ports, its files under {@code DIR/dfs}), copies the local folder {@code
 *       LOCAL} to {@code HDFS_PATH}, writes the file system's URI ({@code hdfs://127.0.0.1:PORT})
 *       to {@code DIR/uri}, and stops when {@code DIR/stop} appears.
 *   <li>{@code get URI HDFS_PATH LOCAL LISTING}: copies {@code HDFS_PATH} to the local folder
 *       {@code LOCAL} with Hadoop's client and writes to {@code LISTING} every path on the file
 *       system (without the leading /, one a line, folders ending in /).
 * </ul>
 */
public final class HdfsMain {

  private HdfsMain() {}

  public static void main(String[] args) throws Exception {
    switch (args.length > 0 ? args[0] : "") {
      case "serve" -> serve(Path.of(args[1]), Path.of(args[2]), args[3]);
      case "get" -> get(URI.create(args[1]), args[2], Path.of(args[3]), Path.of(args[4]));
      default ->
          throw new IllegalArgumentException(
              "usage: serve DIR LOCAL HDFS_PATH | get URI HDFS_PATH LOCAL LISTING");
    }
  }

  private static void serve(Path dir, Path local, String hdfsPath) throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("dfs").toString());
    for (String key :
        List.of(
            "dfs.namenode.rpc-address",
            "dfs.namenode.http-address",
            "dfs.datanode.address",
            "dfs.datanode.http.address",
            "dfs.datanode.ipc.address")) {
      conf.set(key, "127.0.0.1:0");
    }
    conf.setBoolean("dfs.permissions.enabled", false);
    MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    try {
      cluster.waitActive();
      String uri = "hdfs://127.0.0.1:" + cluster.getNameNodePort();
      FileSystem fs = cluster.getFileSystem();
      fs.copyFromLocalFile(
          new org.apache.hadoop.fs.Path(local.toString()),
          new org.apache.hadoop.fs.Path(uri + hdfsPath));
      Path tmp = dir.resolve("uri.tmp");
      Files.writeString(tmp, uri + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, dir.resolve("uri"), StandardCopyOption.ATOMIC_MOVE);
      System.out.println("HDFS up at " + uri + ", " + local + " copied to " + hdfsPath);
      Path stop = dir.resolve("stop");
      while (!Files.exists(stop)) {
        Thread.sleep(200);
      }
      System.out.println("stop file found, shutting down");
    } finally {
      cluster.shutdown();
    }
  }

  private static void get(URI uri, String hdfsPath, Path local, Path listing) throws IOException {
    Configuration conf = new Configuration();
    conf.set("fs.defaultFS", uri.toString());
    try (FileSystem fs = FileSystem.newInstance(uri, conf)) {
      org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(uri + hdfsPath);
      fs.copyToLocalFile(false, source, new org.apache.hadoop.fs.Path(local.toString()), true);
      List<String> names = new ArrayList<>();
      walk(fs, new org.apache.hadoop.fs.Path(uri + "/"), "/", names);
      names.sort(null);
      Files.write(listing, names, StandardCharsets.UTF_8);
    }
  }

  /** Every file and folder under {@code dir}. */
  private static void walk(
      FileSystem fs, org.apache.hadoop.fs.Path dir, String prefix, List<String> names)
      throws IOException {
    for (FileStatus s : fs.listStatus(dir)) {
      names.add(relative(prefix, s));
      if (s.isDirectory()) {
        walk(fs, s.getPath(), prefix, names);
      }
    }
  }

  private static String relative(String prefix, FileStatus s) {
    String path = s.getPath().toUri().getPath();
    String name = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    return s.isDirectory() ? name + "/" : name;
  }
}
