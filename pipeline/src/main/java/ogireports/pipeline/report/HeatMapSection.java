package ogireports.pipeline.report;

/** The share of reports with at least one ERROR, by province and year, as a {@link HeatMap}. */
final class HeatMapSection {

  private HeatMapSection() {}

  static void render(QualityHtml h, QualityData d) {
    h.open("section", "id", "heatmap")
        .element("h2", "Share of reports with at least one ERROR · 含错误报告占比（省份 × 年度）");
    h.element(
        "p",
        "Each square is one province and year present in the data: the share of its reports with at"
            + " least one ERROR flag (severity ERROR, outcome FAIL), and the counts behind it."
            + " Hover a square for the numbers; no square means no report for that province and"
            + " year.",
        "class",
        "explain");
    if (d.cells().isEmpty()) {
      h.element("p", "No reports, so no shares to show.", "class", "empty");
      h.close("section").newline();
      return;
    }
    HeatMap.grid(h, d);
    HeatMap.legend(h);
    h.close("section").newline();
  }
}
