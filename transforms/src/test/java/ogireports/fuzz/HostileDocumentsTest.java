package ogireports.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * Adversarial documents of about 5 MB: each must be read within 10 s (a hang guard, generous on
 * purpose: the parse times printed here go into the benchmark notes) and never become an
 * INTERNAL_ERROR. A report title is put in front where it helps, so that the whole parser (tables,
 * metadata, places, rules) runs over the payload instead of stopping at NOT_A_REPORT.
 */
class HostileDocumentsTest {

  static final int SIZE = 5 << 20;
  static final Duration LIMIT = Duration.ofSeconds(10);
  static final String TITLE = "某市人民政府2021年政府信息公开工作年度报告\n";

  private static ReportReader reader;

  @BeforeAll
  static void setUp() {
    reader = new ReportReader(PlaceResolver.fromClasspath());
    // warm up the reader so the first measured document does not pay for class loading
    reader.read("warm-up", sample(0));
  }

  static String sample(int i) {
    try (var files = Files.list(Path.of("..", "samples"))) {
      Path p = files.filter(f -> f.toString().endsWith(".txt")).sorted().skip(i).findFirst()
          .orElseThrow();
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code unit} repeated up to about {@link #SIZE} UTF-8 bytes, after {@code prefix}. */
  static String repeat(String prefix, Supplier<String> unit) {
    StringBuilder sb = new StringBuilder(SIZE);
    sb.append(prefix);
    int bytes = prefix.getBytes(StandardCharsets.UTF_8).length;
    while (bytes < SIZE) {
      String u = unit.get();
      sb.append(u);
      bytes += u.getBytes(StandardCharsets.UTF_8).length;
    }
    return sb.toString();
  }

  static ReadOutcome timed(String name, byte[] bytes) {
    long start = System.nanoTime();
    ReadOutcome outcome = assertTimeoutPreemptively(LIMIT,
        () -> reader.read(new Document("hostile:" + name, bytes)), name);
    long ms = (System.nanoTime() - start) / 1_000_000;
    String what = outcome instanceof ReadOutcome.Rejected r
        ? "Rejected " + r.reason()
        : "Accepted " + ((ReadOutcome.Accepted) outcome).report().tables().template();
    System.out.printf("HOSTILE %-28s %9d bytes %6d ms  %s%n", name, bytes.length, ms, what);
    ReportReaderFuzzTest.check(outcome);
    if (outcome instanceof ReadOutcome.Rejected r) {
      assertThat(r.reason()).as(r.detail()).isNotEqualTo(RejectReason.INTERNAL_ERROR);
    }
    return outcome;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void oneLineOfDigits() {
    timed("digits-one-line", utf8(repeat(TITLE, () -> "1234567890")));
  }

  @Test
  void oneLineOfDigitsNoTitle() {
    timed("digits-one-line-no-title", utf8(repeat("", () -> "1234567890")));
  }

  @Test
  void repeatedItemMarkers() {
    timed("yi-markers-one-line", utf8(repeat(TITLE, () -> "（一）")));
  }

  @Test
  void repeatedItemMarkersOnLines() {
    timed("yi-markers-lines", utf8(repeat(TITLE, () -> "（一）\n")));
  }

  @Test
  void tabSeparatedNumbers() {
    int[] n = {0};
    timed("tab-separated-numbers", utf8(repeat(TITLE, () -> {
      StringBuilder row = new StringBuilder();
      for (int j = 0; j < 8; j++) {
        row.append(n[0]++ % 1000).append('\t');
      }
      return row.append(n[0] % 97).append('\n').toString();
    })));
  }

  @Test
  void applicationsWithNumbers() {
    int[] n = {0};
    timed("shenqing-numbers-one-line", utf8(repeat(TITLE, () -> "申请" + (n[0]++ % 10000))));
  }

  @Test
  void applicationsWithNumbersInSentences() {
    int[] n = {0};
    timed("shenqing-numbers-sentences", utf8(repeat(TITLE,
        () -> "收到政府信息公开申请" + (n[0]++ % 10000) + "件，")));
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
    timed("nested-tables-1000", utf8(html));
    HtmlPage.Rendered rendered = assertTimeoutPreemptively(LIMIT, () -> HtmlPage.render(html));
    assertThat(rendered.sourceLine()).hasSize(rendered.lines().size());
    String big = repeat("", () -> html);
    timed("nested-tables-1000-x5MB", utf8(big));
  }

  @Test
  void nestedHtmlTablesRendered() {
    StringBuilder sb = new StringBuilder("<html><body>");
    for (int i = 0; i < 1000; i++) {
      sb.append("<table><tr><td>").append(i).append("</td><td>");
    }
    String html = sb.toString();
    long start = System.nanoTime();
    HtmlPage.Rendered rendered = assertTimeoutPreemptively(LIMIT, () -> HtmlPage.render(html));
    System.out.printf("HOSTILE %-28s %9d chars %6d ms  %d lines%n", "render-nested-tables-1000",
        html.length(), (System.nanoTime() - start) / 1_000_000, rendered.lines().size());
    assertThat(rendered.sourceLine()).hasSize(rendered.lines().size());
  }

  @Test
  void nulLadenText() {
    byte[] text = utf8(repeat(TITLE, () -> "一、总体情况\u0000申请\u00001\u0000"));
    ReadOutcome outcome = timed("nul-laden", text);
    assertThat(((ReadOutcome.Rejected) outcome).reason()).isEqualTo(RejectReason.BINARY);
    // UTF-16 with a BOM: NUL bytes are legitimate there, decoded NUL characters are not
    ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
    utf16.write(0xFF);
    utf16.write(0xFE);
    utf16.writeBytes(repeat(TITLE, () -> "申请\u00001\u0000").getBytes(StandardCharsets.UTF_16LE));
    timed("nul-laden-utf16le", utf16.toByteArray());
  }

  @Test
  void truncatedUtf8MidCharacter() {
    String text = repeat("", () -> sample(0));
    byte[] bytes = utf8(text);
    int cut = bytes.length - 1;
    while ((bytes[cut] & 0xC0) == 0x80 || (bytes[cut] & 0x80) == 0) {
      cut--; // back to the lead byte of a multi-byte character
    }
    byte[] truncated = java.util.Arrays.copyOf(bytes, cut + 1);
    ReadOutcome outcome = timed("truncated-utf8", truncated);
    assertThat(outcome)
        .as("a report cut inside its last character loses that character, not the report")
        .isInstanceOf(ReadOutcome.Accepted.class);
  }

  @Test
  void truncatedGbkMidCharacter() {
    Charset gbk = Charset.forName("GBK");
    byte[] unit = sample(1).getBytes(gbk);
    ByteArrayOutputStream out = new ByteArrayOutputStream(SIZE + unit.length);
    while (out.size() < SIZE) {
      out.writeBytes(unit);
    }
    byte[] bytes = out.toByteArray();
    int cut = bytes.length - 1;
    while ((bytes[cut] & 0x80) == 0) {
      cut--;
    }
    // cut after the first byte of the last two-byte character
    byte[] truncated = java.util.Arrays.copyOf(bytes, cut);
    timed("truncated-gbk", truncated);
  }
}
