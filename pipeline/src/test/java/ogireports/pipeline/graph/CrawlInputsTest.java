package ogireports.pipeline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import ogireports.pipeline.cli.OgiReports;
import ogireports.synthetic.CorpusGenerator;
import ogireports.synthetic.CrawlFixtures;
import ogireports.synthetic.GeneratedReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawl archives end to end: a JSON Lines dump, a WARC.gz and a gzip-compressed text file of
 * generated reports, plus a gzip bomb and a malformed JSON line. Inputs are counted as documents
 * (archive records), each one accounted for once.
 */
class CrawlInputsTest {

  @TempDir static Path tmp;
  static Path out;
  static JsonNode summary;
  static List<GeneratedReport> reports;

  @BeforeAll
  static void run() throws Exception {
    reports = new CorpusGenerator(11, CorpusGenerator.Rates.NONE).generate(0, 10);
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    CrawlFixtures.writeJsonl(in.resolve("dump.jsonl"), reports.subList(0, 3));
    Files.writeString(
        in.resolve("dump.jsonl"),
        "{not json\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    CrawlFixtures.writeWarc(in.resolve("crawl.warc.gz"), reports.subList(3, 6));
    CrawlFixtures.writeTextGz(in.resolve("one.txt.gz"), reports.get(6));
    // a crawl exported as CSV (two rows, one holding a quoted line break in every line of its
    // text) and as a JSON array (one element)
    StringBuilder csv = new StringBuilder("url,fetched_at,content\r\n");
    for (GeneratedReport r : reports.subList(7, 9)) {
      csv.append(r.url())
          .append(',')
          .append(r.fetchedAt())
          .append(",\"")
          .append(r.text().replace("\"", "\"\""))
          .append("\"\r\n");
    }
    Files.writeString(in.resolve("export.csv"), csv, StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    Files.writeString(
        in.resolve("export.json"),
        "[\n"
            + json.writeValueAsString(
                java.util.Map.of("url", reports.get(9).url(), "content", reports.get(9).text()))
            + "\n]\n",
        StandardCharsets.UTF_8);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.txt.gz")))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 300; i++) {
        gz.write(zeros);
      }
    }
    out = tmp.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            new String[] {"--input=" + in, "--output=" + out, "--runId=crawl"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    summary = new ObjectMapper().readTree(out.resolve("run_summary.json").toFile());
  }

  private static List<String> column(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql.replace("OUT", out.toString()))) {
      List<String> values = new java.util.ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }

  @Test
  void everyRecordIsADocumentAccountedForOnce() {
    // 3 JSON lines + 1 malformed line + 3 WARC responses + 1 text.gz + 1 bomb + 2 CSV rows + 1
    // JSON array element
    assertThat(summary.get("inputs").asLong()).isEqualTo(12);
    assertThat(summary.get("input_files").asLong()).isEqualTo(6);
    assertThat(summary.get("reports").asLong()).isEqualTo(10);
    assertThat(summary.get("rejects_by_reason").get("MALFORMED_RECORD").asLong()).isEqualTo(1);
    assertThat(summary.get("rejects_by_reason").get("DECOMPRESSION_LIMIT").asLong()).isEqualTo(1);
  }

  @Test
  void recordsNameTheirArchiveAndCarryTheirUrlAndFetchTime() throws Exception {
    List<String> uris =
        column(
            "SELECT source_uri FROM read_parquet('OUT/reports/*/*/*.parquet', hive_partitioning ="
                + " true) ORDER BY 1");
    assertThat(uris).filteredOn(u -> u.contains("crawl.warc.gz#urn:uuid:")).hasSize(3);
    assertThat(uris).filteredOn(u -> u.matches(".*dump\\.jsonl#L[1-3]")).hasSize(3);
    assertThat(uris).filteredOn(u -> u.endsWith("one.txt.gz")).hasSize(1);
    assertThat(uris).filteredOn(u -> u.matches(".*export\\.csv#[12]")).hasSize(2);
    assertThat(uris).filteredOn(u -> u.matches(".*export\\.json#1")).hasSize(1);
    List<String> urls =
        column(
            "SELECT source_url || ' ' || strftime(make_timestamp(epoch_us(fetched_at)),"
                + " '%Y-%m-%dT%H:%M:%SZ') FROM read_parquet('OUT/reports/*/*/*.parquet',"
                + " hive_partitioning = true) WHERE source_uri LIKE '%#%' AND fetched_at IS NOT"
                + " NULL ORDER BY 1");
    assertThat(urls)
        .hasSize(8)
        .allMatch(u -> u.matches("http\\S+ \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    assertThat(
            column(
                "SELECT typeof(fetched_at) FROM read_parquet('OUT/reports/*/*/*.parquet',"
                    + " hive_partitioning = true) LIMIT 1"))
        .containsExactly("TIMESTAMP WITH TIME ZONE");
  }
}
