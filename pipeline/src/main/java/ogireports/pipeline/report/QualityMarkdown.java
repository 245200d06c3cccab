package ogireports.pipeline.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ogireports.pipeline.report.QualityData.Agency;
import ogireports.pipeline.report.QualityData.AgencyReport;
import ogireports.pipeline.report.QualityData.Cell;
import ogireports.pipeline.report.QualityData.Flag;
import ogireports.pipeline.report.QualityData.RejectReason;
import ogireports.pipeline.report.QualityData.RuleCount;

/** {@code quality_report.md}: the numbers of the HTML report as Markdown tables. */
final class QualityMarkdown {

  private final StringBuilder out = new StringBuilder();

  private QualityMarkdown() {}

  static String render(QualityData d) {
    QualityMarkdown m = new QualityMarkdown();
    m.all(d);
    return m.out.toString();
  }

  private void all(QualityData d) {
    line("# Data-quality report");
    line("");
    List<String> run = new ArrayList<>();
    if (d.run().runId() != null) {
      run.add("run `" + code(d.run().runId()) + "`");
    }
    if (d.run().parserVersion() != null) {
      run.add("parser " + cell(d.run().parserVersion()));
    }
    if (d.run().finishedAt() != null) {
      run.add("finished " + cell(d.run().finishedAt()));
    }
    if (d.run().input() != null) {
      run.add("input `" + code(d.run().input()) + "`");
    }
    if (!run.isEmpty()) {
      line("ogi-reports " + String.join(" · ", run));
      line("");
    }
    line(
        "An ERROR is a flag with severity ERROR and outcome FAIL (counted from `flags`, so flags"
            + " found across reports count too).");
    line("");

    line("## Overview");
    line("");
    long inputs = d.run().inputs() != null ? d.run().inputs() : d.reports() + d.rejects();
    List<List<String>> overview = new ArrayList<>();
    overview.add(List.of("inputs read", Long.toString(inputs)));
    overview.add(List.of("reports", Long.toString(d.reports())));
    d.reportsByStatus()
        .forEach((k, v) -> overview.add(List.of("reports " + cell(k), Long.toString(v))));
    overview.add(List.of("reports with at least one ERROR", Long.toString(d.reportsWithError())));
    overview.add(
        List.of(
            "share of reports with at least one ERROR",
            ReportFormat.pct(ReportFormat.share(d.reportsWithError(), d.reports()))));
    overview.add(List.of("ERROR flags", Long.toString(d.errorFlags())));
    overview.add(List.of("flags", Long.toString(d.flags())));
    overview.add(List.of("rejects", Long.toString(d.rejects())));
    table(List.of("measure", "value"), "lr", overview);

    line("## Reports by province and year");
    line("");
    if (d.cells().isEmpty()) {
      line("No reports in this run: every input was rejected.");
      line("");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (Cell c : d.cells()) {
        rows.add(
            List.of(
                cell(c.province()),
                cell(c.year()),
                Long.toString(c.reports()),
                Long.toString(c.withError()),
                ReportFormat.pct(c.share()),
                Long.toString(c.errors())));
      }
      table(
          List.of("province", "year", "reports", "with ERROR", "share with ERROR", "ERROR flags"),
          "llrrrr",
          rows);

      line("## Share of reports with at least one ERROR (province × year)");
      line("");
      line("Each cell: share (reports with an ERROR / reports); `·` where the data has no report.");
      line("");
      Map<String, Cell> byKey = new LinkedHashMap<>();
      for (Cell c : d.cells()) {
        byKey.put(c.province() + "\u0000" + c.year(), c);
      }
      List<String> header = new ArrayList<>();
      header.add("province");
      StringBuilder align = new StringBuilder("l");
      for (String y : d.years()) {
        header.add(cell(y));
        align.append('r');
      }
      List<List<String>> matrix = new ArrayList<>();
      for (String p : d.provinces()) {
        List<String> row = new ArrayList<>();
        row.add(cell(p));
        for (String y : d.years()) {
          Cell c = byKey.get(p + "\u0000" + y);
          row.add(
              c == null
                  ? "·"
                  : ReportFormat.pct(c.share()) + " (" + c.withError() + "/" + c.reports() + ")");
        }
        matrix.add(row);
      }
      table(header, align.toString(), matrix);
    }

    line("## Rules that fail most");
    line("");
    if (d.rules().isEmpty()) {
      line(
          d.reports() == 0
              ? "No flags: there is no report to check."
              : "No flags: every rule passed on every report.");
      line("");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (RuleCount r : d.rules()) {
        rows.add(
            List.of(
                cell(r.ruleId()),
                cell(r.severity()),
                cell(r.outcome()),
                Long.toString(r.flags()),
                Long.toString(r.reports())));
      }
      table(List.of("rule_id", "severity", "outcome", "flags", "reports"), "lllrr", rows);
    }

    line("## Rejects by reason");
    line("");
    if (d.rejectReasons().isEmpty()) {
      line("No rejects: every input became a report.");
      line("");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (RejectReason r : d.rejectReasons()) {
        rows.add(
            List.of(
                cell(r.reason()),
                Long.toString(r.rejects()),
                Long.toString(r.bytes()),
                cell(r.exampleUri()),
                cell(r.exampleDetail())));
      }
      table(List.of("reason", "rejects", "bytes", "example source", "detail"), "lrrll", rows);
    }

    line("## Agencies with the most errors (top " + QualityData.TOP_AGENCIES + ")");
    line("");
    if (d.agencies().isEmpty()) {
      line(d.reports() == 0 ? "No reports, so no agency to list." : "No agency has an ERROR.");
      line("");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Agency a : d.agencies()) {
      rows.add(
          List.of(
              Integer.toString(a.rank()),
              cell(ReportFormat.agencyName(a)),
              cell(a.province()),
              Long.toString(a.reports()),
              Long.toString(a.errors()),
              Long.toString(a.warnings()),
              Long.toString(a.flags())));
    }
    table(
        List.of("#", "agency", "province", "reports", "errors", "warnings", "flags"),
        "rllrrrr",
        rows);
    for (Agency a : d.agencies()) {
      line(
          "### "
              + a.rank()
              + ". "
              + cell(ReportFormat.agencyName(a))
              + " ("
              + cell(a.province())
              + ")");
      line("");
      for (AgencyReport r : a.reportList()) {
        line(
            "Source `"
                + code(r.sourceUri())
                + "` · "
                + cell(r.year())
                + " · "
                + cell(r.parseStatus())
                + " · "
                + ReportFormat.plural(r.errors(), "error")
                + " · report `"
                + code(r.reportId())
                + "`");
        line("");
        if (r.flags().isEmpty()) {
          line("No flags.");
          line("");
          continue;
        }
        List<List<String>> flags = new ArrayList<>();
        for (Flag f : r.flags()) {
          flags.add(
              List.of(
                  cell(f.ruleId()),
                  cell(f.severity()),
                  cell(f.outcome()),
                  cell(ReportFormat.dash(f.rowId())),
                  cell(ReportFormat.dash(f.columnId())),
                  ReportFormat.value(f.expected()),
                  ReportFormat.value(f.actual()),
                  cell(f.message())));
        }
        table(
            List.of(
                "rule", "severity", "outcome", "row", "column", "expected", "actual", "message"),
            "lllllrrl",
            flags);
        if (r.flagCount() > r.flags().size()) {
          line("… and " + (r.flagCount() - r.flags().size()) + " more flags of this report.");
          line("");
        }
      }
    }
  }

  private void table(List<String> header, String align, List<List<String>> rows) {
    line("| " + String.join(" | ", header) + " |");
    StringBuilder sep = new StringBuilder("|");
    for (int i = 0; i < header.size(); i++) {
      sep.append(align.charAt(i) == 'r' ? " ---: |" : " --- |");
    }
    line(sep.toString());
    for (List<String> row : rows) {
      line("| " + String.join(" | ", row) + " |");
    }
    line("");
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  /**
   * A value from the data in a table cell: one line, with the characters that would end the cell or
   * be read as markup (|, \, <, >, `) escaped; control characters become U+FFFD.
   */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '\n', '\r', '\t' -> b.append(' ');
        case '|', '\\', '<', '>', '`', '*', '[', ']' -> b.append('\\').appendCodePoint(cp);
        case '_' -> {
          // Only an underscore at a word edge can start emphasis: T3_BALANCE stays as it is.
          boolean inWord =
              i - 2 >= 0
                  && i < s.length()
                  && Character.isLetterOrDigit(s.charAt(i - 2))
                  && Character.isLetterOrDigit(s.charAt(i));
          b.append(inWord ? "_" : "\\_");
        }
        default -> {
          if (QualityHtml.printable(cp)) {
            b.appendCodePoint(cp);
          } else {
            b.append('\uFFFD');
          }
        }
      }
    }
    return b.toString();
  }

  /** A value inside a code span (outside tables): one line, backticks replaced. */
  static String code(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '`') {
        b.append('\'');
      } else if (cp == '\n' || cp == '\r' || cp == '\t') {
        b.append(' ');
      } else if (QualityHtml.printable(cp)) {
        b.appendCodePoint(cp);
      } else {
        b.append('\uFFFD');
      }
    }
    return b.toString();
  }
}
