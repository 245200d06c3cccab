package ogireports.rules.crossyear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.Flag;
import ogireports.model.ParsedReport;
import ogireports.places.PlaceResolver;

/**
 * The multi-year text fixtures: seed 000 (张家港市应急管理局) edited into consecutive years, with title,
 * statistics period, narrative and tables changed consistently, read end to end.
 */
final class CrossYearFixtures {

  private static final Path DIR =
      Path.of("src", "test", "resources", "ogireports", "rules", "crossyear");
  private static ReportReader reader;

  private CrossYearFixtures() {}

  static synchronized ReadOutcome.Accepted read(String file) {
    if (reader == null) {
      reader = new ReportReader(PlaceResolver.fromClasspath());
    }
    try {
      String text = Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
      ReadOutcome outcome = reader.read("fixture://crossyear/" + file, text);
      if (!(outcome instanceof ReadOutcome.Accepted a)) {
        throw new AssertionError(file + " was not accepted: " + outcome);
      }
      return a;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParsedReport report(String file) {
    return read(file).report();
  }

  static List<Flag> ownFlags(String file) {
    return read(file).flags();
  }

  static AgencyYear snapshot(String file) {
    return AgencyYear.of(report(file));
  }

  static List<AgencyYear> snapshots(String... files) {
    return java.util.Arrays.stream(files).map(CrossYearFixtures::snapshot).toList();
  }

  /**
   * A compact view of a cross-year flag: rule, severity, outcome, section, cell, values, detail.
   */
  static String key(CrossYearFlag f, List<AgencyYear> reports) {
    Flag g = f.flag();
    return year(f.reportId(), reports)
        + "←"
        + year(g.relatedReportId(), reports)
        + "|"
        + g.ruleId()
        + "|"
        + g.severity()
        + "|"
        + g.outcome()
        + "|"
        + g.section()
        + "|"
        + g.rowId()
        + "|"
        + g.columnId()
        + "|"
        + g.expected()
        + "|"
        + g.actual()
        + "|"
        + g.detail().replaceAll("other=[0-9a-f]+", "other=*");
  }

  private static String year(String reportId, List<AgencyYear> reports) {
    return reports.stream()
        .filter(r -> r.reportId().equals(reportId))
        .findFirst()
        .map(r -> String.valueOf(r.year()))
        .orElse("?");
  }
}
