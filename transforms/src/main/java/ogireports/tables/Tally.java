package ogireports.tables;

import java.util.Map;
import java.util.Optional;

/** Counts of values seen in a table (cell layouts, filler counts): the one "most frequent" rule. */
final class Tally {

  private Tally() {}

  /**
   * How many cells of a table had each layout, counted as they are read (an array, not a map of
   * boxed counts: every cell of a table is counted).
   */
  static final class Layouts {
    private static final CellLayout[] LAYOUTS = CellLayout.values();

    private final int[] counts = new int[LAYOUTS.length];

    void count(Cell c) {
      counts[c.layout().ordinal()]++;
    }

    /** The counts as a map of the layouts counted at least once. */
    Map<CellLayout, Integer> toMap() {
      Map<CellLayout, Integer> map = new java.util.EnumMap<>(CellLayout.class);
      for (CellLayout layout : LAYOUTS) {
        if (counts[layout.ordinal()] > 0) {
          map.put(layout, counts[layout.ordinal()]);
        }
      }
      return map;
    }
  }

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
