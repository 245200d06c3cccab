package ogireports.rules;

import java.util.List;
import ogireports.model.ParsedReport;
import ogireports.model.Place;
import ogireports.model.Template;

/**
 * The report-level rules on metadata: X_TEMPLATE_YEAR (spec §2.4 / §4.1), META_PLACE_AMBIGUOUS,
 * META_PLACE_UNRESOLVED and META_YEAR_CONFLICT.
 */
final class MetaRules {

  private MetaRules() {}

  /**
   * X_TEMPLATE_YEAR: years 2019–2020 go with the 2019 template, years from 2021 with the 2021
   * template. Nothing when the year is unknown or the template is neither (UNKNOWN, PRE2019).
   */
  static void templateYear(ParsedReport report, Flags out) {
    Integer year = report.metadata() == null ? null : report.metadata().year();
    Template template = report.tables() == null ? null : report.tables().template();
    if (year == null || (template != Template.T2019 && template != Template.T2021)) {
      return;
    }
    Template due = year >= 2021 ? Template.T2021 : year >= 2019 ? Template.T2019 : null;
    if (template == due) {
      return;
    }
    Double expected = due == null ? null : Double.valueOf(due.code());
    String dueText =
        due == null ? year + "年的报告应早于2019年格式（无统一表格）" : year + "年的报告应使用" + due.code() + "年格式";
    out.fail(
        null,
        null,
        expected,
        Double.valueOf(template.code()),
        "year="
            + year
            + ";template="
            + template.code()
            + ";expected_template="
            + (due == null ? Template.PRE2019.code() : due.code()),
        "报告年度为" + year + "年，表格却是" + template.code() + "年格式（" + dueText + "），请核对年度或模板");
  }

  private static String agency(ParsedReport report) {
    String agency = report.metadata() == null ? null : report.metadata().agency();
    return agency == null || agency.isBlank() ? null : agency.strip();
  }

  /** META_PLACE_AMBIGUOUS: several divisions fit the body's place; the detail lists them. */
  static void placeAmbiguous(ParsedReport report, Flags out) {
    Place place = report.place();
    if (place == null || place.resolution() != Place.Resolution.AMBIGUOUS) {
      return;
    }
    List<String> candidates = place.candidates();
    String agency = agency(report);
    out.fail(
        null,
        null,
        null,
        null,
        "candidates=" + String.join("|", candidates),
        (agency == null ? "发布机关" : "发布机关“" + agency + "”")
            + "所在地无法唯一确定"
            + (candidates.isEmpty() ? "" : "（可能是" + String.join("、", candidates) + "）")
            + "，请根据报告中的上级地名、网址或邮编核定所属行政区划");
  }

  /** META_PLACE_UNRESOLVED: no division could be found for the body. */
  static void placeUnresolved(ParsedReport report, Flags out) {
    Place place = report.place();
    if (place != null && place.resolution() != Place.Resolution.UNRESOLVED) {
      return;
    }
    String agency = agency(report);
    out.fail(
        null,
        null,
        null,
        null,
        agency == null ? "no_agency" : "agency=" + agency,
        agency == null
            ? "未能识别发布机关，也无法确定所属行政区划，请补充报告标题或落款中的机关全称"
            : "未能确定发布机关“" + agency + "”所属的行政区划，请核对机关全称中的地名");
  }

  /** META_YEAR_CONFLICT: the title, statistics period and dates disagree on the year. */
  static void yearConflict(ParsedReport report, Flags out) {
    String conflict = report.metadata() == null ? null : report.metadata().yearConflict();
    if (conflict == null || conflict.isBlank()) {
      return;
    }
    Integer year = report.metadata().year();
    out.fail(
        null,
        null,
        null,
        year == null ? null : Double.valueOf(year),
        "year_conflict=" + conflict.strip(),
        "报告年度存在矛盾："
            + conflict.strip()
            + (year == null ? "" : "（现按" + year + "年处理）")
            + "，请核对标题与统计期限");
  }
}
