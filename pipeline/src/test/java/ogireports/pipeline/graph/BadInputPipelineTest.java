package ogireports.pipeline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OgiReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of broken and hostile inputs through the whole pipeline, with the default limits, in a
 * child JVM whose heap is capped at {@value #HEAP}: the run succeeds (an out-of-memory error
 * anywhere ends the child with a failure), every input is accounted for with the right reason, and
 * no folder outside the datasets and partitions appears, whatever the file names. The two large
 * files (50 MB of text lines, just under the default 50 MiB document limit, and one byte over it)
 * are written at test time, never committed.
 */
class BadInputPipelineTest {

  /** The child's heap: a few times the largest document, far below what the tests' JVM has. */
  static final String HEAP = "512m";

  /** The default --maxDocumentBytes (50 MiB). */
  static final int DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

  @TempDir Path tmp;

  @Test
  void hostileInputsAreAccountedForAndNothingEscapesTheOutput() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    byte[] seed = Files.readAllBytes(TestCorpus.SAMPLES.resolve(TestCorpus.SEED_003));
    Files.write(in.resolve("..%2F..%2Fescape.txt"), seed); // report
    Files.write(in.resolve("empty.txt"), new byte[0]); // EMPTY
    Files.write(in.resolve("nul-only.txt"), new byte[4096]); // BINARY
    byte[] random = new byte[65536];
    new Random(3).nextBytes(random);
    Files.write(in.resolve("random.bin"), random); // BINARY
    byte[] cut = Arrays.copyOf(seed, 3000);
    Files.write(in.resolve("cut-mid-report.txt"), cut); // report, PARTIAL
    byte[] line = new byte[10 * 1024 * 1024];
    Arrays.fill(line, (byte) '7');
    Files.write(in.resolve("one-10mb-line.txt"), line); // NOT_A_REPORT
    StringBuilder nested = new StringBuilder("<html><body>");
    nested
        .append("<table><tr><td>".repeat(1000))
        .append("政府信息公开")
        .append("</td></tr></table>".repeat(1000));
    Files.writeString(in.resolve("nested.html"), nested.append("</body></html>")); // NOT_A_REPORT
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.txt.gz")))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        gz.write(zeros);
      }
    } // DECOMPRESSION_LIMIT
    writeLines(in.resolve("fifty-mb.txt"), 50_000_000); // NOT_A_REPORT
    writeFilled(in.resolve("over-limit.txt"), DEFAULT_MAX_DOCUMENT_BYTES + 1); // TOO_LARGE

    Path out = tmp.resolve("out");
    Path log = tmp.resolve("child.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx" + HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                OgiReports.class.getName(),
                "--input=" + in,
                "--output=" + out));
    Process child =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long peakRss = 0;
    // However long the run takes (no wall-clock limit: a busy machine is not a defect).
    while (!child.waitFor(200, TimeUnit.MILLISECONDS)) {
      peakRss = Math.max(peakRss, peakRssBytes(child.pid()));
    }
    String childLog = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as("the run under -Xmx%s:%n%s", HEAP, childLog).isZero();
    System.out.printf("bad-input run under -Xmx%s: peak RSS %d MiB%n", HEAP, peakRss >> 20);

    JsonNode s = new ObjectMapper().readTree(out.resolve("run_summary.json").toFile());
    assertThat(s.get("inputs").asLong()).as(s.toString()).isEqualTo(10);
    assertThat(s.get("reports").asLong()).as(s.toString()).isEqualTo(2);
    assertThat(s.get("rejects").asLong()).as(s.toString()).isEqualTo(8);
    JsonNode reasons = s.get("rejects_by_reason");
    assertThat(reasons.get("EMPTY").asLong()).isEqualTo(1);
    assertThat(reasons.get("BINARY").asLong()).isEqualTo(2);
    assertThat(reasons.get("NOT_A_REPORT").asLong()).isEqualTo(3);
    assertThat(reasons.get("DECOMPRESSION_LIMIT").asLong()).isEqualTo(1);
    assertThat(reasons.get("TOO_LARGE").asLong()).isEqualTo(1);

    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isDirectory).toList()) {
        String rel = out.relativize(p).toString();
        assertThat(rel)
            .as("only dataset and partition folders")
            .matches("|[a-z_]+|[a-z_]+/province=[^/]+|[a-z_]+/province=[^/]+/year=[0-9]{4}");
        assertThat(rel).doesNotContain("..").doesNotContain("%2F");
      }
    }
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("in", "out", "child.log");
    }
  }

  /** {@code size} bytes of UTF-8 text lines that are no report. */
  private static void writeLines(Path file, int size) throws IOException {
    byte[] line = "第 0000 行：这一行不属于任何报告，只有文字和数字 0123456789。\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      int written = 0;
      while (written + line.length <= size) {
        o.write(line);
        written += line.length;
      }
      while (written < size) {
        o.write('.');
        written++;
      }
    }
  }

  /** {@code size} bytes of the letter a. */
  private static void writeFilled(Path file, int size) throws IOException {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) 'a');
    try (OutputStream o = Files.newOutputStream(file)) {
      for (int left = size; left > 0; left -= block.length) {
        o.write(block, 0, Math.min(left, block.length));
      }
    }
  }

  /** The peak resident set size of a running process (Linux), or 0 when it cannot be read. */
  private static long peakRssBytes(long pid) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or the process has just ended
    }
    return 0;
  }
}
