package ogireports.places;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The township-level divisions of China (NBS 2023, resource {@code townships.csv}; source and
 * licence in {@code townships-README.md}), indexed by name. Only names ending in 镇, 乡, 苏木 or 街道 are
 * kept: those are the bodies that publish reports. Immutable.
 */
final class Townships {

  private static final String[] ENDINGS = {"街道", "苏木", "镇", "乡"};

  private final Map<String, List<Township>> byName;
  private final List<Township> all;
  private final int maxNameLength;
  private final NameTrie trie;

  private Townships(List<Township> all) {
    Map<String, List<Township>> names = new HashMap<>();
    int max = 0;
    for (Township t : all) {
      names.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
      max = Math.max(max, t.name().length());
    }
    names.replaceAll((k, v) -> List.copyOf(v));
    Gazetteer.addConvertedForms(names); // 乾潭镇 as a Traditional report is read: 干潭镇
    this.byName = Collections.unmodifiableMap(names);
    this.all = List.copyOf(all);
    this.maxNameLength = max;
    this.trie = NameTrie.of(names.keySet());
  }

  /**
   * Reads {@code code,name,countyCode} lines after a header: the resource read whole, each line cut
   * at its commas by index (no array and no string per field but the two kept).
   */
  static Townships load(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    List<Township> all = new ArrayList<>(42_000);
    int at = text.indexOf('\n') + 1; // after the header
    while (at > 0 && at < text.length()) {
      int next = text.indexOf('\n', at);
      int end = next < 0 ? text.length() : next;
      int lineEnd = end > at && text.charAt(end - 1) == '\r' ? end - 1 : end;
      int first = text.indexOf(',', at);
      int second = first < 0 || first >= lineEnd ? -1 : text.indexOf(',', first + 1);
      if (second > 0 && second < lineEnd && lineEnd - second - 1 == 6) {
        int third = text.indexOf(',', second + 1);
        String name = withoutBrackets(text.substring(first + 1, second));
        if ((third < 0 || third >= lineEnd) && isTownshipName(name)) {
          all.add(
              new Township(text.substring(at, first), name, text.substring(second + 1, lineEnd)));
        }
      }
      at = next < 0 ? -1 : next + 1;
    }
    return new Townships(all);
  }

  /** {@code （工业园区）城南街道} → {@code 城南街道}: the NBS list notes the zone in brackets. */
  static String withoutBrackets(String name) {
    if (name.indexOf('（') < 0 && name.indexOf('(') < 0) {
      return name.strip();
    }
    StringBuilder b = new StringBuilder(name.length());
    int depth = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      } else if (depth == 0) {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  static Townships empty() {
    return new Townships(List.of());
  }

  /** True for a name of at least two characters ending in 镇, 乡, 苏木 or 街道. */
  static boolean isTownshipName(String name) {
    for (String e : ENDINGS) {
      if (name.endsWith(e) && name.length() > e.length()) {
        return true;
      }
    }
    return false;
  }

  /** Every kept township, in file order. */
  List<Township> all() {
    return all;
  }

  /** The townships of this name (empty when none). */
  List<Township> named(String name) {
    return name == null ? List.of() : byName.getOrDefault(name, List.of());
  }

  /** A township name found in a text: the official name and how many characters it spans. */
  record Match(String name, int start, int end) {}

  /**
   * The longest township name starting at {@code i}; {@code 佳荣里街} counts as {@code 佳荣里街道}. Null
   * when none.
   */
  Match longestAt(String s, int i) {
    int end = Math.min(s.length(), i + maxNameLength);
    int bestLen = 0;
    boolean bestStreet = false;
    NameTrie.Node node = trie.root();
    for (int j = i; j < end; j++) {
      node = node.next(s.charAt(j));
      if (node == null) {
        break;
      }
      int len = j - i + 1;
      if (len < 2) {
        continue;
      }
      if (node.isName()) {
        bestLen = len;
        bestStreet = false;
      } else if (s.charAt(j) == '街') {
        NameTrie.Node dao = node.next('道');
        if (dao != null && dao.isName()) {
          bestLen = len;
          bestStreet = true;
        }
      }
    }
    if (bestLen == 0) {
      return null;
    }
    String sub = s.substring(i, i + bestLen);
    return new Match(bestStreet ? sub + "道" : sub, i, i + bestLen);
  }
}
