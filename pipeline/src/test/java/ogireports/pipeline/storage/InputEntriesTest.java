package ogireports.pipeline.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OgiReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every entry under the input is accounted for: links followed (a folder once, loops detected),
 * what is not a regular file a NOT_A_FILE reject naming its kind (never opened: a FIFO would hang a
 * reader), a name that is not valid UTF-8 read like any other; the output inside the input left
 * out, the input inside the output refused; a glob matches the top folder's files too.
 */
class InputEntriesTest {

  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String sample(int i) throws Exception {
    try (var files = Files.list(TestCorpus.SAMPLES)) {
      return Files.readString(
          files
              .filter(f -> f.toString().endsWith(".txt"))
              .sorted()
              .skip(i)
              .findFirst()
              .orElseThrow());
    }
  }

  /** reason → details of the rejects, and the reports' source URIs. */
  static Map<String, List<String>> rejects(Path out) throws Exception {
    Map<String, List<String>> byReason = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT reason, source_uri || ' :: ' || coalesce(detail, '') FROM read_parquet('"
                    + out.resolve(Dataset.REJECTS.glob())
                    + "') ORDER BY 2")) {
      while (rs.next()) {
        byReason.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return byReason;
  }

  static List<String> reportSources(Path out) throws Exception {
    List<String> sources = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT source_uri FROM read_parquet('"
                    + out.resolve(Dataset.REPORTS.glob())
                    + "', hive_partitioning = true) ORDER BY 1")) {
      while (rs.next()) {
        sources.add(rs.getString(1));
      }
    }
    return sources;
  }

  static JsonNode summary(Path out) throws Exception {
    return new ObjectMapper().readTree(out.resolve("run_summary.json").toFile());
  }

  @Test
  void everyEntryIsAccountedForAndNoneHangsTheRun() throws Exception {
    Path in = tmp.resolve("in");
    Path sub = Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("a.txt"), sample(0));
    Files.writeString(sub.resolve("b.txt"), sample(1));
    // a name that is not valid UTF-8 (bytes FF FE), made from its URI
    Path badName = Path.of(URI.create(in.toUri() + "bad%FF%FEname.txt"));
    Files.writeString(badName, sample(2));
    Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    socket.bind(UnixDomainSocketAddress.of(in.resolve("sock")));
    Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("no-such-file"));
    Files.createSymbolicLink(in.resolve("loop1"), in.resolve("loop2"));
    Files.createSymbolicLink(in.resolve("loop2"), in.resolve("loop1"));
    Files.createSymbolicLink(sub.resolve("up"), in); // a folder loop
    Files.createSymbolicLink(in.resolve("sub-again"), sub); // the same folder twice
    Files.createSymbolicLink(in.resolve("chain1.txt"), in.resolve("chain2.txt"));
    Files.createSymbolicLink(in.resolve("chain2.txt"), sub.resolve("b.txt")); // a chain to a file
    Files.createSymbolicLink(in.resolve("null-device"), Path.of("/dev/null"));
    Path out = tmp.resolve("out");
    try {
      Result r = run("--input=" + in, "--output=" + out, "--runId=entries");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("reading 5 files").contains("8 other entries");
    } finally {
      socket.close();
    }
    Map<String, List<String>> rejects = rejects(out);
    List<String> notAFile = rejects.get("NOT_A_FILE");
    assertThat(notAFile).hasSize(8);
    String all = String.join("\n", notAFile);
    assertThat(all)
        .contains(
            "pipe :: a FIFO",
            "sock :: a socket",
            "null-device :: a character device",
            "dangling.txt :: a dangling link",
            "loop1 :: a link that cannot be followed",
            "loop2 :: a link that cannot be followed",
            "up :: a link loop",
            "sub-again :: a link to the folder");
    // the chain to b.txt is a copy of b.txt: a DUPLICATE, read like any file
    assertThat(rejects.get("DUPLICATE")).hasSize(2); // chain1 and chain2 lead to b.txt: copies
    assertThat(reportSources(out))
        .hasSize(3)
        .anyMatch(s -> s.startsWith("file:") && s.contains("bad%FF%FEname.txt"));
    JsonNode s = summary(out);
    assertThat(s.path("inputs").asLong()).isEqualTo(5 + 8);
    assertThat(s.path("inputs").asLong())
        .isEqualTo(s.path("reports").asLong() + s.path("rejects").asLong());
  }

  @Test
  void theOutputInsideTheInputIsLeftOutAndTheInputInsideTheOutputRefused() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), sample(0));
    Files.writeString(in.resolve("b.txt"), sample(1));
    Path out = in.resolve("out");
    for (int i = 0; i < 2; i++) {
      Result r = run("--input=" + in, "--output=" + out, "--runId=run" + i);
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(summary(out).path("inputs").asLong())
          .as("run %d reads only the two reports", i)
          .isEqualTo(2);
      assertThat(summary(out).path("rejects").asLong()).isZero();
    }
    assertThat(run("--input=" + in, "--output=" + out, "--runId=run2").out())
        .contains("left out of the input: --output=" + out);

    Result refused = run("--input=" + out.resolve("reports"), "--output=" + out, "--runId=x");
    assertThat(refused.code()).isEqualTo(OgiReports.USAGE);
    assertThat(refused.err()).contains("is inside --output=").contains("Move the input out");
    assertThat(run("--input=" + in, "--output=" + in, "--runId=y").code())
        .isEqualTo(OgiReports.USAGE);
  }

  @Test
  void aGlobWithDoubleStarMatchesTheTopFolderTooAndSaysWhatItMatched() throws Exception {
    Path crawl = tmp.resolve("crawl");
    Files.createDirectories(crawl.resolve("2021/a"));
    Files.writeString(crawl.resolve("top.txt"), sample(0));
    Files.writeString(crawl.resolve("2021/mid.txt"), sample(1));
    Files.writeString(crawl.resolve("2021/a/deep.txt"), sample(2));
    Files.writeString(crawl.resolve("2021/a/skip.html"), "<p>not matched</p>");
    Path out = tmp.resolve("out");
    Result r = run("--input=" + crawl + "/**/*.txt", "--output=" + out, "--runId=glob");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("matched 3 files under " + crawl);
    assertThat(reportSources(out))
        .extracting(p -> Path.of(p).getFileName().toString())
        .containsExactlyInAnyOrder("top.txt", "mid.txt", "deep.txt");
    assertThat(InputFiles.globMatcher("*.txt").matches(Path.of("a/b.txt"))).isFalse();
    assertThat(InputFiles.globMatcher("**/a/**/*.txt").matches(Path.of("a/b.txt"))).isTrue();
    assertThat(InputFiles.globMatcher("2021/*.txt").matches(Path.of("2021/mid.txt"))).isTrue();
  }

  @Test
  void aTruncatedGzipReportIsAReportNotAReject() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    byte[] text = sample(0).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
      z.write(text);
    }
    byte[] whole = gz.toByteArray();
    Files.write(in.resolve("cut.txt.gz"), java.util.Arrays.copyOf(whole, whole.length * 3 / 4));
    Path out = tmp.resolve("out");
    Result r = run("--input=" + in, "--output=" + out, "--runId=cut");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(rejects(out)).isEmpty();
    assertThat(reportSources(out)).hasSize(1);
  }
}
