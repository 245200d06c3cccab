package ogireports.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * A real HDFS in this process for the tests (a MiniDFSCluster with one data node, on free ports of
 * 127.0.0.1, permissions off), started once per test class: {@code try (MiniHdfs h = ...)} or
 * {@link #close} in an {@code @AfterAll}.
 */
public final class MiniHdfs implements AutoCloseable {

  private final MiniDFSCluster cluster;

  /** {@code hdfs://127.0.0.1:<port>}, without a trailing slash. */
  public final String uri;

  public final FileSystem fs;

  private MiniHdfs(MiniDFSCluster cluster) throws IOException {
    this.cluster = cluster;
    this.uri = "hdfs://127.0.0.1:" + cluster.getNameNodePort();
    this.fs = cluster.getFileSystem();
  }

  /** Starts a cluster keeping its blocks under {@code baseDir}. */
  public static MiniHdfs start(Path baseDir) throws IOException {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, baseDir.toString());
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
      return new MiniHdfs(cluster);
    } catch (IOException | RuntimeException e) {
      cluster.shutdown();
      throw e;
    }
  }

  /** The Hadoop path of {@code path} (absolute, starting with /) on this file system. */
  public org.apache.hadoop.fs.Path path(String path) {
    return new org.apache.hadoop.fs.Path(uri + path);
  }

  /** The launcher's argument that reaches this file system. */
  public String hdfsConfiguration() {
    return "--hdfsConfiguration=[{\"fs.defaultFS\":\"" + uri + "\"}]";
  }

  /** A Hadoop configuration whose default file system is this one. */
  public Configuration configuration() {
    Configuration conf = new Configuration(fs.getConf());
    conf.set("fs.defaultFS", uri);
    return conf;
  }

  /** Copies a local file or folder to {@code path}. */
  public void put(Path local, String path) throws IOException {
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.toString()), path(path));
  }

  /** Copies {@code path} to a local file or folder. */
  public void get(String path, Path local) throws IOException {
    fs.copyToLocalFile(false, path(path), new org.apache.hadoop.fs.Path(local.toString()), true);
  }

  /** The names in a folder. */
  public List<String> list(String folder) throws IOException {
    List<String> names = new ArrayList<>();
    for (FileStatus s : fs.listStatus(path(folder))) {
      names.add(s.getPath().getName());
    }
    return names;
  }

  public boolean exists(String path) throws IOException {
    return fs.exists(path(path));
  }

  @Override
  public void close() {
    cluster.shutdown();
  }
}
