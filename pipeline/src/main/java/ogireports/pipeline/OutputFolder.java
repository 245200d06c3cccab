package ogireports.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The output folder of a run, written safely: the run writes into a private staging folder beside
 * the target, and only a run that fully succeeded replaces the target (a failed or killed run
 * leaves it as it was; the next run removes what a killed run left beside it). A target that holds
 * anything but a previous ogi-reports output is refused before the run starts, and two runs cannot
 * write the same output at once.
 */
final class OutputFolder {

  /** Beam's temporary files, inside the staging folder; removed before the swap. */
  static final String TEMP_DIR = ".temp-beam";

  static final String SUMMARY_FILE = "run_summary.json";

  /** What {@code run_summary.json} says in its {@code producer} key. */
  static final String PRODUCER = "ogi-reports";

  private final Path target;
  private final Path staging;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private OutputFolder(Path target, Path staging, FileChannel lockChannel, FileLock lock) {
    this.target = target;
    this.staging = staging;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Checks the target and creates the staging folder.
   *
   * @throws UsageException when the target exists and is not an ogi-reports output
   * @throws IOException when the staging folder cannot be created (output not writable)
   */
  static OutputFolder prepare(String output, String runId) throws UsageException, IOException {
    Path target = Path.of(output).toAbsolutePath().normalize();
    if (Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw new UsageException(
            "--output=" + output + " is a file, not a folder: name a folder (it is created if missing)");
      }
      if (!isEmpty(target) && !isOgiReportsOutput(target)) {
        throw new UsageException(
            "refusing to replace --output="
                + output
                + ": it holds files that are not an ogi-reports output. Name a new or empty folder,"
                + " or remove this one yourself.");
      }
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    // One run at a time per output folder: the lock is held until the run ends (or its process
    // dies, which releases it), so whatever staging folders are left beside the output belong to
    // runs that were killed, and are removed.
    Path lockFile = parent.resolve("." + target.getFileName() + ".lock");
    FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new UsageException(
          "another ogi-reports run is writing --output=" + output + "; wait for it to finish");
    }
    try (DirectoryStream<Path> leftovers =
        Files.newDirectoryStream(
            parent, "." + target.getFileName() + ".{staging,previous}-*")) {
      for (Path leftover : leftovers) {
        deleteRecursively(leftover);
      }
    }
    Path staging = parent.resolve("." + target.getFileName() + ".staging-" + runId);
    Files.createDirectories(staging);
    return new OutputFolder(target, staging, channel, lock);
  }

  Path target() {
    return target;
  }

  Path staging() {
    return staging;
  }

  /**
   * For an {@code --append} run: puts the target's datasets and index into the staging folder,
   * as hard links where the file system allows (else copies), so the new run adds to them and the
   * target stays untouched until the commit. Left out: what the run writes anew over the whole
   * output (the summary, the quality report, the flags found across documents).
   *
   * @return false when there is no previous output to add to
   * @throws UsageException when the previous output has no index (written before --append existed)
   */
  boolean linkPrevious() throws IOException, UsageException {
    if (!Files.isDirectory(target) || isEmpty(target)) {
      return false;
    }
    if (!Files.isDirectory(target.resolve(ogireports.corpus.IndexFile.FOLDER))) {
      throw new UsageException(
          "--append: " + target + " has no report index (" + ogireports.corpus.IndexFile.FOLDER
              + "/); run once without --append to rebuild it");
    }
    try (Stream<Path> walk = Files.walk(target)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path rel = target.relativize(p);
        String name = p.getFileName().toString();
        if (rel.getNameCount() == 1 || rel.startsWith(TEMP_DIR)
            || name.startsWith(WriteDatasets.CROSS_DOCUMENT_PREFIX)) {
          continue;
        }
        Path copy = staging.resolve(rel.toString());
        Files.createDirectories(copy.getParent());
        try {
          Files.createLink(copy, p);
        } catch (UnsupportedOperationException | IOException e) {
          Files.copy(p, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return true;
  }

  /** Replaces the target with the staging folder. */
  void commit() throws IOException {
    deleteRecursively(staging.resolve(TEMP_DIR));
    Path old = null;
    if (Files.exists(target)) {
      old = target.resolveSibling("." + target.getFileName() + ".previous-" + staging.getFileName());
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    if (old != null) {
      deleteRecursively(old);
    }
    release();
  }

  /** Releases the output folder's lock (and removes the lock file). */
  void release() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      lockChannel.close();
      Files.deleteIfExists(target.resolveSibling("." + target.getFileName() + ".lock"));
    } catch (IOException e) {
      // The lock goes with the process anyway.
    }
  }

  /** Removes the staging folder; the target is left as it was. */
  void abandon() {
    try {
      deleteRecursively(staging);
    } catch (IOException e) {
      // Best effort: the next run removes what is left.
    }
    release();
  }

  /**
   * True when the folder holds a previous ogi-reports output: a {@code run_summary.json} written
   * by ogi-reports, and nothing but the dataset folders and files a run writes.
   */
  static boolean isOgiReportsOutput(Path dir) throws IOException {
    Path summary = dir.resolve(SUMMARY_FILE);
    if (!Files.isRegularFile(summary)) {
      return false;
    }
    try {
      JsonNode node = new ObjectMapper().readTree(summary.toFile());
      if (node == null || !PRODUCER.equals(node.path("producer").asText())) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    Set<String> allowed = new HashSet<>(Dataset.folders());
    allowed.add(SUMMARY_FILE);
    allowed.add(TEMP_DIR);
    allowed.add(ogireports.corpus.IndexFile.FOLDER);
    allowed.add("quality_report.html");
    allowed.add("quality_report.md");
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (!allowed.contains(entry.getFileName().toString())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
