package ogireports.pipeline.report;

import java.util.ArrayList;
import java.util.List;
import ogireports.pipeline.report.QualityData.RejectReason;

/** Rejects by reason: a bar chart and a table with an example of each reason. */
final class RejectsSection {

  private RejectsSection() {}

  static void render(QualityHtml h, QualityData d) {
    h.open("section", "id", "rejects").element("h2", "Rejects by reason · 未能读取的输入");
    if (d.rejectReasons().isEmpty()) {
      h.element("p", "No rejects: every input became a report.", "class", "empty");
      h.close("section").newline();
      return;
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    for (RejectReason r : d.rejectReasons()) {
      bars.add(
          new BarChart.Bar(
              r.reason(), r.rejects(), "bar-reject", r.reason() + ": " + r.rejects() + " inputs"));
    }
    BarChart.render(h, bars, true, "rejects by reason");
    h.open("table", "id", "rejects-table");
    h.open("thead").open("tr");
    h.element("th", "reason", "class", "left").element("th", "rejects").element("th", "bytes");
    h.element("th", "example source", "class", "left").element("th", "detail", "class", "left");
    h.close("tr").close("thead").open("tbody");
    for (RejectReason r : d.rejectReasons()) {
      h.open("tr");
      h.element("td", r.reason(), "class", "left mono");
      h.element("td", ReportFormat.num(r.rejects()));
      h.element("td", ReportFormat.num(r.bytes()));
      h.open("td", "class", "left path");
      AgenciesSection.source(h, d, r.exampleUri());
      h.close("td");
      h.element("td", r.exampleDetail() == null ? "" : r.exampleDetail(), "class", "left msg");
      h.close("tr");
    }
    h.close("tbody").close("table");
    h.close("section").newline();
  }
}
