package ogireports.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ogireports.rules.RuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  @Test
  void sameSeedSameBytesOtherSeedOtherReports() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < 50; i++) {
      GeneratedReport a = new CorpusGenerator(7).generate(i);
      GeneratedReport b = new CorpusGenerator(7).generate(i);
      assertThat(a.bytes()).isEqualTo(b.bytes());
      assertThat(a.fileName()).isEqualTo(b.fileName());
      assertThat(json.writeValueAsString(a.manifest()))
          .isEqualTo(json.writeValueAsString(b.manifest()));
      assertThat(new CorpusGenerator(8).generate(i).bytes()).isNotEqualTo(a.bytes());
    }
  }

  @Test
  void writesTheSameFilesTwice(@TempDir Path dir) throws IOException {
    new CorpusGenerator(3).write(dir.resolve("a"), 40);
    new CorpusGenerator(3).write(dir.resolve("b"), 40);
    List<String> manifest = Files.readAllLines(dir.resolve("a/manifest.jsonl"));
    assertThat(manifest).hasSize(40).isEqualTo(Files.readAllLines(dir.resolve("b/manifest.jsonl")));
    ObjectMapper json = new ObjectMapper();
    for (String line : manifest) {
      JsonNode m = json.readTree(line);
      String file = m.get("file").asText();
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
      assertThat(m.get("t3").get("NEW")).hasSize(7);
      assertThat(m.get("t4")).hasSize(15);
    }
  }

  @Test
  void coversProvincesKindsYearsLayoutsAndInjectsAtTheRates() {
    CorpusGenerator g = new CorpusGenerator(11);
    int n = 4000;
    Set<String> provinces = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    Set<String> layouts = new HashSet<>();
    Map<String, Integer> injected = new HashMap<>();
    long bytes = 0;
    int inRange = 0;
    for (int i = 0; i < n; i++) {
      GeneratedReport r = g.generate(i);
      provinces.add(r.province());
      kinds.add(r.agencyKind());
      years.add(r.year());
      layouts.add(r.layout());
      assertThat(r.template()).isEqualTo(r.year() <= 2020 ? "2019" : "2021");
      r.injected().forEach(id -> injected.merge(id, 1, Integer::sum));
      bytes += r.bytes().length;
      if (r.bytes().length >= 5_000 && r.bytes().length <= 15_500) {
        inRange++;
      }
    }
    assertThat(provinces).hasSize(31);
    assertThat(kinds).hasSize(7);
    assertThat(years).containsExactlyInAnyOrder(2019, 2020, 2021, 2022, 2023, 2024);
    assertThat(layouts).hasSize(4);
    assertThat(injected.get(CorpusGenerator.ROW_TOTAL)).isBetween(140, 260);
    assertThat(injected.get(CorpusGenerator.BALANCE)).isBetween(70, 170);
    assertThat(injected.get(CorpusGenerator.TEXT_COUNT)).isBetween(70, 170);
    assertThat(inRange).isGreaterThan(n * 9 / 10);
    assertThat(bytes / n).isBetween(6_000L, 13_000L);
  }

  @Test
  void injectsAndExpectsOnlyRulesOfTheRuleBook() {
    CorpusGenerator g = new CorpusGenerator(11);
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < 1000; i++) {
      GeneratedReport r = g.generate(i);
      ids.addAll(r.injected());
      ids.addAll(r.expectedFlags());
    }
    assertThat(ids)
        .contains(
            CorpusGenerator.ROW_TOTAL,
            CorpusGenerator.RESULT_SUM,
            CorpusGenerator.BALANCE,
            CorpusGenerator.TEXT_COUNT,
            CorpusGenerator.T4_TOTAL,
            CorpusGenerator.DECISION_PATTERN);
    assertThat(RuleBook.ruleIds()).containsAll(ids);
  }

  @Test
  void generatesThousandsOfReportsPerSecond() {
    CorpusGenerator g = new CorpusGenerator(5);
    for (int i = 0; i < 2000; i++) {
      g.generate(i); // warm-up
    }
    int n = 10_000;
    long start = System.nanoTime();
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      bytes += g.generate(i).bytes().length;
    }
    double s = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "CorpusGenerator: %d reports, %.1f MB in %.2f s: %.0f reports/s%n",
        n, bytes / 1e6, s, n / s);
    // Informative only: a throughput bound would fail on a loaded machine (see BENCHMARKS.md).
  }
}
