package ogireports.pipeline.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ogireports.document.ReportReader;
import ogireports.pipeline.storage.Dataset;
import ogireports.pipeline.storage.OutputFolder;
import ogireports.pipeline.storage.RejectFiles;
import ogireports.pipeline.storage.Warehouse;

/**
 * The counts of a finished run, read back from the Parquet files it wrote (so they describe what a
 * user will query, on any runner), written as {@code run_summary.json} and printed for a person.
 */
public final class RunSummary {

  private final Map<String, Object> json = new LinkedHashMap<>();
  private final long inputs;
  private final long reports;
  private final long rejects;
  private final Map<String, Long> rejectsByReason;
  private final Map<String, Map<String, Long>> flagsByRule;
  private final Map<String, Long> reportsByStatus;
  private final Map<String, Long> flagsByRuleOutcome;
  private final long flags;
  private long alreadyInOutput;

  private RunSummary(
      long inputs,
      long reports,
      long rejects,
      Map<String, Long> rejectsByReason,
      Map<String, Map<String, Long>> flagsByRule,
      Map<String, Long> reportsByStatus,
      Map<String, Long> flagsByRuleOutcome,
      long flags) {
    this.inputs = inputs;
    this.reports = reports;
    this.rejects = rejects;
    this.rejectsByReason = rejectsByReason;
    this.flagsByRule = flagsByRule;
    this.reportsByStatus = reportsByStatus;
    this.flagsByRuleOutcome = flagsByRuleOutcome;
    this.flags = flags;
  }

  /**
   * Reads the counts from the datasets in {@code dir}. An append run ({@link RunFacts#isAppend()})
   * counts only the rows it added (its {@code run_id}, its rejects file), and the output's totals
   * apart.
   */
  public static RunSummary compute(Path dir, RunFacts run) throws SQLException, IOException {
    try (Warehouse w = openOutput(dir)) {
      return compute(w, dir, run);
    }
  }

  /**
   * The output in {@code dir} as the summary and the quality report query it: the columns they read
   * of the reports, flags and rejects, read once into DuckDB's memory; the other datasets as views.
   * One warehouse serves both ({@link #compute(Warehouse, Path, RunFacts)}, {@link
   * QualityReport#write(Path, Warehouse)}): reading the Parquet files was most of their time.
   */
  public static Warehouse openOutput(Path dir) throws SQLException, IOException {
    return Warehouse.open(
        dir,
        Map.of(
            Dataset.REPORTS,
            List.of(
                "report_id",
                "run_id",
                "source_uri",
                "agency",
                "parse_status",
                "province_code",
                "province",
                "year"),
            Dataset.FLAGS,
            List.of(
                "report_id",
                "rule_id",
                "severity",
                "outcome",
                "row_id",
                "column_id",
                "expected",
                "actual",
                "message"),
            Dataset.REJECTS,
            List.of()));
  }

  /**
   * Like {@link #compute(Path, RunFacts)}, from the output's warehouse ({@link #openOutput}), which
   * it leaves as it found it.
   */
  public static RunSummary compute(Warehouse w, Path dir, RunFacts run)
      throws SQLException, IOException {
    Connection c = w.connection();
    if (run.alreadyInOutput() == null) {
      return compute(c, run, Map.of());
    }
    Map<String, Long> outputTotals = new LinkedHashMap<>();
    outputTotals.put("reports", single(c, "SELECT count(*) FROM reports"));
    outputTotals.put("rejects", single(c, "SELECT count(*) FROM rejects"));
    outputTotals.put("flags", single(c, "SELECT count(*) FROM flags"));
    thisRunOnly(c, dir, run.runId());
    try {
      return compute(c, run, outputTotals);
    } finally {
      try (Statement st = c.createStatement()) {
        st.execute("RESET search_path");
        st.execute("DROP SCHEMA " + THIS_RUN + " CASCADE");
      }
    }
  }

  private static RunSummary compute(Connection c, RunFacts run, Map<String, Long> outputTotals)
      throws SQLException {
    long inputs = run.inputs();
    Long alreadyInOutput = run.alreadyInOutput();
    long reports = single(c, "SELECT count(*) FROM reports");
    long rejects = single(c, "SELECT count(*) FROM rejects");
    long flags = single(c, "SELECT count(*) FROM flags");
    Map<String, Long> rejectsByReason =
        counts(c, "SELECT reason, count(*) FROM rejects GROUP BY 1 ORDER BY 2 DESC, 1");
    Map<String, Long> reportsByStatus =
        counts(c, "SELECT parse_status, count(*) FROM reports GROUP BY 1 ORDER BY 1");
    Map<String, Map<String, Long>> flagsByRule = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT rule_id, severity, count(*) FROM flags GROUP BY 1, 2 ORDER BY 3 DESC, 1,"
                    + " 2")) {
      while (rs.next()) {
        flagsByRule
            .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
            .put(rs.getString(2), rs.getLong(3));
      }
    }
    Map<String, Long> flagsByRuleOutcome =
        counts(
            c,
            "SELECT format('{:<22} {:<5} {:<14}', rule_id, severity, outcome), count(*) FROM"
                + " flags GROUP BY rule_id, severity, outcome ORDER BY count(*) DESC, rule_id,"
                + " severity, outcome");
    Map<String, Long> flagsByOutcome =
        counts(c, "SELECT outcome, count(*) FROM flags GROUP BY 1 ORDER BY 1");
    Map<String, Long> flagsBySeverity =
        counts(c, "SELECT severity, count(*) FROM flags GROUP BY 1 ORDER BY 1");
    List<Map<String, Object>> byProvinceYear = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT province, CAST(year AS BIGINT), count(*) FROM reports GROUP BY 1, 2 ORDER"
                    + " BY 1, 2")) {
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("province", rs.getString(1));
        row.put("year", rs.getLong(2));
        row.put("reports", rs.getLong(3));
        byProvinceYear.add(row);
      }
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    for (Dataset d : Dataset.values()) {
      boolean mine = alreadyInOutput == null || d == Dataset.REJECTS || d == Dataset.REPORTS;
      rows.put(
          d.folder,
          single(
              c,
              "SELECT count(*) FROM "
                  + d.folder
                  + (mine ? "" : " WHERE report_id IN (SELECT report_id FROM reports)")));
    }

    RunSummary s =
        new RunSummary(
            inputs,
            reports,
            rejects,
            rejectsByReason,
            flagsByRule,
            reportsByStatus,
            flagsByRuleOutcome,
            flags);
    run.putInto(s.json);
    if (alreadyInOutput != null) {
      s.alreadyInOutput = alreadyInOutput;
    }
    s.json.put("reports", reports);
    s.json.put("rejects", rejects);
    s.json.put("flags", flags);
    s.json.put("reports_by_parse_status", reportsByStatus);
    s.json.put("rejects_by_reason", rejectsByReason);
    s.json.put("flags_by_rule", flagsByRule);
    s.json.put("flags_by_severity", flagsBySeverity);
    s.json.put("flags_by_outcome", flagsByOutcome);
    s.json.put("reports_by_province_year", byProvinceYear);
    s.json.put("rows", rows);
    if (alreadyInOutput != null) {
      s.json.put("output_totals", outputTotals);
    }
    return s;
  }

  /** Records what {@code --reparse-older} did: reports of an older parser, and those replaced. */
  public void reparsed(int olderInOutput, int replaced) {
    json.put("older_parser_reports", olderInOutput);
    json.put("reparsed_and_replaced", replaced);
  }

  /** The schema of an append run's own rows ({@link #thisRunOnly}). */
  private static final String THIS_RUN = "this_run";

  /**
   * Makes {@code reports}, {@code flags} and {@code rejects} name only what this append run wrote:
   * its reports (by run id), their flags, and the rows of its rejects file, as tables of a schema
   * of their own searched first; the output's tables stay as they are, for the quality report.
   */
  private static void thisRunOnly(Connection c, Path dir, String runId)
      throws SQLException, IOException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + THIS_RUN);
      st.execute(
          "CREATE TABLE "
              + THIS_RUN
              + ".reports AS SELECT * FROM main.reports WHERE run_id = "
              + Warehouse.literal(runId));
      st.execute(
          "CREATE TABLE "
              + THIS_RUN
              + ".flags AS SELECT * FROM main.flags WHERE report_id IN (SELECT report_id FROM "
              + THIS_RUN
              + ".reports)");
      st.execute(
          "CREATE TABLE "
              + THIS_RUN
              + ".rejects AS SELECT * FROM read_parquet("
              + Warehouse.literal(RejectFiles.glob(dir.toString(), runId))
              + ")");
      st.execute("SET search_path = " + Warehouse.literal(THIS_RUN + ",main"));
    }
  }

  /** The run's document counts, which must add up before the output is published. */
  public Accounted accounted() {
    return new Accounted(inputs, reports, rejects, alreadyInOutput);
  }

  public void write(Path dir) throws IOException {
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(dir.resolve(OutputFolder.SUMMARY_FILE).toFile(), json);
  }

  /** A short summary for a person. */
  public String forHumans(Path outputDir) {
    StringBuilder s = new StringBuilder();
    s.append("ogi-reports run ")
        .append(json.get("run_id"))
        .append(" (parser ")
        .append(ReportReader.PARSER_VERSION)
        .append(")\n");
    s.append(
        String.format("  inputs read      %d  (documents: files or archive records)%n", inputs));
    s.append(
            String.format("  reports written  %d  %s%n", reports, inline(reportsByStatus))
                .stripTrailing())
        .append('\n');
    s.append(
            String.format("  rejects          %d  %s%n", rejects, inline(rejectsByReason))
                .stripTrailing())
        .append('\n');
    if ("append".equals(json.get("mode"))) {
      s.append(
          String.format(
              "  already there    %d  (documents whose report the output had: skipped)%n",
              alreadyInOutput));
      if (json.get("output_totals") instanceof Map<?, ?> totals) {
        s.append(
            String.format(
                "  output now       %s reports, %s rejects, %s flags in all%n",
                totals.get("reports"), totals.get("rejects"), totals.get("flags")));
      }
    }
    s.append(String.format("  flags            %d%n", flags));
    flagsByRuleOutcome.forEach((k, v) -> s.append(String.format("    %s  %d%n", k, v)));
    s.append("  output           ").append(outputDir).append('\n');
    s.append("  query it with    ./ogi-reports query \"SELECT * FROM reports\"\n");
    return s.toString();
  }

  private static String inline(Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("(");
    counts.forEach((k, v) -> s.append(s.length() > 1 ? ", " : "").append(k).append(' ').append(v));
    return s.append(')').toString();
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<String, Long> counts(Connection c, String sql) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }
}
