package ogireports.output;

import ogireports.corpus.ReportIndex;
import ogireports.crawl.ContentFingerprint;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.rules.crossyear.AgencyYear;

/**
 * What the parse step keeps of an accepted report: its rows, the same rows as a {@link
 * ReportPacket} to wait on disk, and its {@link ReportIndex} entry for the checks across documents.
 */
public record ParsedReport(OutputRows.ReportRows rows, byte[] packet, ReportIndex index) {

  public static ParsedReport of(Document document, ReadOutcome.Accepted accepted, String runId) {
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
    return new ParsedReport(rows, packet, index);
  }
}
