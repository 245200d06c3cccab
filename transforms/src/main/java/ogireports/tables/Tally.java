package ogireports.tables;

import java.util.Map;
import java.util.Optional;

/** Counts of values seen in a table (cell layouts, filler counts): the one "most frequent" rule. */
final class Tally {

  private Tally() {}

  /**
   * The value counted most often, the smallest (in natural order: an enum's first constant) on a
   * tie; empty when nothing was counted. Values counted 0 times are not candidates.
   */
  static <K extends Comparable<? super K>> Optional<K> mostFrequent(Map<K, Integer> counts) {
    K best = null;
    int bestCount = 0;
    for (Map.Entry<K, Integer> e : counts.entrySet()) {
      int n = e.getValue();
      if (n > bestCount || (n == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = n;
      }
    }
    return Optional.ofNullable(best);
  }
}
