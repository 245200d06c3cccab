package ogireports.pipeline.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;

/**
 * The output folder of a run, written safely: the run writes into a private staging folder beside
 * the target, and only a run that fully succeeded replaces the target (a failed or killed run
 * leaves it as it was; the next run removes what a killed run left beside it). A target that holds
 * anything but a previous ogi-reports output is refused before the run starts, and two runs cannot
 * write the same output at once.
 *
 * <p>The same protocol runs on a local folder and on HDFS (or another Hadoop file system): every
 * file system operation goes through a {@link Store}.
 */
public final class OutputFolder {

  /** Beam's temporary files, inside the staging folder; removed before the swap. */
  public static final String TEMP_DIR = ".temp-beam";

  public static final String SUMMARY_FILE = "run_summary.json";

  /** What {@code run_summary.json} says in its {@code producer} key. */
  public static final String PRODUCER = "ogi-reports";

  private final Store store;
  private final String target;
  private final String staging;
  private final Store.Lock lock;

  private OutputFolder(Store store, String target, String staging, Store.Lock lock) {
    this.store = store;
    this.target = target;
    this.staging = staging;
    this.lock = lock;
  }

  /**
   * Checks a local target and creates the staging folder.
   *
   * @throws UsageException when the target exists and is not an ogi-reports output
   * @throws IOException when the staging folder cannot be created (output not writable)
   */
  public static OutputFolder prepare(String output, String runId)
      throws UsageException, IOException {
    return prepare(output, runId, null);
  }

  /**
   * Checks the target, on whatever file system it is ({@code conf} for a Hadoop file system), and
   * creates the staging folder.
   *
   * @throws UsageException when the target exists and is not an ogi-reports output
   * @throws IOException when the staging folder cannot be created (output not writable)
   */
  public static OutputFolder prepare(String output, String runId, Configuration conf)
      throws UsageException, IOException {
    Store store = Store.of(output, conf);
    String target = store.absolute(output);
    if (store.exists(target) && !store.isDirectory(target)) {
      throw new UsageException(
          "--output="
              + output
              + " is a file, not a folder: name a folder (it is created if missing)");
    }
    String parent = store.parent(target);
    store.mkdirs(parent);
    // One run at a time per output folder: the lock is held until the run ends (or its process
    // dies), so whatever is left beside the output belongs to runs that were killed, and is
    // recovered or removed.
    String lockFile = store.sibling(target, "." + store.name(target) + ".lock");
    Store.Lock lock = store.lock(lockFile, runId);
    if (lock == null) {
      throw new UsageException(
          "another ogi-reports run is writing --output="
              + output
              + "; wait for it to finish"
              + (store instanceof HadoopStore h ? h.lockHint(lockFile) : ""));
    }
    try {
      recover(store, target);
      if (store.isDirectory(target)
          && !store.list(target).isEmpty()
          && !isOgiReportsOutput(store, target)) {
        throw new UsageException(
            "refusing to replace --output="
                + output
                + ": it holds files that are not an ogi-reports output. Name a new or empty folder,"
                + " or remove this one yourself.");
      }
      String staging = store.sibling(target, "." + store.name(target) + ".staging-" + runId);
      store.deleteRecursively(staging, () -> {});
      store.mkdirs(staging);
      return new OutputFolder(store, target, staging, lock);
    } catch (UsageException | IOException | RuntimeException e) {
      lock.close();
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

  private static String journal(Store store, String target) {
    return store.sibling(target, "." + store.name(target) + ".publish");
  }

  private static String previousOf(Store store, String target, String staging) {
    return store.sibling(target, "." + store.name(target) + ".previous-" + store.name(staging));
  }

  /** Replaces the target with the staging folder (see the steps above). */
  public void commit() throws IOException {
    store.deleteRecursively(store.child(staging, TEMP_DIR), () -> {});
    faults.at(Step.STAGED, this);
    String old = previousOf(store, target, staging);
    String journal = journal(store, target);
    String tmp = journal + ".tmp";
    store.write(
        tmp,
        (JOURNAL_STAGING + store.name(staging) + "\n" + JOURNAL_PREVIOUS + store.name(old) + "\n")
            .getBytes(StandardCharsets.UTF_8));
    store.replace(tmp, journal);
    faults.at(Step.JOURNAL_WRITTEN, this);
    if (store.exists(target)) {
      store.rename(target, old);
      faults.at(Step.PREVIOUS_MOVED_ASIDE, this);
    }
    store.rename(staging, target);
    faults.at(Step.STAGING_IN_PLACE, this);
    store.deleteRecursively(old, () -> faults.at(Step.DELETING_PREVIOUS, this));
    faults.at(Step.PREVIOUS_DELETED, this);
    store.delete(journal);
    release();
  }

  private static final String JOURNAL_STAGING = "staging=";
  private static final String JOURNAL_PREVIOUS = "previous=";

  /** {@link #recover(Store, String)} of a local output folder. */
  static void recover(Path target) throws IOException {
    recover(LocalStore.INSTANCE, target.toAbsolutePath().normalize().toString());
  }

  /**
   * Puts the output folder back together after a killed run (called with the lock held): finishes a
   * publish its journal says was under way, then removes what killed runs left, never the only copy
   * of an output.
   */
  static void recover(Store store, String target) throws IOException {
    String name = store.name(target);
    String parent = store.parent(target);
    String journal = journal(store, target);
    store.delete(journal + ".tmp");
    if (store.isFile(journal)) {
      String staging = null;
      String old = null;
      for (String line : new String(store.read(journal), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith(JOURNAL_STAGING)) {
          staging = sibling(store, target, line.substring(JOURNAL_STAGING.length()), ".staging-");
        } else if (line.startsWith(JOURNAL_PREVIOUS)) {
          old = sibling(store, target, line.substring(JOURNAL_PREVIOUS.length()), ".previous-");
        }
      }
      if (!store.exists(target)) {
        if (staging != null && store.isDirectory(staging)) {
          store.rename(staging, target); // the publish, finished
        } else if (old != null && store.isDirectory(old)) {
          store.rename(old, target);
        }
      }
      store.delete(journal);
    }
    boolean haveOutput = store.isDirectory(target);
    List<String> siblings = store.list(parent).stream().sorted().toList();
    for (String leftover : siblings) {
      if (!leftover.startsWith("." + name + ".previous-")) {
        continue;
      }
      if (!haveOutput) {
        // No journal, no output: an earlier version's publish was killed between its renames.
        store.rename(store.child(parent, leftover), target);
        haveOutput = true;
      } else {
        store.deleteRecursively(store.child(parent, leftover), () -> {});
      }
    }
    for (String leftover : siblings) {
      if (leftover.startsWith("." + name + ".staging-")) {
        // Without a journal, a staging folder is a run killed before its publish: incomplete.
        store.deleteRecursively(store.child(parent, leftover), () -> {});
      }
    }
  }

  /** The sibling a journal line names, only if it is one of ours (no path in a journal line). */
  private static String sibling(Store store, String target, String fileName, String kind) {
    if (!fileName.startsWith("." + store.name(target) + kind)
        || fileName.contains("/")
        || fileName.contains("\\")) {
      return null;
    }
    return store.sibling(target, fileName);
  }

  /** Closes the lock as a killed process would (tests only): nothing else is cleaned up. */
  void dieHere() {
    lock.abandon();
  }

  /** The store the output folder is on. */
  public Store store() {
    return store;
  }

  /** True when the output folder is a local path (DuckDB reads it: summary, quality report). */
  public boolean isLocal() {
    return store.isLocal();
  }

  /** The output folder: a local path, or a URI. */
  public String targetLocation() {
    return target;
  }

  /** The staging folder: a local path, or a URI. */
  public String stagingLocation() {
    return staging;
  }

  /** The local output folder ({@link #isLocal}). */
  public Path target() {
    return localPath(target);
  }

  /** The local staging folder ({@link #isLocal}). */
  public Path staging() {
    return localPath(staging);
  }

  private Path localPath(String location) {
    if (!store.isLocal()) {
      throw new IllegalStateException(location + " is not a local path");
    }
    return Path.of(location);
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
    if (!store.isDirectory(target) || store.list(target).isEmpty()) {
      return false;
    }
    if (!store.isDirectory(store.child(target, ogireports.corpus.IndexFile.FOLDER))) {
      throw new UsageException(
          "--append: "
              + target
              + " has no report index ("
              + ogireports.corpus.IndexFile.FOLDER
              + "/); run once without --append to rebuild it");
    }
    String prefix = target.endsWith("/") ? target : target + "/";
    for (Store.Entry e : store.listRecursively(target)) {
      if (!e.isFile() || !e.location().startsWith(prefix)) {
        continue;
      }
      String rel = e.location().substring(prefix.length());
      String name = rel.substring(rel.lastIndexOf('/') + 1);
      if (!rel.contains("/")
          || rel.startsWith(TEMP_DIR + "/")
          || name.startsWith(PartitionFiles.CROSS_DOCUMENT_PREFIX)) {
        continue;
      }
      store.linkOrCopy(e.location(), staging + "/" + rel);
    }
    return true;
  }

  /** Releases the output folder's lock (and removes the lock file). */
  void release() {
    lock.close();
  }

  /** Removes the staging folder; the target is left as it was. */
  public void abandon() {
    try {
      store.deleteRecursively(staging, () -> {});
      recover(store, target); // a publish that failed half-way: the previous output back in place
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
    return isOgiReportsOutput(LocalStore.INSTANCE, dir.toString());
  }

  static boolean isOgiReportsOutput(Store store, String dir) throws IOException {
    String summary = store.child(dir, SUMMARY_FILE);
    if (!store.isFile(summary)) {
      return false;
    }
    try {
      JsonNode node = new ObjectMapper().readTree(store.read(summary));
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
    for (String entry : store.list(dir)) {
      if (!allowed.contains(entry)) {
        return false;
      }
    }
    return true;
  }

  static void deleteRecursively(Path path) throws IOException {
    LocalStore.INSTANCE.deleteRecursively(path.toString(), () -> {});
  }
}
