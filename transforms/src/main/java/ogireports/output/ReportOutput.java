package ogireports.output;

import ogireports.corpus.ReportIndex;
import ogireports.crawl.ContentFingerprint;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.rules.crossyear.AgencyYear;

/**
 * What an accepted report gives the output, as the parse step keeps it: its rows, the same rows as
 * a {@link ReportPacket} to wait on disk, and its {@link ReportIndex} entry for the checks across
 * documents. (Not to be confused with {@link ogireports.model.ParsedReport}, the report model the
 * reader builds, from which these rows are made.)
 */
public record ReportOutput(OutputRows.ReportRows rows, byte[] packet, ReportIndex index) {

  public static ReportOutput of(Document document, ReadOutcome.Accepted accepted, String runId) {
    OutputRows.ReportRows rows = OutputRows.of(accepted, runId);
    byte[] packet = ReportPacket.encode(rows, OutputRows.duplicateCandidate(document, accepted));
    ReportIndex index =
        new ReportIndex(
            accepted.report().reportId(),
            document.sourceUri(),
            ContentFingerprint.of(accepted.report().lines()),
            AgencyYear.of(accepted.report()),
            rows.partition(),
            false);
    return new ReportOutput(rows, packet, index);
  }
}
