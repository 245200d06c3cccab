package ogireports.pipeline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OgiReports;
import ogireports.pipeline.storage.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test corpus through the DirectRunner and through embedded Flink (parallelism 2) gives the
 * same rows in every dataset, compared with DuckDB: a user moving to a cluster gets the same
 * answers. Determinism too: the DirectRunner at parallelism 1 and 2 gives the same rows and the
 * same summary counts.
 */
class RunnerParityTest {

  @TempDir static Path tmp;
  static Path direct;
  static Path flink;
  static Path serial;

  @BeforeAll
  static void runBoth() throws Exception {
    Path in = TestCorpus.write(tmp);
    direct = tmp.resolve("direct");
    flink = tmp.resolve("flink");
    run("--input=" + in, "--output=" + direct, "--runId=parity", "--runner=DirectRunner");
    run(
        "--input=" + in,
        "--output=" + flink,
        "--runId=parity",
        "--runner=FlinkRunner",
        "--flinkMaster=[local]",
        "--parallelism=2");
    serial = tmp.resolve("serial");
    run(
        "--input=" + in,
        "--output=" + serial,
        "--runId=parity",
        "--runner=DirectRunner",
        "--targetParallelism=1");
  }

  private static void run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            args,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void everyDatasetHasTheSameRowsOnBothRunners() throws Exception {
    assertSameRows(direct, flink);
  }

  @Test
  void theDirectRunnerGivesTheSameRowsAndCountsAtAnyParallelism() throws Exception {
    assertSameRows(direct, serial);
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode a =
        json.readTree(direct.resolve("run_summary.json").toFile());
    com.fasterxml.jackson.databind.JsonNode b =
        json.readTree(serial.resolve("run_summary.json").toFile());
    for (String key :
        List.of(
            "inputs",
            "reports",
            "rejects",
            "flags",
            "rejects_by_reason",
            "flags_by_rule",
            "reports_by_province_year",
            "rows")) {
      assertThat(b.get(key)).as(key).isEqualTo(a.get(key));
    }
  }

  private static void assertSameRows(Path direct, Path flink) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Dataset d : Dataset.values()) {
        String hive =
            d.partitioned
                ? ", hive_partitioning = true, union_by_name = true)"
                : ", union_by_name = true)";
        String a = "read_parquet('" + direct.resolve(d.glob()) + "'" + hive;
        String b = "read_parquet('" + flink.resolve(d.glob()) + "'" + hive;
        if (d == Dataset.LEGACY_INDICATORS) {
          continue; // the corpus has no pre-2019 report, so neither runner writes this dataset
        }
        long rows = count(c, "SELECT count(*) FROM " + a);
        assertThat(rows).as(d.folder + " rows").isPositive();
        assertThat(count(c, "SELECT count(*) FROM " + b))
            .as(d.folder + " rows on Flink")
            .isEqualTo(rows);
        assertThat(
                count(
                    c,
                    "SELECT count(*) FROM (SELECT * FROM "
                        + a
                        + " EXCEPT ALL SELECT * FROM "
                        + b
                        + ")"))
            .as(d.folder + ": rows only the DirectRunner wrote")
            .isZero();
        assertThat(
                count(
                    c,
                    "SELECT count(*) FROM (SELECT * FROM "
                        + b
                        + " EXCEPT ALL SELECT * FROM "
                        + a
                        + ")"))
            .as(d.folder + ": rows only Flink wrote")
            .isZero();
      }
    }
  }
}
