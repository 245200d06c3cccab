package ogireports.pipeline.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ogireports.corpus.IndexFile;
import ogireports.pipeline.iceberg.IcebergTables;
import ogireports.pipeline.storage.Append;
import ogireports.pipeline.storage.Dataset;
import ogireports.pipeline.storage.OutputFolder;
import ogireports.pipeline.storage.PriorOutput;
import ogireports.pipeline.storage.Store;
import ogireports.pipeline.storage.UsageException;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.io.CloseableIterable;

/**
 * {@code --format=iceberg}: {@code --output} is an Iceberg warehouse (a Hadoop catalog, tables
 * {@code ogi.<dataset>}). Each run writes its datasets in the Hive layout into {@code
 * <warehouse>/runs/<run id>/}, their final resting place (the Iceberg tables register the files
 * where they are), and then commits them to the tables: that commit is the run's atomic publish,
 * with no rename of the data. A run that fails before the commit leaves an orphan run folder that
 * no table reads.
 *
 * <p>The warehouse holds nothing but {@code ogi/} (the tables' metadata), {@code runs/} and the
 * warehouse's lock; one run at a time per warehouse.
 */
final class IcebergOutput {

  static final String FORMAT = "iceberg";
  static final String HIVE = "hive";

  /** The folder of the run folders, inside the warehouse. */
  static final String RUNS = "runs";

  /** The warehouse's lock, held by a run from its start to its commit. */
  static final String LOCK = ".ogi-reports.lock";

  /**
   * Test hook: a run with {@code -Dogireports.iceberg.failBeforeCommit=true} fails after its run
   * folder is written, before the tables are committed.
   */
  static final String FAIL_BEFORE_COMMIT = "ogireports.iceberg.failBeforeCommit";

  private final Store store;
  private final String warehouse;
  private final String runFolder;
  private final Configuration conf;
  private final Store.Lock lock;

  private IcebergOutput(
      Store store, String warehouse, String runFolder, Configuration conf, Store.Lock lock) {
    this.store = store;
    this.warehouse = warehouse;
    this.runFolder = runFolder;
    this.conf = conf;
    this.lock = lock;
  }

  /**
   * Checks the warehouse, takes its lock and names the run's folder.
   *
   * @param conf the Hadoop configuration of the warehouse's file system (null for a local one)
   * @throws UsageException when the warehouse holds anything else, or the run id was used already
   */
  static IcebergOutput prepare(String output, String runId, Configuration conf)
      throws UsageException, IOException {
    Store store = Store.of(output, conf);
    String warehouse = store.absolute(output);
    if (store.exists(warehouse) && !store.isDirectory(warehouse)) {
      throw new UsageException("--output=" + output + " is a file, not a warehouse folder");
    }
    if (store.isDirectory(warehouse)) {
      for (String name : store.list(warehouse)) {
        if (!name.equals(IcebergTables.NAMESPACE.level(0))
            && !name.equals(RUNS)
            && !name.startsWith(".")) {
          throw new UsageException(
              "--format=iceberg: --output="
                  + output
                  + " is the Iceberg warehouse and holds "
                  + name
                  + ", which is not one of its folders (ogi/, runs/)"
                  + (store.isFile(store.child(warehouse, OutputFolder.SUMMARY_FILE))
                      ? ": it is a --format=hive output. Name another folder for the warehouse"
                      : ". Name a new or empty folder"));
        }
      }
    }
    store.mkdirs(warehouse);
    Store.Lock lock = store.lock(store.child(warehouse, LOCK), runId);
    if (lock == null) {
      throw new UsageException(
          "another ogi-reports run is writing the warehouse --output=" + output);
    }
    try {
      String runs = store.child(warehouse, RUNS);
      String runFolder = store.child(runs, runId);
      if (store.exists(runFolder)) {
        throw new UsageException(
            "--format=iceberg: the run id "
                + runId
                + " was used already ("
                + runFolder
                + " exists); give another --runId");
      }
      store.mkdirs(runs);
      return new IcebergOutput(
          store, warehouse, runFolder, conf == null ? new Configuration() : conf, lock);
    } catch (UsageException | IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Where the run's datasets go: {@code <warehouse>/runs/<run id>}. */
  String runFolder() {
    return runFolder;
  }

  String warehouse() {
    return warehouse;
  }

  IcebergTables tables() {
    return IcebergTables.at(warehouse, conf);
  }

  /**
   * For {@code --append}: the index of the reports the tables hold now, from the {@code _corpus/}
   * folders of the run folders whose files {@code ogi.reports} reads in its current snapshot, and
   * their report ids, written to {@code knownIdsFile}.
   */
  PriorOutput prior(String tempDir) throws IOException {
    Set<String> runs = new TreeSet<>();
    Table reports = tables().table(Dataset.REPORTS);
    if (reports.currentSnapshot() == null) {
      return PriorOutput.NONE;
    }
    try (CloseableIterable<FileScanTask> tasks = reports.newScan().planFiles()) {
      for (FileScanTask t : tasks) {
        String run = runOf(t.file().path().toString(), true);
        if (run != null) {
          runs.add(run);
        } else {
          throw new IOException(
              "ogi.reports reads a file outside the warehouse's run folders: " + t.file().path());
        }
      }
    }
    List<String> indexFiles = new ArrayList<>();
    for (String run : runs) {
      String corpus = store.child(store.child(store.child(warehouse, RUNS), run), IndexFile.FOLDER);
      if (!store.isDirectory(corpus)) {
        continue;
      }
      for (String name : store.list(corpus)) {
        if (name.endsWith(IndexFile.SUFFIX)) {
          indexFiles.add(store.child(corpus, name));
        }
      }
    }
    indexFiles.sort(null);
    store.mkdirs(tempDir);
    String known = store.child(tempDir, Append.KNOWN_IDS_FILE);
    Append.writeKnownIds(indexFiles, known);
    return new PriorOutput(indexFiles, known);
  }

  /** Registers the published run folder in the tables: one atomic snapshot per table. */
  List<IcebergTables.Commit> commit(String runId, boolean append) throws IOException {
    if (Boolean.getBoolean(FAIL_BEFORE_COMMIT)) {
      throw new IOException("test fault before the Iceberg commit");
    }
    return tables().commit(runFolder, runId, append);
  }

  /**
   * After a successful commit: removes the run folders no kept snapshot of any table reads (runs
   * that failed or were killed before their commit, and runs whose snapshots were expired), and the
   * staging folders killed runs left in {@code runs/}. Safe because the run holds the warehouse's
   * lock (no other run is writing a run folder) and every snapshot still kept is looked at, not
   * only the current one (time travel reads older runs' files). Costs a scan of every kept
   * snapshot's manifests.
   *
   * @return the run folders removed
   */
  List<String> removeUnreferencedRuns(String runId) throws IOException {
    Set<String> referenced = new TreeSet<>();
    referenced.add(runId);
    IcebergTables tables = tables();
    for (Dataset d : Dataset.values()) {
      Table t = tables.table(d);
      for (Snapshot s : t.snapshots()) {
        try (CloseableIterable<FileScanTask> tasks =
            t.newScan().useSnapshot(s.snapshotId()).planFiles()) {
          for (FileScanTask task : tasks) {
            String run = runOf(task.file().path().toString(), d.partitioned);
            if (run == null) {
              return List.of(); // a file outside the run folders: leave everything alone
            }
            referenced.add(run);
          }
        }
      }
    }
    String runs = store.child(warehouse, RUNS);
    List<String> removed = new ArrayList<>();
    for (String name : store.list(runs)) {
      String location = store.child(runs, name);
      if (!store.isDirectory(location)) {
        continue;
      }
      boolean orphan = !name.startsWith(".") && !referenced.contains(name);
      boolean killedStaging = name.startsWith(".") && name.contains(".staging-");
      if (orphan || killedStaging) {
        store.deleteRecursively(location, () -> {});
        if (orphan) {
          removed.add(name);
        }
      }
    }
    removed.sort(null);
    return removed;
  }

  /** The run id of a registered file, {@code …/runs/<run id>/<dataset>/…}, or null. */
  static String runOf(String path, boolean partitioned) {
    String[] parts = path.split("/");
    int back = partitioned ? 6 : 4; // runs, id, dataset, [province, year,] file
    if (parts.length < back || !parts[parts.length - back].equals(RUNS)) {
      return null;
    }
    return parts[parts.length - back + 1];
  }

  /** Which tables have a snapshot of the run, after a commit that failed. */
  String committedSoFar(String runId) {
    List<String> have = new ArrayList<>();
    List<String> miss = new ArrayList<>();
    try {
      IcebergTables tables = tables();
      for (Dataset d : Dataset.values()) {
        (IcebergTables.hasSnapshotOf(tables.table(d), runId) ? have : miss)
            .add(IcebergTables.identifier(d).toString());
      }
    } catch (RuntimeException e) {
      return "the tables cannot be read: " + e.getMessage();
    }
    if (have.isEmpty()) {
      return "the tables are unchanged (every table is at its previous snapshot)";
    }
    return "tables committed: "
        + String.join(", ", have)
        + "; still at the previous snapshot: "
        + (miss.isEmpty() ? "none" : String.join(", ", miss));
  }

  /** What the run committed, a line per table, for the printed summary. */
  String forHumans(List<IcebergTables.Commit> commits) {
    StringBuilder s = new StringBuilder();
    s.append("  tables           ").append(warehouse).append(" (Iceberg, Hadoop catalog)\n");
    IcebergTables tables = tables();
    for (IcebergTables.Commit c : commits) {
      Table t = tables.table(c.dataset());
      Snapshot now = t.currentSnapshot();
      s.append(
          String.format(
              "    %-26s snapshot %d  %-9s +%d -%d files, %s rows%n",
              IcebergTables.identifier(c.dataset()),
              now.snapshotId(),
              c.alreadyDone() ? "(had it)" : c.operation(),
              c.addedFiles(),
              c.removedFiles(),
              now.summary().getOrDefault("total-records", "?")));
    }
    return s.toString();
  }

  /** Lets the warehouse go. */
  void release() {
    lock.close();
  }
}
