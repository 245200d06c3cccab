package ogireports.pipeline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import ogireports.document.ReportReader;
import ogireports.pipeline.report.RunFacts;
import ogireports.pipeline.storage.Dataset;
import ogireports.pipeline.storage.HadoopStore;
import ogireports.pipeline.storage.OutputFolder;
import ogireports.pipeline.storage.RowCounts;

/**
 * The run summary of an output on a Hadoop file system, which DuckDB cannot read: the counts the
 * launcher knows (documents read, from the run's counters) and the rows of each dataset (from the
 * Parquet footers), without the breakdowns by reason, rule and place that the quality report gives.
 * {@code inputs = reports + rejects (+ already_in_output)} is checked as for a local output.
 */
final class RemoteSummary {

  /** What the summary says instead of the quality report. */
  static final String NO_QUALITY_REPORT =
      "the quality report and the breakdowns of this summary are made with DuckDB, which reads"
          + " local folders only: copy the output to a local folder (hadoop fs -get OUTPUT out)"
          + " and run ./ogi-reports report --output=out";

  private final Map<String, Object> json = new LinkedHashMap<>();
  private final long inputs;
  private final long reports;
  private final long rejects;
  private final long flags;
  private final long alreadyInOutput;

  private RemoteSummary(long inputs, long reports, long rejects, long flags, long already) {
    this.inputs = inputs;
    this.reports = reports;
    this.rejects = rejects;
    this.flags = flags;
    this.alreadyInOutput = already;
  }

  static RemoteSummary compute(HadoopStore store, String dir, RunFacts run) throws IOException {
    String runId = run.runId();
    long inputs = run.inputs();
    Long alreadyInOutput = run.alreadyInOutput();
    Map<String, Long> all = RowCounts.of(store, dir, name -> true);
    Map<String, Long> rows = all;
    if (alreadyInOutput != null) {
      // This run's files only: its partition files and its rejects.
      rows = RowCounts.of(store, dir, name -> name.startsWith("part-" + runId + "."));
      rows.put(
          Dataset.REJECTS.folder,
          RowCounts.of(store, dir, name -> name.startsWith("part-" + runId + "-"))
              .get(Dataset.REJECTS.folder));
    }
    long reports = rows.get(Dataset.REPORTS.folder);
    long rejects = rows.get(Dataset.REJECTS.folder);
    long flags = rows.get(Dataset.FLAGS.folder);
    RemoteSummary s =
        new RemoteSummary(
            inputs, reports, rejects, flags, alreadyInOutput == null ? 0 : alreadyInOutput);
    run.putInto(s.json);
    s.json.put("reports", reports);
    s.json.put("rejects", rejects);
    s.json.put("flags", flags);
    s.json.put("rows", rows);
    if (alreadyInOutput != null) {
      Map<String, Long> totals = new LinkedHashMap<>();
      totals.put("reports", all.get(Dataset.REPORTS.folder));
      totals.put("rejects", all.get(Dataset.REJECTS.folder));
      totals.put("flags", all.get(Dataset.FLAGS.folder));
      s.json.put("output_totals", totals);
    }
    s.json.put("quality_report", NO_QUALITY_REPORT);
    return s;
  }

  /** The run's document counts, which must add up before the output is published. */
  ogireports.pipeline.report.Accounted accounted() {
    return new ogireports.pipeline.report.Accounted(inputs, reports, rejects, alreadyInOutput);
  }

  void write(HadoopStore store, String dir) throws IOException {
    store.write(
        store.child(dir, OutputFolder.SUMMARY_FILE),
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(json));
  }

  String forHumans(String output) {
    StringBuilder s = new StringBuilder();
    s.append("ogi-reports run ")
        .append(json.get("run_id"))
        .append(" (parser ")
        .append(ReportReader.PARSER_VERSION)
        .append(")\n");
    s.append(
        String.format("  inputs read      %d  (documents: files or archive records)%n", inputs));
    s.append(String.format("  reports written  %d%n", reports));
    s.append(String.format("  rejects          %d%n", rejects));
    if (json.containsKey("already_in_output")) {
      s.append(
          String.format(
              "  already there    %d  (documents whose report the output had: skipped)%n",
              alreadyInOutput));
    }
    s.append(String.format("  flags            %d%n", flags));
    s.append("  output           ").append(output).append('\n');
    return s.toString();
  }
}
