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
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * The per-document parse budget, on a clock the test controls (nothing here depends on how fast
 * the machine is): a document that uses it up is a PARSE_BUDGET reject naming the budget and the
 * phase reached, every phase checks it, and a budget that is not used up changes nothing.
 */
class ParseBudgetTest {

  private static final PlaceResolver PLACES = PlaceResolver.fromClasspath();

  /** The phases of a plain-text report, in the order a parse reaches them. */
  private static final List<String> TEXT_PHASES =
      List.of("decode", "sections", "tables", "metadata", "place", "rules");

  private static byte[] sample() throws IOException {
    return Files.readAllBytes(Path.of("../samples", "000_0d9ef2ec1467d7f8.txt"));
  }

  /** A clock on which every reading is one millisecond after the previous one. */
  private static LongSupplier steppingClock(AtomicLong reads) {
    return () -> reads.getAndIncrement() * 1_000_000L;
  }

  /** Outcome of a read whose budget runs out at the {@code checks}-th check. */
  private static ReadOutcome readWithChecks(byte[] bytes, long checks) {
    ReportReader r = new ReportReader(PLACES, Duration.ofMillis(checks), steppingClock(new AtomicLong()));
    return r.read(new Document("sample.txt", bytes));
  }

  @Test
  void zeroBudgetRejectsTextAtTheFirstCheck() throws IOException {
    ReadOutcome out = new ReportReader(PLACES, Duration.ZERO).read(new Document("a.txt", sample()));
    assertThat(out).isInstanceOf(ReadOutcome.Rejected.class);
    ReadOutcome.Rejected r = (ReadOutcome.Rejected) out;
    assertThat(r.reason()).isEqualTo(RejectReason.PARSE_BUDGET);
    assertThat(r.detail()).isEqualTo("parse budget of 0 ms used up in phase decode");
    assertThat(r.head()).isNotEmpty();
    assertThat(r.reportId()).isEqualTo(ReportReader.sha256(sample()));
    assertThat(r.bytes()).isEqualTo(sample().length);
  }

  @Test
  void documentsRejectedByTheDecoderKeepTheirReason() {
    ReportReader zero = new ReportReader(PLACES, Duration.ZERO);
    assertThat(((ReadOutcome.Rejected) zero.read(new Document("e", new byte[0]))).reason())
        .isEqualTo(RejectReason.EMPTY);
    assertThat(((ReadOutcome.Rejected) zero.read(new Document("b", new byte[] {0, 0, 0, 1})))
        .reason()).isEqualTo(RejectReason.BINARY);
  }

  @Test
  void everyPhaseChecksTheBudgetInOrder() throws IOException {
    byte[] bytes = sample();
    // how many times an unlimited-in-practice read looks at the clock
    AtomicLong reads = new AtomicLong();
    ReadOutcome full = new ReportReader(PLACES, Duration.ofDays(1), steppingClock(reads))
        .read(new Document("sample.txt", bytes));
    assertThat(full).isInstanceOf(ReadOutcome.Accepted.class);
    long checks = reads.get() - 1; // the first reading starts the budget
    assertThat(checks).as("line loops check the budget").isGreaterThan(100);

    // running out at check k stops in a phase that never goes backwards as k grows; find where
    // each phase begins (binary search) and check that every phase is reached, in order
    List<String> reached = new ArrayList<>();
    long from = 1;
    for (int p = 0; p < TEXT_PHASES.size(); p++) {
      long lo = from;
      long hi = checks;
      while (lo < hi) {
        long mid = (lo + hi) >>> 1;
        if (phaseIndex(readWithChecks(bytes, mid)) >= p) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      reached.add(phase(readWithChecks(bytes, lo)));
      from = lo;
    }
    assertThat(reached).containsExactlyElementsOf(TEXT_PHASES);
    assertThat(phase(readWithChecks(bytes, checks))).isEqualTo("rules");
    assertThat(readWithChecks(bytes, checks + 1)).isInstanceOf(ReadOutcome.Accepted.class);
  }

  @Test
  void htmlPagesCheckAfterRendering() {
    String page = "<html><head><title>2023年政府信息公开工作年度报告</title></head><body>"
        + "<p>一、总体情况</p><p>本机关2023年主动公开信息。</p></body></html>";
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    assertThat(phase(readWithChecks(bytes, 1))).isEqualTo("decode");
    assertThat(phase(readWithChecks(bytes, 2))).isEqualTo("html");
    assertThat(phase(readWithChecks(bytes, 3))).isEqualTo("sections");
  }

  @Test
  void anUnusedBudgetChangesNothing() throws IOException {
    byte[] bytes = sample();
    ReadOutcome.Accepted none = (ReadOutcome.Accepted)
        new ReportReader(PLACES, null).read(new Document("s", bytes));
    ReadOutcome.Accepted ample = (ReadOutcome.Accepted)
        new ReportReader(PLACES, Duration.ofMinutes(10)).read(new Document("s", bytes));
    ReadOutcome.Accepted byDefault = (ReadOutcome.Accepted)
        new ReportReader(PLACES).read(new Document("s", bytes));
    for (ReadOutcome.Accepted other : List.of(ample, byDefault)) {
      assertThat(other.flags()).isEqualTo(none.flags());
      assertThat(other.report().metadata()).isEqualTo(none.report().metadata());
      assertThat(other.report().place()).isEqualTo(none.report().place());
      assertThat(other.report().sections()).isEqualTo(none.report().sections());
      assertThat(other.report().tables()).isEqualTo(none.report().tables());
    }
  }

  @Test
  void construction() {
    assertThat(new ReportReader(PLACES).parseBudget()).isEqualTo(Duration.ofSeconds(30));
    assertThat(ReportReader.DEFAULT_PARSE_BUDGET).isEqualTo(Duration.ofSeconds(30));
    assertThat(new ReportReader(PLACES, null).parseBudget()).isNull();
    assertThat(ReportReader.withParseBudgetMillis(PLACES, 1500).parseBudget())
        .isEqualTo(Duration.ofMillis(1500));
    assertThat(ReportReader.withParseBudgetMillis(PLACES, 0).parseBudget()).isNull();
    assertThat(ReportReader.withParseBudgetMillis(PLACES, -1).parseBudget()).isNull();
    assertThatThrownBy(() -> new ReportReader(PLACES, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String phase(ReadOutcome out) {
    assertThat(out).isInstanceOf(ReadOutcome.Rejected.class);
    ReadOutcome.Rejected r = (ReadOutcome.Rejected) out;
    assertThat(r.reason()).as(r.detail()).isEqualTo(RejectReason.PARSE_BUDGET);
    String prefix = "parse budget of ";
    assertThat(r.detail()).startsWith(prefix).contains(" ms used up in phase ");
    return r.detail().substring(r.detail().lastIndexOf(' ') + 1);
  }

  private static int phaseIndex(ReadOutcome out) {
    if (out instanceof ReadOutcome.Accepted) {
      return TEXT_PHASES.size();
    }
    return TEXT_PHASES.indexOf(phase(out));
  }
}
