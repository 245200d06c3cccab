package ogireports.pipeline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OgiReports;
import ogireports.pipeline.cli.OgiReportsOptions;
import ogireports.pipeline.storage.InputFiles;
import ogireports.pipeline.storage.OutputFolder;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole graph on the DirectRunner with its enforcements on, over the seeds plus bad inputs; the
 * Parquet output is read back with DuckDB the way a user reads it.
 */
class PipelineEndToEndTest {

  @TempDir static Path tmp;
  static Path out;

  @BeforeAll
  static void runPipeline() throws Exception {
    Path in = TestCorpus.write(tmp);
    out = tmp.resolve("out");
    Files.createDirectories(out);
    OgiReportsOptions options = PipelineOptionsFactory.create().as(OgiReportsOptions.class);
    options.setRunner(DirectRunner.class);
    options.as(DirectOptions.class).setEnforceImmutability(true);
    options.as(DirectOptions.class).setEnforceEncodability(true);
    options.setInput(in.toString());
    options.setRunId("test-run");
    Pipeline p = Pipeline.create(options);
    OgiReportsPipeline.build(
        p,
        OgiReports.readingSettings(options),
        options.getRunId(),
        InputFiles.expand(in.toString()),
        out.toString());
    assertThat(p.run().waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);
  }

  private static List<List<Object>> query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql.replace("OUT", out.toString()))) {
      List<List<Object>> rows = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.add(v instanceof Number num && !(v instanceof Double) ? num.longValue() : v);
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static String dataset(String name) {
    return "read_parquet('OUT/" + name + "/*/*/*.parquet', hive_partitioning = true)";
  }

  @Test
  void reportsLandInTheFiveProvincesAndYearsOfTheSeeds() throws Exception {
    assertThat(
            query(
                "SELECT province, year, count(*) FROM "
                    + dataset("reports")
                    + " GROUP BY 1, 2 ORDER BY 1, 2"))
        .containsExactly(
            List.of("宁夏回族自治区", 2020L, 1L),
            List.of("山东省", 2019L, 2L),
            List.of("江苏省", 2020L, 1L),
            List.of("河南省", 2020L, 1L),
            List.of("浙江省", 2021L, 1L));
  }

  @Test
  void everyDatasetHasTheExpectedRowCount() throws Exception {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("reports", 6L);
    // 23 (000) + 16 (001: 16 of 23 rows found) + 25 (002) + 23 (003) + 23 (004) + 23 (003 copy)
    expected.put("applications", 133L);
    expected.put("review_litigation", 18L);
    // 22 per 2019 report (000, 001, 003, 004, 003 copy) + 10 for the 2021 report (002)
    expected.put("active_disclosure", 120L);
    // 000: 1 note; 001: T3_SHAPE + 3 NOT_ASSESSABLE; 002: none; 003 and its copy: 2 each plus
    // DUPLICATE_AGENCY_YEAR each; 004: 1
    expected.put("flags", 12L);
    for (Map.Entry<String, Long> e : expected.entrySet()) {
      assertThat(query("SELECT count(*) FROM " + dataset(e.getKey())).get(0).get(0))
          .as(e.getKey() + " rows")
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void rejectsSayWhyAndEveryInputIsAccountedForOnce() throws Exception {
    assertThat(
            query(
                "SELECT reason, count(*) FROM read_parquet('OUT/rejects/*.parquet') GROUP BY 1"
                    + " ORDER BY 1"))
        .containsExactly(
            List.of("BINARY", 1L),
            List.of("DUPLICATE", 1L),
            List.of("EMPTY", 1L),
            List.of("NOT_A_REPORT", 1L),
            List.of("NO_YEAR", 1L));
    List<List<Object>> uris =
        query(
            "SELECT source_uri FROM "
                + dataset("reports")
                + " UNION ALL SELECT source_uri FROM read_parquet('OUT/rejects/*.parquet')");
    assertThat(uris).hasSize(TestCorpus.INPUTS);
    assertThat(uris.stream().map(r -> r.get(0)).distinct().count()).isEqualTo(TestCorpus.INPUTS);
  }

  @Test
  void theGb18030CopyParsesToTheSameValuesAsTheSeed() throws Exception {
    String values =
        "SELECT r.agency, r.county_code, r.city_code, r.template, r.t3_new_total, a.row_id,"
            + " a.total, a.natural_person FROM "
            + dataset("reports")
            + " r JOIN "
            + dataset("applications")
            + " a USING (report_id) WHERE r.source_uri LIKE '%%%s' ORDER BY a.row_id";
    List<List<Object>> seed = query(String.format(values, TestCorpus.SEED_003));
    List<List<Object>> copy = query(String.format(values, "003_gb18030_copy.txt"));
    assertThat(seed).hasSize(23);
    assertThat(copy).isEqualTo(seed);
    assertThat(seed.get(0).get(0)).isEqualTo("淄博市应急管理局");
  }

  @Test
  void seed003CarriesItsTextContradictionWithTheNumbersBehindIt() throws Exception {
    assertThat(
            query(
                "SELECT f.rule_id, f.severity, f.outcome, f.expected, f.actual FROM "
                    + dataset("flags")
                    + " f JOIN "
                    + dataset("reports")
                    + " r USING (report_id) WHERE r.source_uri LIKE '%seeds/003%' ORDER BY 1"))
        .containsExactly(
            Arrays.asList("DUPLICATE_AGENCY_YEAR", "WARN", "FAIL", null, null),
            Arrays.asList("T2B_DECISION_PATTERN", "INFO", "NOTE", null, null),
            Arrays.asList("TX_NEW", "ERROR", "FAIL", 4.0, 2.0));
  }

  @Test
  void anExactCopyIsRejectedAsADuplicateOfTheKeptReport() throws Exception {
    assertThat(
            query(
                "SELECT j.source_uri LIKE '%z_copies/%', j.duplicate_of = r.report_id, r.source_uri"
                    + " LIKE '%seeds/000%' FROM read_parquet('OUT/rejects/*.parquet') j JOIN "
                    + dataset("reports")
                    + " r ON j.duplicate_of = r.report_id"
                    + " WHERE j.reason = 'DUPLICATE'"))
        .containsExactly(List.of(true, true, true));
  }

  @Test
  void publishedDateIsAParquetDateAndTheCoveredYearIsNotThePublicationYear() throws Exception {
    assertThat(
            query(
                "SELECT CAST(published_date AS VARCHAR), typeof(published_date), year, template"
                    + " FROM "
                    + dataset("reports")
                    + " WHERE source_uri LIKE '%002_4ed26dfb9e6e6758.txt'"))
        .containsExactly(List.of("2022-01-19", "DATE", 2021L, "2021"));
  }

  @Test
  void seed001IsPartialAndItsBrokenRowsHaveNullCells() throws Exception {
    assertThat(
            query(
                "SELECT r.parse_status, a.row_status, count(*), count(a.total) FROM "
                    + dataset("reports")
                    + " r JOIN "
                    + dataset("applications")
                    + " a USING (report_id) WHERE r.source_uri LIKE '%001_0157cd21641b28c7.txt'"
                    + " GROUP BY ALL ORDER BY 2"))
        .containsExactly(
            List.of("PARTIAL", "INCOMPLETE", 7L, 0L), List.of("PARTIAL", "OK", 9L, 9L));
  }

  @Test
  void noFolderOutsideTheDatasetsAndPartitionsIsWritten() throws Exception {
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = out.relativize(p).toString();
        if (rel.startsWith(OutputFolder.TEMP_DIR)) {
          continue;
        }
        assertThat(rel)
            .as("output file path")
            .matches(
                "(rejects/part-test-run-[0-9]{5}-of-00032\\.parquet)|(_corpus/test-run-[0-9]+\\.index)"
                    + "|((reports|applications|review_litigation|legacy_indicators|active_disclosure|flags)"
                    + "/province=[^/]+/year=[0-9]{4}/part-test-run\\.parquet)"
                    + "|(flags/province=[^/]+/year=[0-9]{4}/cross-document-test-run\\.parquet)");
      }
    }
  }
}
