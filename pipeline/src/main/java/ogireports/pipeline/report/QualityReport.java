package ogireports.pipeline.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ogireports.pipeline.report.QualityData.Agency;
import ogireports.pipeline.report.QualityData.AgencyReport;
import ogireports.pipeline.report.QualityData.Cell;
import ogireports.pipeline.report.QualityData.Flag;
import ogireports.pipeline.report.QualityData.RejectReason;
import ogireports.pipeline.report.QualityData.RuleCount;
import ogireports.pipeline.storage.OutputFolder;

/**
 * The data-quality report of an output folder, for people: {@code quality_report.html} (one
 * self-contained page: inline CSS and SVG, no script, nothing fetched) and {@code
 * quality_report.md} (the same numbers as Markdown tables). Both are computed from the datasets in
 * the folder, so they describe exactly what a user will query, and are the same for the same data.
 */
public final class QualityReport {

  static final String HTML_FILE = "quality_report.html";
  static final String MARKDOWN_FILE = "quality_report.md";

  private static final String CJK_FONTS =
      "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"Source Han Sans SC\", \"Microsoft YaHei\","
          + " \"PingFang SC\", \"WenQuanYi Micro Hei\", sans-serif";
  private static final String MONO_FONTS =
      "\"DejaVu Sans Mono\", Menlo, Consolas, \"Noto Sans Mono CJK SC\", monospace";

  private QualityReport() {}

  /**
   * Rewrites the report of an existing output folder: {@code java -cp ogi-reports.jar
   * ogireports.pipeline.report.QualityReport [OUTPUT_DIR]} (default {@code out}).
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "out");
    if (!OutputFolder.isOgiReportsOutput(dir)) {
      System.err.println("ogi-reports: " + dir + " is not an ogi-reports output folder");
      System.exit(2); // the launcher's exit code of a usage error
    }
    write(dir);
    System.out.println(dir.resolve(HTML_FILE));
    System.out.println(dir.resolve(MARKDOWN_FILE));
  }

  /** Reads the datasets in {@code outputDir} and writes both report files into it. */
  public static void write(Path outputDir) throws Exception {
    QualityData data = QualityData.load(outputDir);
    Files.writeString(outputDir.resolve(HTML_FILE), html(data), StandardCharsets.UTF_8);
    Files.writeString(
        outputDir.resolve(MARKDOWN_FILE), QualityMarkdown.render(data), StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- HTML

  static String html(QualityData d) {
    QualityHtml h = new QualityHtml();
    h.raw("<!DOCTYPE html>").newline();
    h.open("html", "lang", "zh-Hans").newline();
    h.open("head");
    h.tag("meta", "charset", "utf-8");
    h.tag("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    h.element("title", "ogi-reports data-quality report 数据质量报告");
    h.open("style").raw(STYLE).close("style");
    h.close("head").newline();
    h.open("body");

    h.open("header");
    h.element("h1", "Data-quality report · 数据质量报告");
    h.open("p", "class", "run");
    List<String> run = new ArrayList<>();
    if (d.run().runId() != null) {
      run.add("run " + d.run().runId());
    }
    if (d.run().parserVersion() != null) {
      run.add("parser " + d.run().parserVersion());
    }
    if (d.run().finishedAt() != null) {
      run.add("finished " + d.run().finishedAt());
    }
    h.text(run.isEmpty() ? "ogi-reports output" : "ogi-reports " + String.join(" · ", run));
    h.close("p");
    if (d.run().input() != null) {
      h.open("p", "class", "run").text("input ").element("code", d.run().input()).close("p");
    }
    h.open("nav");
    link(h, "#overview", "Overview");
    link(h, "#reports", "Reports by province and year");
    link(h, "#heatmap", "Share with an ERROR");
    link(h, "#rules", "Rules that fail most");
    link(h, "#rejects", "Rejects");
    link(h, "#agencies", "Agencies with the most errors");
    h.close("nav");
    h.close("header").newline();

    overview(h, d);
    reportsByProvinceYear(h, d);
    heatMap(h, d);
    rules(h, d);
    rejects(h, d);
    agencies(h, d);

    h.open("footer").open("p");
    h.text(
        "An ERROR is a flag with severity ERROR and outcome FAIL (counted from flags, so flags"
            + " found across reports count too). NOT_ASSESSABLE outcomes and INFO notes are listed"
            + " but not counted as errors. Every number here is read from the Parquet datasets of"
            + " this output folder; quality_report.md holds the same tables.");
    h.close("p").close("footer").newline();
    h.close("body").newline().close("html").newline();
    return h.toString();
  }

  private static void link(QualityHtml h, String anchor, String text) {
    h.element("a", text, "href", anchor);
  }

  private static void overview(QualityHtml h, QualityData d) {
    h.open("section", "id", "overview").element("h2", "Overview · 概况");
    h.open("div", "class", "cards");
    long inputs = d.run().inputs() != null ? d.run().inputs() : d.reports() + d.rejects();
    card(h, "inputs read", num(inputs), "documents", "");
    StringBuilder status = new StringBuilder();
    d.reportsByStatus()
        .forEach(
            (k, v) ->
                status.append(status.length() > 0 ? ", " : "").append(k).append(' ').append(v));
    card(h, "reports", num(d.reports()), status.toString(), "");
    card(
        h,
        "reports with ≥1 ERROR",
        num(d.reportsWithError()),
        d.reports() == 0
            ? "no reports"
            : pct(share(d.reportsWithError(), d.reports())) + " of reports",
        d.reportsWithError() > 0 ? "bad" : "good");
    card(
        h,
        "ERROR flags",
        num(d.errorFlags()),
        "severity ERROR, outcome FAIL",
        d.errorFlags() > 0 ? "bad" : "good");
    card(h, "flags", num(d.flags()), "all non-passing outcomes", "");
    card(
        h,
        "rejects",
        num(d.rejects()),
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

  // ------------------------------------------------------ reports by province and year

  private static void reportsByProvinceYear(QualityHtml h, QualityData d) {
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
          h.element("td", num(c.reports()), "data-year", y);
        }
      }
      long total = perProvince.get(p);
      h.element("td", num(total), "class", "total");
      h.open("td", "class", "barcol");
      int w = (int) Math.max(2, Math.round(220.0 * total / max));
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
          QualityData.provinceLabel(p) + ": " + total + " reports");
      h.empty(
          "rect",
          "x",
          "0",
          "y",
          "2",
          "width",
          Integer.toString(w),
          "height",
          "10",
          "rx",
          "2",
          "class",
          "bar-reports");
      h.close("svg").close("td");
      h.close("tr");
    }
    h.close("tbody");
    h.open("tfoot").open("tr").element("th", "total", "class", "left");
    for (String y : d.years()) {
      h.element("td", num(perYear.get(y)));
    }
    h.element("td", num(d.reports()), "class", "total").element("td", "", "class", "barcol");
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

  // ------------------------------------------------------ heat map

  private static final int HM_LABEL = 200;
  private static final int HM_CELL_W = 72;
  private static final int HM_CELL_H = 40;
  private static final int HM_HEAD = 26;

  private static void heatMap(QualityHtml h, QualityData d) {
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
              + pct(s)
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
          pctShort(s),
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
    // Legend: plain swatches, no data attributes.
    h.open("div", "class", "legend");
    legendSwatch(h, "#e3f1df", "0% (no report with an ERROR)");
    legendSwatch(h, heatShare(0.25), "25%");
    legendSwatch(h, heatShare(0.5), "50%");
    legendSwatch(h, heatShare(0.75), "75%");
    legendSwatch(h, heatShare(1.0), "100%");
    h.close("div");
    h.close("section").newline();
  }

  private static void legendSwatch(QualityHtml h, String color, String label) {
    h.open("span", "class", "swatch")
        .open("svg", "width", "14", "height", "14", "viewBox", "0 0 14 14");
    h.empty("rect", "width", "14", "height", "14", "rx", "2", "fill", color);
    h.close("svg").text(label).close("span");
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

  // ------------------------------------------------------ rules

  private static void rules(QualityHtml h, QualityData d) {
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
    List<Bar> bars = new ArrayList<>();
    for (RuleCount r : d.rules()) {
      bars.add(
          new Bar(
              r.ruleId() + " · " + r.severity() + " · " + r.outcome(),
              r.flags(),
              "bar-" + kind(r.severity(), r.outcome()),
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
    barChart(h, bars, true, "flags by rule, severity and outcome");
    h.open("div", "class", "legend");
    for (String[] k :
        new String[][] {
          {"err", "ERROR · FAIL"},
          {"warn", "WARN · FAIL"},
          {"na", "NOT_ASSESSABLE"},
          {"note", "INFO · NOTE"}
        }) {
      h.open("span", "class", "swatch")
          .open("svg", "width", "14", "height", "14", "viewBox", "0 0 14 14");
      h.empty("rect", "width", "14", "height", "14", "rx", "2", "class", "bar-" + k[0]);
      h.close("svg").text(k[1]).close("span");
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
          .element("span", r.severity(), "class", badge(r.severity(), r.outcome()))
          .close("td");
      h.element("td", r.outcome(), "class", "left mono");
      h.element("td", num(r.flags()));
      h.element("td", num(r.reports()));
      h.close("tr");
    }
    h.close("tbody").close("table");
    h.close("section").newline();
  }

  /**
   * The badge of a flag: red only for an ERROR that failed; a rule that could not be assessed is
   * grey, a note blue, whatever the rule's severity.
   */
  static String badge(String severity, String outcome) {
    if ("NOT_ASSESSABLE".equals(outcome)) {
      return "badge na";
    }
    if ("NOTE".equals(outcome)) {
      return "badge info";
    }
    return "badge " + severity.toLowerCase(Locale.ROOT);
  }

  private static String kind(String severity, String outcome) {
    if ("NOT_ASSESSABLE".equals(outcome)) {
      return "na";
    }
    if ("FAIL".equals(outcome)) {
      return "ERROR".equals(severity) ? "err" : "warn";
    }
    return "note";
  }

  // ------------------------------------------------------ rejects

  private static void rejects(QualityHtml h, QualityData d) {
    h.open("section", "id", "rejects").element("h2", "Rejects by reason · 未能读取的输入");
    if (d.rejectReasons().isEmpty()) {
      h.element("p", "No rejects: every input became a report.", "class", "empty");
      h.close("section").newline();
      return;
    }
    List<Bar> bars = new ArrayList<>();
    for (RejectReason r : d.rejectReasons()) {
      bars.add(
          new Bar(
              r.reason(), r.rejects(), "bar-reject", r.reason() + ": " + r.rejects() + " inputs"));
    }
    barChart(h, bars, true, "rejects by reason");
    h.open("table", "id", "rejects-table");
    h.open("thead").open("tr");
    h.element("th", "reason", "class", "left").element("th", "rejects").element("th", "bytes");
    h.element("th", "example source", "class", "left").element("th", "detail", "class", "left");
    h.close("tr").close("thead").open("tbody");
    for (RejectReason r : d.rejectReasons()) {
      h.open("tr");
      h.element("td", r.reason(), "class", "left mono");
      h.element("td", num(r.rejects()));
      h.element("td", num(r.bytes()));
      h.open("td", "class", "left path");
      source(h, d, r.exampleUri());
      h.close("td");
      h.element("td", r.exampleDetail() == null ? "" : r.exampleDetail(), "class", "left msg");
      h.close("tr");
    }
    h.close("tbody").close("table");
    h.close("section").newline();
  }

  // ------------------------------------------------------ agencies

  private static void agencies(QualityHtml h, QualityData d) {
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
          .element("a", agencyName(a), "href", "#agency-" + a.rank())
          .close("td");
      h.element("td", QualityData.provinceLabel(a.province()), "class", "left");
      h.element("td", num(a.reports()));
      h.element("td", num(a.errors()), "class", "bad");
      h.element("td", num(a.warnings()));
      h.element("td", num(a.flags()));
      h.close("tr");
    }
    h.close("tbody").close("table");

    for (Agency a : d.agencies()) {
      h.open("article", "class", "agency", "id", "agency-" + a.rank());
      h.element("h3", a.rank() + ". " + agencyName(a));
      h.element(
          "p",
          QualityData.provinceLabel(a.province())
              + " · "
              + plural(a.reports(), "report")
              + " · "
              + plural(a.errors(), "error")
              + " · "
              + plural(a.flags(), "flag"),
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
                + plural(r.errors(), "error")
                + " · report "
                + shortId(r.reportId()),
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
      h.open("tr", "class", "k-" + kind(f.severity(), f.outcome()));
      h.element("td", f.ruleId(), "class", "left mono");
      h.open("td", "class", "left")
          .element("span", f.severity(), "class", badge(f.severity(), f.outcome()))
          .close("td");
      h.element("td", f.outcome(), "class", "left mono");
      h.element("td", dash(f.rowId()), "class", "left mono");
      h.element("td", dash(f.columnId()), "class", "left mono");
      h.element("td", value(f.expected()));
      h.element("td", value(f.actual()));
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
  private static void source(QualityHtml h, QualityData d, String uri) {
    if (uri == null) {
      h.text("—");
      return;
    }
    h.element("code", relativeToInput(uri, d.run().input()), "title", uri, "class", "uri");
  }

  static String relativeToInput(String uri, String input) {
    if (input == null) {
      return uri;
    }
    String folder = input;
    while (folder.startsWith("./")) {
      folder = folder.substring(2);
    }
    while (folder.endsWith("/")) {
      folder = folder.substring(0, folder.length() - 1);
    }
    if (folder.isEmpty() || folder.equals(".") || folder.contains("*") || folder.contains("?")) {
      return uri;
    }
    String prefix = folder + "/";
    if (folder.startsWith("/")) {
      return uri.startsWith(prefix) && uri.length() > prefix.length()
          ? uri.substring(prefix.length())
          : uri;
    }
    int at = uri.indexOf("/" + prefix);
    int from = at < 0 ? -1 : at + 1 + prefix.length();
    return from > 0 && from < uri.length() ? uri.substring(from) : uri;
  }

  // ------------------------------------------------------ bar chart

  record Bar(String label, long value, String cssClass, String tooltip) {}

  private static void barChart(QualityHtml h, List<Bar> bars, boolean mono, String ariaLabel) {
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
          num(b.value()),
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

  // ------------------------------------------------------ formatting

  static String agencyName(Agency a) {
    return a.agency() == null ? "(no agency name printed)" : a.agency();
  }

  static String num(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** A share as a percentage with one decimal: 0.0%, 33.3%, 100.0%. */
  static String pct(double s) {
    return String.format(Locale.ROOT, "%.1f%%", s * 100);
  }

  /** A share as a whole percentage for a small square; never rounds a non-zero share to 0%. */
  static String pctShort(double s) {
    if (s > 0 && s < 0.005) {
      return "<1%";
    }
    return String.format(Locale.ROOT, "%.0f%%", s * 100);
  }

  /** A flag's number: an integer without decimals, other numbers as printed by Java, null as —. */
  static String value(Double v) {
    if (v == null) {
      return "—";
    }
    if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
      return Long.toString(v.longValue());
    }
    return v.toString();
  }

  static String dash(String s) {
    return s == null ? "—" : s;
  }

  static String plural(long n, String word) {
    return num(n) + " " + word + (n == 1 ? "" : "s");
  }

  static String shortId(String reportId) {
    return reportId == null ? "—" : reportId.substring(0, Math.min(12, reportId.length()));
  }

  private static final String STYLE =
      """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      body { margin: 0; padding: 24px 32px 48px; background: #f6f7f9; color: #1f2328;
        font-family: %s; font-size: 14px; line-height: 1.5; }
      header, section, footer { max-width: 1200px; margin: 0 auto; }
      h1 { font-size: 26px; margin: 0 0 4px; }
      h2 { font-size: 19px; margin: 0 0 12px; padding-bottom: 6px; border-bottom: 2px solid #d8dee4; }
      h3 { font-size: 16px; margin: 0 0 2px; }
      .run { margin: 0; color: #57606a; font-size: 13px; }
      nav { margin: 12px 0 4px; display: flex; flex-wrap: wrap; gap: 6px 14px; }
      nav a, td a { color: #0b5cad; text-decoration: none; }
      nav a:hover, td a:hover { text-decoration: underline; }
      section { background: #fff; border: 1px solid #d8dee4; border-radius: 8px; padding: 18px 22px;
        margin-top: 18px; }
      .explain { color: #57606a; margin: 0 0 10px; max-width: 900px; }
      .empty { color: #57606a; font-style: italic; margin: 4px 0; }
      .cards { display: flex; flex-wrap: wrap; gap: 12px; }
      .card { flex: 1 1 160px; border: 1px solid #d8dee4; border-left: 5px solid #8c959f;
        border-radius: 6px; padding: 10px 14px; background: #fbfcfd; }
      .card.bad { border-left-color: #b42318; }
      .card.good { border-left-color: #2e7d32; }
      .card.warn { border-left-color: #b26a00; }
      .card .value { font-size: 26px; font-weight: 700; line-height: 1.2; }
      .card .label { font-weight: 600; }
      .card .note { color: #57606a; font-size: 12px; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; margin: 10px 0 4px; font-size: 13px; }
      th, td { padding: 4px 10px; border-bottom: 1px solid #e5e8eb; text-align: right;
        vertical-align: top; }
      thead th { background: #f0f2f5; font-weight: 600; border-bottom: 1px solid #c9d1d9; }
      tfoot th, tfoot td { font-weight: 600; border-top: 1px solid #c9d1d9; }
      .left { text-align: left; }
      .mono, code { font-family: %s; font-size: 12px; }
      td.none { color: #c0c6cc; }
      td.total { font-weight: 600; }
      td.barcol { padding-top: 6px; }
      td.bad { color: #b42318; font-weight: 700; }
      td.msg { min-width: 320px; max-width: 560px; }
      td.path, code.uri { word-break: break-all; }
      td.more { color: #57606a; font-style: italic; }
      svg text { font-family: %s; }
      svg text.mono { font-family: %s; }
      svg .axis { font-size: 13px; fill: #1f2328; }
      svg .val { font-size: 12px; fill: #57606a; }
      svg .v { font-size: 13px; font-weight: 700; }
      svg .n { font-size: 10px; }
      .heatmap { margin: 4px 0; }
      .bar-reports { fill: #4a78b5; }
      .bar-err { fill: #c62828; }
      .bar-warn { fill: #e08a00; }
      .bar-na { fill: #9aa3ad; }
      .bar-note { fill: #3d8bd4; }
      .bar-reject { fill: #7b5ea7; }
      .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; color: #57606a; font-size: 12px;
        margin: 6px 0 4px; }
      .swatch { display: inline-flex; align-items: center; gap: 5px; }
      .badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11px;
        font-weight: 700; font-family: %s; }
      .badge.error { background: #fde2e1; color: #a11a12; }
      .badge.warn { background: #fff0d4; color: #8a5200; }
      .badge.info { background: #dfeefc; color: #0b5cad; }
      .badge.na { background: #eceff1; color: #57606a; }
      tr.k-err td { background: #fff6f5; }
      .agency { border-top: 1px solid #d8dee4; margin-top: 16px; padding-top: 12px; }
      .agency .meta { margin: 0 0 6px; color: #57606a; }
      .report { margin: 6px 0 10px 14px; }
      .report .source { margin: 0; }
      .report .k { color: #57606a; }
      table.flags { width: 100%%; }
      footer { color: #57606a; font-size: 12px; margin-top: 16px; }
      """
          .formatted(CJK_FONTS, MONO_FONTS, CJK_FONTS, MONO_FONTS, MONO_FONTS);
}
