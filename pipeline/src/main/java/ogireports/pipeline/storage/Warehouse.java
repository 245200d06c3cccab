package ogireports.pipeline.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * An in-memory DuckDB with one view per dataset of an output folder ({@code reports}, {@code
 * applications}, {@code review_litigation}, {@code active_disclosure}, {@code flags}, {@code
 * rejects}), reading the Parquet files with Hive partitioning so that {@code province} and {@code
 * year} come from the folder names. A dataset with no file yet is an empty view with the schema's
 * columns, so queries never fail on an empty run.
 */
public final class Warehouse implements AutoCloseable {

  /**
   * DuckDB's memory beside the JVM's heap; past it DuckDB spills to a temporary folder. Its default
   * (80% of the machine's memory) let the summary of a 1M-report output take the whole process to
   * 3.8 GB; at 512 MB a 1M run still peaked at 1.6 GB with a JVM heap under 700 MB.
   */
  static final String MEMORY_LIMIT = "256MB";

  /**
   * DuckDB's threads. Within {@link #MEMORY_LIMIT}, two threads ran out of memory where one
   * spilled: the quality report's flag counts of a million reports ({@code count(DISTINCT
   * report_id)} per rule: "failed to pin block of size 256 KiB") and a query grouping those flags,
   * each thread's hash tables taking their share of the limit. One thread: the summary and quality
   * report of a million reports in 14 CPU-s (20 with DuckDB 1.1.3 on two threads), the same files.
   */
  static final int THREADS = 1;

  private final Connection connection;
  private final Path spillDir;

  private Warehouse(Connection connection, Path spillDir) {
    this.connection = connection;
    this.spillDir = spillDir;
  }

  /**
   * A new in-memory DuckDB. The driver loads its native library from the jar's folder (the build
   * puts it there, see {@code pipeline/pom.xml}); a jar copied without it gets this message instead
   * of an {@link ExceptionInInitializerError}.
   */
  public static Connection connect() throws SQLException {
    try {
      return DriverManager.getConnection("jdbc:duckdb:");
    } catch (LinkageError e) {
      throw new SQLException(
          "DuckDB's native library did not load: copy libduckdb_java.so_<os>_<arch> from"
              + " pipeline/target/ (the build puts it there) beside the jar ("
              + e
              + (e.getCause() == null ? "" : ": " + e.getCause())
              + ")",
          e);
    }
  }

  public static Warehouse open(Path outputDir) throws SQLException, IOException {
    return open(outputDir, java.util.Map.of());
  }

  /**
   * Like {@link #open(Path)}, but the datasets in {@code loaded} are read once into in-memory
   * tables of the columns listed for them (every column when the list is empty): for the summary
   * and the quality report, which query a few columns many times. All the columns of a million
   * reports did not fit in DuckDB's memory and spilled to disk.
   */
  public static Warehouse open(
      Path outputDir, java.util.Map<Dataset, java.util.List<String>> loaded)
      throws SQLException, IOException {
    Connection c = connect();
    Path spillDir = null;
    try (Statement st = c.createStatement()) {
      spillDir = Files.createTempDirectory("ogi-reports-duckdb-");
      st.execute("SET memory_limit = " + literal(MEMORY_LIMIT));
      st.execute("SET temp_directory = " + literal(spillDir.toString()));
      st.execute("SET threads = " + THREADS);
      for (Dataset d : Dataset.values()) {
        java.util.List<String> columns = loaded.get(d);
        if (columns == null) {
          st.execute("CREATE VIEW " + d.folder + " AS " + source(outputDir, d));
        } else {
          st.execute(
              "CREATE TABLE "
                  + d.folder
                  + " AS SELECT "
                  + (columns.isEmpty() ? "*" : String.join(", ", columns))
                  + " FROM ("
                  + source(outputDir, d)
                  + ")");
        }
      }
    } catch (SQLException | IOException e) {
      c.close();
      deleteQuietly(spillDir);
      throw e;
    }
    return new Warehouse(c, spillDir);
  }

  public Connection connection() {
    return connection;
  }

  private static String source(Path outputDir, Dataset d) throws IOException {
    String glob = outputDir.resolve(d.glob()).toString();
    if (hasFiles(outputDir, d)) {
      return "SELECT * FROM read_parquet("
          + literal(glob)
          + (d.partitioned ? ", hive_partitioning = true)" : ")");
    }
    StringBuilder cols = new StringBuilder();
    for (Schema.Field f : d.schema.getFields()) {
      cols.append(cols.length() == 0 ? "" : ", ")
          .append("CAST(NULL AS ")
          .append(sqlType(f.schema()))
          .append(") AS ")
          .append(f.name());
    }
    if (d.partitioned) {
      cols.append(", CAST(NULL AS VARCHAR) AS province, CAST(NULL AS BIGINT) AS year");
    }
    return "SELECT " + cols + " WHERE false";
  }

  private static boolean hasFiles(Path outputDir, Dataset d) throws IOException {
    Path root = outputDir.resolve(d.folder);
    if (!Files.isDirectory(root)) {
      return false;
    }
    PathMatcher parquet = FileSystems.getDefault().getPathMatcher("glob:**.parquet");
    int depth = d.partitioned ? 3 : 1;
    try (Stream<Path> files = Files.walk(root, depth)) {
      return files.anyMatch(p -> parquet.matches(p) && root.relativize(p).getNameCount() == depth);
    }
  }

  private static String sqlType(Schema schema) {
    Schema s = schema;
    if (s.getType() == Schema.Type.UNION) {
      s =
          s.getTypes().stream()
              .filter(t -> t.getType() != Schema.Type.NULL)
              .findFirst()
              .orElseThrow();
    }
    if (s.getLogicalType() instanceof LogicalTypes.Date) {
      return "DATE";
    }
    return switch (s.getType()) {
      case LONG -> "BIGINT";
      case INT -> "INTEGER";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      default -> "VARCHAR";
    };
  }

  public static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.close();
    } finally {
      deleteQuietly(spillDir);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder: nothing of the output is lost
    }
  }
}
