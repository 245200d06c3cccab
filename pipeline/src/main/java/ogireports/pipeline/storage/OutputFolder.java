package ogireports.pipeline.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
public final class OutputFolder {

  /** Beam's temporary files, inside the staging folder; removed before the swap. */
  public static final String TEMP_DIR = ".temp-beam";

  public static final String SUMMARY_FILE = "run_summary.json";

  /** What {@code run_summary.json} says in its {@code producer} key. */
  public static final String PRODUCER = "ogi-reports";

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
  public static OutputFolder prepare(String output, String runId)
      throws UsageException, IOException {
    Path target = Path.of(output).toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new UsageException(
          "--output="
              + output
              + " is a file, not a folder: name a folder (it is created if missing)");
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    // One run at a time per output folder: the lock is held until the run ends (or its process
    // dies, which releases it), so whatever is left beside the output belongs to runs that were
    // killed, and is recovered or removed.
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
    try {
      recover(target);
      if (Files.isDirectory(target) && !isEmpty(target) && !isOgiReportsOutput(target)) {
        throw new UsageException(
            "refusing to replace --output="
                + output
                + ": it holds files that are not an ogi-reports output. Name a new or empty folder,"
                + " or remove this one yourself.");
      }
      Path staging = parent.resolve("." + target.getFileName() + ".staging-" + runId);
      deleteRecursively(staging);
      Files.createDirectories(staging);
      return new OutputFolder(target, staging, channel, lock);
    } catch (UsageException | IOException | RuntimeException e) {
      lock.release();
      channel.close();
      Files.deleteIfExists(lockFile);
      throw e;
    }
  }

  // ------------------------------------------------------------------------------------ publish
  //
  // The publish uses nothing but atomic renames of a folder and of one small file (what a local
  // file system and HDFS both offer), in this order:
  //
  //   1. the staging folder is complete; the journal ".<out>.publish" is written (to a temporary
  //      name, then renamed) naming the staging folder and where the previous output goes
  //   2. <out> is renamed to ".<out>.previous-<run>"              (skipped when there is no <out>)
  //   3. the staging folder is renamed to <out>
  //   4. ".<out>.previous-<run>" is deleted
  //   5. the journal is deleted
  //
  // A kill before 1 leaves <out> as it was and an incomplete staging folder, which is removed.
  // A kill after 1 leaves the journal, and the next run (holding the lock) finishes the publish
  // from where it stopped: when <out> is missing (a kill between 2 and 3) the staging folder named
  // by the journal, complete since step 1, is renamed to <out>; the previous output is deleted only
  // once <out> exists. Without a journal, a leftover is deleted only when <out> exists, and a
  // previous output with no <out> is renamed back. So no recovery deletes the only copy.

  /** The publish steps, named for fault injection in tests ({@link #faults}). */
  enum Step {
    /** The staging folder is complete, the journal not yet written. */
    STAGED,
    /** The journal is written; the output not yet moved. */
    JOURNAL_WRITTEN,
    /** The output is moved aside; the staging folder not yet in its place. */
    PREVIOUS_MOVED_ASIDE,
    /** The staging folder is the output; the previous output not yet deleted. */
    STAGING_IN_PLACE,
    /** The previous output is partly deleted (one file gone). */
    DELETING_PREVIOUS,
    /** The previous output is deleted; the journal not yet. */
    PREVIOUS_DELETED
  }

  /** Test hook: called at every publish step (a test may throw or halt there). */
  interface Faults {
    void at(Step step, OutputFolder folder);
  }

  /**
   * The publish's fault injection; by default halts the JVM at {@code
   * -Dogireports.publish.haltAt=STEP}.
   */
  static volatile Faults faults =
      (step, folder) -> {
        if (step.name().equals(System.getProperty("ogireports.publish.haltAt"))) {
          Runtime.getRuntime().halt(137);
        }
      };

  static Path journal(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".publish");
  }

  private static Path previousOf(Path target, Path staging) {
    return target.resolveSibling("." + target.getFileName() + ".previous-" + staging.getFileName());
  }

  /** Replaces the target with the staging folder (see the steps above). */
  public void commit() throws IOException {
    deleteRecursively(staging.resolve(TEMP_DIR));
    faults.at(Step.STAGED, this);
    Path old = previousOf(target, staging);
    Path journal = journal(target);
    Path tmp = journal.resolveSibling(journal.getFileName() + ".tmp");
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ch.write(
          java.nio.ByteBuffer.wrap(
              (JOURNAL_STAGING
                      + staging.getFileName()
                      + "\n"
                      + JOURNAL_PREVIOUS
                      + old.getFileName()
                      + "\n")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      ch.force(true);
    }
    Files.move(tmp, journal, StandardCopyOption.ATOMIC_MOVE);
    faults.at(Step.JOURNAL_WRITTEN, this);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      faults.at(Step.PREVIOUS_MOVED_ASIDE, this);
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    faults.at(Step.STAGING_IN_PLACE, this);
    deleteRecursively(old, () -> faults.at(Step.DELETING_PREVIOUS, this));
    faults.at(Step.PREVIOUS_DELETED, this);
    Files.deleteIfExists(journal);
    release();
  }

  private static final String JOURNAL_STAGING = "staging=";
  private static final String JOURNAL_PREVIOUS = "previous=";

  /**
   * Puts the output folder back together after a killed run (called with the lock held): finishes a
   * publish its journal says was under way, then removes what killed runs left, never the only copy
   * of an output.
   */
  static void recover(Path target) throws IOException {
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    Path journal = journal(target);
    Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + ".tmp"));
    if (Files.isRegularFile(journal)) {
      Path staging = null;
      Path old = null;
      for (String line : Files.readAllLines(journal, java.nio.charset.StandardCharsets.UTF_8)) {
        if (line.startsWith(JOURNAL_STAGING)) {
          staging = sibling(target, line.substring(JOURNAL_STAGING.length()), ".staging-");
        } else if (line.startsWith(JOURNAL_PREVIOUS)) {
          old = sibling(target, line.substring(JOURNAL_PREVIOUS.length()), ".previous-");
        }
      }
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        if (staging != null && Files.isDirectory(staging)) {
          Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE); // the publish, finished
        } else if (old != null && Files.isDirectory(old)) {
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        }
      }
      Files.deleteIfExists(journal);
    }
    boolean haveOutput = Files.isDirectory(target);
    try (DirectoryStream<Path> leftovers =
        Files.newDirectoryStream(parent, "." + name + ".previous-*")) {
      for (Path leftover : leftovers) {
        if (!haveOutput) {
          // No journal, no output: an earlier version's publish was killed between its renames.
          Files.move(leftover, target, StandardCopyOption.ATOMIC_MOVE);
          haveOutput = true;
        } else {
          deleteRecursively(leftover);
        }
      }
    }
    try (DirectoryStream<Path> leftovers =
        Files.newDirectoryStream(parent, "." + name + ".staging-*")) {
      for (Path leftover : leftovers) {
        // Without a journal, a staging folder is a run killed before its publish: incomplete.
        deleteRecursively(leftover);
      }
    }
  }

  /** The sibling a journal line names, only if it is one of ours (no path in a journal line). */
  private static Path sibling(Path target, String fileName, String kind) {
    if (!fileName.startsWith("." + target.getFileName() + kind)
        || fileName.contains("/")
        || fileName.contains("\\")) {
      return null;
    }
    return target.resolveSibling(fileName);
  }

  /** Closes the lock as a killed process would (tests only): nothing else is cleaned up. */
  void dieHere() {
    try {
      lockChannel.close();
    } catch (IOException e) {
      // gone anyway
    }
  }

  public Path target() {
    return target;
  }

  public Path staging() {
    return staging;
  }

  /**
   * For an {@code --append} run: puts the target's datasets and index into the staging folder, as
   * hard links where the file system allows (else copies), so the new run adds to them and the
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
          "--append: "
              + target
              + " has no report index ("
              + ogireports.corpus.IndexFile.FOLDER
              + "/); run once without --append to rebuild it");
    }
    try (Stream<Path> walk = Files.walk(target)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path rel = target.relativize(p);
        String name = p.getFileName().toString();
        if (rel.getNameCount() == 1
            || rel.startsWith(TEMP_DIR)
            || name.startsWith(PartitionFiles.CROSS_DOCUMENT_PREFIX)) {
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
  public void abandon() {
    try {
      deleteRecursively(staging);
      recover(target); // a publish that failed half-way: the previous output back in place
    } catch (IOException e) {
      // Best effort: the next run removes what is left.
    }
    release();
  }

  /**
   * True when the folder holds a previous ogi-reports output: a {@code run_summary.json} written by
   * ogi-reports, and nothing but the dataset folders and files a run writes.
   */
  public static boolean isOgiReportsOutput(Path dir) throws IOException {
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
    deleteRecursively(path, () -> {});
  }

  /**
   * Deletes a folder and what it holds (links are deleted, never followed); calls {@code
   * afterFirst} after the first file.
   */
  private static void deleteRecursively(Path path, Runnable afterFirst) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    boolean first = true;
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
        if (first) {
          first = false;
          afterFirst.run();
        }
      }
    }
  }
}
