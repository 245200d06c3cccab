package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link ParseBudget}: steps counted, and the watchdog on a clock the test sets. */
class ParseBudgetTest {

  /** A clock that never moves: only steps can run a budget out. */
  private static final java.util.function.LongSupplier STOPPED = () -> 42L;

  @Test
  void runsOutWhenTheStepsUsedReachTheLimit() {
    ParseBudget b = ParseBudget.of(10, null, STOPPED);
    b.check("a");
    b.check("b", 7);
    assertThat(b.used()).isEqualTo(8);
    b.check("c");
    assertThat(b.used()).isEqualTo(9);
    assertThatThrownBy(() -> b.check("d"))
        .isInstanceOfSatisfying(
            ParseBudget.Exceeded.class,
            e -> {
              assertThat(e.phase()).isEqualTo("d");
              assertThat(e.limit()).isEqualTo(10);
              assertThat(e.byWatchdog()).isFalse();
              assertThat(e.getMessage()).isEqualTo("parse budget of 10 steps used up in phase d");
            });
  }

  @Test
  void aCheckCountsAtLeastOneStep() {
    ParseBudget b = ParseBudget.counting();
    b.check("x", 0);
    b.check("x", -5);
    b.check("x", 3);
    assertThat(b.used()).isEqualTo(5);
    b.check("x", Long.MAX_VALUE); // saturates, never wraps to negative
    assertThat(b.used()).isEqualTo(Long.MAX_VALUE);
    b.check("x");
  }

  @Test
  void theSameChecksGiveTheSameOutcomeWhateverTheClock() {
    // a clock racing 10 s per reading changes nothing as long as the watchdog is not reached
    AtomicLong fast = new AtomicLong();
    for (java.util.function.LongSupplier clock :
        List.<java.util.function.LongSupplier>of(STOPPED, () -> fast.getAndAdd(10_000_000_000L))) {
      ParseBudget b = ParseBudget.of(5_000, Duration.ofDays(1), clock);
      long checks = 0;
      try {
        while (true) {
          b.check("p", checks % 3);
          checks++;
        }
      } catch (ParseBudget.Exceeded e) {
        assertThat(e.byWatchdog()).isFalse();
      }
      assertThat(checks).isEqualTo(3_749);
      assertThat(b.used()).isEqualTo(5_000);
    }
  }

  @Test
  void zeroIsUsedUpAtTheFirstCheck() {
    ParseBudget b = ParseBudget.of(0, null, STOPPED);
    assertThatThrownBy(() -> b.check("x")).isInstanceOf(ParseBudget.Exceeded.class);
  }

  @Test
  void theWatchdogIsALastResortOnTheClock() {
    AtomicLong now = new AtomicLong(5_000_000_000L);
    ParseBudget b = ParseBudget.of(Long.MAX_VALUE, Duration.ofMillis(10), now::get);
    b.check("a"); // the first check reads the clock
    now.addAndGet(10_000_000L);
    // read again only every CLOCK_EVERY checks
    for (int i = 1; i < ParseBudget.CLOCK_EVERY; i++) {
      b.check("b");
    }
    assertThatThrownBy(() -> b.check("c"))
        .isInstanceOfSatisfying(
            ParseBudget.Exceeded.class,
            e -> {
              assertThat(e.phase()).isEqualTo("c");
              assertThat(e.byWatchdog()).isTrue();
              assertThat(e.limit()).isEqualTo(10);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "parse watchdog of 10 ms (wall clock, last resort) ran out in phase c");
            });
    ParseBudget zero = ParseBudget.of(Long.MAX_VALUE, Duration.ZERO, STOPPED);
    assertThatThrownBy(() -> zero.check("x")).isInstanceOf(ParseBudget.Exceeded.class);
    assertThat(ParseBudget.DEFAULT_WATCHDOG).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void unlimitedNeverRunsOutAndHugeLimitsAreAccepted() {
    ParseBudget.UNLIMITED.check("x", Long.MAX_VALUE);
    assertThat(ParseBudget.UNLIMITED.used()).isZero();
    AtomicLong now = new AtomicLong(Long.MAX_VALUE - 5);
    ParseBudget b = ParseBudget.of(Long.MAX_VALUE, Duration.ofDays(365L * 10_000), now::get);
    now.set(Long.MIN_VALUE + 100); // the clock wraps around: elapsed time is still small
    b.check("y");
    assertThatThrownBy(() -> ParseBudget.of(-1, null, STOPPED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParseBudget.of(1, Duration.ofMillis(-1), STOPPED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sectionSplitterChecksEveryLineAndChargesItsCharacters() {
    List<String> lines = List.of("一、总体情况", "a", "b", "c", "d");
    ParseBudget counted = ParseBudget.counting();
    SectionSplitter.split(lines, counted);
    // the first pass charges 1 + length per line (7 + 2 × 4), the second a step per body line
    assertThat(counted.used()).isEqualTo(15 + 4);
    assertThatThrownBy(() -> SectionSplitter.split(lines, ParseBudget.of(16, null, STOPPED)))
        .isInstanceOfSatisfying(
            ParseBudget.Exceeded.class, e -> assertThat(e.phase()).isEqualTo("sections"));
    assertThat(SectionSplitter.split(List.of("一、总体情况", "a"), ParseBudget.UNLIMITED))
        .isEqualTo(SectionSplitter.split(List.of("一、总体情况", "a")));
  }
}
