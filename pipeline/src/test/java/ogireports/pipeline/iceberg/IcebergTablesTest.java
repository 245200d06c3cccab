package ogireports.pipeline.iceberg;

import static ogireports.pipeline.iceberg.TableRows.copy;
import static ogireports.pipeline.iceberg.TableRows.duckdb;
import static ogireports.pipeline.iceberg.TableRows.iceberg;
import static ogireports.pipeline.iceberg.TableRows.records;
import static ogireports.pipeline.iceberg.TableRows.snapshots;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OgiReports;
import ogireports.pipeline.storage.Dataset;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.HasTableOperations;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.mapping.NameMapping;
import org.apache.iceberg.mapping.NameMappingParser;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output of two real runs over the test corpus, registered as Iceberg tables and read back with
 * Iceberg's own reader: every table holds the rows DuckDB reads from the Hive folders.
 */
class IcebergTablesTest {

  @TempDir static Path tmp;
  static Path first;
  static Path second;

  @TempDir Path warehouse;

  @BeforeAll
  static void runPipelineTwice() throws Exception {
    Path in = TestCorpus.write(tmp);
    first = run(in, "first");
    second = run(in, "second");
  }

  private static Path run(Path in, String runId) {
    Path out = tmp.resolve("out-" + runId);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            new String[] {"--input=" + in, "--output=" + out, "--runId=" + runId},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out;
  }

  private IcebergTables tables() {
    return IcebergTables.at(warehouse.toString(), new Configuration());
  }

  @Test
  void everyTableReadsBackAsTheHiveFolders() throws Exception {
    IcebergTables tables = tables();
    List<IcebergTables.Commit> commits = tables.commit(first.toString(), "first", false);
    assertThat(commits).extracting(IcebergTables.Commit::dataset).containsExactly(Dataset.values());
    for (Dataset d : Dataset.values()) {
      Table t = tables.table(d);
      assertThat(t.spec().isPartitioned()).isEqualTo(d.partitioned);
      assertThat(t.currentSnapshot().summary()).containsEntry(IcebergTables.RUN_ID, "first");
      List<String> expected = duckdb(first, d);
      assertThat(iceberg(t, Expressions.alwaysTrue())).as(d.folder).isEqualTo(expected);
    }
    assertThat(duckdb(first, Dataset.REPORTS)).hasSize(TestCorpus.REPORTS);
    assertThat(duckdb(first, Dataset.REJECTS)).hasSize(TestCorpus.REJECTS);
    assertThat(duckdb(first, Dataset.APPLICATIONS)).hasSize(133);
    assertThat(duckdb(first, Dataset.FLAGS)).hasSize(12);

    // a second catalog object on the same warehouse sees the same tables
    Table reports =
        IcebergTables.at(warehouse.toUri().toString(), new Configuration()).table(Dataset.REPORTS);
    assertThat(iceberg(reports, Expressions.alwaysTrue())).hasSize(TestCorpus.REPORTS);
  }

  @Test
  void theTablesHaveTheDatasetColumnsThenProvinceAndYear() {
    Table reports = tables().table(Dataset.REPORTS);
    List<String> names = reports.schema().columns().stream().map(Types.NestedField::name).toList();
    List<String> avro = Dataset.REPORTS.schema.getFields().stream().map(f -> f.name()).toList();
    assertThat(names.subList(0, avro.size())).isEqualTo(avro);
    assertThat(names.subList(avro.size(), names.size())).containsExactly("province", "year");
    assertThat(reports.schema().findType("fetched_at")).isEqualTo(Types.TimestampType.withZone());
    assertThat(((HasTableOperations) reports).operations().current().formatVersion()).isEqualTo(2);
    // the name mapping gives each column the table's id for it
    NameMapping mapping =
        NameMappingParser.fromJson(reports.properties().get("schema.name-mapping.default"));
    for (Types.NestedField f : reports.schema().columns()) {
      assertThat(mapping.find(f.name()).id()).as(f.name()).isEqualTo(f.fieldId());
    }
    assertThat(reports.spec().fields())
        .extracting(f -> f.name())
        .containsExactly("province", "year");
    Table rejects = tables().table(Dataset.REJECTS);
    assertThat(rejects.schema().findField("province")).isNull();
  }

  @Test
  void anAppendCommitAddsTheRunAndAReplaceKeepsOnlyTheNewRows() throws Exception {
    IcebergTables tables = tables();
    tables.commit(first.toString(), "first", false);
    List<IcebergTables.Commit> appended = tables.commit(second.toString(), "second", true);
    for (IcebergTables.Commit c : appended) {
      Table t = tables.table(c.dataset());
      assertThat(snapshots(t)).as(c.dataset().folder).isEqualTo(2);
      assertThat(iceberg(t, Expressions.alwaysTrue()))
          .as(c.dataset().folder)
          .isEqualTo(firstThenSecond(c.dataset()));
      if (c.dataset() == Dataset.FLAGS) {
        // the second run's flags across documents replace the first run's
        assertThat(c.operation()).isEqualTo("overwrite");
        assertThat(c.removedFiles()).isPositive();
      } else {
        assertThat(t.currentSnapshot().operation()).isEqualTo("append");
      }
      assertThat(t.currentSnapshot().summary()).containsEntry(IcebergTables.RUN_ID, "second");
    }
    assertThat(iceberg(tables.table(Dataset.REPORTS), Expressions.alwaysTrue()))
        .hasSize(2 * TestCorpus.REPORTS);

    tables.commit(second.toString(), "third", false);
    for (Dataset d : Dataset.values()) {
      Table t = tables.table(d);
      assertThat(snapshots(t)).isEqualTo(3);
      assertThat(t.currentSnapshot().summary()).containsEntry(IcebergTables.RUN_ID, "third");
      assertThat(iceberg(t, Expressions.alwaysTrue())).as(d.folder).isEqualTo(duckdb(second, d));
    }
    assertThat(tables.table(Dataset.REPORTS).currentSnapshot().operation()).isEqualTo("overwrite");
  }

  @Test
  void anAppendOfFilesTheTableHoldsAddsNothing() throws Exception {
    IcebergTables tables = tables();
    tables.commit(first.toString(), "first", false);
    List<IcebergTables.Commit> again = tables.commit(first.toString(), "first-again", true);
    assertThat(again).allSatisfy(c -> assertThat(c.addedFiles()).isZero());
    for (Dataset d : Dataset.values()) {
      assertThat(iceberg(tables.table(d), Expressions.alwaysTrue())).isEqualTo(duckdb(first, d));
    }
  }

  @Test
  void aCommitThatDiedHalfWayIsCompletedByTheSameCallWithoutDuplicates() throws Exception {
    Path out = tmp.resolve("out-crash-" + warehouse.getFileName());
    copy(second, out);
    Path flagsFolder;
    try (Stream<Path> dirs = Files.list(out.resolve("flags"))) {
      Path province = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
      try (Stream<Path> years = Files.list(province)) {
        flagsFolder = years.findFirst().orElseThrow();
      }
    }
    Path broken = flagsFolder.resolve("part-broken.parquet");
    Files.writeString(broken, "not parquet");

    IcebergTables tables = tables();
    tables.commit(first.toString(), "first", false);
    assertThatThrownBy(() -> tables.commit(out.toString(), "crash", true))
        .isInstanceOf(RuntimeException.class);
    // the tables before flags have the run, flags and rejects do not
    assertThat(IcebergTables.hasSnapshotOf(tables.table(Dataset.REPORTS), "crash")).isTrue();
    assertThat(IcebergTables.hasSnapshotOf(tables.table(Dataset.FLAGS), "crash")).isFalse();
    assertThat(IcebergTables.hasSnapshotOf(tables.table(Dataset.REJECTS), "crash")).isFalse();

    Files.delete(broken);
    List<IcebergTables.Commit> retried = tables.commit(out.toString(), "crash", true);
    for (IcebergTables.Commit c : retried) {
      boolean before = c.dataset().ordinal() < Dataset.FLAGS.ordinal();
      assertThat(c.alreadyDone()).as(c.dataset().folder).isEqualTo(before);
      assertThat(snapshots(tables.table(c.dataset()))).isEqualTo(2);
    }
    for (Dataset d : Dataset.values()) {
      assertThat(iceberg(tables.table(d), Expressions.alwaysTrue()))
          .as(d.folder)
          .isEqualTo(firstThenSecond(d));
    }
    // and a third call changes nothing
    assertThat(tables.commit(out.toString(), "crash", true))
        .allSatisfy(c -> assertThat(c.alreadyDone()).isTrue());
  }

  @Test
  void aReplaceCommitEmptiesATableTheRunWroteNothingFor() throws Exception {
    IcebergTables tables = tables();
    tables.commit(first.toString(), "first", false);
    Path onlyReports = tmp.resolve("only-reports-" + warehouse.getFileName());
    copy(first.resolve("reports"), onlyReports.resolve("reports"));
    tables.commit(onlyReports.toString(), "reports-only", false);
    assertThat(iceberg(tables.table(Dataset.REPORTS), Expressions.alwaysTrue()))
        .isEqualTo(duckdb(first, Dataset.REPORTS));
    assertThat(iceberg(tables.table(Dataset.FLAGS), Expressions.alwaysTrue())).isEmpty();
    assertThat(tables.table(Dataset.FLAGS).currentSnapshot().summary())
        .containsEntry(IcebergTables.RUN_ID, "reports-only");
  }

  @Test
  void filtersOnProvinceAndYearPruneFiles() throws Exception {
    IcebergTables tables = tables();
    tables.commit(first.toString(), "first", false);
    Table reports = tables.table(Dataset.REPORTS);

    List<Record> shandong = records(reports, Expressions.equal("province", "山东省"));
    assertThat(shandong).hasSize(2);
    assertThat(shandong).allSatisfy(r -> assertThat(r.getField("province")).isEqualTo("山东省"));

    for (Dataset d : List.of(Dataset.REPORTS, Dataset.APPLICATIONS, Dataset.FLAGS)) {
      Table t = tables.table(d);
      Set<String> planned = new HashSet<>();
      try (CloseableIterable<FileScanTask> tasks =
          t.newScan().filter(Expressions.equal("year", 2020)).planFiles()) {
        for (FileScanTask task : tasks) {
          assertThat(task.file().partition().get(1, Integer.class)).isEqualTo(2020);
          planned.add(Path.of(java.net.URI.create(task.file().path().toString())).toString());
        }
      }
      Set<String> onDisk = new HashSet<>();
      try (Stream<Path> files = Files.walk(first.resolve(d.folder))) {
        files
            .filter(p -> p.toString().endsWith(".parquet"))
            .filter(p -> p.getParent().getFileName().toString().equals("year=2020"))
            .forEach(p -> onDisk.add(p.toAbsolutePath().toString()));
      }
      assertThat(planned).as(d.folder).isEqualTo(onDisk).isNotEmpty();
      assertThat(iceberg(t, Expressions.equal("year", 2020)))
          .isEqualTo(duckdb(first, d, "year = 2020"));
    }
  }

  /** The rows after the second run was appended to the first: its flags across documents win. */
  private static List<String> firstThenSecond(Dataset d) throws Exception {
    List<String> expected =
        new ArrayList<>(
            d == Dataset.FLAGS
                ? duckdb(first, d, "filename NOT LIKE '%/cross-document-%'")
                : duckdb(first, d));
    expected.addAll(duckdb(second, d));
    expected.sort(null);
    return expected;
  }
}
