package ogireports.pipeline.storage;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * A file system as the launcher's storage protocol sees it: the few operations that listing the
 * input, the crash-safe publish of the output folder ({@link OutputFolder}) and an {@code --append}
 * need, on locations written as strings (a local path, or a URI such as {@code
 * hdfs://host:port/data/out}). Two implementations: {@link LocalStore} (java.nio, with the local
 * lock, links and special files) and {@link HadoopStore} (a Hadoop {@code FileSystem}: HDFS, and
 * any Hadoop-compatible file system).
 *
 * <p>The publish needs from a store one guarantee above all: {@link #rename} of a folder to a name
 * that does not exist is atomic (a local file system and HDFS give it; object stores do not).
 */
public interface Store {

  /** An entry found by {@link #listRecursively}: its location, and whether it is a plain file. */
  record Entry(String location, boolean isFile, long length) {}

  /** Held by a run while it writes an output folder ({@link #lock}). */
  interface Lock extends Closeable {
    /** Lets the lock go and removes its file (never throws: the lock goes with the process). */
    @Override
    void close();

    /** Lets the lock go as a killed process would: nothing is removed (tests only). */
    void abandon();
  }

  /** True when the location is a local path (DuckDB, links and the local lock apply). */
  boolean isLocal();

  /** The location made absolute and normal (a local path, or a full URI). */
  String absolute(String location);

  /** The folder a location is in. */
  String parent(String location);

  /** The last name of a location. */
  String name(String location);

  /** The location of {@code name} inside the folder {@code dir}. */
  String child(String dir, String name);

  /** The location of {@code name} beside {@code location}. */
  default String sibling(String location, String name) {
    return child(parent(location), name);
  }

  /** True when something is there (a link is not followed). */
  boolean exists(String location) throws IOException;

  boolean isDirectory(String location) throws IOException;

  boolean isFile(String location) throws IOException;

  /** The names of the entries of a folder (not sorted). */
  List<String> list(String dir) throws IOException;

  /** Every file below a folder, and the folders too ({@link Entry#isFile} false). */
  List<Entry> listRecursively(String dir) throws IOException;

  void mkdirs(String dir) throws IOException;

  /** Writes a small file, replacing it, and makes it durable before returning. */
  void write(String file, byte[] bytes) throws IOException;

  byte[] read(String file) throws IOException;

  /**
   * Renames a file or folder to a name that does not exist, atomically.
   *
   * @throws IOException when it cannot (the target exists, the source is missing)
   */
  void rename(String from, String to) throws IOException;

  /** Renames a small file over another one (the journal's last step). */
  void replace(String from, String to) throws IOException;

  /** Deletes a file or an empty folder; false when there was nothing. */
  boolean delete(String location) throws IOException;

  /**
   * Deletes a folder and what it holds (links are deleted, never followed); calls {@code
   * afterFirst} after the first file is gone.
   */
  void deleteRecursively(String location, Runnable afterFirst) throws IOException;

  /** Puts a copy of {@code from} at {@code to} (a hard link where the store has them). */
  void linkOrCopy(String from, String to) throws IOException;

  /**
   * Takes the lock of an output folder, kept in {@code lockFile} beside it.
   *
   * @return null when another run holds it
   */
  Lock lock(String lockFile, String runId) throws IOException;

  /** The store of {@code location}: local for a path or {@code file:} URI, else Hadoop's. */
  static Store of(String location, Configuration conf) throws IOException {
    if (!location.contains("://") || location.startsWith("file://")) {
      return LocalStore.INSTANCE;
    }
    return HadoopStore.of(location, conf);
  }

  /** True when {@code location} is on the local file system. */
  static boolean isLocal(String location) {
    return !location.contains("://") || location.startsWith("file://");
  }

  /** A local location without its {@code file://} prefix. */
  static String localPath(String location) {
    return location.startsWith("file://") ? location.substring("file://".length()) : location;
  }
}
