package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void theMostFrequentValueTheSmallestOnATie() {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    assertThat(Tally.mostFrequent(counts)).isEmpty();
    counts.put(3, 2);
    counts.put(1, 1);
    counts.put(2, 2);
    assertThat(Tally.mostFrequent(counts)).contains(2);
    counts.put(0, 0);
    assertThat(Tally.mostFrequent(counts)).contains(2);
  }

  @Test
  void anEnumTiesToItsFirstConstant() {
    Map<CellLayout, Integer> counts = new EnumMap<>(CellLayout.class);
    CellLayout[] layouts = CellLayout.values();
    counts.put(layouts[layouts.length - 1], 4);
    counts.put(layouts[0], 4);
    assertThat(Tally.mostFrequent(counts)).contains(layouts[0]);
  }
}
