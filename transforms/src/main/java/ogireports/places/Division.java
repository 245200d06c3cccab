package ogireports.places;

/**
 * One record of the division-code gazetteer: a code with its name, level and the years it was in
 * use.
 *
 * @param code 6-digit division code
 * @param provinceName name of the province-level division the record belongs to
 * @param prefectureName name of the prefecture-level parent, the own name for a prefecture, {@code
 *     直辖} for a county directly under a province or municipality, empty for a province
 * @param name official name
 * @param level the level of the division itself
 * @param from first year in use (inclusive)
 * @param until year the record changed or was retired (exclusive); {@link Integer#MAX_VALUE} while
 *     in use
 * @param successors the codes that took over when the record changed (新代码 without the bracketed
 *     years: the takers of the whole record first, then those of parts); for a record still in use,
 *     codes that took over parts of it
 */
record Division(
    String code,
    String provinceName,
    String prefectureName,
    String name,
    Level level,
    int from,
    int until,
    java.util.List<String> successors) {

  Division {
    successors = successors == null ? java.util.List.of() : java.util.List.copyOf(successors);
  }

  /** True while the record is still in use today. */
  boolean inUse() {
    return until == Integer.MAX_VALUE;
  }

  /** Level of a division as given by the gazetteer (not by its suffix). */
  enum Level {
    PROVINCE("省级"),
    PREFECTURE("地市级"),
    COUNTY("县级");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    /** The admin-level label used in {@link ogireports.model.Place}. */
    String label() {
      return label;
    }
  }

  /** True when the record was in use during {@code year}. */
  boolean validIn(int year) {
    return from <= year && year < until;
  }

  /**
   * How many years {@code year} lies outside the validity of this record (0 when valid). A null
   * year stands for "today": records still in use have distance 0, retired ones the later the
   * closer.
   */
  int distance(Integer year) {
    if (year == null) {
      return until == Integer.MAX_VALUE ? 0 : 10_000 - Math.min(until, 9_999);
    }
    if (validIn(year)) {
      return 0;
    }
    return year < from ? from - year : year - until + 1;
  }

  /** True for a county directly under its province or municipality. */
  boolean isDirect() {
    return "直辖".equals(prefectureName);
  }

  /** Code of the province this record belongs to. */
  String provinceCode() {
    return code.substring(0, 2) + "0000";
  }

  /** Code of the prefecture this record belongs to (meaningless for direct counties). */
  String prefectureCode() {
    return code.substring(0, 4) + "00";
  }

  /** True when {@code other} lies within this division (or is this division). */
  boolean contains(Division other) {
    return switch (level) {
      case PROVINCE -> other.code.startsWith(code.substring(0, 2));
      case PREFECTURE ->
          other.level != Level.PROVINCE && other.code.startsWith(code.substring(0, 4));
      case COUNTY -> other.code.equals(code);
    };
  }
}
