package ogireports.pipeline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import ogireports.pipeline.cli.OgiReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-year rules through the whole pipeline: seed 000 edited into 2019–2022 series of one
 * agency (fixtures of the rules tests), one consistent series and one that breaks each rule once.
 */
class MultiYearPipelineTest {

  private static final Path FIXTURES =
      Path.of("../transforms/src/test/resources/ogireports/rules/crossyear");

  @TempDir Path tmp;

  private Path run(String series) throws Exception {
    Path in = tmp.resolve(series + "-in");
    Files.createDirectories(in);
    for (int year = 2019; year <= 2022; year++) {
      String name = series + "_" + year + ".txt";
      Files.copy(FIXTURES.resolve(name), in.resolve(name));
    }
    Path out = tmp.resolve(series + "-out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            new String[] {"--input=" + in, "--output=" + out},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out;
  }

  private static List<String> crossYearFlags(Path out) throws Exception {
    List<String> flags = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT f.rule_id || ' ' || f.severity || ' ' || f.outcome || ' ' || r.year"
                    + " || ' related=' || (p.year) FROM read_parquet('"
                    + out
                    + "/flags/*/*/*.parquet', hive_partitioning = true) f"
                    + " JOIN read_parquet('"
                    + out
                    + "/reports/*/*/*.parquet', hive_partitioning = true) r"
                    + " USING (report_id)"
                    + " LEFT JOIN read_parquet('"
                    + out
                    + "/reports/*/*/*.parquet', hive_partitioning = true) p"
                    + " ON p.report_id = f.related_report_id"
                    + " WHERE f.rule_id LIKE 'X\\_%' ESCAPE '\\' AND f.rule_id <> 'X_TEMPLATE_YEAR'"
                    + " OR f.rule_id = 'DUPLICATE_AGENCY_YEAR' ORDER BY 1")) {
      while (rs.next()) {
        flags.add(rs.getString(1));
      }
    }
    return flags;
  }

  @Test
  void aConsistentSeriesHasNoCrossYearFlag() throws Exception {
    Path out = run("pass");
    com.fasterxml.jackson.databind.JsonNode summary =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("run_summary.json").toFile());
    assertThat(summary.get("reports").asLong()).isEqualTo(4);
    assertThat(summary.get("flags").asLong())
        .as("no flag of any rule on a consistent series")
        .isZero();
  }

  @Test
  void aBrokenSeriesHasEachCrossYearFlagOnTheLaterYearWithTheEarlierReport() throws Exception {
    assertThat(crossYearFlags(run("fail")))
        .containsExactly(
            "X_CARRY_COL WARN FAIL 2022 related=2021",
            "X_CARRY_TOT ERROR FAIL 2022 related=2021",
            "X_ITEMS_2019 WARN FAIL 2020 related=2019",
            "X_TOTALPUB_2019 WARN FAIL 2020 related=2019",
            "X_VALID_2021 ERROR FAIL 2022 related=2021",
            "X_VALID_BRIDGE INFO NOTE 2021 related=2020");
  }
}
