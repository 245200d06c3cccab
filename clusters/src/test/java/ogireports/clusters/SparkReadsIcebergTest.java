package ogireports.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spark reads the Iceberg tables of a {@code --format=iceberg} run with Iceberg's own Spark catalog
 * ({@code iceberg-spark-runtime}, a Hadoop catalog on the warehouse) and finds, in every table, the
 * rows Spark reads from the Hive folders of a {@code --format=hive} run over the same input: same
 * columns in the same order, same types, same rows as multisets, read with the session's defaults
 * (the reader the table's properties ask for) and with the row reader forced by the session.
 *
 * <p>{@code reports.fetched_at} is written as Parquet {@code TIMESTAMP(MILLIS, isAdjustedToUTC)},
 * while the table declares Iceberg's {@code timestamptz} (whose files the spec writes in
 * microseconds): the input has reports with fetch times to the millisecond, and Spark must read the
 * same instants from the table as DuckDB reads from the Hive files. The Spark session's time zone
 * is not UTC, so that a time read as a local time instead of an instant would show.
 *
 * <p>Both runs are child processes ({@code java -jar ogi-reports.jar}, DirectRunner); Spark runs in
 * the tests' JVM ({@code local[1]}), with the jars of the spark-cluster surefire execution (Spark
 * SQL, Iceberg's Spark runtime). Those jars are on the class path only when the tests run, not when
 * they compile (and must not be dependencies of the module: they would join the HDFS process's
 * class path), so the test drives Spark with SQL through {@link LocalSpark}. Files: {@code
 * target/spark-iceberg/}.
 */
class SparkReadsIcebergTest {

  static final Path DIR = Modules.target().resolve("spark-iceberg");

  static final List<String> TABLES =
      List.of(
          "reports",
          "applications",
          "review_litigation",
          "active_disclosure",
          "legacy_indicators",
          "flags",
          "rejects");

  /** The Hive layout's partition columns, whose types Spark infers from the folder names. */
  static final List<String> PARTITION_COLUMNS = List.of("province", "year");

  /**
   * Fetch times of the JSON Lines documents the test adds to the input, as written there, and the
   * instants they stand for (a time without a zone is UTC).
   */
  static final Map<String, String> FETCH_TIMES =
      Map.of(
          "2021-03-04T05:06:07.123+08:00", "2021-03-03T21:06:07.123Z",
          "2020-12-31T23:59:59.999Z", "2020-12-31T23:59:59.999Z",
          "2019-07-01T00:00:00.001", "2019-07-01T00:00:00.001Z");

  static Path warehouse;
  static Path hive;
  static LocalSpark spark;

  @BeforeAll
  static void writeBothFormatsAndStartSpark() throws Exception {
    ClusterClasspath.assumeExecutionOf("spark");
    Path runs = Modules.emptyFolder(DIR);
    Path in = ParityCorpus.write(runs);
    writeFetchedDocuments(in);
    warehouse = runs.resolve("wh");
    hive = runs.resolve("hive");
    ProductJar.run(
        "iceberg run",
        runs.resolve("iceberg.log"),
        List.of("--input=" + in, "--output=" + warehouse, "--format=iceberg", "--runId=ice"));
    ProductJar.run(
        "hive run",
        runs.resolve("hive.log"),
        List.of("--input=" + in, "--output=" + hive, "--format=hive", "--runId=ice"));

    spark =
        LocalSpark.start(
            Map.of(
                "spark.app.name", "SparkReadsIcebergTest",
                "spark.ui.enabled", "false",
                "spark.driver.host", "127.0.0.1",
                "spark.driver.bindAddress", "127.0.0.1",
                "spark.sql.shuffle.partitions", "1",
                "spark.local.dir", runs.resolve("spark-local").toString(),
                "spark.sql.warehouse.dir", runs.resolve("spark-warehouse").toString(),
                // Not UTC: a time read as a local time instead of an instant would show.
                "spark.sql.session.timeZone", "Asia/Shanghai",
                "spark.sql.catalog.ogi_wh", "org.apache.iceberg.spark.SparkCatalog",
                "spark.sql.catalog.ogi_wh.type", "hadoop"),
            Map.of("spark.sql.catalog.ogi_wh.warehouse", warehouse.toString()));
  }

  /**
   * A JSON Lines file with three sample reports (each with a line added, so that they are reports
   * of their own) and fetch times to the millisecond: the text samples have none.
   */
  private static void writeFetchedDocuments(Path in) throws Exception {
    List<Path> samples;
    try (Stream<Path> files = Files.list(Modules.samples())) {
      samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(3).toList();
    }
    List<String> times = FETCH_TIMES.keySet().stream().sorted().toList();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < times.size(); i++) {
      String content =
          Files.readString(samples.get(i % samples.size()), StandardCharsets.UTF_8)
              + "\n（抓取副本 "
              + i
              + "）\n";
      lines
          .append("{\"url\":\"https://example.org/fetched/")
          .append(i)
          .append("\",\"fetched_at\":\"")
          .append(times.get(i))
          .append("\",\"content\":")
          .append(jsonString(content))
          .append("}\n");
    }
    Files.writeString(in.resolve("fetched.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private static String jsonString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  @AfterAll
  static void stopSpark() throws Exception {
    if (spark != null) {
      spark.close();
    }
  }

  static Stream<Arguments> tablesAndReaders() {
    return TABLES.stream().flatMap(t -> Stream.of(Arguments.of(t, true), Arguments.of(t, false)));
  }

  /**
   * Reads the Iceberg tables as a user's session does by default (no setting: the reader the
   * table's properties ask for), or with Iceberg's row reader forced by the session setting.
   */
  private static void vectorized(boolean sessionDefault) throws Exception {
    if (sessionDefault) {
      spark.sql("RESET spark.sql.iceberg.vectorization.enabled");
    } else {
      spark.sql("SET spark.sql.iceberg.vectorization.enabled=false");
    }
  }

  private static String iceberg(String table) {
    return "ogi_wh.ogi." + table;
  }

  /** The dataset's Hive folders, read by Spark (province and year from the folder names). */
  private static String hiveFolders(String table) {
    return "parquet.`" + hive.resolve(table).toString().replace("`", "``") + "`";
  }

  /** Column names and Spark types, in order. */
  private static Map<String, String> columns(String relation) throws Exception {
    Map<String, String> columns = new LinkedHashMap<>();
    for (List<Object> r : spark.sql("DESCRIBE SELECT * FROM " + relation)) {
      columns.put((String) r.get(0), (String) r.get(1));
    }
    return columns;
  }

  private static long count(String query) throws Exception {
    return ((Number) spark.sql("SELECT count(*) FROM (" + query + ")").get(0).get(0)).longValue();
  }

  @ParameterizedTest(name = "{0}, session defaults {1}")
  @MethodSource("tablesAndReaders")
  void theTableHasTheRowsOfTheHiveFolders(String table, boolean vectorized) throws Exception {
    vectorized(vectorized);
    String iceRows = "SELECT * FROM " + iceberg(table);
    if (!Files.isDirectory(hive.resolve(table))) {
      // A dataset without rows has no Hive folder (this input has no legacy indicators); its table
      // exists and is empty.
      assertThat(table).isNotIn("reports", "rejects");
      assertThat(count(iceRows)).as(table + " rows in the Iceberg table").isZero();
      return;
    }
    Map<String, String> ice = columns(iceberg(table));
    Map<String, String> folders = columns(hiveFolders(table));
    String schemas = "Iceberg " + ice + "\nHive " + folders;
    assertThat(List.copyOf(folders.keySet())).as(schemas).isEqualTo(List.copyOf(ice.keySet()));

    // Spark infers the partition columns' types from the folder names; every other column must
    // have the same type in both, and only the partition columns are cast.
    List<String> aligned = new ArrayList<>();
    for (Map.Entry<String, String> c : ice.entrySet()) {
      String name = "`" + c.getKey() + "`";
      if (PARTITION_COLUMNS.contains(c.getKey())) {
        aligned.add("CAST(" + name + " AS " + c.getValue() + ") AS " + name);
      } else {
        assertThat(folders.get(c.getKey())).as(c.getKey() + "\n" + schemas).isEqualTo(c.getValue());
        aligned.add(name);
      }
    }
    String hiveRows = "SELECT " + String.join(", ", aligned) + " FROM " + hiveFolders(table);

    long rows = count(hiveRows);
    if (table.equals("reports") || table.equals("rejects")) {
      assertThat(rows).as(table + " rows in the Hive folders").isPositive();
    }
    assertThat(count(iceRows)).as(table + " rows in the Iceberg table").isEqualTo(rows);
    assertThat(count(iceRows + " EXCEPT ALL " + hiveRows))
        .as(table + ": rows only in Iceberg")
        .isZero();
    assertThat(count(hiveRows + " EXCEPT ALL " + iceRows))
        .as(table + ": rows only in Hive")
        .isZero();
  }

  /**
   * {@code fetched_at}: a TIMESTAMP (an instant) from both layouts, and the instants of the input's
   * fetch times, the ones DuckDB reads from the Hive folders' files, to the millisecond.
   */
  @ParameterizedTest(name = "session defaults {0}")
  @ValueSource(booleans = {true, false})
  void sparkReadsTheFetchTimesAsTheInstantsTheFilesHold(boolean vectorized) throws Exception {
    vectorized(vectorized);
    // TIMESTAMP is Spark's instant (TIMESTAMP_NTZ would be a local time).
    assertThat(columns(iceberg("reports"))).containsEntry("fetched_at", "timestamp");
    assertThat(columns(hiveFolders("reports"))).containsEntry("fetched_at", "timestamp");

    Map<String, Long> fromIceberg = new HashMap<>();
    for (List<Object> r :
        spark.sql(
            "SELECT report_id, unix_micros(fetched_at) FROM "
                + iceberg("reports")
                + " WHERE fetched_at IS NOT NULL")) {
      fromIceberg.put((String) r.get(0), ((Number) r.get(1)).longValue());
    }
    Map<String, Long> fromHiveFolders = new HashMap<>();
    for (List<Object> r :
        spark.sql(
            "SELECT report_id, unix_micros(fetched_at) FROM "
                + hiveFolders("reports")
                + " WHERE fetched_at IS NOT NULL")) {
      fromHiveFolders.put((String) r.get(0), ((Number) r.get(1)).longValue());
    }

    Map<String, Long> fromFiles = new HashMap<>();
    String glob = hive.resolve("reports/**/*.parquet").toString().replace("'", "''");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      try (ResultSet rs =
          st.executeQuery(
              "SELECT report_id, epoch_us(fetched_at) FROM read_parquet('"
                  + glob
                  + "', hive_partitioning = true) WHERE fetched_at IS NOT NULL")) {
        while (rs.next()) {
          fromFiles.put(rs.getString(1), rs.getLong(2));
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT DISTINCT type FROM parquet_schema('"
                  + glob
                  + "') WHERE name = 'fetched_at'")) {
        // The physical type of the column: INT64 (with the TIMESTAMP_MILLIS logical type).
        while (rs.next()) {
          assertThat(rs.getString(1)).isEqualTo("INT64");
        }
      }
    }

    List<Long> expected =
        FETCH_TIMES.values().stream()
            .map(t -> java.time.Instant.parse(t))
            .map(i -> i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000L)
            .sorted()
            .toList();
    assertThat(fromFiles.values().stream().sorted().toList())
        .as("fetch times in the Hive folders' files (DuckDB)")
        .isEqualTo(expected);
    assertThat(fromIceberg)
        .as("fetch times Spark reads from the Iceberg table")
        .isEqualTo(fromFiles);
    assertThat(fromHiveFolders)
        .as("fetch times Spark reads from the Hive folders")
        .isEqualTo(fromFiles);
  }

  @Test
  void theHiveFoldersFetchTimesAreMillisecondInstantsInTheFiles() throws Exception {
    String glob = hive.resolve("reports/**/*.parquet").toString().replace("'", "''");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT DISTINCT logical_type::VARCHAR FROM parquet_schema('"
                    + glob
                    + "') WHERE name = 'fetched_at'")) {
      List<String> types = new ArrayList<>();
      while (rs.next()) {
        types.add(rs.getString(1));
      }
      assertThat(types).hasSize(1);
      assertThat(types.get(0)).containsIgnoringCase("MILLIS").contains("isAdjustedToUTC=1");
    }
  }
}
