package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import ogireports.SampleReports;
import ogireports.model.ApplicationRow;
import ogireports.model.ReportTables;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.RowStatus;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/**
 * The table values survive when the text loses its line structure: every text with tables (the five
 * seeds, the four PDF texts, the real excerpts) is transformed (lines joined with nothing, joined
 * with one space, tabs and {@code |} removed, re-wrapped at 30–40 characters with page markers
 * {@code - N -}) and read again. A value may only be lost where the transform destroyed it (a
 * run-together row with more than one arithmetic split): it is then null and its row INCOMPLETE,
 * never a different number. The reading of the original text is the reference (for the PDF texts,
 * the hand-checked cells).
 */
class TextVariantsTest {

  static final Path FIXTURES = Path.of("..", "fixtures", "real-reports");

  /** A named transform of a text's lines. */
  record Variant(String name, UnaryOperator<List<String>> transform) {}

  static final List<Variant> VARIANTS =
      List.of(
          new Variant("joined", lines -> List.of(String.join("", lines))),
          new Variant("joined_space", lines -> List.of(String.join(" ", lines))),
          new Variant("no_tabs_pipes", TextVariantsTest::withoutTabsAndPipes),
          new Variant("rewrapped", TextVariantsTest::rewrapped));

  static List<String> withoutTabsAndPipes(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(line.replace("\t", "").replace("|", "").replace("｜", ""));
    }
    return out;
  }

  /**
   * The text flowed (lines joined with a space) and cut again every 30–40 characters, never between
   * two digits, with a page marker line {@code - N -} every 20 lines.
   */
  static List<String> rewrapped(List<String> lines) {
    String flow = String.join(" ", lines);
    List<String> out = new ArrayList<>();
    int page = 1;
    int start = 0;
    int width = 30;
    while (start < flow.length()) {
      int end = Math.min(flow.length(), start + width);
      while (end < flow.length()
          && end - start < 60
          && Character.isDigit(flow.charAt(end - 1))
          && Character.isDigit(flow.charAt(end))) {
        end++;
      }
      out.add(flow.substring(start, end));
      start = end;
      width = width == 40 ? 30 : width + 5;
      if (out.size() % 20 == 0) {
        out.add("- " + page++ + " -");
      }
    }
    return out;
  }

  /** The texts with tables and their reference values. */
  static Map<String, Map<String, Double>> references() throws IOException {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (String seed :
        List.of(
            SampleReports.S000,
            SampleReports.S001,
            SampleReports.S002,
            SampleReports.S003,
            SampleReports.S004)) {
      out.put("seed " + seed, values(SampleReports.lines(seed)));
    }
    for (String pdf :
        List.of(
            "hongze-2023.pypdf.txt",
            "hongze-2024.pypdf.txt",
            "hongze-2023.pdftotext.txt",
            "hongze-2024.pdftotext.txt")) {
      out.put(
          "pdf/" + pdf, PdfTextTablesTest.expected(pdf.substring(0, pdf.indexOf('.')) + ".pdf"));
    }
    try (Stream<Path> files = Files.list(FIXTURES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Map<String, Double> v = values(PdfTextTablesTest.lines(f));
        if (v.values().stream().anyMatch(x -> x != null)) {
          out.put(f.getFileName().toString(), v);
        }
      }
    }
    return out;
  }

  static List<String> lines(String name) throws IOException {
    if (name.startsWith("seed ")) {
      return SampleReports.lines(name.substring(5));
    }
    return PdfTextTablesTest.lines(FIXTURES.resolve(name));
  }

  static Map<String, Double> values(List<String> lines) {
    return TableValuesDump.of(read(lines));
  }

  static ReportTables read(List<String> lines) {
    return TableReader.read(lines, SectionSplitter.split(lines));
  }

  /**
   * What became of the reference values in a reading: "kept" when all are there, else the lost
   * (null, row incomplete) and the wrong ones (a different number, or null in a row that claims to
   * be read).
   */
  record Outcome(List<String> lost, List<String> wrong) {
    boolean keptAll() {
      return lost.isEmpty() && wrong.isEmpty();
    }
  }

  static Outcome compare(Map<String, Double> reference, ReportTables read) {
    Map<String, Double> got = TableValuesDump.of(read);
    List<String> lost = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Double> e : reference.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      Double v = got.get(e.getKey());
      if (e.getValue().equals(v)) {
        continue;
      }
      if (v == null && unreadAndSaysSo(read, e.getKey())) {
        lost.add(e.getKey());
      } else {
        wrong.add(e.getKey() + " " + e.getValue() + "→" + v);
      }
    }
    return new Outcome(lost, wrong);
  }

  /**
   * True when a value that is null was not read and the reading says so: its row or group is
   * INCOMPLETE, or absent from a table that lists it as missing, or the whole table or table 二
   * value is absent.
   */
  static boolean unreadAndSaysSo(ReportTables t, String key) {
    String[] k = key.split("\\.");
    switch (k[0]) {
      case "T3" -> {
        if (t.applications() == null) {
          return true;
        }
        for (ApplicationRow r : t.applications().rows()) {
          if (r.rowId().name().equals(k[1])) {
            return r.status() == RowStatus.INCOMPLETE;
          }
        }
        return t.applications().problems().stream().anyMatch(p -> p.contains("missing"));
      }
      case "T4" -> {
        if (t.reviewLitigation() == null) {
          return true;
        }
        for (ReviewLitigationRow g : t.reviewLitigation().groups()) {
          if (g.group().name().equals(k[1])) {
            return g.status() == RowStatus.INCOMPLETE;
          }
        }
        return true;
      }
      default -> {
        return true; // table 二 has no row status: a value not read is absent
      }
    }
  }

  @Test
  void tableValuesSurviveTheTransforms() throws IOException {
    Map<String, Map<String, Double>> references = references();
    StringBuilder report =
        new StringBuilder("\nvariant          kept/texts  (texts losing values: lost)\n");
    List<String> wrong = new ArrayList<>();
    for (Variant variant : VARIANTS) {
      int kept = 0;
      List<String> losing = new ArrayList<>();
      for (Map.Entry<String, Map<String, Double>> e : references.entrySet()) {
        ReportTables read = read(variant.transform().apply(lines(e.getKey())));
        Outcome o = compare(e.getValue(), read);
        if (o.keptAll()) {
          kept++;
        }
        if (!o.lost().isEmpty()) {
          losing.add(e.getKey() + ": " + o.lost().size());
        }
        for (String w : o.wrong()) {
          wrong.add(variant.name() + " " + e.getKey() + " " + w);
        }
      }
      report.append(
          String.format("%-16s %d/%d  %s%n", variant.name(), kept, references.size(), losing));
    }
    System.out.println(report);
    wrong.forEach(System.out::println);
    assertThat(wrong).isEmpty();
  }
}
