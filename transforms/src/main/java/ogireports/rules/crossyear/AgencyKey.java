package ogireports.rules.crossyear;

import java.util.List;
import java.util.Map;
import ogireports.model.ParsedReport;
import ogireports.model.Place;
import ogireports.places.CentralBodies;
import ogireports.text.Normalise;

/**
 * The identity of an issuing body across years (spec §4.1 preconditions): the division code of the
 * body's place plus its normalised name without the place prefix, e.g. {@code 320582|应急管理局}.
 *
 * <ul>
 *   <li>The code is the township's if the body is a township body, else the county's, else the
 *       city's, else the province's (the code in use today when known, so that a 县 turned 区 keeps
 *       its identity), or {@code 中央} for central bodies.
 *   <li>The name is squeezed (NFKC, no whitespace), bracketed asides are dropped, the place names
 *       of the chain (full or short: 苏州市, 苏州) are stripped from its start, common short forms are
 *       expanded (应急局 → 应急管理局), and the renames of the 2018–19 机构改革 are mapped to the new name
 *       (安全生产监督管理局 → 应急管理局), so both years share a key.
 *   <li>A report with no agency name, or whose place is unresolved or ambiguous, gets {@code
 *       unmatched|<reportId>}: it is never compared with another report.
 * </ul>
 */
public final class AgencyKey {

  /** The prefix of keys that never match another report. */
  public static final String UNMATCHED = "unmatched|";

  /**
   * Renames of the 2018–19 机构改革 (old name → new name), for bodies below the State Council. Only
   * renames where the old body's information-disclosure duty passed to the new one.
   */
  static final Map<String, String> RENAMES =
      Map.ofEntries(
          Map.entry("安全生产监督管理局", "应急管理局"),
          Map.entry("工商行政管理局", "市场监督管理局"),
          Map.entry("食品药品监督管理局", "市场监督管理局"),
          Map.entry("质量技术监督局", "市场监督管理局"),
          Map.entry("市场和质量监督管理局", "市场监督管理局"),
          Map.entry("国土资源局", "自然资源局"),
          Map.entry("环境保护局", "生态环境局"),
          Map.entry("农业局", "农业农村局"),
          Map.entry("农业委员会", "农业农村局"),
          Map.entry("卫生和计划生育委员会", "卫生健康委员会"),
          Map.entry("卫生和计划生育局", "卫生健康委员会"),
          Map.entry("文化广电新闻出版局", "文化和旅游局"),
          Map.entry("旅游发展委员会", "文化和旅游局"),
          Map.entry("旅游局", "文化和旅游局"),
          Map.entry("法制办公室", "司法局"));

  /** Short forms and spelling variants of one and the same body (not renames). */
  static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("应急局", "应急管理局"),
          Map.entry("安监局", "安全生产监督管理局"),
          Map.entry("安全监管局", "安全生产监督管理局"),
          Map.entry("市场监管局", "市场监督管理局"),
          Map.entry("环保局", "环境保护局"),
          Map.entry("卫健委", "卫生健康委员会"),
          Map.entry("卫生健康局", "卫生健康委员会"),
          Map.entry("卫计委", "卫生和计划生育委员会"),
          Map.entry("卫生计生委", "卫生和计划生育委员会"),
          Map.entry("人社局", "人力资源和社会保障局"),
          Map.entry("住建局", "住房和城乡建设局"),
          Map.entry("发改委", "发展和改革委员会"),
          Map.entry("自然资源和规划局", "自然资源局"),
          Map.entry("法制办", "法制办公室"));

  /** Suffixes dropped to get the short form of a place name (宁夏回族自治区 → 宁夏). */
  private static final List<String> PLACE_SUFFIXES =
      List.of(
          "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "自治州", "自治县", "地区", "省", "市", "县", "区", "州",
          "盟", "旗");

  private AgencyKey() {}

  /** The key of a report's issuing body. */
  public static String of(ParsedReport report) {
    if (report == null) {
      return UNMATCHED;
    }
    String agency = report.metadata() == null ? null : report.metadata().agency();
    return of(agency, report.place(), report.reportId());
  }

  /**
   * The key of a body named {@code agency} at {@code place}; reportId makes unmatched keys unique.
   */
  public static String of(String agency, Place place, String reportId) {
    String code = placeCode(place);
    String body = body(agency, place);
    if (code == null || body == null) {
      return UNMATCHED + reportId;
    }
    return code + "|" + canonical(body);
  }

  /** The code identifying the body's place, or null when the place is unresolved or ambiguous. */
  static String placeCode(Place place) {
    if (place == null) {
      return null;
    }
    if (place.resolution() == Place.Resolution.CENTRAL) {
      return CentralBodies.PLACE;
    }
    if (place.resolution() != Place.Resolution.RESOLVED) {
      return null;
    }
    if (place.townshipCode() != null) {
      return place.townshipCode();
    }
    if (place.countyCode() != null) {
      return place.currentCountyCode() != null ? place.currentCountyCode() : place.countyCode();
    }
    if (place.cityCode() != null) {
      return place.currentCityCode() != null ? place.currentCityCode() : place.cityCode();
    }
    return place.provinceCode();
  }

  /**
   * The body's name without the place prefix and with short forms expanded, but before renames
   * ({@code 安全生产监督管理局}); null when there is no name.
   */
  public static String body(String agency, Place place) {
    if (agency == null) {
      return null;
    }
    String name = dropAsides(Normalise.squeeze(agency));
    if (name.isEmpty()) {
      return null;
    }
    List<String> places =
        place == null
            ? List.of()
            : java.util.stream.Stream.of(
                    place.province(), place.city(), place.county(), place.township())
                .filter(p -> p != null && !p.isEmpty())
                .toList();
    boolean stripped = true;
    String rest = name;
    while (stripped) {
      stripped = false;
      for (String p : places) {
        for (String form : List.of(p, shortForm(p))) {
          if (form.length() >= 2 && rest.startsWith(form) && rest.length() - form.length() >= 2) {
            rest = rest.substring(form.length());
            stripped = true;
          }
        }
      }
      if (rest.startsWith(CentralBodies.PLACE) && rest.length() > 4) {
        rest = rest.substring(CentralBodies.PLACE.length());
        stripped = true;
      }
    }
    return ALIASES.getOrDefault(rest, rest);
  }

  /** The name after the 机构改革 renames: the name both years share. */
  public static String canonical(String body) {
    return body == null ? null : RENAMES.getOrDefault(body, body);
  }

  /**
   * True when two bodies of one key have different names because of a 机构改革 rename (the flags
   * between them are downgraded to WARN).
   */
  public static boolean renamed(String bodyA, String bodyB) {
    return bodyA != null
        && bodyB != null
        && !bodyA.equals(bodyB)
        && canonical(bodyA).equals(canonical(bodyB))
        && (RENAMES.containsKey(bodyA) || RENAMES.containsKey(bodyB));
  }

  static String shortForm(String placeName) {
    for (String suffix : PLACE_SUFFIXES) {
      if (placeName.endsWith(suffix) && placeName.length() - suffix.length() >= 2) {
        return placeName.substring(0, placeName.length() - suffix.length());
      }
    }
    return placeName;
  }

  /** Drops bracketed asides such as （加挂…牌子）. */
  private static String dropAsides(String name) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if (c == ')' || c == '）') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
