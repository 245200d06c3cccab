package ogireports.pipeline.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.hdfs.DistributedFileSystem;

/**
 * A Hadoop {@code FileSystem} (HDFS, or any Hadoop-compatible file system), used directly rather
 * than through Beam's {@code FileSystems}, whose rename of a folder moves it inside the target and
 * whose matches cannot tell a folder from an empty file.
 *
 * <p>Renames: on HDFS a rename to a name that does not exist is atomic, and is made with {@code
 * Options.Rename.NONE}, so it fails rather than moving a folder inside an existing one. Other
 * Hadoop file systems check that the target is absent first (the lock keeps other runs out).
 *
 * <p>The lock is a marker file created with {@code overwrite = false} (an atomic create), holding
 * the run id, kept open for writing while the run lasts and removed at its end. On HDFS an open
 * file is leased to its writer, and the lease is renewed while the writer's process lives: a marker
 * that is still open belongs to a live run (or to one killed less than the lease's hard limit ago,
 * {@code dfs.namenode.lease-hard-limit-sec}, 20 minutes by default), and a marker that HDFS has
 * closed belongs to a run that is gone: the next run removes it, after it has finished the publish
 * the journal names, as for a local output. On a file system without leases a marker left by a
 * killed run stays until a person removes it; the run that finds it says so.
 */
public final class HadoopStore implements Store {

  private final FileSystem fs;
  private final Configuration conf;

  private HadoopStore(FileSystem fs, Configuration conf) {
    this.fs = fs;
    this.conf = conf;
  }

  /** The store of a location such as {@code hdfs://host:port/data/out}. */
  public static HadoopStore of(String location, Configuration conf) throws IOException {
    Configuration c = conf == null ? new Configuration() : conf;
    return new HadoopStore(FileSystem.get(URI.create(location), c), c);
  }

  /**
   * The Hadoop configuration for {@code location} among those of {@code --hdfsConfiguration}: the
   * one whose {@code fs.defaultFS} names its file system, else the first, else Hadoop's defaults.
   */
  public static Configuration configuration(List<Configuration> given, String location) {
    if (given == null || given.isEmpty()) {
      return new Configuration();
    }
    URI uri = URI.create(location);
    for (Configuration c : given) {
      URI fsUri = URI.create(c.get("fs.defaultFS", "file:///"));
      if (java.util.Objects.equals(fsUri.getScheme(), uri.getScheme())
          && java.util.Objects.equals(fsUri.getAuthority(), uri.getAuthority())) {
        return c;
      }
    }
    return given.get(0);
  }

  /** The file system under this store (tests read outputs through it). */
  public FileSystem fileSystem() {
    return fs;
  }

  private Path path(String location) {
    return fs.makeQualified(new Path(location));
  }

  @Override
  public boolean isLocal() {
    return false;
  }

  @Override
  public String absolute(String location) {
    return path(location).toString();
  }

  @Override
  public String parent(String location) {
    return path(location).getParent().toString();
  }

  @Override
  public String name(String location) {
    return path(location).getName();
  }

  @Override
  public String child(String dir, String name) {
    return new Path(path(dir), name).toString();
  }

  @Override
  public boolean exists(String location) throws IOException {
    return fs.exists(path(location));
  }

  @Override
  public boolean isDirectory(String location) throws IOException {
    FileStatus s = status(location);
    return s != null && s.isDirectory();
  }

  @Override
  public boolean isFile(String location) throws IOException {
    FileStatus s = status(location);
    return s != null && s.isFile();
  }

  private FileStatus status(String location) throws IOException {
    try {
      return fs.getFileStatus(path(location));
    } catch (FileNotFoundException e) {
      return null;
    }
  }

  @Override
  public List<String> list(String dir) throws IOException {
    List<String> names = new ArrayList<>();
    for (FileStatus s : fs.listStatus(path(dir))) {
      names.add(s.getPath().getName());
    }
    return names;
  }

  @Override
  public List<Entry> listRecursively(String dir) throws IOException {
    List<Entry> out = new ArrayList<>();
    walk(path(dir), out);
    return out;
  }

  private void walk(Path dir, List<Entry> out) throws IOException {
    for (FileStatus s : fs.listStatus(dir)) {
      out.add(new Entry(s.getPath().toString(), s.isFile(), s.getLen()));
      if (s.isDirectory()) {
        walk(s.getPath(), out);
      }
    }
  }

  /** Every file below a folder, through Hadoop's recursive listing (an input folder). */
  public List<Entry> listFiles(String dir) throws IOException {
    List<Entry> out = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(path(dir), true);
    while (files.hasNext()) {
      LocatedFileStatus s = files.next();
      out.add(new Entry(s.getPath().toString(), s.isFile(), s.getLen()));
    }
    return out;
  }

  @Override
  public void mkdirs(String dir) throws IOException {
    if (!fs.mkdirs(path(dir))) {
      throw new IOException("cannot create the folder " + dir);
    }
  }

  @Override
  public void write(String file, byte[] bytes) throws IOException {
    try (FSDataOutputStream out = fs.create(path(file), true)) {
      out.write(bytes);
      out.hsync();
    }
  }

  @Override
  public byte[] read(String file) throws IOException {
    try (InputStream in = fs.open(path(file))) {
      return in.readAllBytes();
    }
  }

  @Override
  public void rename(String from, String to) throws IOException {
    Path src = path(from);
    Path dst = path(to);
    if (fs instanceof DistributedFileSystem dfs) {
      dfs.rename(src, dst, Options.Rename.NONE); // atomic; fails when dst exists
      return;
    }
    if (fs.exists(dst)) {
      throw new FileAlreadyExistsException("cannot rename " + from + ": " + to + " exists");
    }
    if (!fs.rename(src, dst)) {
      throw new IOException("cannot rename " + from + " to " + to);
    }
  }

  @Override
  public void replace(String from, String to) throws IOException {
    Path src = path(from);
    Path dst = path(to);
    if (fs instanceof DistributedFileSystem dfs) {
      dfs.rename(src, dst, Options.Rename.OVERWRITE);
      return;
    }
    fs.delete(dst, false);
    if (!fs.rename(src, dst)) {
      throw new IOException("cannot rename " + from + " to " + to);
    }
  }

  @Override
  public boolean delete(String location) throws IOException {
    return fs.delete(path(location), false);
  }

  @Override
  public void deleteRecursively(String location, Runnable afterFirst) throws IOException {
    Path root = path(location);
    if (!fs.exists(root)) {
      return;
    }
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
    if (files.hasNext()) {
      fs.delete(files.next().getPath(), false);
      afterFirst.run();
    }
    fs.delete(root, true);
  }

  @Override
  public void linkOrCopy(String from, String to) throws IOException {
    Path dst = path(to);
    fs.mkdirs(dst.getParent());
    if (!FileUtil.copy(fs, path(from), fs, dst, false, true, conf)) {
      throw new IOException("cannot copy " + from + " to " + to);
    }
  }

  @Override
  public Lock lock(String lockFile, String runId) throws IOException {
    Path file = path(lockFile);
    for (int attempt = 0; attempt < 2; attempt++) {
      FSDataOutputStream out;
      try {
        out = fs.create(file, false);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 0 && removeStale(file, runId)) {
          continue;
        }
        return null;
      } catch (IOException e) {
        if (fs.exists(file)) {
          return null; // being created by another client
        }
        throw e;
      }
      out.write((runId + "\n").getBytes(StandardCharsets.UTF_8));
      out.hflush(); // the holder's run id is readable while the run lasts
      return new Lock() {
        @Override
        public void close() {
          try {
            out.close();
            fs.delete(file, false);
          } catch (IOException e) {
            // A marker left behind is closed: the next run removes it.
          }
        }

        @Override
        public void abandon() {
          try {
            out.close(); // as HDFS closes the file of a dead writer when its lease expires
          } catch (IOException e) {
            // gone anyway
          }
        }
      };
    }
    return null;
  }

  /**
   * Removes a marker whose run is gone (HDFS closed it: its writer's lease ended); true when it
   * did. The marker is first renamed to a name of this run's own, so of two runs that find it only
   * one removes it.
   */
  private boolean removeStale(Path file, String runId) throws IOException {
    if (!(fs instanceof DistributedFileSystem dfs)) {
      return false;
    }
    try {
      if (!dfs.isFileClosed(file)) {
        return false;
      }
      Path mine = new Path(file.getParent(), file.getName() + ".stale-" + runId);
      dfs.rename(file, mine, Options.Rename.NONE);
      fs.delete(mine, false);
      return true;
    } catch (FileNotFoundException e) {
      return true; // removed by its own run meanwhile
    } catch (IOException e) {
      return false;
    }
  }

  /** What to say when the lock is held: how to tell a live run from a killed one. */
  String lockHint(String lockFile) {
    return fs instanceof DistributedFileSystem
        ? " (a run killed in the last "
            + conf.getLong("dfs.namenode.lease-hard-limit-sec", 20 * 60) / 60
            + " minutes holds it until HDFS ends its lease: "
            + lockFile
            + ")"
        : " (if no run is writing it, a killed run left the marker " + lockFile + ": remove it)";
  }
}
