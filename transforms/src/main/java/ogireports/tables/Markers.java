package ogireports.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed set of marker texts, and whether a text holds any of them ({@code text.contains(m)} for
 * some marker {@code m}), found in one scan of the text: at each character that starts a marker the
 * markers starting with it are compared there. Written by hand for speed: the table markers are
 * looked for in every line of every report, most of which hold none, and one scan costs less than
 * one search per marker.
 */
final class Markers {

  /** Bit {@code c} set when some marker starts with character {@code c}. */
  private final long[] firstChars = new long[1 << 10];

  /** The markers by their first character: a small open-addressing table. */
  private final char[] keys;

  private final String[][] byFirst;
  private final boolean anyEmpty;

  /**
   * Bit {@link #pair} set for the first two characters of each marker, when every marker has two or
   * more ({@link #byPairs}): the table markers start with characters prose is full of (本, 上, 行, 信,
   * 不), and a marker can start only where its first two characters stand, so most places are passed
   * over without comparing a marker there.
   */
  private final long[] pairs = new long[PAIR_BITS >>> 6];

  private final boolean byPairs;

  private static final int PAIR_BITS = 1 << 12;

  Markers(List<String> markers) {
    int size = Integer.highestOneBit(Math.max(markers.size(), 1) * 4);
    keys = new char[size];
    byFirst = new String[size][];
    boolean empty = false;
    boolean allPairs = true;
    for (String m : markers) {
      if (m.isEmpty()) {
        empty = true;
        continue;
      }
      if (m.length() < 2) {
        allPairs = false;
      } else {
        int p = pair(m.charAt(0), m.charAt(1));
        pairs[p >>> 6] |= 1L << p;
      }
      char c = m.charAt(0);
      firstChars[c >>> 6] |= 1L << c;
      int slot = slot(c);
      List<String> same = new ArrayList<>();
      if (byFirst[slot] != null) {
        same.addAll(List.of(byFirst[slot]));
      }
      same.add(m);
      keys[slot] = c;
      byFirst[slot] = same.toArray(new String[0]);
    }
    anyEmpty = empty;
    byPairs = allPairs;
  }

  /** The bit of two characters in {@link #pairs} (several pairs share a bit). */
  private static int pair(char first, char second) {
    return (first * 31 + second) & (PAIR_BITS - 1);
  }

  /** The slot of character {@code c}: its own, or the free one where it goes. */
  private int slot(char c) {
    int mask = keys.length - 1;
    int slot = (c * 0x9E37) & mask;
    while (byFirst[slot] != null && keys[slot] != c) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /**
   * The first marker, in the order given, that starts at {@code i} of {@code text}, or null: the
   * markers starting with other characters are not compared.
   */
  String startingAt(String text, int i) {
    char c = text.charAt(i);
    if ((firstChars[c >>> 6] & (1L << c)) == 0) {
      return null;
    }
    for (String m : byFirst[slot(c)]) {
      if (text.startsWith(m, i)) {
        return m;
      }
    }
    return null;
  }

  /** True when {@code text} contains one of the markers. */
  boolean anyIn(String text) {
    return anyIn(text, new char[text.length()]);
  }

  /**
   * {@link #anyIn(String)}, the text's characters copied into {@code buffer} (at least as long as
   * the text; a caller scanning many texts passes the same one): a loop over an array is cheaper
   * than one over the string's characters.
   */
  boolean anyIn(String text, char[] buffer) {
    if (anyEmpty) {
      return true;
    }
    int n = text.length();
    text.getChars(0, n, buffer, 0);
    for (int i = 0; i < n; i++) {
      char c = buffer[i];
      if ((firstChars[c >>> 6] & (1L << c)) != 0 && (!byPairs || pairAt(buffer, i, n))) {
        for (String m : byFirst[slot(c)]) {
          if (text.startsWith(m, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** True when the two characters at {@code i} of {@code chars[0, n)} are a marker's first two. */
  private boolean pairAt(char[] chars, int i, int n) {
    if (i + 1 >= n) {
      return false; // no marker of two or more characters starts at the last one
    }
    int p = pair(chars[i], chars[i + 1]);
    return (pairs[p >>> 6] & (1L << p)) != 0;
  }
}
