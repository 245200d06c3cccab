package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link ParseBudget} on a clock the test sets. */
class ParseBudgetUnitTest {

  @Test
  void runsOutWhenTheElapsedTimeReachesTheLimit() {
    AtomicLong now = new AtomicLong(5_000_000_000L);
    ParseBudget b = ParseBudget.start(Duration.ofMillis(10), now::get);
    b.check("a");
    now.addAndGet(9_999_999L);
    b.check("b");
    now.addAndGet(1L);
    assertThatThrownBy(() -> b.check("c"))
        .isInstanceOfSatisfying(ParseBudget.Exceeded.class, e -> {
          assertThat(e.phase()).isEqualTo("c");
          assertThat(e.limitMillis()).isEqualTo(10);
          assertThat(e.getMessage()).isEqualTo("parse budget of 10 ms used up in phase c");
        });
  }

  @Test
  void zeroIsUsedUpAtTheFirstCheck() {
    ParseBudget b = ParseBudget.start(Duration.ZERO, () -> 42L);
    assertThatThrownBy(() -> b.check("x")).isInstanceOf(ParseBudget.Exceeded.class);
  }

  @Test
  void unlimitedNeverRunsOutAndHugeLimitsAreAccepted() {
    ParseBudget.UNLIMITED.check("x");
    AtomicLong now = new AtomicLong(Long.MAX_VALUE - 5);
    ParseBudget b = ParseBudget.start(Duration.ofDays(365L * 10_000), now::get);
    now.set(Long.MIN_VALUE + 100); // the clock wraps around: elapsed time is still small
    b.check("y");
    assertThatThrownBy(() -> ParseBudget.start(Duration.ofMillis(-1), () -> 0L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sectionSplitterChecksEveryLine() {
    AtomicLong reads = new AtomicLong();
    ParseBudget b = ParseBudget.start(Duration.ofMillis(3), () -> reads.getAndIncrement() * 1_000_000L);
    assertThatThrownBy(() -> SectionSplitter.split(List.of("一、总体情况", "a", "b", "c", "d"), b))
        .isInstanceOfSatisfying(ParseBudget.Exceeded.class,
            e -> assertThat(e.phase()).isEqualTo("sections"));
    assertThat(SectionSplitter.split(List.of("一、总体情况", "a"), ParseBudget.UNLIMITED))
        .isEqualTo(SectionSplitter.split(List.of("一、总体情况", "a")));
  }
}
