package ogireports.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ogireports.model.ApplicationRowId;

/**
 * One synthetic report and the truth about it (what a correct parser must read).
 *
 * @param index the report's number in the corpus (0-based)
 * @param fileName the file name, e.g. {@code 000042_1f3a5c7e.txt}
 * @param text the report's text (lines joined with the line ending of {@code lineEnding})
 * @param bytes the file's bytes in {@code encoding}
 * @param encoding {@code UTF-8}, {@code UTF-8-BOM} or {@code GB18030}
 * @param lineEnding {@code LF} or {@code CRLF}
 * @param agency the issuing body's full name as printed
 * @param agencyKind {@code county_department}, {@code city_department}, {@code
 *     province_department}, {@code county_government}, {@code county_government_office}, {@code
 *     city_government} or {@code township}
 * @param province the province-level name
 * @param provinceCode its 6-digit code
 * @param city the prefecture-level name, or null
 * @param county the county-level name, or null
 * @param divisionCode the code of the lowest division named (county, city or province)
 * @param year the year the report covers
 * @param template {@code 2019} or {@code 2021}
 * @param layout {@code tab_cells}, {@code tsv_rows}, {@code cell_lines} or {@code pipe_rows}
 * @param injected the rule ids of the inconsistencies injected (empty for a clean report)
 * @param expectedFlags every rule id the rule book must flag (the injected ones and their
 *     arithmetic consequences), sorted; empty for a clean report
 * @param t3 table 三 values: the template's rows in order, 7 columns each (as printed)
 * @param t4 table 四 values: 15 numbers in RV, LD, LR order (as printed)
 * @param t2 table 二 values as printed, keyed {@code A1.RULE.MADE} etc.
 * @param statedApplications the number of applications received the text states (0 for a sentence
 *     saying none were received)
 * @param url a plausible page URL
 * @param fetchedAt a plausible fetch time (ISO-8601)
 */
public record GeneratedReport(
    int index,
    String fileName,
    String text,
    byte[] bytes,
    String encoding,
    String lineEnding,
    String agency,
    String agencyKind,
    String province,
    String provinceCode,
    String city,
    String county,
    String divisionCode,
    int year,
    String template,
    String layout,
    List<String> injected,
    List<String> expectedFlags,
    List<ApplicationRowId> t3Rows,
    long[][] t3,
    long[] t4,
    Map<String, String> t2,
    long statedApplications,
    String url,
    String fetchedAt) {

  /** The manifest line's fields, in a fixed order. */
  public Map<String, Object> manifest() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", fileName);
    m.put("agency", agency);
    m.put("agency_kind", agencyKind);
    m.put("province", province);
    m.put("province_code", provinceCode);
    m.put("city", city);
    m.put("county", county);
    m.put("division_code", divisionCode);
    m.put("year", year);
    m.put("template", template);
    m.put("layout", layout);
    m.put("encoding", encoding);
    m.put("line_ending", lineEnding);
    m.put("bytes", bytes.length);
    m.put("injected", injected);
    m.put("expected_flags", expectedFlags);
    m.put("stated_applications", statedApplications);
    Map<String, long[]> rows = new LinkedHashMap<>();
    for (int i = 0; i < t3Rows.size(); i++) {
      rows.put(t3Rows.get(i).name(), t3[i]);
    }
    m.put("t3", rows);
    m.put("t4", t4);
    m.put("t2", t2);
    m.put("url", url);
    m.put("fetched_at", fetchedAt);
    return m;
  }

  /** The printed value of a table 三 cell. */
  public long t3(ApplicationRowId row, int column) {
    return t3[t3Rows.indexOf(row)][column];
  }
}
