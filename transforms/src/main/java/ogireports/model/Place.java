package ogireports.model;

/**
 * Where an issuing body sits, as official division names and 6-digit codes.
 *
 * @param province official province-level name (江苏省, 宁夏回族自治区, 北京市), {@code 中央} for
 *     central bodies, or null when unresolved
 * @param provinceCode 6-digit code (320000), null for 中央 or unresolved
 * @param city prefecture-level name, null for province-level bodies and for counties directly
 *     under a municipality or province (直辖)
 * @param cityCode 6-digit code of the city
 * @param county county-level name (县, 县级市, 市辖区, 旗), or null
 * @param countyCode 6-digit code of the county
 * @param adminLevel 中央, 省级, 地市级, 县级 or 乡镇级; null when unresolved
 */
public record Place(
    String province,
    String provinceCode,
    String city,
    String cityCode,
    String county,
    String countyCode,
    String adminLevel) {

  public static final Place UNRESOLVED = new Place(null, null, null, null, null, null, null);

  public boolean isResolved() {
    return province != null;
  }
}
