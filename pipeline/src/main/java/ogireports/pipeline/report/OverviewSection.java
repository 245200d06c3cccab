package ogireports.pipeline.report;

/** The overview of the quality report: cards with the run's main counts. */
final class OverviewSection {

  private OverviewSection() {}

  static void render(QualityHtml h, QualityData d) {
    h.open("section", "id", "overview").element("h2", "Overview · 概况");
    h.open("div", "class", "cards");
    long inputs = d.run().inputs() != null ? d.run().inputs() : d.reports() + d.rejects();
    card(h, "inputs read", ReportFormat.num(inputs), "documents", "");
    StringBuilder status = new StringBuilder();
    d.reportsByStatus()
        .forEach(
            (k, v) ->
                status.append(status.length() > 0 ? ", " : "").append(k).append(' ').append(v));
    card(h, "reports", ReportFormat.num(d.reports()), status.toString(), "");
    card(
        h,
        "reports with ≥1 ERROR",
        ReportFormat.num(d.reportsWithError()),
        d.reports() == 0
            ? "no reports"
            : ReportFormat.pct(ReportFormat.share(d.reportsWithError(), d.reports()))
                + " of reports",
        d.reportsWithError() > 0 ? "bad" : "good");
    card(
        h,
        "ERROR flags",
        ReportFormat.num(d.errorFlags()),
        "severity ERROR, outcome FAIL",
        d.errorFlags() > 0 ? "bad" : "good");
    card(h, "flags", ReportFormat.num(d.flags()), "all non-passing outcomes", "");
    card(
        h,
        "rejects",
        ReportFormat.num(d.rejects()),
        "inputs that are not reports",
        d.rejects() > 0 ? "warn" : "");
    h.close("div").close("section").newline();
  }

  private static void card(QualityHtml h, String label, String value, String note, String kind) {
    h.open("div", "class", kind.isEmpty() ? "card" : "card " + kind);
    h.element("div", value, "class", "value");
    h.element("div", label, "class", "label");
    h.element("div", note, "class", "note");
    h.close("div");
  }
}
