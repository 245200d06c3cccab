package ogireports.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.crawl.ContentFingerprint;
import ogireports.crawl.CrawlItem;
import ogireports.crawl.CrawlReader;
import ogireports.crawl.Limits;
import ogireports.document.Decoder;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: generated reports packed into each crawl format read back as the same reports. */
class CrawlFixturesTest {

  private static List<CrawlItem> read(Path file) throws IOException {
    List<CrawlItem> items = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        CrawlReader reader = CrawlReader.open(file.toString(), in, null, Limits.DEFAULTS)) {
      reader.forEachRemaining(items::add);
    }
    return items;
  }

  @Test
  void jsonlWarcAndTextGzReadBackAsTheGeneratedReports(@TempDir Path dir) throws IOException {
    List<GeneratedReport> reports = new CorpusGenerator(99).generate(0, 30);
    CrawlFixtures.writeJsonl(dir.resolve("dump.jsonl.gz"), reports);
    CrawlFixtures.writeWarc(dir.resolve("crawl.warc.gz"), reports);
    CrawlFixtures.writeTextGz(dir.resolve("one.txt.gz"), reports.get(0));
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath());

    for (String name : List.of("dump.jsonl.gz", "crawl.warc.gz")) {
      List<CrawlItem> items = read(dir.resolve(name));
      assertThat(items).as(name).hasSize(reports.size());
      for (int i = 0; i < reports.size(); i++) {
        GeneratedReport g = reports.get(i);
        CrawlItem.Readable doc = (CrawlItem.Readable) items.get(i);
        assertThat(doc.document().sourceUrl()).isEqualTo(g.url());
        assertThat(doc.document().fetchedAt()).isEqualTo(g.fetchedAt());
        // whatever the packing (JSONL re-encodes GB18030 reports as UTF-8), the text is the same
        assertThat(ContentFingerprint.of(Decoder.decode(doc.document().bytes()).text().lines()))
            .isEqualTo(ContentFingerprint.of(Decoder.decode(g.bytes()).text().lines()));
        ReadOutcome outcome = reader.read(doc.document());
        assertThat(outcome).as(doc.sourceUri()).isInstanceOf(ReadOutcome.Accepted.class);
        assertThat(((ReadOutcome.Accepted) outcome).report().metadata().agency())
            .isEqualTo(g.agency());
      }
      if (name.startsWith("crawl")) {
        assertThat(items.get(3).sourceUri())
            .isEqualTo(
                dir.resolve(name) + "#" + CrawlFixtures.recordId(reports.get(3), "response"));
      } else {
        assertThat(items.get(3).sourceUri()).isEqualTo(dir.resolve(name) + "#L4");
      }
    }
    List<CrawlItem> one = read(dir.resolve("one.txt.gz"));
    assertThat(((CrawlItem.Readable) one.get(0)).document().bytes())
        .isEqualTo(reports.get(0).bytes());
  }

  @Test
  void readRates(@TempDir Path dir) throws IOException {
    List<GeneratedReport> reports = new CorpusGenerator(1).generate(0, 3000);
    Path warc = dir.resolve("bench.warc.gz");
    Path jsonl = dir.resolve("bench.jsonl.gz");
    CrawlFixtures.writeWarc(warc, reports);
    CrawlFixtures.writeJsonl(jsonl, reports);
    for (Path p : List.of(warc, jsonl, warc, jsonl)) {
      long start = System.nanoTime();
      List<CrawlItem> items = read(p);
      double s = (System.nanoTime() - start) / 1e9;
      long bytes =
          items.stream().mapToLong(i -> ((CrawlItem.Readable) i).document().bytes().length).sum();
      System.out.printf(
          "CrawlReader %s: %d documents (%.1f MB, file %.1f MB) in %.2f s: %.0f docs/s%n",
          p.getFileName(), items.size(), bytes / 1e6, Files.size(p) / 1e6, s, items.size() / s);
      assertThat(items).hasSize(reports.size());
    }
  }
}
