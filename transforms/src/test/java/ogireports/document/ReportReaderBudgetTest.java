package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import ogireports.places.PlaceResolver;
import ogireports.text.ParseBudget;
import org.junit.jupiter.api.Test;

/**
 * The per-document parse budget, counted in steps of work (nothing here depends on how fast the
 * machine is): a document that uses it up is a PARSE_BUDGET reject naming the budget and the phase
 * reached, every phase checks it, the same document always uses the same steps, real reports stay
 * far below the default, and a budget that is not used up changes nothing.
 */
class ReportReaderBudgetTest {

  private static final PlaceResolver PLACES = PlaceResolver.fromClasspath();

  /** The phases of a plain-text report, in the order a parse reaches them. */
  private static final List<String> TEXT_PHASES =
      List.of("decode", "sections", "tables", "metadata", "place", "rules");

  /** A clock that races ahead a minute per reading: the step budget must not care. */
  private static LongSupplier racingClock() {
    AtomicLong reads = new AtomicLong();
    return () -> reads.getAndIncrement() * 60_000_000_000L;
  }

  private static byte[] sample() throws IOException {
    return Files.readAllBytes(Path.of("../samples", "000_0d9ef2ec1467d7f8.txt"));
  }

  /** Outcome of a read whose budget is {@code steps} steps (no watchdog). */
  private static ReadOutcome readWithSteps(byte[] bytes, long steps) {
    ReportReader r = new ReportReader(PLACES, steps, null, racingClock());
    return r.read(new Document("sample.txt", bytes), ParseBudget.of(steps, null, racingClock()));
  }

  /** The steps a whole read of {@code bytes} uses. */
  static long stepsUsed(ReportReader reader, String name, byte[] bytes) {
    ParseBudget counted = ParseBudget.counting();
    reader.read(new Document(name, bytes), counted);
    return counted.used();
  }

  @Test
  void aTinyBudgetRejectsTextAtTheFirstCheck() throws IOException {
    ReadOutcome out = new ReportReader(PLACES, 1, null).read(new Document("a.txt", sample()));
    assertThat(out).isInstanceOf(ReadOutcome.Rejected.class);
    ReadOutcome.Rejected r = (ReadOutcome.Rejected) out;
    assertThat(r.reason()).isEqualTo(RejectReason.PARSE_BUDGET);
    assertThat(r.detail()).isEqualTo("parse budget of 1 steps used up in phase decode");
    assertThat(r.head()).isNotEmpty();
    assertThat(r.reportId()).isEqualTo(ReportReader.sha256(sample()));
    assertThat(r.bytes()).isEqualTo(sample().length);
  }

  @Test
  void documentsRejectedByTheDecoderKeepTheirReason() {
    ReportReader tiny = new ReportReader(PLACES, 1, null);
    assertThat(((ReadOutcome.Rejected) tiny.read(new Document("e", new byte[0]))).reason())
        .isEqualTo(RejectReason.EMPTY);
    assertThat(
            ((ReadOutcome.Rejected) tiny.read(new Document("b", new byte[] {0, 0, 0, 1}))).reason())
        .isEqualTo(RejectReason.BINARY);
  }

  @Test
  void theSameDocumentUsesTheSameStepsEveryTime() throws IOException {
    byte[] bytes = sample();
    ReportReader reader = new ReportReader(PLACES);
    long first = stepsUsed(reader, "s", bytes);
    assertThat(first).as("line loops count steps").isGreaterThan(100);
    for (int i = 0; i < 3; i++) {
      assertThat(stepsUsed(reader, "s", bytes)).isEqualTo(first);
    }
    // a budget one step short stops at the same place every time, whatever the clock does
    ReadOutcome.Rejected a = (ReadOutcome.Rejected) readWithSteps(bytes, first);
    ReadOutcome.Rejected b = (ReadOutcome.Rejected) readWithSteps(bytes, first);
    assertThat(a.detail()).isEqualTo(b.detail()).endsWith("phase rules");
    assertThat(readWithSteps(bytes, first + 1)).isInstanceOf(ReadOutcome.Accepted.class);
  }

  @Test
  void everyPhaseChecksTheBudgetInOrder() throws IOException {
    byte[] bytes = sample();
    long steps = stepsUsed(new ReportReader(PLACES), "s", bytes);
    // running out at step k stops in a phase that never goes backwards as k grows; find where
    // each phase begins (binary search) and check that every phase is reached, in order
    List<String> reached = new ArrayList<>();
    long from = 1;
    for (int p = 0; p < TEXT_PHASES.size(); p++) {
      long lo = from;
      long hi = steps;
      while (lo < hi) {
        long mid = (lo + hi) >>> 1;
        if (phaseIndex(readWithSteps(bytes, mid)) >= p) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      reached.add(phase(readWithSteps(bytes, lo)));
      from = lo;
    }
    assertThat(reached).containsExactlyElementsOf(TEXT_PHASES);
    assertThat(phase(readWithSteps(bytes, steps))).isEqualTo("rules");
    assertThat(readWithSteps(bytes, steps + 1)).isInstanceOf(ReadOutcome.Accepted.class);
  }

  @Test
  void htmlPagesCheckAfterRendering() {
    String page =
        "<html><head><title>2023年政府信息公开工作年度报告</title></head><body>"
            + "<p>一、总体情况</p><p>本机关2023年主动公开信息。</p></body></html>";
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    int n = bytes.length; // decode and html each charge the bytes
    assertThat(phase(readWithSteps(bytes, n))).isEqualTo("decode");
    assertThat(phase(readWithSteps(bytes, n + 1))).isEqualTo("html");
    assertThat(phase(readWithSteps(bytes, 2L * n))).isEqualTo("html");
    assertThat(phase(readWithSteps(bytes, 2L * n + 1))).isEqualTo("sections");
  }

  @Test
  void aHostileDocumentIsRejectedAtASmallBudgetWhateverTheClock() {
    // 200,000 table cells, one per line, after a report title: a small budget runs out in the
    // same phase on every machine; the clock (racing a minute per reading) is never consulted
    StringBuilder sb = new StringBuilder("某县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n");
    for (int i = 0; i < 200_000; i++) {
      sb.append(i % 1000).append('\t');
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    List<String> details = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ReportReader reader = new ReportReader(PLACES, 1_000_000, null, racingClock());
      ReadOutcome out = reader.read(new Document("hostile.txt", bytes));
      assertThat(out).isInstanceOf(ReadOutcome.Rejected.class);
      ReadOutcome.Rejected r = (ReadOutcome.Rejected) out;
      assertThat(r.reason()).isEqualTo(RejectReason.PARSE_BUDGET);
      details.add(r.detail());
    }
    assertThat(details.get(0))
        .isEqualTo(details.get(1))
        .startsWith("parse budget of 1000000 steps used up in phase ");
    // and the same document with the default budget is read
    ReadOutcome byDefault = new ReportReader(PLACES).read(new Document("hostile.txt", bytes));
    if (byDefault instanceof ReadOutcome.Rejected r) {
      assertThat(r.reason()).as(r.detail()).isNotEqualTo(RejectReason.PARSE_BUDGET);
    }
  }

  @Test
  void realReportsStayFarBelowTheDefault() throws IOException {
    ReportReader reader = new ReportReader(PLACES);
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("..", "fixtures"))) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.toString().endsWith(".md") && !p.toString().endsWith(".jsonl"))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThan(60);
    long most = 0;
    Path costliest = null;
    for (Path p : files) {
      long used = stepsUsed(reader, p.toString(), Files.readAllBytes(p));
      if (used > most) {
        most = used;
        costliest = p;
      }
    }
    System.out.printf(
        "STEPS fixtures: %d files, most %d steps (%s), default %d%n",
        files.size(), most, costliest, ReportReader.DEFAULT_PARSE_STEPS);
    assertThat(most)
        .as("steps used by the costliest fixture, %s", costliest)
        .isLessThan(ReportReader.DEFAULT_PARSE_STEPS / 100);
  }

  @Test
  void anUnusedBudgetChangesNothing() throws IOException {
    byte[] bytes = sample();
    ReadOutcome.Accepted none =
        (ReadOutcome.Accepted) new ReportReader(PLACES, 0, null).read(new Document("s", bytes));
    ReadOutcome.Accepted ample =
        (ReadOutcome.Accepted)
            new ReportReader(PLACES, Long.MAX_VALUE, Duration.ofMinutes(10))
                .read(new Document("s", bytes));
    ReadOutcome.Accepted byDefault =
        (ReadOutcome.Accepted) new ReportReader(PLACES).read(new Document("s", bytes));
    for (ReadOutcome.Accepted other : List.of(ample, byDefault)) {
      assertThat(other.flags()).isEqualTo(none.flags());
      assertThat(other.report().metadata()).isEqualTo(none.report().metadata());
      assertThat(other.report().place()).isEqualTo(none.report().place());
      assertThat(other.report().sections()).isEqualTo(none.report().sections());
      assertThat(other.report().tables()).isEqualTo(none.report().tables());
    }
  }

  @Test
  void theWatchdogIsStillThereAsALastResort() throws IOException {
    // a zero watchdog runs out at the first check (the first reading of the clock)
    ReadOutcome out = new ReportReader(PLACES, 0, Duration.ZERO).read(new Document("a", sample()));
    assertThat(((ReadOutcome.Rejected) out).reason()).isEqualTo(RejectReason.PARSE_BUDGET);
    assertThat(((ReadOutcome.Rejected) out).detail())
        .isEqualTo("parse watchdog of 0 ms (wall clock, last resort) ran out in phase decode");
  }

  @Test
  @SuppressWarnings("deprecation")
  void construction() {
    ReportReader byDefault = new ReportReader(PLACES);
    assertThat(byDefault.maxParseSteps()).isEqualTo(ParseBudget.DEFAULT_STEPS);
    assertThat(byDefault.parseWatchdog()).isEqualTo(Duration.ofMinutes(5));
    assertThat(new ReportReader(PLACES, 0).maxParseSteps()).isZero();
    assertThat(new ReportReader(PLACES, -1).maxParseSteps()).isZero();
    assertThat(new ReportReader(PLACES, 1500).maxParseSteps()).isEqualTo(1500);
    // the former time budget: now the watchdog only, with the default step budget
    ReportReader timed = new ReportReader(PLACES, (Duration) null);
    assertThat(timed.parseWatchdog()).isNull();
    assertThat(timed.maxParseSteps()).isEqualTo(ParseBudget.DEFAULT_STEPS);
    assertThat(ReportReader.withParseBudgetMillis(PLACES, 1500).parseWatchdog())
        .isEqualTo(Duration.ofMillis(1500));
    assertThat(ReportReader.withParseBudgetMillis(PLACES, 0).parseWatchdog()).isNull();
    assertThatThrownBy(() -> new ReportReader(PLACES, 1, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String phase(ReadOutcome out) {
    assertThat(out).isInstanceOf(ReadOutcome.Rejected.class);
    ReadOutcome.Rejected r = (ReadOutcome.Rejected) out;
    assertThat(r.reason()).as(r.detail()).isEqualTo(RejectReason.PARSE_BUDGET);
    assertThat(r.detail()).startsWith("parse budget of ").contains(" steps used up in phase ");
    return r.detail().substring(r.detail().lastIndexOf(' ') + 1);
  }

  private static int phaseIndex(ReadOutcome out) {
    if (out instanceof ReadOutcome.Accepted) {
      return TEXT_PHASES.size();
    }
    return TEXT_PHASES.indexOf(phase(out));
  }
}
