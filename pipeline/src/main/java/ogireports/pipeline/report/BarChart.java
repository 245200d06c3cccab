package ogireports.pipeline.report;

import java.util.List;

/**
 * SVG bar charts of the quality report: a bar chart of labelled values, and a bar in a table cell.
 */
final class BarChart {

  private BarChart() {}

  /** One bar: its label, length, CSS class and tooltip. */
  record Bar(String label, long value, String cssClass, String tooltip) {}

  /**
   * A horizontal bar chart, one labelled bar a row, longest value full length; labels in the mono
   * font when {@code mono}.
   */
  static void render(QualityHtml h, List<Bar> bars, boolean mono, String ariaLabel) {
    double labelWidth = 0;
    for (Bar b : bars) {
      labelWidth = Math.max(labelWidth, textWidth(b.label(), mono));
    }
    int label = (int) Math.min(460, Math.ceil(labelWidth) + 16);
    int barArea = 560;
    int row = 24;
    int width = label + barArea + 70;
    int height = bars.size() * row + 6;
    long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
    h.open("div", "class", "scroll");
    h.open(
        "svg",
        "class",
        "bars",
        "width",
        Integer.toString(width),
        "height",
        Integer.toString(height),
        "viewBox",
        "0 0 " + width + " " + height,
        "role",
        "img",
        "aria-label",
        ariaLabel);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = i * row + 3;
      int w = (int) Math.max(2, Math.round((double) barArea * b.value() / Math.max(1, max)));
      h.open("g");
      h.element("title", b.tooltip());
      h.element(
          "text",
          b.label(),
          "x",
          Integer.toString(label - 10),
          "y",
          Integer.toString(y + 15),
          "text-anchor",
          "end",
          "class",
          mono ? "axis mono" : "axis");
      h.empty(
          "rect",
          "x",
          Integer.toString(label),
          "y",
          Integer.toString(y + 2),
          "width",
          Integer.toString(w),
          "height",
          Integer.toString(row - 8),
          "rx",
          "2",
          "class",
          b.cssClass());
      h.element(
          "text",
          ReportFormat.num(b.value()),
          "x",
          Integer.toString(label + w + 6),
          "y",
          Integer.toString(y + 15),
          "class",
          "val");
      h.close("g");
    }
    h.close("svg").close("div");
  }

  /** A rough width in pixels at the charts' 13px font: CJK characters are about twice as wide. */
  private static double textWidth(String s, boolean mono) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += cp >= 0x2E80 ? 13.5 : (mono ? 8.0 : 7.4);
    }
    return w;
  }

  /** One bar {@code width} pixels long in a cell of a table (230 by 14 pixels). */
  static void inlineBar(QualityHtml h, int width, String ariaLabel, String cssClass) {
    h.open(
        "svg",
        "width",
        "230",
        "height",
        "14",
        "viewBox",
        "0 0 230 14",
        "role",
        "img",
        "aria-label",
        ariaLabel);
    h.empty(
        "rect",
        "x",
        "0",
        "y",
        "2",
        "width",
        Integer.toString(width),
        "height",
        "10",
        "rx",
        "2",
        "class",
        cssClass);
    h.close("svg");
  }
}
