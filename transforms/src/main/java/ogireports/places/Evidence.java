package ogireports.places;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ogireports.text.Normalise;

/**
 * Place clues found in a document's text: how often each official place name (three characters or
 * more) or province short form is mentioned, and which provinces the postcodes ({@code 邮编:325400})
 * point to.
 */
final class Evidence {

  private static final int MAX_CHARS = 200_000;

  private final Map<String, Integer> names; // official name -> count, in first-seen order
  private final Map<String, Integer> postcodeProvinces; // province code -> count

  private Evidence(Map<String, Integer> names, Map<String, Integer> postcodeProvinces) {
    this.names = names;
    this.postcodeProvinces = postcodeProvinces;
  }

  /** Scans {@code lines} (null-safe, bounded to the first 200 000 characters). */
  static Evidence scan(Gazetteer gaz, List<String> lines, Map<String, String> postcodePrefixes) {
    Map<String, Integer> names = new LinkedHashMap<>();
    Map<String, Integer> postcodes = new HashMap<>();
    if (lines == null) {
      return new Evidence(names, postcodes);
    }
    int budget = MAX_CHARS;
    for (String raw : lines) {
      if (raw == null) {
        continue;
      }
      String s = Normalise.squeeze(raw);
      if (s.length() > budget) {
        s = s.substring(0, budget);
      }
      budget -= s.length();
      scanNames(gaz, s, names);
      scanPostcodes(s, postcodePrefixes, postcodes);
      if (budget <= 0) {
        break;
      }
    }
    return new Evidence(names, postcodes);
  }

  private static void scanNames(Gazetteer gaz, String s, Map<String, Integer> out) {
    int i = 0;
    while (i < s.length()) {
      int len = gaz.longestNameAt(s, i, 3);
      if (len > 0) {
        out.merge(s.substring(i, i + len), 1, Integer::sum);
        i += len;
        continue;
      }
      int sl = gaz.longestShortAt(s, i);
      if (sl > 0 && gaz.isProvinceShort(s.substring(i, i + sl))) {
        out.merge(gaz.expandShort(s.substring(i, i + sl)), 1, Integer::sum);
        i += sl;
        continue;
      }
      i++;
    }
  }

  private static void scanPostcodes(String s, Map<String, String> prefixes, Map<String, Integer> out) {
    for (String key : new String[] {"邮编", "邮政编码"}) {
      int from = 0;
      int at;
      while ((at = s.indexOf(key, from)) >= 0) {
        int j = at + key.length();
        int skipped = 0;
        while (j < s.length() && !isDigit(s.charAt(j)) && skipped < 3) {
          j++;
          skipped++;
        }
        int k = j;
        while (k < s.length() && isDigit(s.charAt(k)) && k - j < 7) {
          k++;
        }
        if (k - j == 6) {
          String prov = prefixes.get(s.substring(j, j + 2));
          if (prov != null) {
            out.merge(prov, 1, Integer::sum);
          }
        }
        from = at + key.length();
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** How often the official name was mentioned. */
  int count(String name) {
    return name == null ? 0 : names.getOrDefault(name, 0);
  }

  /** How many postcodes point to the province with this code. */
  int postcodes(String provinceCode) {
    return postcodeProvinces.getOrDefault(provinceCode, 0);
  }

  /** The mentioned official names with their counts, in first-seen order. */
  Map<String, Integer> names() {
    return names;
  }
}
