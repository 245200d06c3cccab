package ogireports.corpus;

import java.io.Serializable;
import ogireports.rules.crossyear.AgencyYear;

/**
 * What the corpus-wide checks need to know of one report: its identity, where it came from, its
 * text fingerprint (for duplicates) and its cross-year snapshot.
 *
 * @param reportId SHA-256 of the document's bytes
 * @param sourceUri the document's path or URI (the smallest one of a set of duplicates is kept)
 * @param fingerprint SHA-256 of the decoded text after NFKC and whitespace removal
 * @param agencyYear the values the cross-year rules compare
 * @param partition the report's {@code province=P/year=Y}, where its rows and flags are written
 * @param inOutput the report is already in the output (an {@code --append} run): it is kept
 *     whatever its source, and its rows are not written again
 */
public record ReportIndex(
    String reportId,
    String sourceUri,
    String fingerprint,
    AgencyYear agencyYear,
    String partition,
    boolean inOutput)
    implements Serializable {

  private static final long serialVersionUID = 2L;

  /** The same report, as already in the output. */
  public ReportIndex asInOutput() {
    return new ReportIndex(reportId, sourceUri, fingerprint, agencyYear, partition, true);
  }

  /**
   * The key that brings together every report the corpus checks must compare: the agency key for a
   * report whose agency and place are known, else the fingerprint (so exact duplicates of an
   * unplaced report still meet).
   */
  public String groupKey() {
    return agencyYear != null && agencyYear.matchable()
        ? agencyYear.agencyKey()
        : "text|" + fingerprint;
  }

  /** One of {@code buckets} coarse groups: few keys keep grouping cheap on every runner. */
  public int bucket(int buckets) {
    return Math.floorMod(groupKey().hashCode(), buckets);
  }
}
