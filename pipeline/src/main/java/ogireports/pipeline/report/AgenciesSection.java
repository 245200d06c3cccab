package ogireports.pipeline.report;

import ogireports.pipeline.report.QualityData.Agency;
import ogireports.pipeline.report.QualityData.AgencyReport;
import ogireports.pipeline.report.QualityData.Flag;

/**
 * The agencies with the most errors: a ranking table, then each agency's reports with their flags
 * and source files.
 */
final class AgenciesSection {

  private AgenciesSection() {}

  static void render(QualityHtml h, QualityData d) {
    h.open("section", "id", "agencies")
        .element(
            "h2", "Agencies with the most errors (top " + QualityData.TOP_AGENCIES + ") · 错误最多的机关");
    if (d.agencies().isEmpty()) {
      h.element(
          "p",
          d.reports() == 0
              ? "No reports, so no agency to list."
              : "No agency has an ERROR: no report has a flag with severity ERROR and outcome"
                  + " FAIL.",
          "class",
          "empty");
      h.close("section").newline();
      return;
    }
    h.open("table", "id", "agencies-table");
    h.open("thead").open("tr");
    h.element("th", "#")
        .element("th", "agency", "class", "left")
        .element("th", "province", "class", "left");
    h.element("th", "reports")
        .element("th", "errors")
        .element("th", "warnings")
        .element("th", "flags");
    h.close("tr").close("thead").open("tbody");
    for (Agency a : d.agencies()) {
      h.open("tr");
      h.element("td", Integer.toString(a.rank()));
      h.open("td", "class", "left")
          .element("a", ReportFormat.agencyName(a), "href", "#agency-" + a.rank())
          .close("td");
      h.element("td", QualityData.provinceLabel(a.province()), "class", "left");
      h.element("td", ReportFormat.num(a.reports()));
      h.element("td", ReportFormat.num(a.errors()), "class", "bad");
      h.element("td", ReportFormat.num(a.warnings()));
      h.element("td", ReportFormat.num(a.flags()));
      h.close("tr");
    }
    h.close("tbody").close("table");

    for (Agency a : d.agencies()) {
      h.open("article", "class", "agency", "id", "agency-" + a.rank());
      h.element("h3", a.rank() + ". " + ReportFormat.agencyName(a));
      h.element(
          "p",
          QualityData.provinceLabel(a.province())
              + " · "
              + ReportFormat.plural(a.reports(), "report")
              + " · "
              + ReportFormat.plural(a.errors(), "error")
              + " · "
              + ReportFormat.plural(a.flags(), "flag"),
          "class",
          "meta");
      for (AgencyReport r : a.reportList()) {
        h.open("div", "class", "report");
        h.open("p", "class", "source").element("span", "source ", "class", "k");
        source(h, d, r.sourceUri());
        h.element(
            "span",
            " · "
                + r.year()
                + " · "
                + r.parseStatus()
                + " · "
                + ReportFormat.plural(r.errors(), "error")
                + " · report "
                + ReportFormat.shortId(r.reportId()),
            "class",
            "k");
        h.close("p");
        if (r.flags().isEmpty()) {
          h.element("p", "No flags.", "class", "empty");
        } else {
          flagTable(h, r);
        }
        h.close("div");
      }
      h.close("article").newline();
    }
    h.close("section").newline();
  }

  private static void flagTable(QualityHtml h, AgencyReport r) {
    h.open("table", "class", "flags");
    h.open("thead").open("tr");
    for (String c :
        new String[] {
          "rule", "severity", "outcome", "row", "column", "expected", "actual", "message"
        }) {
      h.element("th", c, "class", c.equals("expected") || c.equals("actual") ? null : "left");
    }
    h.close("tr").close("thead").open("tbody");
    for (Flag f : r.flags()) {
      h.open("tr", "class", "k-" + ReportFormat.kind(f.severity(), f.outcome()));
      h.element("td", f.ruleId(), "class", "left mono");
      h.open("td", "class", "left")
          .element("span", f.severity(), "class", ReportFormat.badge(f.severity(), f.outcome()))
          .close("td");
      h.element("td", f.outcome(), "class", "left mono");
      h.element("td", ReportFormat.dash(f.rowId()), "class", "left mono");
      h.element("td", ReportFormat.dash(f.columnId()), "class", "left mono");
      h.element("td", ReportFormat.value(f.expected()));
      h.element("td", ReportFormat.value(f.actual()));
      h.element("td", f.message(), "class", "left msg");
      h.close("tr");
    }
    if (r.flagCount() > r.flags().size()) {
      h.open("tr")
          .element(
              "td",
              "… and "
                  + (r.flagCount() - r.flags().size())
                  + " more flags: ./ogi-reports query \"SELECT * FROM flags WHERE report_id = '"
                  + r.reportId()
                  + "'\"",
              "colspan",
              "8",
              "class",
              "left more")
          .close("tr");
    }
    h.close("tbody").close("table");
  }

  /**
   * A source file, shown relative to the run's input folder when it lies under it (the input as the
   * user gave it, absolute or relative), in full on hover.
   */
  static void source(QualityHtml h, QualityData d, String uri) {
    if (uri == null) {
      h.text("—");
      return;
    }
    h.element(
        "code", ReportFormat.relativeToInput(uri, d.run().input()), "title", uri, "class", "uri");
  }
}
