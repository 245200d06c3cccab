package ogireports.pipeline.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.stream.Stream;
import ogireports.document.ReportReader;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OgiReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --append}: a monthly run over a grown crawl adds only the reports that are new, in files
 * named with its run id, checks duplicates against the output, and redoes the checks across
 * documents over the whole output. The series is seed 000 edited into 2019–2022 (the cross-year
 * fixtures), the first run missing 2020.
 */
class AppendRunTest {

  private static final Path FIXTURES =
      Path.of("../transforms/src/test/resources/ogireports/rules/crossyear");

  @TempDir Path tmp;
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(String... args) {
    stderr.reset();
    return OgiReports.run(
        args,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  private Path inputs(String name, int... years) throws Exception {
    Path in = tmp.resolve(name);
    Files.createDirectories(in);
    for (int year : years) {
      Files.copy(FIXTURES.resolve("fail_" + year + ".txt"), in.resolve("fail_" + year + ".txt"));
    }
    return in;
  }

  private static List<String> rows(Path out, String sql) throws Exception {
    String q =
        sql.replace(
                "{reports}",
                "read_parquet('" + out + "/reports/*/*/*.parquet', hive_partitioning = true)")
            .replace(
                "{flags}",
                "read_parquet('" + out + "/flags/*/*/*.parquet', hive_partitioning = true)")
            .replace("{rejects}", "read_parquet('" + out + "/rejects/*.parquet')");
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(q)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  private static final String CROSS_YEAR_FLAGS =
      "SELECT f.rule_id || ' ' || r.year || ' related=' || p.year FROM {flags} f JOIN {reports} r"
          + " USING (report_id) LEFT JOIN {reports} p ON p.report_id = f.related_report_id WHERE"
          + " f.rule_id LIKE 'X\\_%' ESCAPE '\\' ORDER BY 1";

  @Test
  void anAppendAddsOnlyNewReportsAndRedoesTheChecksAcrossDocuments() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(
            run(
                "--input=" + inputs("month1", 2019, 2021, 2022),
                "--output=" + out,
                "--runId=first"))
        .as(err())
        .isZero();
    assertThat(rows(out, CROSS_YEAR_FLAGS))
        .containsExactly(
            "X_CARRY_COL 2022 related=2021",
            "X_CARRY_TOT 2022 related=2021",
            "X_VALID_2021 2022 related=2021");
    Path firstFile = out.resolve("applications/province=江苏省/year=2021/part-first.parquet");
    byte[] before = Files.readAllBytes(firstFile);

    // The grown crawl: every year, an exact copy of 2021 and a re-encoded copy of 2022.
    Path month2 = inputs("month2", 2019, 2020, 2021, 2022);
    Files.copy(month2.resolve("fail_2021.txt"), month2.resolve("zz_copy_2021.txt"));
    Files.write(
        month2.resolve("zz_gbk_2022.txt"),
        Files.readString(month2.resolve("fail_2022.txt")).getBytes("GB18030"));
    assertThat(run("--input=" + month2, "--output=" + out, "--runId=second", "--append"))
        .as(err())
        .isZero();

    JsonNode summary = new ObjectMapper().readTree(out.resolve("run_summary.json").toFile());
    assertThat(summary.get("mode").asText()).isEqualTo("append");
    assertThat(summary.get("inputs").asLong()).isEqualTo(6);
    assertThat(summary.get("already_in_output").asLong())
        .as("2019, 2021, 2022 and the exact copy")
        .isEqualTo(4);
    assertThat(summary.get("reports").asLong()).as("only 2020 is new").isEqualTo(1);
    assertThat(summary.get("rejects").asLong()).isEqualTo(1);
    assertThat(summary.get("output_totals").get("reports").asLong()).isEqualTo(4);

    assertThat(rows(out, "SELECT year || ' ' || run_id FROM {reports} ORDER BY 1"))
        .containsExactly("2019 first", "2020 second", "2021 first", "2022 first");
    assertThat(
            rows(
                out,
                "SELECT reason || ' ' || (duplicate_of = (SELECT report_id FROM {reports} WHERE"
                    + " year = 2022)) FROM {rejects}"))
        .as("the re-encoded copy is a duplicate of the report already in the output")
        .containsExactly("DUPLICATE true");
    assertThat(rows(out, CROSS_YEAR_FLAGS))
        .as("the same flags as one run over the whole series, old reports included")
        .containsExactly(
            "X_CARRY_COL 2022 related=2021",
            "X_CARRY_TOT 2022 related=2021",
            "X_ITEMS_2019 2020 related=2019",
            "X_TOTALPUB_2019 2020 related=2019",
            "X_VALID_2021 2022 related=2021",
            "X_VALID_BRIDGE 2021 related=2020");
    assertThat(Files.readAllBytes(firstFile))
        .as("the first run's files are kept as they were")
        .isEqualTo(before);
    try (Stream<Path> files = Files.walk(out)) {
      List<String> names =
          files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).toList();
      assertThat(names).contains("reports/province=江苏省/year=2020/part-second.parquet");
      assertThat(names)
          .noneMatch(
              n ->
                  n.contains("part-second")
                      && !n.contains("year=2020")
                      && !n.startsWith("rejects/"));
      assertThat(names).noneMatch(n -> n.contains("cross-document-first"));
    }
  }

  @Test
  void anAppendToNothingIsAPlainRunAndAnOutputWithoutIndexIsRefused() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(
            run("--input=" + inputs("in", 2019, 2020), "--output=" + out, "--runId=a", "--append"))
        .as(err())
        .isZero();
    assertThat(rows(out, "SELECT count(*) FROM {reports}")).containsExactly("2");

    try (Stream<Path> index = Files.walk(out.resolve("_corpus"))) {
      for (Path p : index.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    assertThat(run("--input=" + tmp.resolve("in"), "--output=" + out, "--runId=b", "--append"))
        .isEqualTo(2);
    assertThat(err()).contains("no report index");
    assertThat(rows(out, "SELECT DISTINCT run_id FROM {reports}")).containsExactly("a");
  }

  @Test
  void reparseOlderReplacesTheRowsOfReportsOfAnOlderParserThatTheCrawlStillHas() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(run("--input=" + inputs("month1", 2019, 2021), "--output=" + out, "--runId=first"))
        .as(err())
        .isZero();
    String applications2019 =
        "SELECT count(*) FROM read_parquet('"
            + out
            + "/applications/*/*/*.parquet') WHERE report_id = (SELECT report_id FROM {reports}"
            + " WHERE year = 2019)";
    List<String> before = rows(out, applications2019);
    // The 2019 report as an older parser wrote it.
    Path reports2019 = out.resolve("reports/province=江苏省/year=2019/part-first.parquet");
    List<org.apache.avro.generic.GenericRecord> old = ParquetFile.readAll(reports2019);
    old.forEach(r -> r.put("parser_version", "0.0.9"));
    Files.delete(reports2019);
    try (var w =
        ParquetFile.create(
            org.apache.beam.sdk.io.FileSystems.matchNewResource(reports2019.toString(), false),
            Dataset.REPORTS.schema)) {
      for (var r : old) {
        w.write(r);
      }
    }

    assertThat(
            run(
                "--input=" + inputs("month2", 2019, 2020),
                "--output=" + out,
                "--runId=second",
                "--append",
                "--reparse-older"))
        .as(err())
        .isZero();

    JsonNode summary = new ObjectMapper().readTree(out.resolve("run_summary.json").toFile());
    assertThat(summary.get("older_parser_reports").asLong()).isEqualTo(1);
    assertThat(summary.get("reparsed_and_replaced").asLong()).isEqualTo(1);
    assertThat(summary.get("reports").asLong()).as("2019 again, and 2020").isEqualTo(2);
    assertThat(
            rows(
                out,
                "SELECT year || ' ' || run_id || ' ' || parser_version FROM {reports} ORDER BY 1"))
        .containsExactly(
            "2019 second " + ReportReader.PARSER_VERSION,
            "2020 second " + ReportReader.PARSER_VERSION,
            "2021 first " + ReportReader.PARSER_VERSION);
    assertThat(rows(out, applications2019))
        .as("the old rows are gone, the new ones written once")
        .isEqualTo(before);
    assertThat(reports2019).as("a file left with no row is removed").doesNotExist();

    List<String> indexed = new ArrayList<>();
    try (Stream<Path> files = Files.list(out.resolve("_corpus"))) {
      for (Path f : files.toList()) {
        try (var in = Files.newInputStream(f)) {
          ogireports.corpus.IndexFile.read(in).forEach(r -> indexed.add(r.reportId()));
        }
      }
    }
    assertThat(indexed).as("one index entry per report").hasSize(3).doesNotHaveDuplicates();

    Path clean = tmp.resolve("clean");
    assertThat(
            run("--input=" + inputs("all", 2019, 2020, 2021), "--output=" + clean, "--runId=clean"))
        .as(err())
        .isZero();
    assertThat(rows(out, CROSS_YEAR_FLAGS)).isEqualTo(rows(clean, CROSS_YEAR_FLAGS)).isNotEmpty();
  }

  @Test
  void reparseOlderWithoutAppendIsAUsageError() {
    assertThat(run("--input=" + tmp, "--output=" + tmp.resolve("o"), "--reparse-older"))
        .isEqualTo(2);
    assertThat(err()).contains("--reparse-older goes with --append");
  }

  @Test
  void anAppendOntoAnOutputWithOlderColumnTypesIsRefusedWithWhatToDo() throws Exception {
    // fetched_at written as text, read as a timestamp by this version: the check that refuses it
    org.apache.avro.Schema timestamp =
        org.apache.avro.Schema.createUnion(
            org.apache.avro.Schema.create(org.apache.avro.Schema.Type.NULL),
            org.apache.avro.LogicalTypes.timestampMicros()
                .addToSchema(org.apache.avro.Schema.create(org.apache.avro.Schema.Type.LONG)));
    assertThat(Append.kind(timestamp)).isEqualTo("timestamp");
    assertThat(Append.parquetKind("BYTE_ARRAY")).isEqualTo("text");

    Path in = TestCorpus.write(tmp);
    Path out = tmp.resolve("out");
    assertThat(run("--input=" + in, "--output=" + out, "--runId=first")).isZero();
    // an output written by an "older version": error_count stored as text
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement st = c.createStatement();
        java.util.stream.Stream<Path> files = Files.walk(out.resolve("reports"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).toList()) {
        Path old = f.resolveSibling("old.tmp");
        st.execute(
            "COPY (SELECT * REPLACE (CAST(error_count AS VARCHAR) AS error_count) FROM"
                + " read_parquet('"
                + f
                + "')) TO '"
                + old
                + "' (FORMAT parquet)");
        Files.move(old, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    assertThat(run("--input=" + in, "--output=" + out, "--runId=second", "--append"))
        .isEqualTo(OgiReports.USAGE);
    assertThat(err()).contains("reports.error_count as text", "Run once without --append");
  }
}
