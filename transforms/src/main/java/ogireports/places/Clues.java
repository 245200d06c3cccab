package ogireports.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Place clues beyond names: government website hosts ({@code www.zjg.gov.cn} → 张家港市, resource
 * {@code gov-hosts.txt}) and telephone area codes ({@code 0512} → 苏州市, resource {@code
 * phone-area-codes.txt}); each table documents its source. Immutable.
 */
final class Clues {

  private final Map<String, String> hosts; // host label(s) before .gov.cn -> division code
  private final Map<String, List<String>> areaCodes; // 010, 0512 -> division codes

  private Clues(Map<String, String> hosts, Map<String, List<String>> areaCodes) {
    this.hosts = hosts;
    this.areaCodes = areaCodes;
  }

  static Clues empty() {
    return new Clues(Map.of(), Map.of());
  }

  /** Reads the two tables ({@code key code name} lines, '#' comments). */
  static Clues load(InputStream hostTable, InputStream phoneTable) throws IOException {
    Map<String, String> hosts = new HashMap<>();
    for (String[] f : rows(hostTable)) {
      hosts.put(f[0], f[1]);
    }
    Map<String, List<String>> phones = new HashMap<>();
    for (String[] f : rows(phoneTable)) {
      phones.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
    }
    phones.replaceAll((k, v) -> List.copyOf(v));
    return new Clues(Collections.unmodifiableMap(hosts), Collections.unmodifiableMap(phones));
  }

  private static List<String[]> rows(InputStream in) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] f = t.split("\\s+");
        if (f.length >= 2 && f[1].length() == 6) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /**
   * The division code of a gov.cn host ({@code www.zjg.gov.cn}, {@code gxq.als.gov.cn}, also a
   * whole URL), or null. The labels before {@code .gov.cn} are tried longest suffix first.
   */
  String hostCode(String urlOrHost) {
    if (urlOrHost == null) {
      return null;
    }
    String h = urlOrHost.strip().toLowerCase(java.util.Locale.ROOT);
    int scheme = h.indexOf("://");
    if (scheme >= 0) {
      h = h.substring(scheme + 3);
    }
    int end = 0;
    while (end < h.length() && isHostChar(h.charAt(end))) {
      end++;
    }
    h = h.substring(0, end);
    if (!h.endsWith(".gov.cn")) {
      return null;
    }
    String labels = h.substring(0, h.length() - ".gov.cn".length());
    if (labels.startsWith("www.")) {
      labels = labels.substring(4);
    }
    while (!labels.isEmpty()) {
      String code = hosts.get(labels);
      if (code != null) {
        return code;
      }
      int dot = labels.indexOf('.');
      if (dot < 0) {
        break;
      }
      labels = labels.substring(dot + 1);
    }
    return null;
  }

  /** The division codes of the gov.cn hosts written in {@code s}. */
  List<String> hostsIn(String s) {
    List<String> out = new ArrayList<>();
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    int from = 0;
    int at;
    while ((at = lower.indexOf(".gov.cn", from)) >= 0) {
      int start = at;
      while (start > 0 && isHostChar(lower.charAt(start - 1)) && at - start < 60) {
        start--;
      }
      String code = hostCode(lower.substring(start, at + ".gov.cn".length()));
      if (code != null) {
        out.add(code);
      }
      from = at + ".gov.cn".length();
    }
    return out;
  }

  /**
   * The division codes of the telephone numbers written in {@code s}: an area code (0 and two or
   * three digits, not part of a longer number) followed by {@code -}, {@code )} or a space and
   * seven or eight digits.
   */
  List<String> phonesIn(String s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 10 <= s.length(); i++) {
      if (s.charAt(i) != '0' || (i > 0 && isDigit(s.charAt(i - 1)))) {
        continue;
      }
      int j = i;
      while (j < s.length() && isDigit(s.charAt(j)) && j - i < 5) {
        j++;
      }
      int len = j - i;
      if (len < 3 || len > 4 || j >= s.length() || "-)—－ ".indexOf(s.charAt(j)) < 0) {
        continue;
      }
      int k = j + 1;
      int digits = 0;
      while (k < s.length() && isDigit(s.charAt(k))) {
        k++;
        digits++;
      }
      if (digits == 7 || digits == 8) {
        out.addAll(areaCodes.getOrDefault(s.substring(i, j), List.of()));
      }
      i = k - 1;
    }
    return out;
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
