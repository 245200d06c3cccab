package ogireports.pipeline.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local file system through java.nio: renames are {@code ATOMIC_MOVE}, the lock is a {@code
 * FileChannel} lock (released by the operating system when the process dies), links are never
 * followed when deleting, and an append links the previous files instead of copying them.
 */
public final class LocalStore implements Store {

  public static final LocalStore INSTANCE = new LocalStore();

  private LocalStore() {}

  private static Path path(String location) {
    return Path.of(Store.localPath(location));
  }

  @Override
  public boolean isLocal() {
    return true;
  }

  @Override
  public String absolute(String location) {
    return path(location).toAbsolutePath().normalize().toString();
  }

  @Override
  public String parent(String location) {
    return path(location).getParent().toString();
  }

  @Override
  public String name(String location) {
    return path(location).getFileName().toString();
  }

  @Override
  public String child(String dir, String name) {
    return path(dir).resolve(name).toString();
  }

  @Override
  public boolean exists(String location) {
    return Files.exists(path(location), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public boolean isDirectory(String location) {
    return Files.isDirectory(path(location));
  }

  @Override
  public boolean isFile(String location) {
    return Files.isRegularFile(path(location));
  }

  @Override
  public List<String> list(String dir) throws IOException {
    try (Stream<Path> entries = Files.list(path(dir))) {
      return entries.map(p -> p.getFileName().toString()).toList();
    }
  }

  @Override
  public List<Entry> listRecursively(String dir) throws IOException {
    List<Entry> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path(dir))) {
      for (Path p : walk.skip(1).toList()) {
        BasicFileAttributes a =
            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        out.add(new Entry(p.toString(), Files.isRegularFile(p), a.size()));
      }
    }
    return out;
  }

  @Override
  public void mkdirs(String dir) throws IOException {
    Files.createDirectories(path(dir));
  }

  @Override
  public void write(String file, byte[] bytes) throws IOException {
    try (FileChannel ch =
        FileChannel.open(
            path(file),
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(bytes));
      ch.force(true);
    }
  }

  @Override
  public byte[] read(String file) throws IOException {
    return Files.readAllBytes(path(file));
  }

  @Override
  public void rename(String from, String to) throws IOException {
    Files.move(path(from), path(to), StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void replace(String from, String to) throws IOException {
    Files.move(path(from), path(to), StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public boolean delete(String location) throws IOException {
    return Files.deleteIfExists(path(location));
  }

  @Override
  public void deleteRecursively(String location, Runnable afterFirst) throws IOException {
    Path root = path(location);
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    boolean first = true;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
        if (first) {
          first = false;
          afterFirst.run();
        }
      }
    }
  }

  @Override
  public void linkOrCopy(String from, String to) throws IOException {
    Path copy = path(to);
    Files.createDirectories(copy.getParent());
    try {
      Files.createLink(copy, path(from));
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(path(from), copy, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /**
   * One run at a time per output folder: the lock is held until the run ends (or its process dies,
   * which releases it), so whatever is left beside the output belongs to runs that were killed.
   */
  @Override
  public Lock lock(String lockFile, String runId) throws IOException {
    Path file = path(lockFile);
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      return null;
    }
    FileLock held = lock;
    return new Lock() {
      @Override
      public void close() {
        try {
          if (held.isValid()) {
            held.release();
          }
          channel.close();
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // The lock goes with the process anyway.
        }
      }

      @Override
      public void abandon() {
        try {
          channel.close();
        } catch (IOException e) {
          // gone anyway
        }
      }
    };
  }
}
