package ogireports.pipeline.report;

import java.util.ArrayList;
import java.util.List;
import ogireports.pipeline.report.QualityData.RuleCount;

/** The rules that fail most: a bar chart and a table of flags by rule, severity and outcome. */
final class RulesSection {

  private RulesSection() {}

  static void render(QualityHtml h, QualityData d) {
    h.open("section", "id", "rules").element("h2", "Rules that fail most · 规则未通过次数");
    if (d.rules().isEmpty()) {
      h.element(
          "p",
          d.reports() == 0
              ? "No flags: there is no report to check."
              : "No flags: every rule passed on every report.",
          "class",
          "empty");
      h.close("section").newline();
      return;
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    for (RuleCount r : d.rules()) {
      bars.add(
          new BarChart.Bar(
              r.ruleId() + " · " + r.severity() + " · " + r.outcome(),
              r.flags(),
              "bar-" + ReportFormat.kind(r.severity(), r.outcome()),
              r.ruleId()
                  + " "
                  + r.severity()
                  + " "
                  + r.outcome()
                  + ": "
                  + r.flags()
                  + " flags in "
                  + r.reports()
                  + " reports"));
    }
    BarChart.render(h, bars, true, "flags by rule, severity and outcome");
    h.open("div", "class", "legend");
    for (String[] k :
        new String[][] {
          {"err", "ERROR · FAIL"},
          {"warn", "WARN · FAIL"},
          {"na", "NOT_ASSESSABLE"},
          {"note", "INFO · NOTE"}
        }) {
      Legend.swatch(h, "class", "bar-" + k[0], k[1]);
    }
    h.close("div");
    h.open("table", "id", "rules-table");
    h.open("thead").open("tr");
    for (String c : new String[] {"rule_id", "severity", "outcome", "flags", "reports"}) {
      h.element("th", c, "class", c.equals("flags") || c.equals("reports") ? null : "left");
    }
    h.close("tr").close("thead").open("tbody");
    for (RuleCount r : d.rules()) {
      h.open("tr");
      h.element("td", r.ruleId(), "class", "left mono");
      h.open("td", "class", "left")
          .element("span", r.severity(), "class", ReportFormat.badge(r.severity(), r.outcome()))
          .close("td");
      h.element("td", r.outcome(), "class", "left mono");
      h.element("td", ReportFormat.num(r.flags()));
      h.element("td", ReportFormat.num(r.reports()));
      h.close("tr");
    }
    h.close("tbody").close("table");
    h.close("section").newline();
  }
}
