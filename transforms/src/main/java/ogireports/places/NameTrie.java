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

    private Node add(char c) {
      int at = Arrays.binarySearch(keys, c);
      if (at >= 0) {
        return children[at];
      }
      int ins = -at - 1;
      char[] k = new char[keys.length + 1];
      Node[] ch = new Node[children.length + 1];
      System.arraycopy(keys, 0, k, 0, ins);
      System.arraycopy(children, 0, ch, 0, ins);
      k[ins] = c;
      Node created = new Node();
      ch[ins] = created;
      System.arraycopy(keys, ins, k, ins + 1, keys.length - ins);
      System.arraycopy(children, ins, ch, ins + 1, children.length - ins);
      keys = k;
      children = ch;
      return created;
    }
  }

  private final Node root = new Node();

  private NameTrie() {}

  /** The trie of {@code names} (empty names are ignored). */
  static NameTrie of(Collection<String> names) {
    NameTrie t = new NameTrie();
    for (String n : names) {
      if (n == null || n.isEmpty()) {
        continue;
      }
      Node node = t.root;
      for (int i = 0; i < n.length(); i++) {
        node = node.add(n.charAt(i));
      }
      node.name = true;
    }
    return t;
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
