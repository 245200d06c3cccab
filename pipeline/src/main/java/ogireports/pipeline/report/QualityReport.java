package ogireports.pipeline.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.pipeline.storage.OutputFolder;
import ogireports.pipeline.storage.Warehouse;

/**
 * The data-quality report of an output folder, for people: {@code quality_report.html} (one
 * self-contained page: inline CSS and SVG, no script, nothing fetched) and {@code
 * quality_report.md} (the same numbers as Markdown tables). Both are computed from the datasets in
 * the folder, so they describe exactly what a user will query, and are the same for the same data.
 *
 * <p>The page is this class's skeleton (head, header, footer) around one renderer per section
 * ({@link OverviewSection}, {@link ReportsSection}, {@link HeatMapSection}, {@link RulesSection},
 * {@link RejectsSection}, {@link AgenciesSection}), which draw their charts with {@link BarChart},
 * {@link HeatMap} and {@link Legend}, write values with {@link ReportFormat}, and everything
 * through {@link QualityHtml}, which escapes it. The style sheet is {@code quality-report.css}.
 */
public final class QualityReport {

  static final String HTML_FILE = "quality_report.html";
  static final String MARKDOWN_FILE = "quality_report.md";

  /** The page's style sheet, {@code quality-report.css} beside this class. */
  private static final String STYLE = resource("quality-report.css");

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
    try (Warehouse w = RunSummary.openOutput(outputDir)) {
      write(outputDir, w);
    }
  }

  /**
   * Like {@link #write(Path)}, from the output's warehouse ({@link RunSummary#openOutput}), which
   * it leaves as it found it.
   */
  public static void write(Path outputDir, Warehouse w) throws Exception {
    QualityData data = QualityData.load(outputDir, w);
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

    OverviewSection.render(h, d);
    ReportsSection.render(h, d);
    HeatMapSection.render(h, d);
    RulesSection.render(h, d);
    RejectsSection.render(h, d);
    AgenciesSection.render(h, d);

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

  private static String resource(String name) {
    try (InputStream in = QualityReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
