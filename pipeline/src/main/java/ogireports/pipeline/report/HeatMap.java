package ogireports.pipeline.report;

import java.util.Locale;
import ogireports.pipeline.report.QualityData.Cell;

/**
 * The SVG heat map of the quality report: provinces down, years across, each square coloured by the
 * share of its reports with at least one ERROR.
 */
final class HeatMap {

  private HeatMap() {}

  private static final int HM_LABEL = 200;
  private static final int HM_CELL_W = 72;
  private static final int HM_CELL_H = 40;
  private static final int HM_HEAD = 26;

  /**
   * The grid: a square per province and year present in the data, coloured by the share of its
   * reports with an ERROR, with the share and the counts written in it and a tooltip.
   */
  static void grid(QualityHtml h, QualityData d) {
    int width = HM_LABEL + d.years().size() * HM_CELL_W + 10;
    int height = HM_HEAD + d.provinces().size() * HM_CELL_H + 6;
    h.open("div", "class", "scroll");
    h.open(
        "svg",
        "class",
        "heatmap",
        "width",
        Integer.toString(width),
        "height",
        Integer.toString(height),
        "viewBox",
        "0 0 " + width + " " + height,
        "role",
        "img",
        "aria-label",
        "share of reports with at least one ERROR by province and year");
    for (int yi = 0; yi < d.years().size(); yi++) {
      h.element(
          "text",
          d.years().get(yi),
          "x",
          Integer.toString(HM_LABEL + yi * HM_CELL_W + HM_CELL_W / 2),
          "y",
          "17",
          "class",
          "axis",
          "text-anchor",
          "middle");
    }
    for (int pi = 0; pi < d.provinces().size(); pi++) {
      h.element(
          "text",
          QualityData.provinceLabel(d.provinces().get(pi)),
          "x",
          Integer.toString(HM_LABEL - 10),
          "y",
          Integer.toString(HM_HEAD + pi * HM_CELL_H + HM_CELL_H / 2 + 5),
          "class",
          "axis",
          "text-anchor",
          "end");
    }
    for (Cell c : d.cells()) {
      int x = HM_LABEL + d.years().indexOf(c.year()) * HM_CELL_W;
      int y = HM_HEAD + d.provinces().indexOf(c.province()) * HM_CELL_H;
      double s = c.share();
      String tip =
          QualityData.provinceLabel(c.province())
              + " "
              + c.year()
              + ": "
              + c.withError()
              + " of "
              + c.reports()
              + " reports with at least one ERROR ("
              + ReportFormat.pct(s)
              + "); "
              + c.errors()
              + " ERROR flags";
      h.open("g", "class", "cell");
      h.element("title", tip);
      h.empty(
          "rect",
          "x",
          Integer.toString(x + 2),
          "y",
          Integer.toString(y + 2),
          "width",
          Integer.toString(HM_CELL_W - 4),
          "height",
          Integer.toString(HM_CELL_H - 4),
          "rx",
          "3",
          "fill",
          heat(c),
          "data-province",
          c.province(),
          "data-year",
          c.year(),
          "data-reports",
          Long.toString(c.reports()),
          "data-with-error",
          Long.toString(c.withError()),
          "data-share",
          String.format(Locale.ROOT, "%.4f", s));
      String ink = s > 0.45 ? "#ffffff" : "#1f2328";
      h.element(
          "text",
          ReportFormat.pctShort(s),
          "x",
          Integer.toString(x + HM_CELL_W / 2),
          "y",
          Integer.toString(y + 19),
          "text-anchor",
          "middle",
          "class",
          "v",
          "fill",
          ink);
      h.element(
          "text",
          c.withError() + "/" + c.reports(),
          "x",
          Integer.toString(x + HM_CELL_W / 2),
          "y",
          Integer.toString(y + 32),
          "text-anchor",
          "middle",
          "class",
          "n",
          "fill",
          ink);
      h.close("g");
    }
    h.close("svg").close("div");
  }

  /** The colour scale, from no report with an ERROR to all of them. */
  static void legend(QualityHtml h) {
    // Legend: plain swatches, no data attributes.
    h.open("div", "class", "legend");
    Legend.swatch(h, "fill", "#e3f1df", "0% (no report with an ERROR)");
    Legend.swatch(h, "fill", heatShare(0.25), "25%");
    Legend.swatch(h, "fill", heatShare(0.5), "50%");
    Legend.swatch(h, "fill", heatShare(0.75), "75%");
    Legend.swatch(h, "fill", heatShare(1.0), "100%");
    h.close("div");
  }

  private static String heat(Cell c) {
    return c.withError() == 0 ? "#e3f1df" : heatShare(c.share());
  }

  /** From a light apricot (few reports with an error) to a deep red (all of them). */
  private static String heatShare(double s) {
    int[] from = {253, 219, 187};
    int[] to = {165, 25, 25};
    double t = Math.max(0, Math.min(1, s));
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        Math.round(from[0] + (to[0] - from[0]) * t),
        Math.round(from[1] + (to[1] - from[1]) * t),
        Math.round(from[2] + (to[2] - from[2]) * t));
  }
}
