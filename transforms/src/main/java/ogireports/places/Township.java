package ogireports.places;

/**
 * One township-level division (镇, 乡, 民族乡, 苏木, 街道) of the NBS 2023 list.
 *
 * @param code 9-digit township code
 * @param name official name (两城镇, 佳荣里街道)
 * @param countyCode 6-digit code of its county in 2023 (of its prefecture where there is no county
 *     level, as in 东莞市)
 */
record Township(String code, String name, String countyCode) {}
