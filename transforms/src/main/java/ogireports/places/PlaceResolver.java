package ogireports.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ogireports.model.Place;
import ogireports.text.Normalise;

/**
 * Resolves an issuing body to its official place chain with the division-code gazetteer.
 *
 * <p>The place names in the agency name are matched longest first; a name shared by several
 * divisions (鼓楼区, 朝阳区) is narrowed by the other names in the agency (开封市鼓楼区), then by
 * clues in the text (parent and province names, postcodes). When the agency names no place, the
 * text alone is used. What stays ambiguous resolves to the levels all candidates share. Levels come
 * from the gazetteer, not from the suffix (张家港市 is 县级, 吴忠市 地市级); bodies of a 镇, 乡,
 * 街道 or 苏木 are 乡镇级 with the county chain above them.
 *
 * <p>Immutable and thread-safe; {@link #fromClasspath()} loads the data once per class loader.
 */
public final class PlaceResolver {

  private static final String RESOURCE_DIR = "/ogireports/places/";
  private static final String CENTRAL = "中央";
  private static final String TOWNSHIP = "乡镇级";

  /** Characters after which a short form (张家港) is part of another name (张家港镇 …). */
  private static final String NAME_CONTINUATION = "镇乡街村路区县市州旗盟省岛湾";

  private static final String[] TOWNSHIP_MARKERS = {
    "镇人民政府", "乡人民政府", "苏木人民政府", "镇政府", "乡政府", "苏木政府", "街道办事处",
    "街道办", "街道工作委员会", "街道党工委", "镇党委", "乡党委", "镇党政", "乡党政"
  };
  private static final String[] TOWNSHIP_ENDINGS = {"镇", "乡", "街道", "苏木", "街"};

  private final Gazetteer gazetteer;
  private final CentralBodies central;
  private final Map<String, String> postcodePrefixes;

  private PlaceResolver(
      Gazetteer gazetteer, CentralBodies central, Map<String, String> postcodePrefixes) {
    this.gazetteer = gazetteer;
    this.central = central;
    this.postcodePrefixes = postcodePrefixes;
  }

  /** Lazily loaded shared instance. */
  private static final class Holder {
    static final PlaceResolver INSTANCE = load();
  }

  /** The resolver over the gazetteer bundled as a resource (loaded once, then shared). */
  public static PlaceResolver fromClasspath() {
    return Holder.INSTANCE;
  }

  private static PlaceResolver load() {
    Gazetteer gaz;
    CentralBodies cb;
    Map<String, String> postcodes = new HashMap<>();
    try (InputStream in = open("areacodes.csv")) {
      gaz = Gazetteer.load(in);
    } catch (IOException | RuntimeException e) {
      gaz = Gazetteer.empty();
    }
    try (InputStream in = open("central-bodies.txt")) {
      cb = CentralBodies.load(in);
    } catch (IOException | RuntimeException e) {
      cb = CentralBodies.of(List.of());
    }
    try (InputStream in = open("postcode-provinces.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.strip().split("\\s+");
        if (f.length == 2 && !f[0].startsWith("#")) {
          postcodes.put(f[0], f[1]);
        }
      }
    } catch (IOException | RuntimeException e) {
      postcodes.clear();
    }
    return new PlaceResolver(gaz, cb, Collections.unmodifiableMap(postcodes));
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = PlaceResolver.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return in;
  }

  /**
   * The place of the body named {@code agency} (may be null), using the rest of the document's
   * lines as context and the codes valid in {@code year} (may be null). Never throws; {@link
   * Place#UNRESOLVED} when nothing can be determined.
   */
  public Place resolve(String agency, List<String> lines, Integer year) {
    return resolveWithStatus(agency, lines, year).place();
  }

  /** Like {@link #resolve} but also tells whether the place is certain, ambiguous or central. */
  public PlaceResolution resolveWithStatus(String agency, List<String> lines, Integer year) {
    try {
      return doResolve(Normalise.squeeze(agency), lines, year);
    } catch (RuntimeException e) {
      return PlaceResolution.unresolved();
    }
  }

  private PlaceResolution doResolve(String agency, List<String> lines, Integer year) {
    int bodyStart = 0;
    String centralPrefix = agency.isEmpty() ? null : central.prefixOf(agency);
    if (centralPrefix != null) {
      bodyStart = centralPrefix.length();
    }
    List<Mention> mentions = mentions(agency, bodyStart, year);
    String rest = mentions.isEmpty() ? agency : agency.substring(last(mentions).end());
    boolean township = isTownship(rest);

    if (mentions.isEmpty()) {
      if (centralPrefix != null || CentralBodies.looksCentral(agency)) {
        return new PlaceResolution(
            new Place(CENTRAL, null, null, null, null, null, CENTRAL),
            PlaceResolution.Status.CENTRAL);
      }
      return fromContext(agency, lines, year, township);
    }

    Mention target = mentions.get(0);
    for (Mention m : mentions) {
      if (m.rank() >= target.rank()) {
        target = m;
      }
    }
    List<Division> candidates = consistent(target, mentions);
    if (candidates.size() == 1) {
      return resolved(candidates.get(0), year, township);
    }
    Evidence ev = Evidence.scan(gazetteer, lines, postcodePrefixes);
    List<Division> best = bestByContext(candidates, ev, year, null);
    if (best.size() == 1) {
      return resolved(best.get(0), year, township);
    }
    return shared(best.isEmpty() ? candidates : best, year, township);
  }

  // ---------------------------------------------------------------------------------------------
  // Agency names

  /** A place name found in the agency, with its records closest to the report year. */
  private record Mention(String name, int start, int end, List<Division> candidates) {
    int rank() {
      int r = 0;
      for (Division d : candidates) {
        r = Math.max(r, d.level().ordinal() + 1);
      }
      return r;
    }
  }

  private static Mention last(List<Mention> ms) {
    return ms.get(ms.size() - 1);
  }

  /**
   * Place names in the agency, leftmost longest. Two-character names (沛县, 城区) count only at the
   * start or right after another name; short forms (张家港) only at the start of the body.
   */
  private List<Mention> mentions(String s, int bodyStart, Integer year) {
    List<Mention> out = new ArrayList<>();
    int prevEnd = -1;
    int i = bodyStart;
    while (i < s.length()) {
      boolean anchored = i == bodyStart || i == prevEnd;
      int len = gazetteer.longestNameAt(s, i, anchored ? 2 : 3);
      String full = null;
      if (len > 0) {
        full = s.substring(i, i + len);
      } else if (i == bodyStart) {
        int sl = gazetteer.longestShortAt(s, i);
        if (sl > 0 && acceptShort(s, i, sl)) {
          len = sl;
          full = gazetteer.expandShort(s.substring(i, i + sl));
        }
      }
      if (full != null) {
        List<Division> c = Gazetteer.closest(gazetteer.named(full), year);
        if (!c.isEmpty()) {
          out.add(new Mention(full, i, i + len, c));
          i += len;
          prevEnd = i;
          continue;
        }
      }
      i++;
    }
    return out;
  }

  private static boolean acceptShort(String s, int i, int len) {
    int end = i + len;
    return s.length() - end >= 3 && NAME_CONTINUATION.indexOf(s.charAt(end)) < 0;
  }

  /** True when the part of the agency after its last place name is a township or street body. */
  static boolean isTownship(String rest) {
    if (rest.length() < 2) {
      return false;
    }
    for (String m : TOWNSHIP_MARKERS) {
      int at = rest.indexOf(m);
      if (at >= 1) {
        return true;
      }
    }
    for (String e : TOWNSHIP_ENDINGS) {
      if (rest.endsWith(e) && rest.length() > e.length()) {
        return true;
      }
    }
    return false;
  }

  /** The target's records that lie within some record of every other mention (all if none do). */
  private List<Division> consistent(Mention target, List<Mention> mentions) {
    List<Division> kept = new ArrayList<>();
    for (Division t : target.candidates()) {
      boolean ok = true;
      for (Mention m : mentions) {
        if (m == target) {
          continue;
        }
        if (!anyContains(m.candidates(), t) && !anyContains(gazetteer.named(m.name()), t)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        kept.add(t);
      }
    }
    return kept.isEmpty() ? target.candidates() : kept;
  }

  private static boolean anyContains(List<Division> parents, Division t) {
    for (Division p : parents) {
      if (p.contains(t)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Context

  /** The agency names no place: use the places the text mentions most, with their parents. */
  private PlaceResolution fromContext(
      String agency, List<String> lines, Integer year, boolean township) {
    Evidence ev = Evidence.scan(gazetteer, lines, postcodePrefixes);
    char levelHint = agency.isEmpty() ? 0 : agency.charAt(0);
    if ("省市县区旗州盟".indexOf(levelHint) < 0) {
      levelHint = 0;
    }
    Set<Division> candidates = new LinkedHashSet<>();
    for (String name : ev.names().keySet()) {
      if (levelHint != 0 && !name.endsWith(String.valueOf(levelHint))) {
        continue;
      }
      candidates.addAll(Gazetteer.closest(gazetteer.named(name), year));
    }
    if (candidates.isEmpty()) {
      return PlaceResolution.unresolved();
    }
    List<Division> best = bestByContext(new ArrayList<>(candidates), ev, year, ev);
    if (best.size() == 1) {
      return resolved(best.get(0), year, township);
    }
    return shared(best, year, township);
  }

  /**
   * The candidates with the highest context score (empty when no candidate scores above zero).
   * With {@code own} set, a candidate's own mentions count too (text-only resolution).
   */
  private List<Division> bestByContext(
      List<Division> candidates, Evidence ev, Integer year, Evidence own) {
    int bestScore = 0;
    List<Division> best = new ArrayList<>();
    for (Division d : candidates) {
      int score = score(d, ev, year);
      if (own != null) {
        score += 2 * own.count(d.name());
      }
      if (score > bestScore) {
        bestScore = score;
        best.clear();
        best.add(d);
      } else if (score == bestScore && score > 0) {
        best.add(d);
      }
    }
    return best;
  }

  private int score(Division d, Evidence ev, Integer year) {
    int score = 0;
    Division pref = gazetteer.prefectureOf(d, year);
    if (pref != null && pref != d) {
      score += 2 * ev.count(pref.name());
    }
    Division prov = gazetteer.provinceOf(d, year);
    if (prov != null && prov != d) {
      score += ev.count(prov.name()) + ev.postcodes(prov.code());
    }
    return score;
  }

  // ---------------------------------------------------------------------------------------------
  // Building places

  private PlaceResolution resolved(Division d, Integer year, boolean township) {
    Division prov = gazetteer.provinceOf(d, year);
    if (prov == null) {
      return PlaceResolution.unresolved();
    }
    Division pref = gazetteer.prefectureOf(d, year);
    Division county = d.level() == Division.Level.COUNTY ? d : null;
    String level = township ? TOWNSHIP : d.level().label();
    Place p =
        new Place(
            prov.name(),
            prov.code(),
            pref == null ? null : pref.name(),
            pref == null ? null : pref.code(),
            county == null ? null : county.name(),
            county == null ? null : county.code(),
            level);
    return new PlaceResolution(p, PlaceResolution.Status.RESOLVED);
  }

  /** The deepest level all candidates share (a province, maybe a prefecture), or unresolved. */
  private PlaceResolution shared(List<Division> candidates, Integer year, boolean township) {
    if (candidates.isEmpty()) {
      return PlaceResolution.unresolved();
    }
    Division first = candidates.get(0);
    if (candidates.stream().allMatch(d -> d.code().equals(first.code()))) {
      return resolved(first, year, township);
    }
    boolean sameProvince = true;
    boolean samePrefecture = first.level() != Division.Level.PROVINCE && !first.isDirect();
    boolean sameLevel = true;
    for (Division d : candidates) {
      sameProvince &= d.provinceCode().equals(first.provinceCode());
      samePrefecture &=
          d.level() != Division.Level.PROVINCE
              && !d.isDirect()
              && d.prefectureCode().equals(first.prefectureCode());
      sameLevel &= d.level() == first.level();
    }
    if (!sameProvince) {
      return new PlaceResolution(Place.UNRESOLVED, PlaceResolution.Status.AMBIGUOUS);
    }
    Division prov = gazetteer.provinceOf(first, year);
    if (prov == null) {
      return PlaceResolution.unresolved();
    }
    Division pref = samePrefecture ? gazetteer.prefectureOf(first, year) : null;
    String level = township ? TOWNSHIP : sameLevel ? first.level().label() : null;
    Place p =
        new Place(
            prov.name(),
            prov.code(),
            pref == null ? null : pref.name(),
            pref == null ? null : pref.code(),
            null,
            null,
            level);
    return new PlaceResolution(p, PlaceResolution.Status.AMBIGUOUS);
  }
}
