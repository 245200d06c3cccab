package ogireports.pipeline.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import ogireports.document.ReportReader;
import ogireports.pipeline.storage.OutputFolder;

/**
 * What the launcher knows of a finished run before anything is counted in its output: who ran it,
 * on what, when, and how many documents it read. The one owner of the first keys of {@code
 * run_summary.json}, written by every summary (local, on a Hadoop file system) and read back by
 * {@code ogi-reports report}.
 *
 * @param runId the run's id ({@code --runId})
 * @param runner the simple name of the runner it ran on
 * @param input the {@code --input} as the user gave it
 * @param inputs the documents read (files or archive records)
 * @param files the input files listed
 * @param alreadyInOutput for an {@code --append} run, the documents whose report was in the output
 *     already; null for a run that replaces the output
 * @param startedAt ISO-8601 instant
 * @param finishedAt ISO-8601 instant
 */
public record RunFacts(
    String runId,
    String runner,
    String input,
    long inputs,
    long files,
    Long alreadyInOutput,
    String startedAt,
    String finishedAt) {

  /** Whether the run added to an output rather than replacing it. */
  public boolean isAppend() {
    return alreadyInOutput != null;
  }

  /** The facts as {@code run_summary.json} holds them. */
  public static RunFacts fromJson(JsonNode run) {
    boolean append = "append".equals(run.path("mode").asText());
    return new RunFacts(
        run.path("run_id").asText(),
        run.path("runner").asText(),
        run.path("input").asText(),
        run.path("inputs").asLong(),
        run.path("input_files").asLong(),
        append ? run.path("already_in_output").asLong() : null,
        run.path("started_at").asText(),
        run.path("finished_at").asText());
  }

  /** Puts the facts into a summary's JSON, in the order {@code run_summary.json} prints them. */
  public void putInto(Map<String, Object> json) {
    json.put("producer", OutputFolder.PRODUCER);
    json.put("run_id", runId);
    json.put("parser_version", ReportReader.PARSER_VERSION);
    json.put("started_at", startedAt);
    json.put("finished_at", finishedAt);
    json.put("runner", runner);
    json.put("input", input);
    json.put("mode", isAppend() ? "append" : "replace");
    json.put("input_files", files);
    json.put("inputs", inputs);
    if (isAppend()) {
      json.put("already_in_output", alreadyInOutput);
    }
  }
}
