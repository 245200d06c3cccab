package ogireports.text;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time one document may take to parse: a cooperative deadline, checked between the phases of
 * {@code ReportReader.read} and inside the line loops of the section splitter, the metadata
 * reader and the narrative rules. When a check finds the time used up it throws {@link Exceeded},
 * which the reader turns into a {@code PARSE_BUDGET} reject; nothing is interrupted, so one step
 * between two checks (one line, one table) always runs to its end.
 *
 * <p>A budget belongs to one document and one thread. {@link #UNLIMITED} never runs out.
 */
public final class ParseBudget {

  /** A budget that never runs out (checks cost nothing). */
  public static final ParseBudget UNLIMITED = new ParseBudget(Long.MAX_VALUE, () -> 0L, 0L);

  private final long limitNanos;
  private final LongSupplier nanoClock;
  private final long start;

  private ParseBudget(long limitNanos, LongSupplier nanoClock, long start) {
    this.limitNanos = limitNanos;
    this.nanoClock = nanoClock;
    this.start = start;
  }

  /**
   * A budget of {@code limit} starting now on {@code nanoClock} (a {@link System#nanoTime()}-like
   * clock; tests inject their own). A zero limit is used up at the first check.
   */
  public static ParseBudget start(Duration limit, LongSupplier nanoClock) {
    if (limit.isNegative()) {
      throw new IllegalArgumentException("a parse budget cannot be negative: " + limit);
    }
    long nanos;
    try {
      nanos = limit.toNanos();
    } catch (ArithmeticException e) {
      nanos = Long.MAX_VALUE; // ~292 years: no limit in practice
    }
    return new ParseBudget(nanos, nanoClock, nanoClock.getAsLong());
  }

  /** A budget of {@code limit} starting now on {@link System#nanoTime()}. */
  public static ParseBudget start(Duration limit) {
    return start(limit, System::nanoTime);
  }

  /** The limit in whole milliseconds. */
  public long limitMillis() {
    return limitNanos / 1_000_000L;
  }

  /**
   * Throws {@link Exceeded} naming {@code phase} when the time is used up (elapsed ≥ limit).
   */
  public void check(String phase) {
    if (this == UNLIMITED) {
      return;
    }
    if (nanoClock.getAsLong() - start >= limitNanos) {
      throw new Exceeded(limitMillis(), phase);
    }
  }

  /**
   * The budget of a document ran out. Carries the limit and the phase reached, not the time
   * measured, so that the reject's detail depends on where the parse stopped only.
   */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long limitMillis;
    private final String phase;

    Exceeded(long limitMillis, String phase) {
      super("parse budget of " + limitMillis + " ms used up in phase " + phase, null, false, false);
      this.limitMillis = limitMillis;
      this.phase = phase;
    }

    /** The budget, in milliseconds. */
    public long limitMillis() {
      return limitMillis;
    }

    /** The phase the parse had reached: decode, html, sections, tables, metadata, place, rules. */
    public String phase() {
      return phase;
    }
  }
}
