package ogireports.corpus;

import java.io.Serializable;
import java.util.List;
import ogireports.model.Flag;

/**
 * What the corpus-wide checks decided about one report: it is a duplicate of another (and is
 * rejected), or it gets extra flags from the comparison with other reports.
 *
 * @param reportId the report decided about
 * @param sourceUri for a duplicate: the document rejected (identical files share a report id, so
 *     duplicates are decided per source); null for flags, which apply to the report id
 * @param duplicateOf the report id of the copy that is kept, or null
 * @param keptSourceUri the kept copy's source, for the reject's detail, or null
 * @param flags extra flags (cross-year rules, DUPLICATE_AGENCY_YEAR)
 */
public record Decision(
    String reportId, String sourceUri, String duplicateOf, String keptSourceUri, List<Flag> flags)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public Decision {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  public boolean isDuplicate() {
    return duplicateOf != null;
  }
}
