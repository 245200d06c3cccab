package ogireports.places;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ogireports.text.Normalise;

/**
 * Place clues found in a document's text: how often each official place name (three characters or
 * more), province short form or site name ({@code 西安•莲湖}) is mentioned, and which provinces the
 * postcodes ({@code 邮编:325400}) point to.
 */
final class Evidence {

  private static final int MAX_CHARS = 200_000;

  private final Map<String, Integer> names; // official name -> count, in first-seen order
  private final Map<String, Integer> postcodeProvinces; // province code -> count
  private final Map<String, Integer> clues; // division code -> weight (hosts, telephone codes)

  /** Weight of the source URL's host, of a host written in the text, of a telephone number. */
  static final int URL_WEIGHT = 6;

  static final int HOST_WEIGHT = 3;
  static final int PHONE_WEIGHT = 2;

  private Evidence(
      Map<String, Integer> names,
      Map<String, Integer> postcodeProvinces,
      Map<String, Integer> clues) {
    this.names = names;
    this.postcodeProvinces = postcodeProvinces;
    this.clues = clues;
  }

  /**
   * Scans {@code lines} (null-safe, bounded to the first 200 000 characters) and the host of {@code
   * sourceUrl} (may be null).
   */
  static Evidence scan(
      Gazetteer gaz,
      List<String> lines,
      Map<String, String> postcodePrefixes,
      Clues hints,
      String sourceUrl) {
    Map<String, Integer> names = new LinkedHashMap<>();
    Map<String, Integer> postcodes = new HashMap<>();
    Map<String, Integer> clues = new LinkedHashMap<>();
    String urlCode = hints.hostCode(sourceUrl);
    if (urlCode != null) {
      clues.merge(urlCode, URL_WEIGHT, Integer::sum);
    }
    if (lines == null) {
      return new Evidence(names, postcodes, clues);
    }
    int budget = MAX_CHARS;
    String wrappedEnd = ""; // the end of the line before when it is wrapped prose
    for (String raw : lines) {
      if (raw == null) {
        continue;
      }
      String s = Normalise.squeeze(raw);
      if (s.length() > budget) {
        s = s.substring(0, budget);
      }
      budget -= s.length();
      int from = wrappedEnd.isEmpty() || s.isEmpty() ? 0 : scanAcross(gaz, wrappedEnd, s, names);
      scanNames(gaz, s, from, names);
      wrappedEnd = isWrapped(s) ? s.substring(s.length() - WRAP_CARRY) : "";
      scanPostcodes(s, postcodePrefixes, postcodes);
      for (String c : hints.hostsIn(s)) {
        clues.merge(c, HOST_WEIGHT, Integer::sum);
      }
      for (String c : hints.phonesIn(s)) {
        clues.merge(c, PHONE_WEIGHT, Integer::sum);
      }
      if (budget <= 0) {
        break;
      }
    }
    return new Evidence(names, postcodes, clues);
  }

  /**
   * A line this long or longer, not ending a sentence, is prose wrapped at the page's width (a PDF
   * extract, a re-wrapped page): a name may go on on the next line ({@code …获取方式:大} / {@code
   * 理市政府门户网站}).
   */
  private static final int MIN_WRAPPED = 24;

  /** How much of a wrapped line's end is read with the next line: a long name's length. */
  private static final int WRAP_CARRY = 8;

  private static boolean isWrapped(String sq) {
    return sq.length() >= MIN_WRAPPED && "。;:!?；：！？".indexOf(sq.charAt(sq.length() - 1)) < 0;
  }

  /**
   * Counts an official name, a province's short form or a site name ({@code 西安•莲湖}) that starts in
   * {@code end} (the end of a wrapped line) and goes on in {@code next}, the next line; returns
   * where in {@code next} the scan of that line starts (after the name, or 0). Names wholly inside
   * either line are counted with their line.
   */
  private static int scanAcross(Gazetteer gaz, String end, String next, Map<String, Integer> out) {
    String t = end + next.substring(0, Math.min(next.length(), WRAP_CARRY));
    for (int i = 0; i < end.length(); i++) {
      int len = gaz.longestNameAt(t, i, 3);
      if (len > 0 && i + len > end.length()) {
        out.merge(t.substring(i, i + len), 1, Integer::sum);
        return i + len - end.length();
      }
      int sl = len > 0 ? 0 : gaz.longestShortAt(t, i);
      if (sl > 0 && gaz.isProvinceShort(t.substring(i, i + sl))) {
        if (i + sl > end.length()) {
          out.merge(gaz.expandShort(t.substring(i, i + sl)), 1, Integer::sum);
          return i + sl - end.length();
        }
      } else if (sl > 0) {
        Map<String, Integer> site = new HashMap<>(); // a site name (西安• / 莲湖) counts if it crosses
        int after = siteName(gaz, t, i, sl, site);
        if (after > end.length()) {
          site.forEach((name, n) -> out.merge(name, n, Integer::sum));
          return after - end.length();
        }
      }
    }
    return 0;
  }

  private static void scanNames(Gazetteer gaz, String s, int from, Map<String, Integer> out) {
    int i = from;
    int prevEnd = from > 0 ? from : -1; // a name read across the line break ends at from
    while (i < s.length()) {
      int len = gaz.longestNameAt(s, i, i == prevEnd ? 2 : 3); // 任县 only after its parent
      if (len == 0
          && i + 1 < s.length()
          && SHORT_LEVELS.indexOf(s.charAt(i + 1)) >= 0
          && gaz.longestNameAt(s, i, 2) == 2
          && twoCharacterNameStands(s, i)) {
        len = 2; // 沛县人民政府, 在黟县县委, ：泾县教育体育局
      }
      if (len > 0) {
        out.merge(s.substring(i, i + len), 1, Integer::sum);
        i += len;
        prevEnd = i;
        continue;
      }
      int sl = gaz.longestShortAt(s, i);
      if (sl > 0 && gaz.isProvinceShort(s.substring(i, i + sl))) {
        out.merge(gaz.expandShort(s.substring(i, i + sl)), 1, Integer::sum);
        i += sl;
        continue;
      }
      if (sl > 0) {
        int after = siteName(gaz, s, i, sl, out);
        if (after > i) {
          i = after;
          prevEnd = i;
          continue;
        }
      }
      i++;
    }
  }

  /** The levels a county's name of two characters ends in (沛县, 城区, 津市, 莫旗). */
  private static final String SHORT_LEVELS = "县区市旗";

  /** What follows a county's name as its government or party committee ({@code 沛县人民政府}). */
  private static final String[] GOVERNMENT_AFTER = {"人民政府", "政府", "县委", "区委", "市委", "旗委"};

  /** Endings of a body's name, looked for in the words after a county's name. */
  private static final String[] BODY_WORDS = {
    "局", "委员会", "办公室", "管委会", "中心", "人民政府", "政府", "镇", "乡", "街道", "苏木"
  };

  /**
   * Words that join others and are also the first character of a county's name (和县): such a name is
   * read only at the start of its line, where no sentence joins it to anything.
   */
  private static final String CONJUNCTIONS = "和与及并同";

  /** How far after a county's name a body's ending is looked for. */
  private static final int BODY_REACH = 14;

  /**
   * True when a two-character name at {@code i} ({@code 沛县}, {@code 城区}) stands as a place, not as
   * two characters of other words ({@code 信息县级}, {@code 乡镇和县直}): followed by its government or
   * party committee ({@code 沛县人民政府}, {@code 在黟县县委}), or starting a body's name after a separator,
   * the line's start or a sentence's end ({@code 联系单位：泾县教育体育局}, {@code 。礼县人力资源和社会保障局}), or a line
   * of its own.
   */
  private static boolean twoCharacterNameStands(String s, int i) {
    if (i > 0 && CONJUNCTIONS.indexOf(s.charAt(i)) >= 0) {
      return false; // 《条例》和县政府办公室: "and the county government's office", not 和县's
    }
    for (String w : GOVERNMENT_AFTER) {
      if (s.startsWith(w, i + 2)) {
        return true;
      }
    }
    if (i > 0 && Character.isIdeographic(s.charAt(i - 1))) {
      return false;
    }
    if (s.length() == i + 2) {
      return i == 0; // the name alone on its line
    }
    int end = i + 2;
    while (end < s.length() && end < i + 2 + BODY_REACH && Character.isIdeographic(s.charAt(end))) {
      end++;
    }
    String words = s.substring(i + 2, end);
    for (String w : BODY_WORDS) {
      if (words.indexOf(w) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Separators of a site name's parts ({@code 西安•莲湖}). */
  private static final String SITE_DOTS = "•·・";

  /** Suffixes tried on the short second part of a site name ({@code 莲湖} → 莲湖区). */
  private static final String[] COUNTY_SUFFIXES = {"区", "县", "市", "旗"};

  /**
   * A site name made of a prefecture's and a county's short forms ({@code 西安•莲湖}, the banner of
   * www.lianhu.gov.cn): counts both full names when the county lies in the prefecture, and returns
   * the index after it; else {@code i}.
   */
  private static int siteName(Gazetteer gaz, String s, int i, int sl, Map<String, Integer> out) {
    int dot = i + sl;
    if (dot >= s.length() || SITE_DOTS.indexOf(s.charAt(dot)) < 0) {
      return i;
    }
    String prefecture = gaz.expandShort(s.substring(i, dot));
    if (prefecture == null) {
      return i;
    }
    for (int k = 4; k >= 2; k--) {
      if (dot + 1 + k > s.length()) {
        continue;
      }
      String part = s.substring(dot + 1, dot + 1 + k);
      for (String suffix : COUNTY_SUFFIXES) {
        String county = part + suffix;
        if (within(gaz.named(county), gaz.named(prefecture))) {
          out.merge(prefecture, 1, Integer::sum);
          out.merge(county, 1, Integer::sum);
          return dot + 1 + k;
        }
      }
    }
    return i;
  }

  private static boolean within(List<Division> inner, List<Division> outer) {
    for (Division o : outer) {
      for (Division d : inner) {
        if (o.contains(d)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void scanPostcodes(
      String s, Map<String, String> prefixes, Map<String, Integer> out) {
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

  /**
   * The weight of the host and telephone clues that agree with a division: a clue agrees when one
   * of the two lies within the other ({@code codes} are the division's codes, then and now).
   */
  int clues(String... codes) {
    int w = 0;
    for (Map.Entry<String, Integer> e : clues.entrySet()) {
      for (String code : codes) {
        if (code != null && overlaps(e.getKey(), code)) {
          w += e.getValue();
          break;
        }
      }
    }
    return w;
  }

  private static boolean overlaps(String a, String b) {
    int k = Math.min(significant(a), significant(b));
    return a.regionMatches(0, b, 0, k);
  }

  private static int significant(String code) {
    if (code.endsWith("0000")) {
      return 2;
    }
    return code.endsWith("00") ? 4 : 6;
  }

  /** The mentioned official names with their counts, in first-seen order. */
  Map<String, Integer> names() {
    return names;
  }
}
