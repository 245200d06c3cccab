package ogireports.rules;

import ogireports.model.ParsedReport;
import ogireports.model.Template;

/** The report-level rule of spec §2.4 / §4.1: X_TEMPLATE_YEAR. */
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
    String dueText = due == null ? year + "年的报告应早于2019年格式（无统一表格）"
        : year + "年的报告应使用" + due.code() + "年格式";
    out.fail(null, null, expected, Double.valueOf(template.code()),
        "year=" + year + ";template=" + template.code()
            + ";expected_template=" + (due == null ? Template.PRE2019.code() : due.code()),
        "报告年度为" + year + "年，表格却是" + template.code() + "年格式（" + dueText + "），请核对年度或模板");
  }
}
