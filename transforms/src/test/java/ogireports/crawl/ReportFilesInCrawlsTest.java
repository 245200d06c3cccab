package ogireports.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.output.OutputRows;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A real PDF report inside a WARC ({@code application/pdf}, and {@code application/octet-stream}
 * told by its magic bytes) and as a base64 body in JSON Lines gives the same rows as the file.
 */
class ReportFilesInCrawlsTest {

  static final Path PDF = Path.of("..", "fixtures", "real-reports", "pdf", "hongze-2023.pdf");

  @Test
  void aPdfInAWarcOrAJsonlRecordReadsLikeTheFile() throws Exception {
    byte[] pdf = Files.readAllBytes(PDF);
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    try (WarcWriter w =
        new WarcWriter(java.nio.channels.Channels.newChannel(warc), WarcCompression.GZIP)) {
      for (String type : List.of("application/pdf", "application/octet-stream")) {
        w.write(
            new WarcResponse.Builder(URI.create("http://www.hongze.gov.cn/r.pdf"))
                .date(Instant.parse("2024-05-01T08:00:00Z"))
                .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), pdf).build())
                .build());
      }
      // unknown bytes labelled as a download: skipped, as before
      w.write(
          new WarcResponse.Builder(URI.create("http://www.hongze.gov.cn/x.bin"))
              .date(Instant.parse("2024-05-01T08:00:00Z"))
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("application/octet-stream"), new byte[] {1, 2, 3})
                      .build())
              .build());
    }
    List<CrawlItem> fromWarc;
    try (CrawlReader r =
        CrawlReader.open(
            "crawl.warc.gz",
            new java.io.ByteArrayInputStream(warc.toByteArray()),
            null,
            Limits.DEFAULTS)) {
      fromWarc = new java.util.ArrayList<>();
      r.forEachRemaining(fromWarc::add);
      assertThat(r.stats().skipped()).containsEntry("payload:application/octet-stream", 1L);
    }
    assertThat(fromWarc).hasSize(2);

    String jsonl =
        "{\"url\":\"http://www.hongze.gov.cn/r.pdf\",\"body_b64\":\""
            + Base64.getEncoder().encodeToString(pdf)
            + "\"}\n";
    List<CrawlItem> fromJsonl;
    try (CrawlReader r =
        CrawlReader.open(
            "dump.jsonl",
            new java.io.ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
            null,
            Limits.DEFAULTS,
            JsonlFields.parse("content_base64=body_b64"))) {
      fromJsonl = new java.util.ArrayList<>();
      r.forEachRemaining(fromJsonl::add);
    }
    assertThat(fromJsonl).hasSize(1);

    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath(), null);
    String expected = rows(reader.read(new Document(PDF.toString(), pdf)));
    for (CrawlItem item : List.of(fromWarc.get(0), fromWarc.get(1), fromJsonl.get(0))) {
      Document d = Items.doc(item).document();
      assertThat(d.bytes()).isEqualTo(pdf);
      assertThat(d.sourceUrl()).isEqualTo("http://www.hongze.gov.cn/r.pdf");
      assertThat(rows(reader.read(d))).isEqualTo(expected);
    }
  }

  /** The table rows of a report, without its source. */
  private static String rows(ReadOutcome outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
    OutputRows.ReportRows rows = OutputRows.of((ReadOutcome.Accepted) outcome, "test");
    assertThat(rows.applications()).isNotEmpty();
    return rows.applications().toString() + rows.reviewLitigation() + rows.activeDisclosure();
  }
}
