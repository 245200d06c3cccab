package ogireports.pipeline.report;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OgiReports;
import ogireports.pipeline.storage.OutputFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality report over a real run (the seeds, a GB18030 copy and four rejects) and over output
 * folders derived from it with DuckDB: hostile values, no flags, only rejects. Every number in the
 * report is checked against the datasets queried directly.
 */
class QualityReportTest {

  @TempDir static Path tmp;
  static Path out;
  static String html;
  static String md;

  @BeforeAll
  static void runPipelineAndWriteTheReport() throws Exception {
    Path in = TestCorpus.write(tmp);
    out = tmp.resolve("out");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            new String[] {"--input=" + in, "--output=" + out, "--runId=quality-test"},
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
    QualityReport.write(out);
    html = Files.readString(out.resolve("quality_report.html"));
    md = Files.readString(out.resolve("quality_report.md"));
  }

  // ------------------------------------------------------------------ helpers

  private static List<List<String>> query(Path dir, String sql) throws Exception {
    String reports = "read_parquet('" + dir + "/reports/*/*/*.parquet', hive_partitioning = true)";
    String flags = "read_parquet('" + dir + "/flags/*/*/*.parquet', hive_partitioning = true)";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      // Errors and warnings of a report: its flags, those found across documents included.
      st.execute(
          "CREATE VIEW rep AS SELECT r.* REPLACE ("
              + "(SELECT count(*) FROM "
              + flags
              + " f WHERE f.report_id = r.report_id"
              + " AND f.severity = 'ERROR' AND f.outcome = 'FAIL') AS error_count,"
              + " (SELECT count(*) FROM "
              + flags
              + " f WHERE f.report_id = r.report_id"
              + " AND f.severity = 'WARN' AND f.outcome = 'FAIL') AS warn_count),"
              + " coalesce(CAST(province AS VARCHAR), '__HIVE_DEFAULT_PARTITION__') AS prov,"
              + " CAST(year AS VARCHAR) AS yr FROM "
              + reports
              + " r");
      if (sql.contains(" fl")) {
        st.execute("CREATE VIEW fl AS SELECT * FROM " + flags);
      }
      if (sql.contains(" rej")) {
        st.execute(
            "CREATE VIEW rej AS SELECT * FROM read_parquet('" + dir + "/rejects/*.parquet')");
      }
      try (ResultSet rs = st.executeQuery(sql)) {
        List<List<String>> rows = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(rs.getString(i));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  /** The rows of the first Markdown table after {@code heading}, cells unescaped. */
  static List<List<String>> markdownTable(String markdown, String heading) {
    String[] lines = markdown.split("\n", -1);
    int i = 0;
    while (i < lines.length && !lines[i].equals(heading)) {
      i++;
    }
    assertThat(i).as("heading " + heading).isLessThan(lines.length);
    while (i < lines.length && !lines[i].startsWith("|")) {
      i++;
    }
    List<List<String>> rows = new ArrayList<>();
    for (i += 2; i < lines.length && lines[i].startsWith("|"); i++) {
      rows.add(markdownCells(lines[i]));
    }
    return rows;
  }

  static List<String> markdownCells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String body = line.substring(1, line.length() - 1);
    for (int i = 0; i < body.length(); i++) {
      char ch = body.charAt(i);
      if (ch == '\\' && i + 1 < body.length()) {
        cell.append(body.charAt(++i));
      } else if (ch == '|') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString().trim());
    return cells;
  }

  static List<List<String>> htmlTable(Document doc, String id) {
    Element table = doc.getElementById(id);
    assertThat(table).as("table #" + id).isNotNull();
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : table.select("tbody > tr")) {
      rows.add(tr.children().eachText());
    }
    return rows;
  }

  static String pct(long part, long whole) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
  }

  // ------------------------------------------------------------------ the real run

  @Test
  void theHeatMapHasOneMarkPerProvinceAndYearOfTheDataAndNoOther() throws Exception {
    Document doc = Jsoup.parse(html);
    List<List<String>> marks = new ArrayList<>();
    for (Element rect : doc.select("svg.heatmap rect[data-province]")) {
      marks.add(
          List.of(
              rect.attr("data-province"),
              rect.attr("data-year"),
              rect.attr("data-reports"),
              rect.attr("data-with-error")));
    }
    List<List<String>> expected =
        query(
            out,
            "SELECT prov, yr, count(*), count(*) FILTER (WHERE error_count > 0) FROM rep GROUP BY"
                + " 1, 2");
    assertThat(expected).hasSize(5);
    assertThat(marks).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(doc.select("svg.heatmap rect"))
        .as("no unlabelled mark inside the map")
        .hasSize(marks.size());
    // 山东省 2019: the seed and its GB18030 variant, both with the TX_NEW error.
    Element shandong = doc.selectFirst("svg.heatmap rect[data-province='山东省'][data-year='2019']");
    assertThat(shandong.attr("data-with-error")).isEqualTo("2");
    assertThat(shandong.parent().selectFirst("title").text())
        .isEqualTo("山东省 2019: 2 of 2 reports with at least one ERROR (100.0%); 2 ERROR flags");
    // Raw regex too: one <rect data-province=… data-year=…> per cell.
    Matcher m =
        Pattern.compile("<rect [^>]*data-province=\"([^\"]*)\" data-year=\"([^\"]*)\"")
            .matcher(html);
    Set<String> seen = new HashSet<>();
    int count = 0;
    while (m.find()) {
      seen.add(m.group(1) + "/" + m.group(2));
      count++;
    }
    assertThat(count).isEqualTo(expected.size());
    assertThat(seen).hasSize(expected.size());
  }

  @Test
  void markdownReportsByProvinceAndYearEqualTheDataset() throws Exception {
    List<List<String>> expected = new ArrayList<>();
    for (List<String> r :
        query(
            out,
            "SELECT prov, yr, count(*), count(*) FILTER (WHERE error_count > 0), sum(error_count)"
                + " FROM rep GROUP BY 1, 2 ORDER BY min(province_code), 2")) {
      long reports = Long.parseLong(r.get(2));
      long withError = Long.parseLong(r.get(3));
      expected.add(
          List.of(r.get(0), r.get(1), r.get(2), r.get(3), pct(withError, reports), r.get(4)));
    }
    assertThat(markdownTable(md, "## Reports by province and year")).isEqualTo(expected);
  }

  @Test
  void overviewNumbersEqualTheDatasets() throws Exception {
    Map<String, String> overview = new LinkedHashMap<>();
    for (List<String> row : markdownTable(md, "## Overview")) {
      overview.put(row.get(0), row.get(1));
    }
    List<String> counts =
        query(
                out,
                "SELECT (SELECT count(*) FROM rep), (SELECT count(*) FROM rep WHERE error_count >"
                    + " 0), (SELECT count(*) FROM fl), (SELECT count(*) FROM fl WHERE severity ="
                    + " 'ERROR' AND outcome = 'FAIL'), (SELECT count(*) FROM rej)")
            .get(0);
    assertThat(overview)
        .containsEntry("inputs read", Integer.toString(TestCorpus.INPUTS))
        .containsEntry("reports", counts.get(0))
        .containsEntry("reports with at least one ERROR", counts.get(1))
        .containsEntry("flags", counts.get(2))
        .containsEntry("ERROR flags", counts.get(3))
        .containsEntry("rejects", counts.get(4));
    for (List<String> status : query(out, "SELECT parse_status, count(*) FROM rep GROUP BY 1")) {
      assertThat(overview).containsEntry("reports " + status.get(0), status.get(1));
    }
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("#overview .card .value").eachText())
        .containsExactly(
            Integer.toString(TestCorpus.INPUTS),
            counts.get(0),
            counts.get(1),
            counts.get(3),
            counts.get(2),
            counts.get(4));
  }

  @Test
  void ruleCountsInBothFilesEqualTheFlagsDataset() throws Exception {
    List<List<String>> expected =
        query(
            out,
            "SELECT rule_id, severity, outcome, count(*), count(DISTINCT report_id) FROM fl GROUP"
                + " BY 1, 2, 3");
    assertThat(expected).isNotEmpty();
    List<List<String>> mdRows = markdownTable(md, "## Rules that fail most");
    assertThat(mdRows).containsExactlyInAnyOrderElementsOf(expected);
    // Failures first (ERROR, then WARN), then NOT_ASSESSABLE, then notes; the most frequent first
    // within each: an INFO note never leads the chart of rules that fail.
    List<String> outcomes = List.of("FAIL", "NOT_ASSESSABLE", "NOTE");
    List<String> severities = List.of("ERROR", "WARN", "INFO");
    java.util.Comparator<List<String>> order =
        java.util.Comparator.<List<String>>comparingInt(r -> outcomes.indexOf(r.get(2)))
            .thenComparingInt(r -> severities.indexOf(r.get(1)))
            .thenComparing(r -> -Long.parseLong(r.get(3)));
    assertThat(mdRows).isSortedAccordingTo(order);
    assertThat(htmlTable(Jsoup.parse(html), "rules-table")).containsExactlyElementsOf(mdRows);
    // One bar per row, with its number.
    assertThat(Jsoup.parse(html).select("#rules svg.bars rect")).hasSize(expected.size());
  }

  @Test
  void rejectsByReasonEqualTheRejectsDataset() throws Exception {
    List<List<String>> expected =
        query(out, "SELECT reason, count(*), sum(bytes) FROM rej GROUP BY 1 ORDER BY 2 DESC, 1");
    assertThat(expected).hasSize(5);
    List<List<String>> mdRows = markdownTable(md, "## Rejects by reason");
    assertThat(mdRows.stream().map(r -> r.subList(0, 3)).toList()).isEqualTo(expected);
    List<List<String>> htmlRows = htmlTable(Jsoup.parse(html), "rejects-table");
    assertThat(
            htmlRows.stream()
                .map(r -> List.of(r.get(0), r.get(1), r.get(2).replace(",", "")))
                .toList())
        .isEqualTo(expected);
  }

  @Test
  void agenciesWithTheMostErrorsComeWithTheirFlagsAndSourceFiles() throws Exception {
    List<List<String>> expected =
        query(
            out,
            "SELECT agency, prov, count(*), sum(error_count), sum(warn_count) FROM rep"
                + " GROUP BY agency, prov HAVING sum(error_count) > 0 ORDER BY 4 DESC, 3 DESC, 1");
    List<List<String>> mdRows = markdownTable(md, "## Agencies with the most errors (top 20)");
    assertThat(mdRows.stream().map(r -> r.subList(1, 6)).toList()).isEqualTo(expected);
    assertThat(mdRows.get(0).get(1)).isEqualTo("淄博市应急管理局");

    Document doc = Jsoup.parse(html);
    Element first = doc.getElementById("agency-1");
    assertThat(first.selectFirst("h3").text()).isEqualTo("1. 淄博市应急管理局");
    List<List<String>> sources =
        query(
            out,
            "SELECT source_uri, report_id FROM rep WHERE agency = '淄博市应急管理局' ORDER BY source_uri");
    assertThat(first.select("code.uri").eachAttr("title"))
        .containsExactlyInAnyOrderElementsOf(sources.stream().map(r -> r.get(0)).toList());
    for (List<String> s : sources) {
      assertThat(md).contains("Source `" + s.get(0) + "`");
    }
    List<List<String>> flags =
        query(
            out,
            "SELECT rule_id, severity, outcome, coalesce(row_id, '—'), coalesce(column_id, '—'),"
                + " coalesce(CAST(CAST(expected AS BIGINT) AS VARCHAR), '—'),"
                + " coalesce(CAST(CAST(actual AS BIGINT) AS VARCHAR), '—'), message FROM fl"
                + " WHERE report_id = '"
                + sources.get(0).get(1)
                + "'");
    List<List<String>> shown = new ArrayList<>();
    for (Element tr : first.select("table.flags").first().select("tbody > tr")) {
      shown.add(tr.children().eachText());
    }
    assertThat(shown).containsExactlyInAnyOrderElementsOf(flags);
    assertThat(shown.get(0).subList(0, 3)).containsExactly("TX_NEW", "ERROR", "FAIL");
  }

  @Test
  void theHtmlFetchesNothingAndIsTheSameForTheSameData() throws Exception {
    assertThat(html)
        .doesNotContain("src=")
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContain("<script")
        .doesNotContain("@import")
        .doesNotContain("url(");
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertThat(href.group(1)).startsWith("#");
    }
    assertThat(html).contains("<meta charset=\"utf-8\">").contains("Noto Sans CJK SC");
    QualityReport.write(out);
    assertThat(Files.readString(out.resolve("quality_report.html"))).isEqualTo(html);
    assertThat(Files.readString(out.resolve("quality_report.md"))).isEqualTo(md);
    assertThat(OutputFolder.isOgiReportsOutput(out)).isTrue();
  }

  // ------------------------------------------------------------------ derived output folders

  /**
   * Copies the real output's datasets (as chosen by the SELECTs, null to leave one out) with
   * DuckDB.
   */
  private static Path derive(String name, String reportsSql, String flagsSql, String rejectsSql)
      throws Exception {
    Path dir = tmp.resolve(name);
    Files.createDirectories(dir);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE VIEW reports AS SELECT * FROM read_parquet('"
              + out
              + "/reports/*/*/*.parquet', hive_partitioning = true)");
      st.execute(
          "CREATE VIEW flags AS SELECT * FROM read_parquet('"
              + out
              + "/flags/*/*/*.parquet', hive_partitioning = true)");
      st.execute(
          "CREATE VIEW rejects AS SELECT * FROM read_parquet('" + out + "/rejects/*.parquet')");
      if (reportsSql != null) {
        st.execute(
            "COPY ("
                + reportsSql
                + ") TO '"
                + dir.resolve("reports")
                + "' (FORMAT PARQUET, PARTITION_BY (province, year))");
      }
      if (flagsSql != null) {
        st.execute(
            "COPY ("
                + flagsSql
                + ") TO '"
                + dir.resolve("flags")
                + "' (FORMAT PARQUET, PARTITION_BY (province, year))");
      }
      if (rejectsSql != null) {
        Files.createDirectories(dir.resolve("rejects"));
        st.execute(
            "COPY ("
                + rejectsSql
                + ") TO '"
                + dir.resolve("rejects/part-0.parquet")
                + "' (FORMAT PARQUET)");
      }
    }
    return dir;
  }

  @Test
  void hostileValuesAreEscapedInBothFiles() throws Exception {
    String evil = "<script>alert(\"x\")</script>局 & <img src=x onerror=alert(1)> | `tick`";
    String url = "https://evil.example/a.html?x=<b>";
    Path dir =
        derive(
            "hostile",
            "SELECT * REPLACE (CASE WHEN error_count > 0 THEN '"
                + evil.replace("'", "''")
                + "' ELSE agency END AS agency, CASE WHEN province = '山东省' THEN '"
                + url
                + "' ELSE source_uri END AS source_uri) FROM reports",
            "SELECT * REPLACE ('消息 <iframe src=\"http://evil.example/\"></iframe>' || chr(0) || '"
                + " end' AS message) FROM flags",
            "SELECT * REPLACE ('" + url + "' AS source_uri, '<b>bold</b>' AS detail) FROM rejects");
    QualityReport.write(dir);
    String h = Files.readString(dir.resolve("quality_report.html"));
    String m = Files.readString(dir.resolve("quality_report.md"));

    assertThat(h)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<iframe")
        .doesNotContain("<b>")
        .doesNotContain("\u0000")
        .contains(
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;局 &amp; &lt;img src=x"
                + " onerror=alert(1)&gt;")
        .contains(
            "消息 &lt;iframe src=&quot;http://evil.example/&quot;&gt;&lt;/iframe&gt;\uFFFD end");
    Document doc = Jsoup.parse(h);
    assertThat(doc.select("script, img, iframe, b")).isEmpty();
    assertThat(doc.select("#agency-1 h3").text()).isEqualTo("1. " + evil);
    // The only http(s) references are text that came from the data: nothing is loaded.
    String withoutData =
        h.replace(QualityHtml.escape(url), "")
            .replace(QualityHtml.escape("http://evil.example/"), "");
    assertThat(withoutData).doesNotContain("http://").doesNotContain("https://");
    Matcher refs = Pattern.compile("(?i)\\s(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(h);
    while (refs.find()) {
      assertThat(refs.group(1)).isEqualToIgnoringCase("href");
      assertThat(refs.group(2)).startsWith("#");
    }
    // Markdown: the agency stays on one table row, its markup characters escaped.
    List<List<String>> agencies = markdownTable(m, "## Agencies with the most errors (top 20)");
    assertThat(agencies).allSatisfy(r -> assertThat(r).hasSize(7));
    assertThat(agencies.get(0).get(1)).isEqualTo(evil);
    assertThat(m).doesNotContain("\u0000").contains("\\<script\\>").contains("\\<iframe");
    assertThat(Pattern.compile("(?<!\\\\)<(script|img|iframe)").matcher(m).find())
        .as("markup from the data is escaped in the Markdown")
        .isFalse();
  }

  @Test
  void withoutFlagsOrRejectsTheReportSaysSo() throws Exception {
    Path dir =
        derive(
            "clean",
            "SELECT * REPLACE (0 AS error_count, 0 AS warn_count) FROM reports",
            null,
            null);
    QualityReport.write(dir);
    String h = Files.readString(dir.resolve("quality_report.html"));
    String m = Files.readString(dir.resolve("quality_report.md"));
    Document doc = Jsoup.parse(h);
    assertThat(doc.select("svg.heatmap rect[data-province]")).hasSize(5);
    assertThat(doc.select("svg.heatmap rect[data-province]").eachAttr("data-with-error"))
        .containsOnly("0");
    assertThat(doc.select("#rules .empty").text())
        .isEqualTo("No flags: every rule passed on every report.");
    assertThat(doc.select("#rejects .empty").text())
        .isEqualTo("No rejects: every input became a report.");
    assertThat(doc.select("#agencies .empty").text()).startsWith("No agency has an ERROR");
    assertThat(doc.getElementById("rules-table")).isNull();
    assertThat(m)
        .contains("No flags: every rule passed on every report.")
        .contains("No rejects: every input became a report.")
        .contains("No agency has an ERROR.");
  }

  @Test
  void anOutputWithOnlyRejectsHasNoMarksAndNoAgencies() throws Exception {
    Path dir = derive("rejects-only", null, null, "SELECT * FROM rejects");
    QualityReport.write(dir);
    String h = Files.readString(dir.resolve("quality_report.html"));
    String m = Files.readString(dir.resolve("quality_report.md"));
    Document doc = Jsoup.parse(h);
    assertThat(doc.select("svg.heatmap")).isEmpty();
    assertThat(h).doesNotContain("data-province");
    assertThat(doc.select("#reports .empty").text()).startsWith("No reports in this run");
    assertThat(htmlTable(doc, "rejects-table")).hasSize(5);
    assertThat(doc.select("#overview .card .value").eachText())
        .containsExactly("5", "0", "0", "0", "0", "5");
    assertThat(markdownTable(m, "## Rejects by reason")).hasSize(5);
    assertThat(m).contains("No reports in this run").contains("No reports, so no agency to list.");
  }

  @Test
  void anUnresolvedPlaceIsOneMarkWithAReadableLabel() throws Exception {
    Path dir =
        derive(
            "unresolved",
            "SELECT * REPLACE (CASE WHEN province = '江苏省' THEN '__HIVE_DEFAULT_PARTITION__' ELSE"
                + " province END AS province) FROM reports",
            null,
            null);
    QualityReport.write(dir);
    String h = Files.readString(dir.resolve("quality_report.html"));
    Document doc = Jsoup.parse(h);
    List<String> provinces =
        doc.select("svg.heatmap rect[data-province]").eachAttr("data-province");
    assertThat(provinces).hasSize(5).contains(QualityData.UNRESOLVED).doesNotContain("江苏省");
    assertThat(provinces.get(provinces.size() - 1)).isEqualTo(QualityData.UNRESOLVED);
    assertThat(h).contains("未定位 (unresolved place)");
  }
}
