package ogireports.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.CellValue;
import ogireports.model.Flag;
import ogireports.model.ParsedReport;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * The proof that the generator writes realistic reports: the production reader parses them as
 * accepted reports with the tables, agency, year, template and flags the manifest records.
 */
class GeneratedReportsParseTest {

  private static final int REPORTS = 600;

  @Test
  void everyGeneratedReportParsesToTheManifest() {
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath());
    CorpusGenerator generator = new CorpusGenerator(20240601L);
    List<String> problems = new ArrayList<>();
    Map<String, Integer> byLayout = new TreeMap<>();
    int injected = 0;
    for (int i = 0; i < REPORTS; i++) {
      GeneratedReport g = generator.generate(i);
      ReadOutcome outcome = reader.read(new Document(g.fileName(), g.bytes()));
      String where =
          g.fileName() + " [" + g.layout() + ", " + g.template() + ", " + g.encoding() + "] ";
      if (!(outcome instanceof ReadOutcome.Accepted accepted)) {
        problems.add(where + "rejected: " + outcome);
        continue;
      }
      byLayout.merge(g.layout(), 1, Integer::sum);
      ParsedReport r = accepted.report();
      List<String> mine = new ArrayList<>();
      if (!g.agency().equals(r.metadata().agency())) {
        mine.add("agency " + r.metadata().agency() + " != " + g.agency());
      }
      if (r.year() != g.year()) {
        mine.add("year " + r.year() + " != " + g.year());
      }
      if (!r.tables().template().code().equals(g.template())) {
        mine.add("template " + r.tables().template());
      }
      String layout = g.layout();
      if (!layout.equals(r.tables().layout())) {
        mine.add("layout " + r.tables().layout());
      }
      if (r.place().province() != null && !g.province().equals(r.place().province())) {
        mine.add("province " + r.place().province() + " != " + g.province());
      }
      checkT3(g, r, mine);
      checkT4(g, r, mine);
      TreeSet<String> flagged = new TreeSet<>();
      for (Flag f : accepted.flags()) {
        flagged.add(f.ruleId());
      }
      if (!flagged.equals(new TreeSet<>(g.expectedFlags()))) {
        mine.add(
            "flags "
                + flagged
                + " != expected "
                + g.expectedFlags()
                + " "
                + accepted.flags().stream().map(f -> f.ruleId() + ":" + f.message()).toList());
      }
      if (!g.injected().isEmpty()) {
        injected++;
      }
      if (!mine.isEmpty()) {
        problems.add(where + String.join("; ", mine));
      }
    }
    assertThat(problems).as(problems.size() + " problems").isEmpty();
    assertThat(byLayout).hasSize(4);
    assertThat(injected).isGreaterThan(REPORTS / 20);
  }

  private static void checkT3(GeneratedReport g, ParsedReport r, List<String> out) {
    if (r.tables().applications() == null) {
      out.add("no table 三");
      return;
    }
    for (ApplicationRowId id : g.t3Rows()) {
      var row = r.tables().applications().row(id);
      if (row.isEmpty()) {
        out.add("T3 " + id + " missing");
        continue;
      }
      ApplicationRow ar = row.get();
      for (ApplicantColumn c : ApplicantColumn.values()) {
        CellValue cell = ar.cell(c);
        long expected = g.t3(id, c.ordinal());
        if (cell == null || cell.value() == null || cell.value() != expected) {
          out.add(
              "T3 "
                  + id
                  + "."
                  + c.specId()
                  + " "
                  + (cell == null ? null : cell.raw())
                  + " != "
                  + expected);
          return;
        }
      }
    }
  }

  private static void checkT4(GeneratedReport g, ParsedReport r, List<String> out) {
    if (r.tables().reviewLitigation() == null) {
      out.add("no table 四");
      return;
    }
    for (ReviewGroup group : ReviewGroup.values()) {
      var row = r.tables().reviewLitigation().group(group);
      if (row.isEmpty()) {
        out.add("T4 " + group + " missing");
        return;
      }
      ReviewLitigationRow rr = row.get();
      for (ReviewCell c : ReviewCell.values()) {
        CellValue cell = rr.cell(c);
        long expected = g.t4()[group.ordinal() * 5 + c.ordinal()];
        if (cell == null || cell.value() == null || cell.value() != expected) {
          out.add("T4 " + group + "." + c.specId() + " != " + expected);
          return;
        }
      }
    }
  }

  static String text(GeneratedReport g) {
    return new String(g.bytes(), StandardCharsets.UTF_8);
  }
}
