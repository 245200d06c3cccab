package ogireports.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import ogireports.pipeline.report.QualityReport;
import ogireports.pipeline.report.RunFacts;
import ogireports.pipeline.report.RunSummary;
import ogireports.pipeline.storage.OutputFolder;
import ogireports.pipeline.storage.Warehouse;

/**
 * {@code ogi-reports report [--output=DIR]}: makes the run summary and the quality report of a
 * local output folder again from its datasets, for an output written on HDFS (whose run could not
 * read it with DuckDB) once it is copied to a local folder.
 */
final class ReportCommand {

  private ReportCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    String output = "out";
    for (String a : args) {
      if (a.startsWith("--output=")) {
        output = a.substring("--output=".length());
      } else {
        err.println("ogi-reports report: unknown argument " + a + "; usage: report --output=DIR");
        return OgiReports.USAGE;
      }
    }
    Path dir = Path.of(output);
    try {
      if (!OutputFolder.isOgiReportsOutput(dir)) {
        err.println("ogi-reports report: " + output + " is not an ogi-reports output folder");
        return OgiReports.USAGE;
      }
      JsonNode run = new ObjectMapper().readTree(dir.resolve(OutputFolder.SUMMARY_FILE).toFile());
      RunSummary summary;
      try (Warehouse w = RunSummary.openOutput(dir)) {
        summary = RunSummary.compute(w, dir, RunFacts.fromJson(run));
        summary.write(dir);
        QualityReport.write(dir, w);
      }
      out.print(summary.forHumans(dir.toAbsolutePath().normalize()));
      out.println("  quality report   " + dir.resolve("quality_report.html"));
      return OgiReports.OK;
    } catch (Exception e) {
      err.println("ogi-reports report: cannot read " + output + ": " + e);
      return OgiReports.FAILED;
    }
  }
}
