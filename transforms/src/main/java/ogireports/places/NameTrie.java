package ogireports.places;

import java.util.Arrays;
import java.util.Collection;

/**
 * A character trie over a fixed set of names, for finding the names that start at a position of a
 * text. Looking up the longest name at a position walks the text once and stops as soon as no name
 * continues (usually after one or two characters), instead of cutting and hashing one substring per
 * possible length. Immutable once built; safe to share between threads.
 */
final class NameTrie {

  /** One node: the characters that continue a name from here (sorted) and their nodes. */
  static final class Node {
    private static final char[] NO_KEYS = new char[0];
    private static final Node[] NO_CHILDREN = new Node[0];

    private char[] keys = NO_KEYS;
    private Node[] children = NO_CHILDREN;
    private boolean name;

    /** The node after {@code c}, or null when no name continues with it. */
    Node next(char c) {
      int at = Arrays.binarySearch(keys, c);
      return at >= 0 ? children[at] : null;
    }

    /** True when the characters leading here form a whole name. */
    boolean isName() {
      return name;
    }
  }

  private final Node root;

  private NameTrie(Node root) {
    this.root = root;
  }

  /**
   * The trie of {@code names} (null and empty names are ignored). The names are sorted first, so
   * that the names below each node are neighbours and every node's sorted keys are made at once: no
   * search and no copy per character of a name (the 40,000 township names took most of a start's
   * place loading when each character was inserted into its node's sorted keys).
   */
  static NameTrie of(Collection<String> names) {
    String[] sorted = new String[names.size()];
    int n = 0;
    for (String name : names) {
      if (name != null && !name.isEmpty()) {
        sorted[n++] = name;
      }
    }
    Arrays.sort(sorted, 0, n);
    return new NameTrie(build(sorted, 0, n, 0));
  }

  /**
   * The node of the names {@code sorted[from, to)}, which share their first {@code depth} chars.
   */
  private static Node build(String[] sorted, int from, int to, int depth) {
    Node node = new Node();
    int i = from;
    while (i < to && sorted[i].length() == depth) { // the prefix itself sorts first
      node.name = true;
      i++;
    }
    int groups = 0;
    for (int j = i; j < to; j = groupEnd(sorted, j, to, depth)) {
      groups++;
    }
    if (groups > 0) {
      node.keys = new char[groups];
      node.children = new Node[groups];
      int g = 0;
      for (int j = i; j < to; g++) {
        int end = groupEnd(sorted, j, to, depth);
        node.keys[g] = sorted[j].charAt(depth);
        node.children[g] = build(sorted, j, end, depth + 1);
        j = end;
      }
    }
    return node;
  }

  /** The end of the names from {@code j} that have {@code sorted[j]}'s character at depth. */
  private static int groupEnd(String[] sorted, int j, int to, int depth) {
    char c = sorted[j].charAt(depth);
    int k = j + 1;
    while (k < to && sorted[k].charAt(depth) == c) {
      k++;
    }
    return k;
  }

  /** The node the empty prefix leads to. */
  Node root() {
    return root;
  }

  /**
   * Length of the longest name starting at {@code i} in {@code s} whose length lies in {@code
   * [minLength, maxLength]}, or 0 when there is none.
   */
  int longestAt(String s, int i, int minLength, int maxLength) {
    int best = 0;
    int end = Math.min(s.length(), i + maxLength);
    Node node = root;
    for (int j = i; j < end; j++) {
      node = node.next(s.charAt(j));
      if (node == null) {
        break;
      }
      int len = j - i + 1;
      if (node.name && len >= minLength) {
        best = len;
      }
    }
    return best;
  }
}
