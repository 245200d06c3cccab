package ogireports.tables;

import java.util.List;
import ogireports.model.ReportTables;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

class DumpTest {
  @Test
  void dump() throws Exception {
    for (String f : List.of(Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004)) {
      List<String> lines = Seeds.lines(f);
      var sections = SectionSplitter.split(lines);
      ReportTables t = TableReader.read(lines, sections);
      System.out.println("=== " + f + " " + t.template() + " " + t.layout() + " sections "
          + sections.stream().map(s -> s.number() + "@" + s.headingLine()).toList());
      if (t.activeDisclosure() != null) t.activeDisclosure().values().forEach(v -> System.out.println("  T2 " + v.item() + " " + v.measure() + " " + v.cell().raw() + "=" + v.cell().value() + " " + v.unit() + " " + v.cell().notes() + " L" + v.sourceLine()));
      if (t.applications() != null) { t.applications().rows().forEach(r -> System.out.println("  T3 " + r.rowId() + " " + r.label() + " " + r.status() + " L" + r.sourceLine() + " " + r.cells().stream().map(c -> c.value() + (c.notes().isEmpty() ? "" : c.notes().toString())).toList()));
        System.out.println("  T3 problems " + t.applications().problems()); }
      if (t.reviewLitigation() != null) { t.reviewLitigation().groups().forEach(g -> System.out.println("  T4 " + g.group() + " " + g.status() + " L" + g.sourceLine() + " " + g.cells().stream().map(c -> c.value()).toList()));
        System.out.println("  T4 found " + t.reviewLitigation().valuesFound() + " " + t.reviewLitigation().problems()); }
    }
    for (String f : List.of("011","013","015","017","019","022","025","027","029","031","033","035","037")) {
      List<String> lines = java.util.Arrays.asList(java.nio.file.Files.readString(java.nio.file.Path.of("/work/shared/real-reports/" + f + ".txt")).replace("\r","").split("\n", -1));
      var sections = SectionSplitter.split(lines);
      ReportTables t = TableReader.read(lines, sections);
      System.out.println("=== " + f + " " + t.template() + " " + t.layout() + " sections " + sections.stream().map(s -> s.number() + "@" + s.headingLine()).toList());
      if (t.activeDisclosure() != null) t.activeDisclosure().values().forEach(v -> System.out.println("  T2 " + v.item() + " " + v.measure() + " " + v.cell().raw() + "=" + v.cell().value() + " " + v.unit()));
      if (t.applications() != null) { t.applications().rows().forEach(r -> System.out.println("  T3 " + r.rowId() + " " + r.label() + " " + r.status() + " " + r.cells().stream().map(c -> c.value()).toList()));
        System.out.println("  T3 problems " + t.applications().problems()); }
      if (t.reviewLitigation() != null) System.out.println("  T4 found " + t.reviewLitigation().valuesFound());
    }
  }
}
