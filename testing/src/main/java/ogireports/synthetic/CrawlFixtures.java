package ogireports.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Packs generated reports into the crawl formats, for end-to-end tests: a JSONL dump, a WARC.gz
 * archive (a request and a response record per report) and a gzip-compressed text file.
 *
 * <p>Record ids and dates derive from the report, so the same reports give the same archive.
 */
public final class CrawlFixtures {

  private CrawlFixtures() {}

  /**
   * Writes one JSON object per report: {@code url}, {@code fetched_at}, {@code content} (the
   * report's text; GB18030 reports become text too, JSON being Unicode) and {@code file}.
   */
  public static void writeJsonl(Path file, List<GeneratedReport> reports) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (OutputStream out = open(file)) {
      for (GeneratedReport r : reports) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", r.url());
        m.put("fetched_at", r.fetchedAt());
        m.put("file", r.fileName());
        m.put("content", r.text());
        out.write(json.writeValueAsBytes(m));
        out.write('\n');
      }
    }
  }

  /**
   * Writes a WARC (gzip-compressed per record when the name ends in .gz): per report a {@code
   * request} record and a {@code response} record whose HTTP body is the report's bytes, served as
   * {@code text/plain} with the report's charset ({@code GBK} for GB18030 reports).
   */
  public static void writeWarc(Path file, List<GeneratedReport> reports) throws IOException {
    boolean gz = file.getFileName().toString().endsWith(".gz");
    try (WarcWriter writer =
        new WarcWriter(
            java.nio.channels.FileChannel.open(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
            gz ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (GeneratedReport r : reports) {
        URI uri = URI.create(r.url());
        Instant date = Instant.parse(r.fetchedAt());
        WarcRequest request =
            new WarcRequest.Builder(uri)
                .recordId(recordId(r, "request"))
                .date(date)
                .body(
                    new HttpRequest.Builder("GET", uri.getRawPath())
                        .addHeader("Host", uri.getHost())
                        .build())
                .build();
        writer.write(request);
        String charset = r.encoding().equals("GB18030") ? "GBK" : "utf-8";
        WarcResponse response =
            new WarcResponse.Builder(uri)
                .recordId(recordId(r, "response"))
                .date(date)
                .body(
                    new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/plain; charset=" + charset), r.bytes())
                        .build())
                .build();
        writer.write(response);
      }
    }
  }

  /** Writes one report's bytes gzip-compressed (a compressed TEXT input). */
  public static void writeTextGz(Path file, GeneratedReport report) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(report.bytes());
    }
  }

  /** The WARC-Record-ID the packer gives a report's record ({@code urn:uuid:…}). */
  public static URI recordId(GeneratedReport r, String kind) {
    return URI.create(
        "urn:uuid:"
            + UUID.nameUUIDFromBytes((r.fileName() + "#" + kind).getBytes(StandardCharsets.UTF_8)));
  }

  private static OutputStream open(Path file) throws IOException {
    OutputStream out = Files.newOutputStream(file);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(out) : out;
  }
}
