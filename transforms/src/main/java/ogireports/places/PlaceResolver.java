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
import java.util.TreeSet;
import ogireports.model.Place;
import ogireports.text.Normalise;

/**
 * Resolves an issuing body to its official place chain, as it stood in the report's year.
 *
 * <p>The place names in the agency name are matched longest first; a name shared by several
 * divisions (鼓楼区, 朝阳区) is narrowed by the other names in the agency (开封市鼓楼区), then by clues in the
 * text and the source URL (parent and province names, gov.cn hosts, telephone area codes,
 * postcodes). A township body (两城镇人民政府, 佳荣里街道办事处, 巴彦木仁苏木) is found in the NBS township list and
 * placed in its county the same way. When the agency names no place, the text alone is used.
 * Central bodies (国务院办公厅, 应急管理部) are {@code 中央}.
 *
 * <p>Never a guess: what stays ambiguous is {@link Place.Resolution#AMBIGUOUS} with the candidates
 * listed and only the levels all of them share filled. Levels come from the gazetteer, not from the
 * suffix (张家港市 is 县级, 吴忠市 地市级). Current codes follow the successor codes of changed divisions.
 *
 * <p>Immutable and thread-safe; {@link #fromClasspath()} loads the data once per class loader.
 */
public final class PlaceResolver {

  private static final String RESOURCE_DIR = "/ogireports/places/";
  private static final String TOWNSHIP = "乡镇级";

  /** Characters after which a short form (张家港) is part of another name (张家港镇 …). */
  private static final String NAME_CONTINUATION = "镇乡街村路区县市州旗盟省岛湾";

  /** What may follow a township name in the name of its body. */
  private static final String[] TOWNSHIP_BODIES = {
    "人民政府", "政府", "办事处", "办", "党委", "党工委", "工委", "党政", "人大", "管理委员会"
  };

  private static final String[] TOWNSHIP_MARKERS = {
    "镇人民政府", "乡人民政府", "苏木人民政府", "镇政府", "乡政府", "苏木政府", "街道办事处",
    "街道办", "街道工作委员会", "街道党工委", "镇党委", "乡党委", "镇党政", "乡党政"
  };
  private static final String[] TOWNSHIP_ENDINGS = {"镇", "乡", "街道", "苏木", "街"};

  /** A place's government, after which the name of a division under it may follow. */
  private static final String[] GOVERNMENT = {"人民政府", "政府"};

  /** A customs district ({@code 南京海关}), named by its city's short form. */
  private static final String CUSTOMS = "海关";

  /**
   * The words naming a city body's branch in one of the city's counties: a bureau's (分局), a
   * centre's (分中心), a court's or hospital's (分院).
   */
  private static final String[] BRANCHES = {"分局", "分中心", "分院"};

  /**
   * A city bureau's 派出机构 in one of its counties ({@code 深圳市规划和自然资源局龙岗管理局}): a branch too, when a
   * body's name ({@link #BRANCH_OWNERS}) comes right before the county's.
   */
  private static final String SUB_ADMINISTRATION = "管理局";

  /** What a bureau's name ends with. */
  private static final String BUREAU = "局";

  /** Endings of the city body whose 管理局 in a county is named by the county. */
  private static final String[] BRANCH_OWNERS = {"局", "委员会", "中心"};

  /** The endings a county's name drops when a branch is named by it (张店区 → 张店分局). */
  private static final String[] COUNTY_ENDINGS = {"区", "县", "市", "旗"};

  private final Gazetteer gazetteer;
  private final CentralBodies central;
  private final Clues clues;
  private final Map<String, String> postcodePrefixes;

  private PlaceResolver(
      Gazetteer gazetteer,
      CentralBodies central,
      Clues clues,
      Map<String, String> postcodePrefixes) {
    this.gazetteer = gazetteer;
    this.central = central;
    this.clues = clues;
    this.postcodePrefixes = postcodePrefixes;
  }

  /** Lazily loaded shared instance. */
  private static final class Holder {
    static final PlaceResolver INSTANCE = load();
  }

  /**
   * The 41,000 township names, read at the first body whose name could hold one (a name with 镇, 乡,
   * 街 or 木): a run of ministries' or cities' reports never pays for them (about a fifth of a second
   * of CPU at a start).
   */
  private static final class TownshipList {
    static final Townships INSTANCE = loadTownships();

    private static Townships loadTownships() {
      try (InputStream in = open("townships.csv")) {
        return Townships.load(in);
      } catch (IOException | RuntimeException e) {
        return Townships.empty();
      }
    }
  }

  /** True when {@code name} holds a character every township name ends with (镇 乡 街道 苏木). */
  static boolean mayHoldTownship(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '镇' || c == '乡' || c == '街' || c == '木') {
        return true;
      }
    }
    return false;
  }

  /** The resolver over the data bundled as resources (loaded once, then shared). */
  public static PlaceResolver fromClasspath() {
    return Holder.INSTANCE;
  }

  private static PlaceResolver load() {
    Gazetteer gaz;
    CentralBodies cb;
    Clues hints;
    Map<String, String> postcodes = new HashMap<>();
    try (InputStream in = open("areacodes.csv")) {
      gaz = Gazetteer.load(in);
    } catch (IOException | RuntimeException e) {
      gaz = Gazetteer.empty();
    }
    cb = CentralBodies.shared();
    try (InputStream hosts = open("gov-hosts.txt");
        InputStream phones = open("phone-area-codes.txt")) {
      hints = Clues.load(hosts, phones);
    } catch (IOException | RuntimeException e) {
      hints = Clues.empty();
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
    return new PlaceResolver(gaz, cb, hints, Collections.unmodifiableMap(postcodes));
  }

  static InputStream open(String name) throws IOException {
    InputStream in = PlaceResolver.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return in;
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  Townships townships() {
    return TownshipList.INSTANCE;
  }

  /**
   * Where the first official name of a division of county level or above (or its unambiguous short
   * form: 海南州, 昌图县) starts in {@code text} at or after {@code from}, or -1.
   */
  public int divisionNameAt(String text, int from) {
    if (text == null) {
      return -1;
    }
    for (int i = Math.max(0, from); i < text.length(); i++) {
      if (gazetteer.longestNameAt(text, i, 2) > 0 || gazetteer.longestShortAt(text, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The place of the body named {@code agency} (may be null), using the rest of the document's
   * lines as context and the codes valid in {@code year} (may be null: today's codes). Never
   * throws; {@link Place#UNRESOLVED} when nothing can be determined.
   */
  public Place resolve(String agency, List<String> lines, Integer year) {
    return resolve(agency, lines, year, null);
  }

  /**
   * Like {@link #resolve(String, List, Integer)}, with the URL the document was crawled from (may
   * be null); a known gov.cn host ({@code www.zjg.gov.cn}) is a clue for ambiguous names.
   */
  public Place resolve(String agency, List<String> lines, Integer year, String sourceUrl) {
    try {
      String name = Normalise.squeeze(agency);
      int stationed = stationedAt(name);
      if (stationed > 0) {
        // a liaison office's place is its government's (黄冈市人民政府驻北京办事处: 黄冈市), never where
        // it sits, which the rest of its text (its address, 北京市朝阳区…) names
        return new Resolution(name.substring(0, stationed), List.of(), year, null).run();
      }
      return new Resolution(name, lines, year, sourceUrl).run();
    } catch (RuntimeException e) {
      return Place.UNRESOLVED;
    }
  }

  /** How a government's office in another place (驻京办, 驻沪联络处) ends its name. */
  private static final String[] STATIONED_ENDINGS = {"办事处", "联络处", "联络办", "办"};

  /**
   * Where {@code 驻} starts the place a liaison office sits in ({@code 黄冈市人民政府驻北京办事处}, {@code
   * 市人民政府驻北京联络处}, {@code 驻京办}), after at least two characters of its government's name; -1 when the
   * name is no such office's (驻马店市…: the city's own name).
   */
  static int stationedAt(String name) {
    int at = name == null ? -1 : name.lastIndexOf('驻');
    if (at < 2 || at + 3 > name.length()) {
      return -1;
    }
    for (String ending : STATIONED_ENDINGS) {
      if (name.endsWith(ending)) {
        return at;
      }
    }
    return -1;
  }

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

  /** A candidate: a division as of the report year, and the township within it (or null). */
  private record Candidate(Division division, Township township) {}

  /** One resolution: the inputs, and the evidence from the text scanned only when needed. */
  private final class Resolution {
    private final String agency;
    private final List<String> lines;
    private final Integer year;
    private final String sourceUrl;
    private Evidence evidence;

    Resolution(String agency, List<String> lines, Integer year, String sourceUrl) {
      this.agency = agency;
      this.lines = lines;
      this.year = year;
      this.sourceUrl = sourceUrl;
    }

    Evidence evidence() {
      if (evidence == null) {
        evidence = Evidence.scan(gazetteer, lines, postcodePrefixes, clues, sourceUrl);
      }
      return evidence;
    }

    /** The words after which an area of a pilot free-trade zone is named. */
    private static final String PILOT_ZONE = "自由贸易试验区";

    /**
     * The words after which a member of a group or an affiliate of a university is named by its own
     * place ({@code 南京鼓楼医院集团宿迁医院}, {@code 南京医科大学附属无锡第二医院}): the place named there is the body's,
     * not the one in the group's or university's name before it.
     */
    private static final String[] MEMBER_OF = {"集团", "附属"};

    Place run() {
      // the state's name before a body (中华人民共和国上海海关) is no place: the body's name starts after it
      int bodyStart = agency.startsWith(CentralBodies.STATE) ? CentralBodies.STATE.length() : 0;
      String centralPrefix = agency.isEmpty() ? null : central.prefixOf(agency);
      if (centralPrefix != null) {
        bodyStart = centralPrefix.length();
      }
      List<Mention> mentions = new ArrayList<>();
      Townships.Match town = scan(bodyStart, mentions);
      if (town == null) {
        subBureau(mentions);
      }
      int restFrom = town != null ? town.start() : mentions.isEmpty() ? 0 : last(mentions).end();
      boolean townshipBody = town != null || isTownship(agency.substring(restFrom));

      if (town != null) {
        Place p = township(town, mentions);
        if (p != null) {
          return p;
        }
      }
      if (mentions.isEmpty()) {
        if (centralPrefix != null || CentralBodies.looksCentral(agency)) {
          return centralPlace();
        }
        return fromContext(townshipBody, town);
      }
      dropContradictedShortNames(mentions);
      Mention target = mentions.get(0);
      for (Mention m : mentions) {
        if (m.rank() >= target.rank()) {
          target = m;
        }
      }
      List<Candidate> candidates = new ArrayList<>();
      for (Division d : consistent(target, mentions)) {
        candidates.add(new Candidate(d, null));
      }
      return decide(candidates, townshipBody, town == null ? null : town.name(), false);
    }

    /**
     * Place names in the agency, leftmost longest, into {@code out}; returns the township name that
     * ends the scan, or null. Two-character names (沛县, 城区) count only at the start or right after
     * another name; short forms (张家港) only at the start of the body, or right after another name
     * when a banner's or prefecture's own (乌兰察布市察右前旗). A township name wins over a shorter place
     * name at the same position (城区街道).
     */
    private Townships.Match scan(int bodyStart, List<Mention> out) {
      int prevEnd = -1;
      int i = bodyStart;
      String s = agency;
      boolean townshipPossible = mayHoldTownship(s);
      int zoneArea = pilotZoneAreaStart(s);
      int member = memberStart(s);
      while (i < s.length()) {
        if (i == member && !out.isEmpty()) {
          // a member's own place, if it names one, replaces the group's
          int len = gazetteer.longestNameAt(s, i, 2);
          int sl = len > 0 ? 0 : gazetteer.longestShortAt(s, i);
          String full =
              len > 0
                  ? s.substring(i, i + len)
                  : sl > 0 && memberShort(s, i + sl)
                      ? gazetteer.expandShort(s.substring(i, i + sl))
                      : null;
          List<Division> c = full == null ? List.of() : gazetteer.namedNear(full, year);
          if (!c.isEmpty()) {
            out.clear();
            out.add(new Mention(full, i, i + (len > 0 ? len : sl), c));
            i += len > 0 ? len : sl;
            prevEnd = i;
            continue;
          }
        }
        boolean anchored = i == bodyStart || i == prevEnd || i == zoneArea;
        String area = NewAreas.nameAt(s, i);
        if (area != null) {
          String holder = NewAreas.holder(area);
          List<Division> c = gazetteer.namedNear(holder, year);
          if (!c.isEmpty()) {
            out.add(new Mention(holder, i, i + area.length(), c));
            i += area.length();
            prevEnd = i;
            continue;
          }
        }
        int len = gazetteer.longestNameAt(s, i, anchored ? 2 : 3);
        if (anchored && townshipPossible) {
          Townships.Match t = townships().longestAt(s, i);
          boolean longer =
              t != null
                  && (t.end() - t.start() > len
                      || (t.end() - t.start() == len && Townships.isTownshipName(t.name())));
          if (longer && isTownshipBody(s, t.end())) {
            return t;
          }
        }
        String full = null;
        if (len > 0) {
          full = s.substring(i, i + len);
        } else if (anchored) {
          int sl = gazetteer.longestShortAt(s, i);
          if (sl > 0
              && (i == bodyStart || i == zoneArea || gazetteer.isUsedShort(s.substring(i, i + sl)))
              && acceptShort(s, i, sl)) {
            len = sl;
            full = gazetteer.expandShort(s.substring(i, i + sl));
          } else if (i == prevEnd && countyBureauOfItsCity(out, s, i) != null) {
            Division county = countyBureauOfItsCity(out, s, i);
            len = county.name().length() - 1;
            full = county.name();
          } else if (i == bodyStart) {
            int shared = gazetteer.longestSharedShortAt(s, i);
            if (shared > 0 && acceptShort(s, i, shared)) {
              len = shared;
              full = cityOrCountyNamed(gazetteer.sharedShort(s.substring(i, i + shared)));
            }
          }
        }
        if (full != null) {
          List<Division> c = gazetteer.namedNear(full, year);
          if (!c.isEmpty()) {
            out.add(new Mention(full, i, i + len, c));
            i += len;
            for (String government : GOVERNMENT) {
              if (s.startsWith(government, i) && i + government.length() < s.length()) {
                i += government.length(); // 张店区人民政府马尚街道办事处: the street's name follows
                break;
              }
            }
            prevEnd = i;
            continue;
          }
        }
        i++;
      }
      return null;
    }

    /**
     * The county named at {@code i} without its ending right after its own city's name, before a
     * bureau's name ({@code 苏州市吴中生态环境局}: the city's 生态环境局 in 吴中区, as the bureaus of the vertical
     * reform are named), or null: the name before the bureau's, with a county's ending, names
     * exactly one county of that city in the report's year.
     */
    private Division countyBureauOfItsCity(List<Mention> out, String s, int i) {
      if (out.isEmpty() || last(out).end() != i || !s.endsWith(BUREAU)) {
        return null;
      }
      Division found = null;
      for (int len = 2; len <= 4 && s.length() - i - len >= 3; len++) {
        for (Division county : countiesNamed(s.substring(i, i + len), last(out).candidates())) {
          if (year == null || county.validIn(year)) {
            if (found != null && !found.equals(county)) {
              return null;
            }
            found = county;
          }
        }
      }
      return found;
    }

    /** Where a member's name starts after {@link #MEMBER_OF}'s last word, or -1. */
    private static int memberStart(String agency) {
      int at = -1;
      for (String w : MEMBER_OF) {
        int k = agency.indexOf(w);
        if (k >= 0) {
          at = Math.max(at, k + w.length());
        }
      }
      return at;
    }

    /**
     * Where the area's name starts in the name of an area of a pilot free-trade zone, or -1: {@code
     * 中国(福建)自由贸易试验区厦门片区管理委员会} names its province in brackets and its city by the city's short form,
     * at the start of the area's name ({@code 厦门}), as a body's name starts with its place.
     */
    private static int pilotZoneAreaStart(String agency) {
      int zone = agency.indexOf(PILOT_ZONE);
      return zone >= 0 && agency.indexOf("片区", zone) > 0 ? zone + PILOT_ZONE.length() : -1;
    }

    /**
     * Which of a city and its own counties sharing a short form (长沙市, 长沙县) a body named by it
     * ({@code 长沙经济技术开发区管理委员会}) is placed in: the county when the text names that county and no
     * other of them (大理经济技术开发区 on the portal of 大理市), else the city, which holds them all.
     */
    private String cityOrCountyNamed(List<String> cityFirst) {
      String named = null;
      for (String county : cityFirst.subList(1, cityFirst.size())) {
        if (evidence().count(county) > 0) {
          if (named != null) {
            return cityFirst.get(0);
          }
          named = county;
        }
      }
      return named != null ? named : cityFirst.get(0);
    }

    /**
     * A city department's branch named by a county's name without its 区/县/市/旗 ({@code 淄博市公安局张店分局},
     * {@code 淄博市生态环境局高青分局}, {@code 绍兴市公路与运输管理中心上虞分中心}): the county of that city is the body's
     * place. Only a name that is one county of the city mentioned before it is taken.
     */
    private void subBureau(List<Mention> mentions) {
      if (mentions.isEmpty()) {
        return;
      }
      List<Division> cities = new ArrayList<>(); // or municipalities (北京市公安局朝阳分局)
      for (Mention m : mentions) {
        for (Division d : m.candidates()) {
          if (d.level() != Division.Level.COUNTY) {
            cities.add(d);
          }
        }
      }
      Mention county = branchCounty(cities, last(mentions).end());
      if (county != null) {
        mentions.add(county);
      }
    }

    /**
     * Where the agency's branch word ({@link #BRANCHES}, or a city body's {@link
     * #SUB_ADMINISTRATION}) starts, or -1.
     */
    private int branchAt() {
      int at = -1;
      for (String branch : BRANCHES) {
        at = Math.max(at, agency.lastIndexOf(branch));
      }
      if (at < 0 && agency.endsWith(SUB_ADMINISTRATION)) {
        at = agency.length() - SUB_ADMINISTRATION.length();
      }
      return at;
    }

    /**
     * The county of one of {@code cities} that a branch named after {@code from} is named by
     * ({@code 张店分局}: 张店区), as a mention of the name before the branch word, or null: that name, two
     * to six characters, with a county's ending, names exactly one county of those cities in the
     * report's year.
     */
    private Mention branchCounty(List<Division> cities, int from) {
      int at = branchAt();
      boolean administration = at >= 0 && !agency.startsWith("分", at);
      if (at < 0 || at < from) {
        return null;
      }
      for (int len = Math.min(6, at - from); len >= 2 && !cities.isEmpty(); len--) {
        String stem = agency.substring(at - len, at);
        if (administration && !endsWithAny(agency.substring(0, at - len), BRANCH_OWNERS)) {
          continue; // 深圳市城市管理局 is the city's own bureau
        }
        List<Division> found = countiesNamed(stem, cities);
        if (found.size() == 1) {
          return new Mention(found.get(0).name(), at - len, at, found);
        }
      }
      return null;
    }

    /**
     * The counties of {@code cities} (prefectures, or a municipality's province) a name without its
     * county's ending names ({@code 房山}: 房山区, and 房山县 before it became a district), the records
     * closest to the report's year.
     */
    private List<Division> countiesNamed(String stem, List<Division> cities) {
      List<Division> named = new ArrayList<>();
      for (String level : COUNTY_ENDINGS) {
        named.addAll(gazetteer.named(stem + level));
      }
      List<Division> found = new ArrayList<>();
      for (Division d : Gazetteer.closest(named, year)) {
        Division city =
            d.isDirect() ? gazetteer.provinceOf(d, year) : gazetteer.prefectureOf(d, year);
        if (d.level() == Division.Level.COUNTY && cities.contains(city)) {
          found.add(d);
        }
      }
      return found;
    }

    /** A township body: its candidates narrowed by the agency's place names, then by context. */
    private Place township(Townships.Match town, List<Mention> mentions) {
      List<Candidate> all = new ArrayList<>();
      for (Township t : townships().named(town.name())) {
        for (Division d : gazetteer.asOf(t.countyCode(), year)) {
          all.add(new Candidate(d, t));
        }
      }
      List<Candidate> kept = new ArrayList<>();
      for (Candidate c : all) {
        boolean ok = true;
        for (Mention m : mentions) {
          ok &= anyContains(gazetteer.named(m.name()), c.division());
        }
        if (ok) {
          kept.add(c);
        }
      }
      if (kept.isEmpty()) {
        return null; // not in the 2023 list under the named county: resolve the county alone
      }
      return decide(kept, true, town.name(), true);
    }

    /** One candidate, or the best by context, or the ambiguity. */
    private Place decide(
        List<Candidate> candidates, boolean townshipBody, String townName, boolean byTownship) {
      if (candidates.isEmpty()) {
        return Place.UNRESOLVED;
      }
      if (distinct(candidates) == 1) {
        return place(candidates.get(0), year, townshipBody, townName);
      }
      List<Candidate> best = bestByContext(candidates, byTownship, false);
      if (best.size() == 1 || (!best.isEmpty() && distinct(best) == 1)) {
        return place(best.get(0), year, townshipBody, townName);
      }
      return ambiguous(best.isEmpty() ? candidates : best, year, townshipBody, townName);
    }

    /** The agency names no place: use the places the text mentions most, with their parents. */
    private Place fromContext(boolean townshipBody, Townships.Match town) {
      Evidence ev = evidence();
      char levelHint = agency.isEmpty() ? 0 : agency.charAt(0);
      if ("省市县区旗州盟".indexOf(levelHint) < 0) {
        levelHint = 0;
      }
      Set<Division> found = new LinkedHashSet<>();
      Set<Division> renamed = new LinkedHashSet<>(); // see thenOfLevel
      for (String name : ev.names().keySet()) {
        if (levelHint != 0 && !name.endsWith(String.valueOf(levelHint))) {
          renamed.addAll(thenOfLevel(name, levelHint));
          continue;
        }
        found.addAll(gazetteer.namedNear(name, year));
      }
      if (found.isEmpty() && renamed.size() == 1) {
        // the one division of the body's level that the page's renamed division was then: the
        // page names it, by today's name
        return place(
            new Candidate(renamed.iterator().next(), null),
            year,
            townshipBody,
            town == null ? null : town.name());
      }
      if (found.isEmpty()) {
        return Place.UNRESOLVED;
      }
      List<Candidate> candidates = new ArrayList<>();
      for (Division d : found) {
        candidates.add(new Candidate(d, null));
      }
      List<Candidate> best = bestByContext(candidates, false, true);
      String townName = town == null ? null : town.name();
      if (best.size() == 1 && best.get(0).division().level() != Division.Level.COUNTY) {
        // a branch named by a county of the page's city (斗门分局 on 珠海市自然资源局's site)
        Mention county = branchCounty(List.of(best.get(0).division()), 0);
        if (county != null) {
          return place(
              new Candidate(county.candidates().get(0), null), year, townshipBody, townName);
        }
      }
      if (best.size() == 1) {
        return place(best.get(0), year, townshipBody, townName);
      }
      return best.isEmpty() ? Place.UNRESOLVED : ambiguous(best, year, townshipBody, townName);
    }

    /**
     * The divisions of the report's year, of the body's level ({@code levelHint}: 县, 区…), that a
     * division named {@code name} today continues, when that one did not exist then: a county made
     * a city or a district since (撤县设市, 撤县设区), whose site prints today's name above a 2020 report
     * of a 县应急管理局 (祁阳市 for 祁阳县, 横州市 for 横县).
     */
    private List<Division> thenOfLevel(String name, char levelHint) {
      List<Division> out = new ArrayList<>();
      if (year == null) {
        return out;
      }
      for (Division d : gazetteer.named(name)) {
        if (d.validIn(year)) {
          continue;
        }
        for (Division then : gazetteer.asOf(gazetteer.currentCode(d), year)) {
          if (then.name().endsWith(String.valueOf(levelHint)) && !out.contains(then)) {
            out.add(then);
          }
        }
      }
      return out;
    }

    /**
     * The candidates with the highest context score (empty when none scores above zero). With
     * {@code own}, a candidate's own mentions count too (text-only resolution); with {@code
     * county}, the mentions of the candidate's county count (townships).
     */
    private List<Candidate> bestByContext(List<Candidate> candidates, boolean county, boolean own) {
      Evidence ev = evidence();
      int bestScore = 0;
      List<Candidate> best = new ArrayList<>();
      for (Candidate c : candidates) {
        Division d = c.division();
        int score = score(d, ev);
        if (own || county) {
          score += (county ? 3 : 2) * ev.count(d.name());
        }
        if (score > bestScore) {
          bestScore = score;
          best.clear();
          best.add(c);
        } else if (score == bestScore && score > 0) {
          best.add(c);
        }
      }
      return best;
    }

    private int score(Division d, Evidence ev) {
      int score = 0;
      Division pref = gazetteer.prefectureOf(d, year);
      if (pref != null && pref != d) {
        score += 2 * ev.count(pref.name());
      }
      Division prov = gazetteer.provinceOf(d, year);
      if (prov != null && prov != d) {
        score += ev.count(prov.name()) + ev.postcodes(prov.code());
      }
      score += ev.clues(d.code(), gazetteer.currentCode(d));
      return score;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Agency names

  private static Mention last(List<Mention> ms) {
    return ms.get(ms.size() - 1);
  }

  /**
   * True when a member's short place name ending at {@code end} is followed by its unit's name (two
   * characters at least, {@code 宿迁医院}), not by more of a place's name.
   */
  private static boolean memberShort(String s, int end) {
    return s.length() - end >= 2 && NAME_CONTINUATION.indexOf(s.charAt(end)) < 0;
  }

  private static boolean acceptShort(String s, int i, int len) {
    int end = i + len;
    if (s.length() - end == 2 && s.startsWith(CUSTOMS, end)) {
      return true; // 南京海关: a customs district named by its city
    }
    return s.length() - end >= 3 && NAME_CONTINUATION.indexOf(s.charAt(end)) < 0;
  }

  /** True when a township name ending at {@code end} is the name of its body (or ends the text). */
  private static boolean isTownshipBody(String s, int end) {
    if (end == s.length()) {
      return true;
    }
    for (String b : TOWNSHIP_BODIES) {
      if (s.startsWith(b, end)) {
        return true;
      }
    }
    return false;
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

  /**
   * Drops a two-character name read right after another name ({@code 新区}, {@code 城区}) when no
   * record of it lies within that name's: {@code 兰州新区管理委员会} is 兰州's new area, not 唐山's former 新区; a
   * name this short is a word of the body's name unless its place says otherwise.
   */
  private void dropContradictedShortNames(List<Mention> mentions) {
    for (int k = mentions.size() - 1; k >= 1; k--) {
      Mention m = mentions.get(k);
      Mention before = mentions.get(k - 1);
      if (m.name().length() == 2
          && m.start() <= before.end() + GOVERNMENT[0].length()
          && consistentWith(m, before).isEmpty()) {
        mentions.remove(k);
      }
    }
  }

  /** The records of {@code m} that lie within some record of {@code other}. */
  private List<Division> consistentWith(Mention m, Mention other) {
    List<Division> kept = new ArrayList<>();
    for (Division t : m.candidates()) {
      if (anyContains(other.candidates(), t) || anyContains(gazetteer.named(other.name()), t)) {
        kept.add(t);
      }
    }
    return kept;
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
  // Building places

  private static Place centralPlace() {
    return new Place(
        CentralBodies.PLACE,
        null,
        null,
        null,
        null,
        null,
        CentralBodies.PLACE,
        null,
        null,
        null,
        null,
        Place.Resolution.CENTRAL,
        List.of());
  }

  private static int distinct(List<Candidate> cs) {
    Set<String> keys = new TreeSet<>();
    for (Candidate c : cs) {
      keys.add(c.division().code() + (c.township() == null ? "" : c.township().code()));
    }
    return keys.size();
  }

  /** The place of one candidate. */
  private Place place(Candidate c, Integer year, boolean townshipBody, String townName) {
    Division d = c.division();
    Division prov = gazetteer.provinceOf(d, year);
    if (prov == null) {
      return Place.UNRESOLVED;
    }
    Division pref = gazetteer.prefectureOf(d, year);
    if (d.level() == Division.Level.PROVINCE) {
      pref = null;
    }
    Division county = d.level() == Division.Level.COUNTY ? d : null;
    String currentCounty = county == null ? null : gazetteer.currentCode(county);
    String currentCity;
    if (county != null) {
      Division now = gazetteer.current(currentCounty);
      currentCity =
          now == null || now.isDirect() || now.level() != Division.Level.COUNTY
              ? null
              : now.prefectureCode();
    } else {
      currentCity = pref == null ? null : gazetteer.currentPrefectureCode(pref);
    }
    Township t = c.township();
    String level = townshipBody ? TOWNSHIP : d.level().label();
    return new Place(
        prov.name(),
        prov.code(),
        pref == null ? null : pref.name(),
        pref == null ? null : pref.code(),
        county == null ? null : county.name(),
        county == null ? null : county.code(),
        level,
        townshipBody ? (t != null ? t.name() : townName) : null,
        townshipBody && t != null ? t.code() : null,
        currentCounty,
        currentCity,
        Place.Resolution.RESOLVED,
        List.of());
  }

  /** The levels all candidates share, the candidates listed. */
  private Place ambiguous(List<Candidate> cs, Integer year, boolean townshipBody, String townName) {
    List<Place> places = new ArrayList<>();
    for (Candidate c : cs) {
      Place p = place(c, year, townshipBody, townName);
      if (p.isResolved()) {
        places.add(p);
      }
    }
    if (places.isEmpty()) {
      return Place.UNRESOLVED;
    }
    Set<String> listed = new TreeSet<>();
    for (Place p : places) {
      listed.add(label(p));
    }
    Place f = places.get(0);
    boolean prov = places.stream().allMatch(p -> p.provinceCode().equals(f.provinceCode()));
    boolean city =
        prov
            && f.cityCode() != null
            && places.stream().allMatch(p -> f.cityCode().equals(p.cityCode()));
    boolean directCounty =
        prov && f.cityCode() == null && places.stream().allMatch(p -> p.cityCode() == null);
    boolean county =
        (city || directCounty)
            && f.countyCode() != null
            && places.stream().allMatch(p -> f.countyCode().equals(p.countyCode()));
    boolean level = places.stream().allMatch(p -> p.adminLevel().equals(f.adminLevel()));
    boolean town =
        places.stream().allMatch(p -> java.util.Objects.equals(p.township(), f.township()));
    return new Place(
        prov ? f.province() : null,
        prov ? f.provinceCode() : null,
        city ? f.city() : null,
        city ? f.cityCode() : null,
        county ? f.county() : null,
        county ? f.countyCode() : null,
        level ? f.adminLevel() : null,
        town ? f.township() : null,
        null,
        county ? f.currentCountyCode() : null,
        city ? f.currentCityCode() : null,
        Place.Resolution.AMBIGUOUS,
        List.copyOf(listed));
  }

  private static boolean endsWithAny(String s, String[] endings) {
    for (String e : endings) {
      if (s.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** {@code 江苏省南京市鼓楼区(320106)}; a township adds its name and code. */
  private static String label(Place p) {
    StringBuilder b = new StringBuilder(p.province());
    String code = p.provinceCode();
    if (p.city() != null) {
      b.append(p.city());
      code = p.cityCode();
    }
    if (p.county() != null) {
      b.append(p.county());
      code = p.countyCode();
    }
    if (p.townshipCode() != null) {
      b.append(p.township());
      code = p.townshipCode();
    }
    return b.append('(').append(code).append(')').toString();
  }
}
