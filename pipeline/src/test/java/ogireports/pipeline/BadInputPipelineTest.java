package ogireports.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of broken and hostile inputs through the whole pipeline: the run succeeds, every input
 * is accounted for with the right reason, and no folder outside the datasets and partitions
 * appears, whatever the file names.
 */
class BadInputPipelineTest {

  @TempDir Path tmp;

  @Test
  void hostileInputsAreAccountedForAndNothingEscapesTheOutput() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    byte[] seed = Files.readAllBytes(TestCorpus.SAMPLES.resolve(TestCorpus.SEED_003));
    Files.write(in.resolve("..%2F..%2Fescape.txt"), seed);                      // report
    Files.write(in.resolve("empty.txt"), new byte[0]);                          // EMPTY
    Files.write(in.resolve("nul-only.txt"), new byte[4096]);                    // BINARY
    byte[] random = new byte[65536];
    new Random(3).nextBytes(random);
    Files.write(in.resolve("random.bin"), random);                             // BINARY
    byte[] cut = Arrays.copyOf(seed, 3000);
    Files.write(in.resolve("cut-mid-report.txt"), cut);                         // report, PARTIAL
    byte[] line = new byte[10 * 1024 * 1024];
    Arrays.fill(line, (byte) '7');
    Files.write(in.resolve("one-10mb-line.txt"), line);                         // NOT_A_REPORT
    StringBuilder nested = new StringBuilder("<html><body>");
    nested.append("<table><tr><td>".repeat(1000)).append("政府信息公开").append("</td></tr></table>".repeat(1000));
    Files.writeString(in.resolve("nested.html"), nested.append("</body></html>"));  // NOT_A_REPORT
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.txt.gz")))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        gz.write(zeros);
      }
    }                                                                            // DECOMPRESSION_LIMIT
    byte[] big = new byte[17 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    Files.write(in.resolve("too-large.txt"), big);                              // TOO_LARGE

    Path out = tmp.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            new String[] {"--input=" + in, "--output=" + out, "--maxDocumentBytes=16000000"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();

    JsonNode s = new ObjectMapper().readTree(out.resolve("run_summary.json").toFile());
    assertThat(s.get("inputs").asLong()).isEqualTo(9);
    assertThat(s.get("reports").asLong()).as(s.toString()).isEqualTo(2);
    JsonNode reasons = s.get("rejects_by_reason");
    assertThat(reasons.get("EMPTY").asLong()).isEqualTo(1);
    assertThat(reasons.get("BINARY").asLong()).isEqualTo(2);
    assertThat(reasons.get("NOT_A_REPORT").asLong()).isEqualTo(2);
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
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in", "out");
    }
  }
}
