package ogireports.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.RejectReason;
import ogireports.document.ReportReader;
import ogireports.html.HtmlPage;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Adversarial documents of about 5 MB: each must be read in work linear in its size and never
 * become an INTERNAL_ERROR. The work is counted, not timed (a test that depends on the machine's
 * speed fails on a loaded machine): each document is read with a counting parse budget at a
 * sixteenth of its size and at full size in the same test, and the full one may use at most 64
 * times the steps, against 16 for linear work and 256 for a quadratic step; and every document
 * stays under a tenth of the default parse budget. Timings live in {@code bench/hostile.sh}. A
 * report title is put in front where it helps, so that the whole parser (tables, metadata, places,
 * rules) runs over the payload instead of stopping at NOT_A_REPORT.
 */
class HostileDocumentsTest {

  static final int SIZE = 5 << 20;

  /** The documents are also read at SIZE / SMALLER, to check the work grows linearly. */
  static final int SMALLER = 16;

  static final String TITLE = "某市人民政府2021年政府信息公开工作年度报告\n";

  static ReportReader reader;

  @BeforeAll
  static void setUp() {
    // The default parse budget, which counts steps: the same outcome on any machine. No
    // wall-clock watchdog (a loaded machine must not change the outcome). Each document must
    // stay under a tenth of the budget; the work bound is also the linearity check.
    reader =
        new ReportReader(PlaceResolver.fromClasspath(), ReportReader.DEFAULT_PARSE_STEPS, null);
    // warm up the reader so the first measured document does not pay for class loading
    reader.read("warm-up", sample(0));
  }

  static String sample(int i) {
    try (var files = Files.list(Path.of("..", "samples"))) {
      Path p =
          files
              .filter(f -> f.toString().endsWith(".txt"))
              .sorted()
              .skip(i)
              .findFirst()
              .orElseThrow();
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code unit} repeated up to about {@link #SIZE} UTF-8 bytes, after {@code prefix}. */
  static String repeat(String prefix, Supplier<String> unit) {
    return repeat(prefix, unit, SIZE);
  }

  /** {@code unit} repeated up to about {@code size} UTF-8 bytes, after {@code prefix}. */
  static String repeat(String prefix, Supplier<String> unit, int size) {
    StringBuilder sb = new StringBuilder(size);
    sb.append(prefix);
    int bytes = prefix.getBytes(StandardCharsets.UTF_8).length;
    while (bytes < size) {
      String u = unit.get();
      sb.append(u);
      bytes += u.getBytes(StandardCharsets.UTF_8).length;
    }
    return sb.toString();
  }

  /**
   * Reads the document {@code make} builds at about {@code size} bytes, at SIZE / SMALLER and at
   * SIZE, and checks the work is linear by counting it: the parse steps of the full document are at
   * most {@code 4 × SMALLER} times those of the small one (linear work is {@code SMALLER} times, a
   * quadratic step {@code SMALLER²}). Steps are counted, so the outcome does not depend on the
   * machine's speed or load; timings live in {@code bench/hostile.sh}. Returns the outcome of the
   * full-size document.
   */
  static ReadOutcome read(String name, IntFunction<byte[]> make) {
    long small = steps(name, make.apply(SIZE / SMALLER)).used;
    Counted full = steps(name, make.apply(SIZE));
    ReadOutcome outcome = full.outcome;
    String what =
        outcome instanceof ReadOutcome.Rejected r
            ? "Rejected " + r.reason()
            : "Accepted " + ((ReadOutcome.Accepted) outcome).report().tables().template();
    System.out.printf(
        "HOSTILE %-28s %9d bytes %,12d steps (%,d at 1/%d)  %s%n",
        name, full.bytes, full.used, small, SMALLER, what);
    assertThat(full.used)
        .as("steps of %s at full size against %d × those at 1/%d", name, 4 * SMALLER, SMALLER)
        .isLessThanOrEqualTo(4L * SMALLER * Math.max(small, 1));
    assertThat(full.used)
        .as("steps used by %s, against a tenth of the default parse budget", name)
        .isLessThan(ReportReader.DEFAULT_PARSE_STEPS / 10);
    ReportReaderFuzzTest.check(outcome);
    if (outcome instanceof ReadOutcome.Rejected r) {
      assertThat(r.reason()).as(r.detail()).isNotEqualTo(RejectReason.INTERNAL_ERROR);
    }
    return outcome;
  }

  /** A document read with a counting budget: its outcome, size and the steps it used. */
  private record Counted(ReadOutcome outcome, long bytes, long used) {}

  private static Counted steps(String name, byte[] b) {
    ogireports.text.ParseBudget budget = reader.newBudget();
    ReadOutcome read = reader.read(new Document("hostile:" + name, b), budget);
    return new Counted(read, b.length, budget.used());
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void oneLineOfDigits() {
    read("digits-one-line", size -> utf8(repeat(TITLE, () -> "1234567890", size)));
  }

  @Test
  void oneLineOfDigitsNoTitle() {
    read("digits-one-line-no-title", size -> utf8(repeat("", () -> "1234567890", size)));
  }

  @Test
  void repeatedItemMarkers() {
    read("yi-markers-one-line", size -> utf8(repeat(TITLE, () -> "（一）", size)));
  }

  @Test
  void repeatedItemMarkersOnLines() {
    read("yi-markers-lines", size -> utf8(repeat(TITLE, () -> "（一）\n", size)));
  }

  @Test
  void tabSeparatedNumbers() {
    int[] n = {0};
    read(
        "tab-separated-numbers",
        size ->
            utf8(
                repeat(
                    TITLE,
                    () -> {
                      StringBuilder row = new StringBuilder();
                      for (int j = 0; j < 8; j++) {
                        row.append(n[0]++ % 1000).append('\t');
                      }
                      return row.append(n[0] % 97).append('\n').toString();
                    },
                    size)));
  }

  @Test
  void applicationsWithNumbers() {
    int[] n = {0};
    read(
        "shenqing-numbers-one-line",
        size -> utf8(repeat(TITLE, () -> "申请" + (n[0]++ % 10000), size)));
  }

  @Test
  void applicationsWithNumbersInSentences() {
    int[] n = {0};
    read(
        "shenqing-numbers-sentences",
        size -> utf8(repeat(TITLE, () -> "收到政府信息公开申请" + (n[0]++ % 10000) + "件，", size)));
  }

  @Test
  void nestedHtmlTables() {
    StringBuilder sb = new StringBuilder("<html><body><p>" + TITLE + "</p>");
    for (int i = 0; i < 1000; i++) {
      sb.append("<table><tr><td>申请").append(i).append("</td><td>");
    }
    sb.append("一、总体情况");
    for (int i = 0; i < 1000; i++) {
      sb.append("</td></tr></table>");
    }
    String html = sb.append("</body></html>").toString();
    ReadOutcome one = reader.read(new Document("hostile:nested-tables-1000", utf8(html)));
    ReportReaderFuzzTest.check(one);
    HtmlPage.Rendered rendered = HtmlPage.render(html);
    assertThat(rendered.sourceLine()).hasSize(rendered.lines().size());
    read("nested-tables-1000-x5MB", size -> utf8(repeat("", () -> html, size)));
  }

  @Test
  void nestedHtmlTablesRendered() {
    // Unclosed nesting 500 then 8,000 deep, read end to end with counted steps: the work grows
    // linearly (rendering included: its lines are what the later phases count).
    read(
        "render-nested-tables",
        size -> {
          int depth = Math.max(1, size / 655); // 500 at 1/16, 8,000 at full size
          StringBuilder sb = new StringBuilder("<html><body>");
          for (int i = 0; i < depth; i++) {
            sb.append("<table><tr><td>").append(i).append("</td><td>");
          }
          return utf8(sb.toString());
        });
    StringBuilder deep = new StringBuilder("<html><body>");
    for (int i = 0; i < 8_000; i++) {
      deep.append("<table><tr><td>").append(i).append("</td><td>");
    }
    HtmlPage.Rendered rendered = HtmlPage.render(deep.toString());
    assertThat(rendered.sourceLine()).hasSize(rendered.lines().size());
  }

  @Test
  void nulLadenText() {
    ReadOutcome outcome =
        read("nul-laden", size -> utf8(repeat(TITLE, () -> "一、总体情况\u0000申请\u00001\u0000", size)));
    assertThat(((ReadOutcome.Rejected) outcome).reason()).isEqualTo(RejectReason.BINARY);
    // UTF-16 with a BOM: NUL bytes are legitimate there, decoded NUL characters are not
    read(
        "nul-laden-utf16le",
        size -> {
          ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
          utf16.write(0xFF);
          utf16.write(0xFE);
          utf16.writeBytes(
              repeat(TITLE, () -> "申请\u00001\u0000", size).getBytes(StandardCharsets.UTF_16LE));
          return utf16.toByteArray();
        });
  }

  @Test
  void truncatedUtf8MidCharacter() {
    String unit = sample(0);
    ReadOutcome outcome =
        read(
            "truncated-utf8",
            size -> {
              byte[] bytes = utf8(repeat("", () -> unit, size));
              int cut = bytes.length - 1;
              while ((bytes[cut] & 0xC0) == 0x80 || (bytes[cut] & 0x80) == 0) {
                cut--; // back to the lead byte of a multi-byte character
              }
              return java.util.Arrays.copyOf(bytes, cut + 1);
            });
    assertThat(outcome)
        .as("a report cut inside its last character loses that character, not the report")
        .isInstanceOf(ReadOutcome.Accepted.class);
  }

  @Test
  void truncatedGbkMidCharacter() {
    Charset gbk = Charset.forName("GBK");
    byte[] unit = sample(1).getBytes(gbk);
    read(
        "truncated-gbk",
        size -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream(size + unit.length);
          while (out.size() < size) {
            out.writeBytes(unit);
          }
          byte[] bytes = out.toByteArray();
          int cut = bytes.length - 1;
          while ((bytes[cut] & 0x80) == 0) {
            cut--;
          }
          // cut after the first byte of the last two-byte character
          return java.util.Arrays.copyOf(bytes, cut);
        });
  }
}
