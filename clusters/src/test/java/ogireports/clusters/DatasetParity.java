package ogireports.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two outputs of the pipeline hold the same datasets with the same rows, compared with DuckDB as
 * multisets of whole rows (partition columns included). Both runs must use the same {@code
 * --runId}: it is the one run-specific value the rows carry ({@code run_id}); every other column
 * depends on the input only.
 */
final class DatasetParity {

  private DatasetParity() {}

  /**
   * The datasets of an output: its top folders holding Parquet files ({@code reports}, {@code
   * rejects}, …), not the internal {@code _corpus} index.
   */
  static List<String> datasets(Path output) throws IOException {
    try (Stream<Path> top = Files.list(output)) {
      return top.filter(Files::isDirectory)
          .filter(d -> !d.getFileName().toString().startsWith("_"))
          .filter(d -> !d.getFileName().toString().startsWith("."))
          .filter(DatasetParity::holdsParquet)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  private static boolean holdsParquet(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.anyMatch(p -> p.toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code actual} (written on {@code runner}) has the datasets of {@code expected}
   * (the DirectRunner's), each with the same rows, and that the reports and rejects are not empty
   * (the input has both).
   */
  static void assertSameRows(Path expected, Path actual, String runner)
      throws IOException, SQLException {
    assertSameRows(expected, actual, runner, List.of());
  }

  /**
   * As {@link #assertSameRows(Path, Path, String)}, for two runs that read the same input under
   * different names (a local folder and its copy on HDFS): in every text column, each of {@code
   * inputLocations} is replaced by one placeholder before the rows are compared (the source of a
   * report or reject names the file it was read from).
   */
  static void assertSameRows(Path expected, Path actual, String runner, List<String> inputLocations)
      throws IOException, SQLException {
    List<String> datasets = datasets(expected);
    assertThat(datasets).as("datasets the DirectRunner wrote").contains("reports", "rejects");
    assertThat(datasets(actual)).as("datasets written on " + runner).isEqualTo(datasets);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String d : datasets) {
        String a = rows(c, expected.resolve(d), inputLocations);
        String b = rows(c, actual.resolve(d), inputLocations);
        long rows = count(c, "SELECT count(*) FROM " + a);
        if (d.equals("reports") || d.equals("rejects")) {
          assertThat(rows).as(d + " rows on the DirectRunner").isPositive();
        }
        assertThat(count(c, "SELECT count(*) FROM " + b))
            .as(d + " rows on " + runner)
            .isEqualTo(rows);
        assertThat(count(c, "SELECT count(*) FROM (FROM " + a + " EXCEPT ALL FROM " + b + ")"))
            .as(d + ": rows only the DirectRunner wrote")
            .isZero();
        assertThat(count(c, "SELECT count(*) FROM (FROM " + b + " EXCEPT ALL FROM " + a + ")"))
            .as(d + ": rows only " + runner + " wrote")
            .isZero();
      }
    }
  }

  /** Every Parquet file of a dataset, with its Hive partition folders as columns. */
  private static String read(Path dataset) {
    String glob = dataset.resolve("**/*.parquet").toString().replace("'", "''");
    return "read_parquet('" + glob + "', hive_partitioning = true, union_by_name = true)";
  }

  /** A dataset's rows, with {@code inputLocations} replaced in its text columns. */
  private static String rows(Connection c, Path dataset, List<String> inputLocations)
      throws SQLException {
    String source = read(dataset);
    if (inputLocations.isEmpty()) {
      return source;
    }
    List<String> columns = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
      while (rs.next()) {
        String column = "\"" + rs.getString(1).replace("\"", "\"\"") + "\"";
        String value = column;
        if (rs.getString(2).equals("VARCHAR")) {
          for (String location : inputLocations) {
            value = "replace(" + value + ", '" + location.replace("'", "''") + "', '<input>')";
          }
        }
        columns.add(value + " AS " + column);
      }
    }
    return "(SELECT " + String.join(", ", columns) + " FROM " + source + ")";
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
