package ogireports.pipeline.report;

/**
 * The swatches of a chart's legend: a small square coloured like the chart's marks, and a label.
 */
final class Legend {

  private Legend() {}

  /**
   * A swatch coloured by {@code attribute} ({@code fill} with a colour, or {@code class} with a CSS
   * class of the charts), then {@code label}.
   */
  static void swatch(QualityHtml h, String attribute, String value, String label) {
    h.open("span", "class", "swatch")
        .open("svg", "width", "14", "height", "14", "viewBox", "0 0 14 14");
    h.empty("rect", "width", "14", "height", "14", "rx", "2", attribute, value);
    h.close("svg").text(label).close("span");
  }
}
