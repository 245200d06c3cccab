package ogireports.pipeline.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import ogireports.pipeline.graph.ParseDocuments;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.joda.time.Duration;

/**
 * Waits for a running pipeline and prints a progress line every few seconds from its Beam counters:
 * documents read, reports parsed, rejects, rate.
 */
final class Progress {

  private Progress() {}

  /** The step whose counters count the documents of the run. */
  static final String READ_STEP = "ParseDocuments";

  static PipelineResult.State await(
      PipelineResult result, long files, PrintStream out, int seconds) {
    long start = System.nanoTime();
    while (true) {
      PipelineResult.State state = result.waitUntilFinish(Duration.standardSeconds(seconds));
      if (state != null && state.isTerminal()) {
        return state;
      }
      Map<String, Long> c = counters(result, READ_STEP);
      out.println(
          line(
              c.getOrDefault("documents", 0L),
              files,
              c.getOrDefault("reports", 0L),
              c.getOrDefault("rejects", 0L) + c.getOrDefault("unreadable", 0L),
              (System.nanoTime() - start) / 1e9));
    }
  }

  /**
   * One progress line, in words a user reads without the README: nothing about rates until
   * something was read, and a rate that does not round small runs to 0.
   */
  static String line(long read, long inputs, long reports, long rejects, double seconds) {
    if (read == 0) {
      return String.format(
          "  progress: starting, %,d %s to read (%.0f s)",
          inputs, inputs == 1 ? "input" : "inputs", seconds);
    }
    double rate = seconds > 0 ? read / seconds : 0;
    String perSecond = rate >= 10 ? String.format("%,.0f", rate) : String.format("%.1f", rate);
    return String.format(
        "  progress: %,d of %,d inputs read (archives hold several documents), %,d reports, %,d"
            + " rejects so far, %s documents/s",
        read, inputs, reports, rejects, perSecond);
  }

  /**
   * The documents the run read (files, or records of archives), from the counters of the full read;
   * null when the runner does not report counters.
   */
  static Long documentsRead(PipelineResult result) {
    Map<String, Long> c = counters(result, READ_STEP);
    return c.get("documents");
  }

  /** The documents an {@code --append} run found in the output already (0 when none). */
  static long alreadyInOutput(PipelineResult result) {
    return counters(result, READ_STEP).getOrDefault(ParseDocuments.ALREADY_IN_OUTPUT, 0L);
  }

  private static Map<String, Long> counters(PipelineResult result, String step) {
    Map<String, Long> out = new HashMap<>();
    try {
      MetricsFilter.Builder filter = MetricsFilter.builder();
      if (step != null) {
        filter.addStep(step);
      }
      MetricQueryResults q = result.metrics().queryMetrics(filter.build());
      for (MetricResult<Long> r : q.getCounters()) {
        long v;
        try {
          v = r.getCommitted();
        } catch (UnsupportedOperationException e) {
          v = r.getAttempted();
        }
        out.merge(r.getName().getName(), Math.max(v, r.getAttempted()), Long::sum);
      }
    } catch (RuntimeException e) {
      // Some runners expose metrics only at the end; progress is best effort.
    }
    return out;
  }
}
