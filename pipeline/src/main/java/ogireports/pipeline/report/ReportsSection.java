package ogireports.pipeline.report;

import java.util.LinkedHashMap;
import java.util.Map;
import ogireports.pipeline.report.QualityData.Cell;

/** Reports by province and year: a table with a bar per province. */
final class ReportsSection {

  private ReportsSection() {}

  static void render(QualityHtml h, QualityData d) {
    h.open("section", "id", "reports").element("h2", "Reports by province and year · 各省份、年度报告数");
    if (d.cells().isEmpty()) {
      h.element(
          "p", "No reports in this run: every input was rejected (see Rejects).", "class", "empty");
      h.close("section").newline();
      return;
    }
    Map<String, Cell> byKey = cellMap(d);
    Map<String, Long> perProvince = new LinkedHashMap<>();
    Map<String, Long> perYear = new LinkedHashMap<>();
    for (Cell c : d.cells()) {
      perProvince.merge(c.province(), c.reports(), Long::sum);
      perYear.merge(c.year(), c.reports(), Long::sum);
    }
    long max = perProvince.values().stream().mapToLong(Long::longValue).max().orElse(1);

    h.open("div", "class", "scroll");
    h.open("table", "class", "matrix", "id", "reports-table");
    h.open("thead").open("tr").element("th", "province", "class", "left");
    for (String y : d.years()) {
      h.element("th", y);
    }
    h.element("th", "total").element("th", "", "class", "barcol").close("tr").close("thead");
    h.open("tbody");
    for (String p : d.provinces()) {
      h.open("tr", "data-province", p).element("th", QualityData.provinceLabel(p), "class", "left");
      for (String y : d.years()) {
        Cell c = byKey.get(p + "\u0000" + y);
        if (c == null) {
          h.element("td", "·", "class", "none");
        } else {
          h.element("td", ReportFormat.num(c.reports()), "data-year", y);
        }
      }
      long total = perProvince.get(p);
      h.element("td", ReportFormat.num(total), "class", "total");
      h.open("td", "class", "barcol");
      int w = (int) Math.max(2, Math.round(220.0 * total / max));
      BarChart.inlineBar(
          h, w, QualityData.provinceLabel(p) + ": " + total + " reports", "bar-reports");
      h.close("td");
      h.close("tr");
    }
    h.close("tbody");
    h.open("tfoot").open("tr").element("th", "total", "class", "left");
    for (String y : d.years()) {
      h.element("td", ReportFormat.num(perYear.get(y)));
    }
    h.element("td", ReportFormat.num(d.reports()), "class", "total")
        .element("td", "", "class", "barcol");
    h.close("tr").close("tfoot");
    h.close("table").close("div");
    h.close("section").newline();
  }

  private static Map<String, Cell> cellMap(QualityData d) {
    Map<String, Cell> m = new LinkedHashMap<>();
    for (Cell c : d.cells()) {
      m.put(c.province() + "\u0000" + c.year(), c);
    }
    return m;
  }
}
