package ogireports.model;

import java.util.List;

/**
 * Where an issuing body sits, as official division names and 6-digit codes.
 *
 * @param province official province-level name (江苏省, 宁夏回族自治区, 北京市), {@code 中央} for central bodies,
 *     or null when unresolved
 * @param provinceCode 6-digit code (320000), null for 中央 or unresolved
 * @param city prefecture-level name, null for province-level bodies and for counties directly under
 *     a municipality or province (直辖)
 * @param cityCode 6-digit code of the city, as valid in the report's year
 * @param county county-level name (县, 县级市, 市辖区, 旗), or null
 * @param countyCode 6-digit code of the county, as valid in the report's year
 * @param adminLevel 中央, 省级, 地市级, 县级 or 乡镇级; null when unresolved
 * @param township township-level name (镇, 乡, 街道, 苏木) for township bodies, else null
 * @param townshipCode the township's code (9 or 12 digits, NBS), else null
 * @param currentCountyCode the county code in use today (the same when unchanged; after a split,
 *     the first successor listed)
 * @param currentCityCode the city code in use today
 * @param resolution how the place was decided
 * @param candidates for {@link Resolution#AMBIGUOUS}: the candidate places, e.g. {@code
 *     江苏省南京市鼓楼区(320106)}; empty otherwise
 */
public record Place(
    String province,
    String provinceCode,
    String city,
    String cityCode,
    String county,
    String countyCode,
    String adminLevel,
    String township,
    String townshipCode,
    String currentCountyCode,
    String currentCityCode,
    Resolution resolution,
    List<String> candidates) {

  /** How a place was decided. */
  public enum Resolution {
    /** One place fits. */
    RESOLVED,
    /** A central-government body: province 中央. */
    CENTRAL,
    /** Several places fit; the fields hold what all candidates share. */
    AMBIGUOUS,
    /** No place could be found. */
    UNRESOLVED
  }

  public static final Place UNRESOLVED =
      new Place(
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          Resolution.UNRESOLVED,
          List.of());

  public Place {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    if (resolution == null) {
      resolution = province == null ? Resolution.UNRESOLVED : Resolution.RESOLVED;
    }
  }

  /** A place with the chain only (no township, current codes equal to the year's codes). */
  public Place(
      String province,
      String provinceCode,
      String city,
      String cityCode,
      String county,
      String countyCode,
      String adminLevel) {
    this(
        province,
        provinceCode,
        city,
        cityCode,
        county,
        countyCode,
        adminLevel,
        null,
        null,
        countyCode,
        cityCode,
        null,
        List.of());
  }

  public boolean isResolved() {
    return province != null;
  }
}
