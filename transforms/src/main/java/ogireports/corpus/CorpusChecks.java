package ogireports.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ogireports.model.Flag;
import ogireports.rules.crossyear.AgencyYear;
import ogireports.rules.crossyear.CrossYearFlag;
import ogireports.rules.crossyear.CrossYearRules;

/**
 * The checks that need more than one report, on one group of reports that share a group key: exact
 * duplicates (same text after NFKC and whitespace removal; a copy already in the output is kept,
 * else the copy with the smallest source) and then the cross-year rules among the kept reports of
 * each agency.
 *
 * <p>Plain Java; the Beam stage only brings the groups together. Decisions come out in a fixed
 * order whatever the input order.
 */
public final class CorpusChecks {

  private CorpusChecks() {}

  /** Decisions for the reports of one group; reports with nothing decided are left out. */
  public static List<Decision> decide(List<ReportIndex> reports) {
    List<ReportIndex> sorted = new ArrayList<>(reports);
    sorted.sort(
        Comparator.comparing(ReportIndex::fingerprint)
            .thenComparing(r -> !r.inOutput())
            .thenComparing(ReportIndex::sourceUri)
            .thenComparing(ReportIndex::reportId));
    List<Decision> decisions = new ArrayList<>();
    List<ReportIndex> kept = new ArrayList<>();
    ReportIndex first = null;
    for (ReportIndex r : sorted) {
      if (first != null && first.fingerprint().equals(r.fingerprint()) && !r.inOutput()) {
        decisions.add(
            new Decision(
                r.reportId(), r.sourceUri(), first.reportId(), first.sourceUri(), List.of()));
      } else {
        first = r;
        kept.add(r);
      }
    }

    Map<String, List<AgencyYear>> byAgency = new TreeMap<>();
    for (ReportIndex r : kept) {
      if (r.agencyYear() != null && r.agencyYear().matchable()) {
        byAgency
            .computeIfAbsent(r.agencyYear().agencyKey(), k -> new ArrayList<>())
            .add(r.agencyYear());
      }
    }
    Map<String, List<Flag>> flags = new LinkedHashMap<>();
    for (List<AgencyYear> series : byAgency.values()) {
      if (series.size() < 2) {
        continue;
      }
      for (CrossYearFlag f : CrossYearRules.evaluate(series)) {
        flags.computeIfAbsent(f.reportId(), k -> new ArrayList<>()).add(f.flag());
      }
    }
    flags.forEach((id, list) -> decisions.add(new Decision(id, null, null, null, list)));
    decisions.sort(
        Comparator.comparing(Decision::reportId)
            .thenComparing(d -> d.sourceUri() == null ? "" : d.sourceUri()));
    return decisions;
  }
}
