package ogireports.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The name tries find exactly what cutting one substring per length and looking it up finds: the
 * same longest official name, short form and township at every position of texts built from the
 * real names (whole, cut, glued together, with 街 for 街道).
 */
class NameTrieTest {

  private static final PlaceResolver R = PlaceResolver.fromClasspath();
  private static final Gazetteer G = R.gazetteer();
  private static final Townships T = R.townships();

  @Test
  void smallTrie() {
    NameTrie t = NameTrie.of(List.of("鼓楼区", "开封市", "开封市鼓楼区", "开封", "", "开封"));
    assertThat(t.longestAt("开封市鼓楼区政府", 0, 2, 20)).isEqualTo(6);
    assertThat(t.longestAt("开封市鼓楼区政府", 0, 2, 5)).isEqualTo(3);
    assertThat(t.longestAt("开封市鼓楼区政府", 0, 4, 5)).isZero();
    assertThat(t.longestAt("开封县", 0, 2, 20)).isEqualTo(2);
    assertThat(t.longestAt("开封县", 0, 3, 20)).isZero();
    assertThat(t.longestAt("x鼓楼区", 1, 2, 20)).isEqualTo(3);
    assertThat(t.longestAt("鼓楼", 0, 1, 20)).isZero();
    assertThat(t.longestAt("鼓楼", 5, 1, 20)).isZero();
  }

  @Test
  void sameAsSubstringLookupOnTextsMadeOfRealNames() {
    List<String> pieces = new ArrayList<>();
    for (Division d : G.all()) {
      pieces.add(d.name());
    }
    List<Township> towns = T.all();
    for (int k = 0; k < towns.size(); k += 7) {
      String n = towns.get(k).name();
      pieces.add(n);
      if (n.endsWith("街道")) {
        pieces.add(n.substring(0, n.length() - 1));
      }
    }
    Random random = new Random(7);
    int positions = 0;
    for (int round = 0; round < 4_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(5);
      for (int k = 0; k < n; k++) {
        String p = pieces.get(random.nextInt(pieces.size()));
        int from = random.nextInt(4) == 0 ? random.nextInt(p.length()) : 0;
        int to = random.nextInt(4) == 0 ? from + random.nextInt(p.length() - from + 1) : p.length();
        b.append(p, from, to);
        if (random.nextInt(3) == 0) {
          b.append("人民政府办公室".charAt(random.nextInt(7)));
        }
      }
      String s = b.toString();
      for (int i = 0; i <= s.length(); i++) {
        positions++;
        for (int min = 2; min <= 3; min++) {
          assertThat(G.longestNameAt(s, i, min))
              .as("%s at %d, min %d", s, i, min)
              .isEqualTo(naiveName(s, i, min));
        }
        assertThat(G.longestShortAt(s, i)).as("%s at %d", s, i).isEqualTo(naiveShort(s, i));
        assertThat(T.longestAt(s, i)).as("%s at %d", s, i).isEqualTo(naiveTownship(s, i));
      }
    }
    assertThat(positions).isGreaterThan(40_000);
  }

  private static int naiveName(String s, int i, int minLength) {
    for (int len = Math.min(40, s.length() - i); len >= minLength; len--) {
      if (!G.named(s.substring(i, i + len)).isEmpty()) {
        return len;
      }
    }
    return 0;
  }

  private static int naiveShort(String s, int i) {
    for (int len = Math.min(6, s.length() - i); len >= 2; len--) {
      if (G.expandShort(s.substring(i, i + len)) != null) {
        return len;
      }
    }
    return 0;
  }

  private static Townships.Match naiveTownship(String s, int i) {
    for (int len = Math.min(40, s.length() - i); len >= 2; len--) {
      String sub = s.substring(i, i + len);
      if (!T.named(sub).isEmpty()) {
        return new Townships.Match(sub, i, i + len);
      }
      if (sub.endsWith("街") && !T.named(sub + "道").isEmpty()) {
        return new Townships.Match(sub + "道", i, i + len);
      }
    }
    return null;
  }
}
