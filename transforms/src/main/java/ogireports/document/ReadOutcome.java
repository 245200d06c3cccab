package ogireports.document;

import java.util.List;
import ogireports.model.Flag;
import ogireports.model.ParsedReport;

/** What became of one document: a report with its flags, or a reject with its reason. */
public sealed interface ReadOutcome {

  /** The document is a report (possibly PARTIAL). */
  record Accepted(ParsedReport report, List<Flag> flags) implements ReadOutcome {
    public Accepted {
      flags = List.copyOf(flags);
    }
  }

  /**
   * The document did not become a report.
   *
   * @param sourceUri the document's path or URI
   * @param reason why
   * @param detail what was found, in a sentence
   * @param bytes the document's size
   * @param head the first 200 characters of the decoded text, or null when not text
   * @param reportId SHA-256 of the bytes, or null when they could not be read
   */
  record Rejected(
      String sourceUri,
      RejectReason reason,
      String detail,
      long bytes,
      String head,
      String reportId)
      implements ReadOutcome {}
}
