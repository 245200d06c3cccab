package ogireports.pipeline.iceberg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ogireports.output.Partition;
import ogireports.pipeline.storage.Dataset;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.DataFiles;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Metrics;
import org.apache.iceberg.MetricsConfig;
import org.apache.iceberg.OverwriteFiles;
import org.apache.iceberg.PartitionData;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SnapshotUpdate;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.Transaction;
import org.apache.iceberg.UpdateSchema;
import org.apache.iceberg.avro.AvroSchemaUtil;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.hadoop.HadoopCatalog;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.mapping.MappingUtil;
import org.apache.iceberg.mapping.NameMapping;
import org.apache.iceberg.mapping.NameMappingParser;
import org.apache.iceberg.parquet.ParquetUtil;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;

/**
 * The output datasets as Apache Iceberg tables in a Hadoop catalog: {@code ogi.reports}, {@code
 * ogi.applications}, {@code ogi.review_litigation}, {@code ogi.active_disclosure}, {@code
 * ogi.legacy_indicators} and {@code ogi.flags}, partitioned by {@code province} and {@code year}
 * (identity), and {@code ogi.rejects}, not partitioned. Each table lives in {@code
 * <warehouse>/ogi/<dataset>/} (its {@code metadata/} folder only: the data files stay where the run
 * wrote them and are registered, not copied).
 *
 * <p>A table is created on first use from the dataset's Avro schema ({@link Dataset#schema}) plus
 * the partition columns {@code province} (string) and {@code year} (int), which the Parquet files
 * do not hold (they are in the Hive folder names). Table format version 2, with a name mapping
 * ({@value TableProperties#DEFAULT_NAME_MAPPING}): the files carry no Iceberg field ids, their
 * columns are matched by name. A column added to the Avro schema later is added to the table at the
 * next commit.
 *
 * <p>{@link #commit} registers the files of a finished run: they must already be at their final
 * location (the table's manifests hold absolute paths), and must stay there as long as a snapshot
 * that reads them is kept.
 *
 * <p><b>What is atomic.</b> Each table's commit is one atomic snapshot: a reader of {@code
 * ogi.reports} sees either all of the run's reports or none of them, never part of a run, however
 * many files it wrote. The seven tables are committed one after another (the Hadoop catalog has no
 * transaction across tables), in the order of {@link Dataset}: while a commit is under way, a
 * reader may see {@code ogi.reports} at the new run and {@code ogi.flags} still at the previous
 * one, for the few milliseconds to seconds the remaining commits take. A reader that needs the
 * tables at one run can pick, in each table, the snapshot whose summary has {@value #RUN_ID} equal
 * to that run (time travel). If the process dies between two tables, calling {@link #commit} again
 * with the same run id completes the tables that miss it and leaves the others alone.
 *
 * <p>The Hadoop catalog commits by renaming a metadata file, which is atomic on a local disk and on
 * HDFS but not on object stores (S3, GCS): there the tables need a catalog with its own commit
 * (JDBC, REST, Hive metastore, Glue, Nessie).
 */
public final class IcebergTables {

  /** The catalog namespace of the tables. */
  public static final Namespace NAMESPACE = Namespace.of("ogi");

  /** The snapshot summary property naming the run a snapshot registered. */
  public static final String RUN_ID = "ogi-reports.run-id";

  /** The partition columns, which live in the folder names of the Hive layout. */
  public static final String PROVINCE = "province";

  public static final String YEAR = "year";

  /** Hive's folder value for a null partition value. */
  static final String HIVE_NULL = Partition.DEFAULT;

  /** The file-name prefix of the flags a run finds across documents (see PartitionFiles). */
  static final String CROSS_DOCUMENT_PREFIX = "cross-document-";

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:/.*");

  private final HadoopCatalog catalog;
  private final Configuration conf;

  private IcebergTables(HadoopCatalog catalog, Configuration conf) {
    this.catalog = catalog;
    this.conf = conf;
  }

  /**
   * The Hadoop catalog at {@code warehouse}: a local path (relative or absolute) or a URI such as
   * {@code file:///data/ogi} or {@code hdfs://namenode:8020/ogi}.
   */
  public static IcebergTables at(String warehouse, Configuration conf) {
    HadoopCatalog catalog = new HadoopCatalog();
    catalog.setConf(conf);
    catalog.initialize("ogi", Map.of("warehouse", qualify(warehouse)));
    return new IcebergTables(catalog, conf);
  }

  /** The catalog, for callers that need more than this class offers (expiring snapshots). */
  public HadoopCatalog catalog() {
    return catalog;
  }

  /** {@code ogi.<dataset folder>}. */
  public static TableIdentifier identifier(Dataset dataset) {
    return TableIdentifier.of(NAMESPACE, dataset.folder);
  }

  /** The table's schema for a dataset: its Avro columns, then province and year if partitioned. */
  public static Schema schema(Dataset dataset) {
    Schema avro = AvroSchemaUtil.toIceberg(dataset.schema);
    List<Types.NestedField> columns = new ArrayList<>();
    for (Types.NestedField f : avro.columns()) {
      // Avro's timestamp-millis is an instant (the Parquet files say isAdjustedToUTC=true):
      // Iceberg's timestamptz, which Spark reads as TIMESTAMP and Trino as timestamp with time
      // zone.
      Type type =
          f.type().typeId() == Type.TypeID.TIMESTAMP ? Types.TimestampType.withZone() : f.type();
      columns.add(Types.NestedField.of(f.fieldId(), f.isOptional(), f.name(), type, f.doc()));
    }
    if (dataset.partitioned) {
      int id = avro.highestFieldId();
      columns.add(Types.NestedField.optional(++id, PROVINCE, Types.StringType.get()));
      columns.add(Types.NestedField.optional(++id, YEAR, Types.IntegerType.get()));
    }
    return new Schema(columns);
  }

  /** Identity partitioning on province and year, or none for the rejects. */
  public static PartitionSpec spec(Dataset dataset, Schema schema) {
    return dataset.partitioned
        ? PartitionSpec.builderFor(schema).identity(PROVINCE).identity(YEAR).build()
        : PartitionSpec.unpartitioned();
  }

  /**
   * The dataset's table, created if missing; a table made by an older version gains the columns the
   * schema has since gained.
   */
  /*
   * The files store fetched_at as Parquet TIMESTAMP_MILLIS (the datasets' Avro contract) and the
   * table declares it timestamptz: Iceberg's row reader reads those instants exactly, its vectorized
   * reader (Spark's default) fails on them (a cast of the Arrow vector). The tables therefore ask
   * readers for the row reader (read.parquet.vectorization.enabled=false); SparkReadsIcebergTest
   * reads every table with Spark's defaults.
   */
  public Table table(Dataset dataset) {
    TableIdentifier id = identifier(dataset);
    Schema schema = schema(dataset);
    if (!catalog.tableExists(id)) {
      if (!catalog.namespaceExists(NAMESPACE)) {
        catalog.createNamespace(NAMESPACE);
      }
      // The catalog gives the columns fresh ids: the name mapping is made from the table's own.
      Transaction create =
          catalog.newCreateTableTransaction(
              id, schema, spec(dataset, schema), Map.of(TableProperties.FORMAT_VERSION, "2"));
      create
          .updateProperties()
          .set(
              TableProperties.DEFAULT_NAME_MAPPING,
              NameMappingParser.toJson(MappingUtil.create(create.table().schema())))
          .set(TableProperties.PARQUET_VECTORIZATION_ENABLED, "false")
          .commit();
      create.commitTransaction();
      return catalog.loadTable(id);
    }
    Table table = catalog.loadTable(id);
    if (!"false".equals(table.properties().get(TableProperties.PARQUET_VECTORIZATION_ENABLED))) {
      table.updateProperties().set(TableProperties.PARQUET_VECTORIZATION_ENABLED, "false").commit();
    }
    UpdateSchema update = table.updateSchema().unionByNameWith(schema);
    if (!update.apply().sameSchema(table.schema())) {
      update.commit(); // also extends the name mapping
    }
    return table;
  }

  /**
   * What {@link #commit} did to one table: the operation of the snapshot it made, as Iceberg names
   * it from the files added and removed ({@code append}, {@code overwrite}, {@code delete}; null
   * when the table already had the run), and the number of files added and removed.
   */
  public record Commit(
      Dataset dataset, String operation, int addedFiles, int removedFiles, boolean alreadyDone) {}

  /**
   * Registers the datasets of a finished run in their tables, one atomic commit per table.
   *
   * <p>{@code append = false} (a replacing run): an overwrite snapshot holding exactly the run's
   * files; every row the table had before is gone from it (a table the run wrote no file for is
   * emptied).
   *
   * <p>{@code append = true} (an {@code --append} run): an append snapshot adding the run's files
   * that the table does not hold yet. A file counts as held when the table has a file at the same
   * place in the layout ({@code province=P/year=Y/<name>}; names carry the run id) with the same
   * size, so the folder may hold only the run's new files or the whole output the run left (with
   * the previous runs' files linked into it); a file at the same place with another size replaces
   * the held one (an {@code --append --reparse-older} run rewrites files without the rows it parsed
   * again). The flags found across documents ({@code flags/…/cross-document-<run id>.parquet}) are
   * redone over the whole output by every run: the run's replace those of earlier runs. A table
   * whose commit removes files gets an overwrite snapshot instead of an append.
   *
   * <p>A table that already has a snapshot of {@code runId} is left as it is, so a commit that died
   * half way is completed by calling it again. Every snapshot carries {@value #RUN_ID}.
   *
   * @param runFolder the run's output in the Hive layout ({@code <dataset>/province=P/year=Y/
   *     *.parquet}, {@code rejects/*.parquet}), at its final location; a local path or a URI
   * @return what was done to each table, in the order of {@link Dataset}
   */
  public List<Commit> commit(String runFolder, String runId, boolean append) throws IOException {
    if (runId == null || runId.isBlank()) {
      throw new IllegalArgumentException("a run id is needed");
    }
    Path root = new Path(qualify(runFolder));
    FileSystem fs = root.getFileSystem(conf);
    List<Commit> done = new ArrayList<>();
    for (Dataset dataset : Dataset.values()) {
      Table table = table(dataset);
      if (hasSnapshotOf(table, runId)) {
        done.add(new Commit(dataset, null, 0, 0, true));
        continue;
      }
      List<RunFile> files = list(fs, new Path(root, dataset.folder), dataset.partitioned);
      done.add(
          append ? append(table, dataset, files, runId) : replace(table, dataset, files, runId));
    }
    return done;
  }

  private Commit replace(Table table, Dataset dataset, List<RunFile> files, String runId)
      throws IOException {
    OverwriteFiles overwrite = table.newOverwrite().overwriteByRowFilter(Expressions.alwaysTrue());
    int removed = currentFiles(table).size();
    NameMapping mapping = mapping(table);
    for (RunFile f : files) {
      overwrite.addFile(dataFile(table, mapping, f));
    }
    commit(overwrite, runId);
    return new Commit(dataset, operation(table), files.size(), removed, false);
  }

  private Commit append(Table table, Dataset dataset, List<RunFile> files, String runId)
      throws IOException {
    Map<String, DataFile> held = new HashMap<>();
    for (DataFile f : currentFiles(table)) {
      held.put(layoutKey(f.path().toString(), dataset.partitioned), f);
    }
    boolean crossDocument = files.stream().anyMatch(RunFile::crossDocument);
    List<DataFile> remove = new ArrayList<>();
    List<RunFile> add = new ArrayList<>();
    for (RunFile f : files) {
      DataFile same = held.get(f.key());
      if (same == null) {
        add.add(f);
      } else if (same.fileSizeInBytes() != f.length()) {
        remove.add(same);
        add.add(f);
      }
    }
    if (crossDocument) {
      Map<String, RunFile> inRun = new HashMap<>();
      files.forEach(f -> inRun.put(f.key(), f));
      for (Map.Entry<String, DataFile> e : held.entrySet()) {
        if (name(e.getKey()).startsWith(CROSS_DOCUMENT_PREFIX) && !inRun.containsKey(e.getKey())) {
          remove.add(e.getValue());
        }
      }
    }
    NameMapping mapping = mapping(table);
    if (remove.isEmpty()) {
      AppendFiles appendFiles = table.newAppend();
      for (RunFile f : add) {
        appendFiles.appendFile(dataFile(table, mapping, f));
      }
      commit(appendFiles, runId);
      return new Commit(dataset, operation(table), add.size(), 0, false);
    }
    OverwriteFiles overwrite = table.newOverwrite();
    remove.forEach(overwrite::deleteFile);
    for (RunFile f : add) {
      overwrite.addFile(dataFile(table, mapping, f));
    }
    commit(overwrite, runId);
    return new Commit(dataset, operation(table), add.size(), remove.size(), false);
  }

  private static String operation(Table table) {
    table.refresh();
    return table.currentSnapshot().operation();
  }

  private static <T> void commit(SnapshotUpdate<T> update, String runId) {
    update.set(RUN_ID, runId);
    update.commit();
  }

  /** True when one of the table's snapshots (kept, not expired) registered {@code runId}. */
  public static boolean hasSnapshotOf(Table table, String runId) {
    table.refresh();
    for (Snapshot s : table.snapshots()) {
      if (runId.equals(s.summary().get(RUN_ID))) {
        return true;
      }
    }
    return false;
  }

  private static List<DataFile> currentFiles(Table table) throws IOException {
    List<DataFile> files = new ArrayList<>();
    if (table.currentSnapshot() == null) {
      return files;
    }
    try (CloseableIterable<FileScanTask> tasks = table.newScan().planFiles()) {
      for (FileScanTask t : tasks) {
        files.add(t.file());
      }
    }
    return files;
  }

  private static NameMapping mapping(Table table) {
    String json = table.properties().get(TableProperties.DEFAULT_NAME_MAPPING);
    return json != null ? NameMappingParser.fromJson(json) : MappingUtil.create(table.schema());
  }

  private static DataFile dataFile(Table table, NameMapping mapping, RunFile f) {
    Metrics metrics =
        ParquetUtil.fileMetrics(
            table.io().newInputFile(f.path()), MetricsConfig.forTable(table), mapping);
    DataFiles.Builder b =
        DataFiles.builder(table.spec())
            .withPath(f.path())
            .withFormat(FileFormat.PARQUET)
            .withFileSizeInBytes(f.length())
            .withMetrics(metrics);
    if (table.spec().isPartitioned()) {
      PartitionData partition = new PartitionData(table.spec().partitionType());
      partition.set(0, f.province());
      partition.set(1, f.year());
      b.withPartition(partition);
    }
    return b.build();
  }

  /** A Parquet file of the run: where it is, its size, and its place in the layout. */
  record RunFile(String path, long length, String key, String province, Integer year) {
    boolean crossDocument() {
      return name(key).startsWith(CROSS_DOCUMENT_PREFIX);
    }
  }

  /** The run's Parquet files of one dataset; none when the dataset's folder is missing. */
  static List<RunFile> list(FileSystem fs, Path folder, boolean partitioned) throws IOException {
    List<RunFile> files = new ArrayList<>();
    if (!fs.exists(folder)) {
      return files;
    }
    if (!partitioned) {
      for (FileStatus f : parquetFiles(fs, folder)) {
        files.add(
            new RunFile(f.getPath().toString(), f.getLen(), f.getPath().getName(), null, null));
      }
      return files;
    }
    for (FileStatus p : folders(fs, folder, PROVINCE)) {
      for (FileStatus y : folders(fs, p.getPath(), YEAR)) {
        String province = value(p.getPath().getName());
        String yearText = value(y.getPath().getName());
        Integer year;
        try {
          year = yearText == null ? null : Integer.valueOf(yearText);
        } catch (NumberFormatException e) {
          throw new IOException("not a year folder: " + y.getPath(), e);
        }
        for (FileStatus f : parquetFiles(fs, y.getPath())) {
          String key =
              p.getPath().getName() + "/" + y.getPath().getName() + "/" + f.getPath().getName();
          files.add(new RunFile(f.getPath().toString(), f.getLen(), key, province, year));
        }
      }
    }
    return files;
  }

  private static List<FileStatus> folders(FileSystem fs, Path parent, String column)
      throws IOException {
    List<FileStatus> out = new ArrayList<>();
    for (FileStatus s : fs.listStatus(parent)) {
      if (s.isDirectory() && s.getPath().getName().startsWith(column + "=")) {
        out.add(s);
      }
    }
    out.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    return out;
  }

  private static List<FileStatus> parquetFiles(FileSystem fs, Path parent) throws IOException {
    List<FileStatus> out = new ArrayList<>();
    for (FileStatus s : fs.listStatus(parent)) {
      String name = s.getPath().getName();
      if (s.isFile()
          && name.endsWith(".parquet")
          && !name.startsWith(".")
          && !name.startsWith("_")) {
        out.add(s);
      }
    }
    out.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    return out;
  }

  /** The value of a {@code column=value} folder name; Hive's default partition is null. */
  private static String value(String folderName) {
    String v = folderName.substring(folderName.indexOf('=') + 1);
    return HIVE_NULL.equals(v) ? null : v;
  }

  /** {@code province=P/year=Y/<name>} (or {@code <name>}) of a registered file's path. */
  static String layoutKey(String path, boolean partitioned) {
    String[] parts = path.split("/");
    int n = parts.length;
    return partitioned ? parts[n - 3] + "/" + parts[n - 2] + "/" + parts[n - 1] : parts[n - 1];
  }

  private static String name(String key) {
    return key.substring(key.lastIndexOf('/') + 1);
  }

  /** A path without a scheme is a local path, made absolute; a URI is kept. */
  static String qualify(String location) {
    if (SCHEME.matcher(location).matches()) {
      return location;
    }
    try {
      return new Path(java.nio.file.Path.of(location).toAbsolutePath().normalize().toUri())
          .toString();
    } catch (IllegalArgumentException e) {
      throw new UncheckedIOException(new IOException("not a path: " + location, e));
    }
  }
}
