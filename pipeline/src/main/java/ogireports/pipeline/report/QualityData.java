package ogireports.pipeline.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ogireports.output.Partition;
import ogireports.pipeline.storage.OutputFolder;
import ogireports.pipeline.storage.Warehouse;
import ogireports.places.CentralBodies;

/**
 * The numbers of the data-quality report, read from the datasets of an output folder (and the run's
 * identity from its {@code run_summary.json}). Every list is in a fixed order, so the same data
 * always gives the same report.
 */
record QualityData(
    Run run,
    long reports,
    long rejects,
    long flags,
    long reportsWithError,
    long errorFlags,
    Map<String, Long> reportsByStatus,
    List<String> provinces,
    List<String> years,
    List<Cell> cells,
    List<RuleCount> rules,
    List<RejectReason> rejectReasons,
    List<Agency> agencies) {

  /** The folder name DuckDB reads as a null province: the place could not be resolved. */
  static final String UNRESOLVED = Partition.DEFAULT;

  /** How many agencies the report lists. */
  static final int TOP_AGENCIES = 20;

  /** How many flags are listed per report of an agency (the rest are counted). */
  static final int FLAGS_PER_REPORT = 50;

  /** From run_summary.json; fields are null when the file or the key is missing. */
  record Run(String runId, String parserVersion, String finishedAt, String input, Long inputs) {}

  /** One province and year present in {@code reports}. */
  record Cell(String province, String year, long reports, long withError, long errors) {
    double share() {
      return reports == 0 ? 0 : (double) withError / reports;
    }
  }

  record RuleCount(String ruleId, String severity, String outcome, long flags, long reports) {}

  record RejectReason(
      String reason, long rejects, long bytes, String exampleUri, String exampleDetail) {}

  record Flag(
      String ruleId,
      String severity,
      String outcome,
      String rowId,
      String columnId,
      Double expected,
      Double actual,
      String message) {}

  record AgencyReport(
      String reportId,
      String sourceUri,
      String year,
      String parseStatus,
      long errors,
      long flagCount,
      List<Flag> flags) {}

  /**
   * An issuing body (agency name within a province; a report of its own when no name is printed).
   */
  record Agency(
      int rank,
      String agency,
      String province,
      long reports,
      long errors,
      long warnings,
      long flags,
      List<AgencyReport> reportList) {}

  /** Reads the report's data from the output's warehouse ({@link RunSummary#openOutput}). */
  static QualityData load(Path outputDir, Warehouse w) throws SQLException, IOException {
    Run run = readRun(outputDir.resolve(OutputFolder.SUMMARY_FILE));
    Connection c = w.connection();
    try {
      try (Statement st = c.createStatement()) {
        st.execute(
            "CREATE TEMP TABLE r AS SELECT report_id, source_uri, agency, parse_status,"
                + " coalesce(n.error_count, 0) AS error_count, coalesce(n.warn_count, 0) AS"
                + " warn_count, coalesce(n.flag_count, 0) AS flag_count, province_code,"
                + " coalesce(CAST(province AS VARCHAR), "
                + Warehouse.literal(UNRESOLVED)
                + ") AS province, CAST(year AS VARCHAR) AS year FROM reports"
                // Counted from flags, so that the flags found across documents count too.
                + " LEFT JOIN (SELECT report_id, count(*) AS flag_count,"
                + " count(*) FILTER (WHERE severity = 'ERROR' AND outcome = 'FAIL') AS error_count,"
                + " count(*) FILTER (WHERE severity = 'WARN' AND outcome = 'FAIL') AS warn_count"
                + " FROM flags GROUP BY 1) n"
                + " USING (report_id)");
      }
      long reports = single(c, "SELECT count(*) FROM r");
      long rejects = single(c, "SELECT count(*) FROM rejects");
      long flags = single(c, "SELECT count(*) FROM flags");
      long withError = single(c, "SELECT count(*) FROM r WHERE error_count > 0");
      long errorFlags =
          single(c, "SELECT count(*) FROM flags WHERE severity = 'ERROR' AND outcome = 'FAIL'");
      Map<String, Long> byStatus = new LinkedHashMap<>();
      for (Map.Entry<String, Long> e :
          rows(
              c,
              "SELECT parse_status, count(*) FROM r GROUP BY 1 ORDER BY 1",
              rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
        byStatus.put(e.getKey(), e.getValue());
      }

      // 中央 first, then provinces by division code, the unresolved place last.
      List<String> provinces =
          rows(
              c,
              "SELECT province FROM r GROUP BY province ORDER BY"
                  + " CASE WHEN province = "
                  + Warehouse.literal(CentralBodies.PLACE)
                  + " THEN 0 WHEN province = "
                  + Warehouse.literal(UNRESOLVED)
                  + " THEN 2 ELSE 1 END, min(province_code) NULLS LAST, province",
              rs -> rs.getString(1));
      List<String> years =
          rows(
              c,
              "SELECT year FROM r GROUP BY year ORDER BY TRY_CAST(year AS BIGINT) NULLS LAST, year",
              rs -> rs.getString(1));
      List<Cell> cells =
          rows(
              c,
              "SELECT province, year, count(*), count(*) FILTER (WHERE error_count > 0),"
                  + " sum(error_count) FROM r GROUP BY 1, 2",
              rs ->
                  new Cell(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getLong(3),
                      rs.getLong(4),
                      rs.getLong(5)));
      cells.sort(
          (a, b) -> {
            int p =
                Integer.compare(provinces.indexOf(a.province()), provinces.indexOf(b.province()));
            return p != 0 ? p : Integer.compare(years.indexOf(a.year()), years.indexOf(b.year()));
          });

      List<RuleCount> rules =
          rows(
              c,
              "SELECT rule_id, severity, outcome, count(*), count(DISTINCT report_id) FROM flags"
                  // failures first (ERROR, then WARN), then NOT_ASSESSABLE, then INFO notes
                  + " GROUP BY 1, 2, 3 ORDER BY "
                  + OUTCOME_RANK
                  + ", "
                  + SEVERITY_RANK
                  + ", 4 DESC, 1",
              rs ->
                  new RuleCount(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getLong(4),
                      rs.getLong(5)));

      List<RejectReason> reasons =
          rows(
              c,
              "SELECT reason, count(*), coalesce(sum(bytes), 0),"
                  + " arg_min(source_uri, source_uri), arg_min(detail, source_uri)"
                  + " FROM rejects GROUP BY 1 ORDER BY 2 DESC, 1",
              rs ->
                  new RejectReason(
                      rs.getString(1),
                      rs.getLong(2),
                      rs.getLong(3),
                      rs.getString(4),
                      rs.getString(5)));

      return new QualityData(
          run,
          reports,
          rejects,
          flags,
          withError,
          errorFlags,
          byStatus,
          provinces,
          years,
          cells,
          rules,
          reasons,
          agencies(c));
    } finally {
      try (Statement st = c.createStatement()) {
        st.execute("DROP TABLE IF EXISTS r");
      }
    }
  }

  /** Reports listed per agency (the most errors first); the table above gives the full count. */
  static final int REPORTS_PER_AGENCY = 10;

  private static final String SEVERITY_RANK =
      "CASE severity WHEN 'ERROR' THEN 0 WHEN 'WARN' THEN 1 WHEN 'INFO' THEN 2 ELSE 3 END";
  private static final String OUTCOME_RANK =
      "CASE outcome WHEN 'FAIL' THEN 0 WHEN 'NOT_ASSESSABLE' THEN 1 WHEN 'NOTE' THEN 2 ELSE 3 END";

  /** The agencies with the most ERROR/FAIL flags, each with its reports and their flags. */
  private static List<Agency> agencies(Connection c) throws SQLException {
    List<Agency> out = new ArrayList<>();
    String top =
        "SELECT agency, province, CASE WHEN agency IS NULL THEN any_value(report_id) END,"
            + " count(*), sum(error_count), sum(warn_count),"
            + " sum(flag_count)"
            + " FROM r GROUP BY agency, province, CASE WHEN agency IS NULL THEN report_id END"
            + " HAVING sum(error_count) > 0"
            + " ORDER BY 5 DESC, 4 DESC, agency NULLS LAST, province, 3 LIMIT "
            + TOP_AGENCIES;
    String reportsSql =
        "SELECT report_id, source_uri, year, parse_status, error_count FROM r"
            + " WHERE province = ? AND agency = ?"
            + " ORDER BY error_count DESC, TRY_CAST(year AS BIGINT), source_uri, report_id"
            + " LIMIT "
            + REPORTS_PER_AGENCY;
    String oneReportSql =
        "SELECT report_id, source_uri, year, parse_status, error_count FROM r WHERE report_id = ?";
    String flagsSql =
        "SELECT rule_id, severity, outcome, row_id, column_id, expected, actual, message,"
            + " count(*) OVER () FROM flags WHERE report_id = ? ORDER BY "
            + SEVERITY_RANK
            + ", "
            + OUTCOME_RANK
            + ", rule_id, row_id NULLS FIRST, column_id NULLS FIRST, message LIMIT "
            + FLAGS_PER_REPORT;
    record Top(
        String agency,
        String province,
        String onlyReport,
        long reports,
        long errors,
        long warnings,
        long flags) {}
    List<Top> tops =
        rows(
            c,
            top,
            rs ->
                new Top(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6),
                    rs.getLong(7)));
    try (PreparedStatement agencyReports = c.prepareStatement(reportsSql);
        PreparedStatement oneReport = c.prepareStatement(oneReportSql);
        PreparedStatement flagsQuery = c.prepareStatement(flagsSql)) {
      int rank = 0;
      for (Top t : tops) {
        PreparedStatement reportsQuery;
        if (t.agency() == null) {
          reportsQuery = oneReport;
          reportsQuery.setString(1, t.onlyReport());
        } else {
          reportsQuery = agencyReports;
          reportsQuery.setString(1, t.province());
          reportsQuery.setString(2, t.agency());
        }
        record Row(String reportId, String sourceUri, String year, String status, long errors) {}
        List<Row> rows =
            rows(
                reportsQuery,
                rr ->
                    new Row(
                        rr.getString(1),
                        rr.getString(2),
                        rr.getString(3),
                        rr.getString(4),
                        rr.getLong(5)));
        List<AgencyReport> reports = new ArrayList<>();
        for (Row row : rows) {
          flagsQuery.setString(1, row.reportId());
          // every row carries the report's count of flags, of which at most FLAGS_PER_REPORT come
          record Counted(Flag flag, long count) {}
          List<Counted> counted =
              rows(
                  flagsQuery,
                  fr ->
                      new Counted(
                          new Flag(
                              fr.getString(1),
                              fr.getString(2),
                              fr.getString(3),
                              fr.getString(4),
                              fr.getString(5),
                              doubleOrNull(fr, 6),
                              doubleOrNull(fr, 7),
                              fr.getString(8)),
                          fr.getLong(9)));
          List<Flag> flags = counted.stream().map(Counted::flag).toList();
          long flagCount = counted.isEmpty() ? 0 : counted.get(counted.size() - 1).count();
          reports.add(
              new AgencyReport(
                  row.reportId(),
                  row.sourceUri(),
                  row.year(),
                  row.status(),
                  row.errors(),
                  flagCount,
                  List.copyOf(flags)));
        }
        out.add(
            new Agency(
                ++rank,
                t.agency(),
                t.province(),
                t.reports(),
                t.errors(),
                t.warnings(),
                t.flags(),
                List.copyOf(reports)));
      }
    }
    return out;
  }

  private static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private static long single(Connection c, String sql) throws SQLException {
    return rows(c, sql, rs -> rs.getLong(1)).get(0);
  }

  /** Reads one row of a result set. */
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** The rows of {@code sql}, in the order it gives, each read by {@code row}. */
  private static <T> List<T> rows(Connection c, String sql, RowReader<T> row) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return read(rs, row);
    }
  }

  /** The rows of a prepared query with its parameters set, each read by {@code row}. */
  private static <T> List<T> rows(PreparedStatement query, RowReader<T> row) throws SQLException {
    try (ResultSet rs = query.executeQuery()) {
      return read(rs, row);
    }
  }

  private static <T> List<T> read(ResultSet rs, RowReader<T> row) throws SQLException {
    List<T> out = new ArrayList<>();
    while (rs.next()) {
      out.add(row.read(rs));
    }
    return out;
  }

  /** An instant as a reader wants it: to the second, no fraction ({@code 2026-11-23T10:15:58Z}). */
  static String toSeconds(String instant) {
    if (instant == null) {
      return null;
    }
    try {
      return java.time.Instant.parse(instant)
          .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
          .toString();
    } catch (java.time.format.DateTimeParseException e) {
      return instant;
    }
  }

  private static Run readRun(Path summary) {
    if (!Files.isRegularFile(summary)) {
      return new Run(null, null, null, null, null);
    }
    try {
      JsonNode n = new ObjectMapper().readTree(summary.toFile());
      return new Run(
          text(n, "run_id"),
          text(n, "parser_version"),
          toSeconds(text(n, "finished_at")),
          text(n, "input"),
          n.path("inputs").isIntegralNumber() ? n.path("inputs").asLong() : null);
    } catch (IOException e) {
      return new Run(null, null, null, null, null);
    }
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.path(key);
    return v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  /** The label a person reads for a province folder. */
  static String provinceLabel(String province) {
    return UNRESOLVED.equals(province) ? "未定位 (unresolved place)" : province;
  }
}
