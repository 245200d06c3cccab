package ogireports.text;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The work one document may take to parse, counted in steps, so that the same document gives the
 * same outcome on a fast and a slow machine, loaded or not. Checked between the phases of {@code
 * ReportReader.read} and inside the loops of the section splitter, the metadata reader, the tables'
 * label scan, the line-break restorer and the narrative rules: each {@link #check(String)} counts
 * one step, and a caller that scanned characters charges them with {@link #check(String, long)}.
 * When the steps used reach the limit the check throws {@link Exceeded}, which the reader turns
 * into a {@code PARSE_BUDGET} reject; nothing is interrupted, so one step between two checks (one
 * line, one table) always runs to its end.
 *
 * <p>A wall-clock watchdog stays as a last resort (default {@link #DEFAULT_WATCHDOG}, 5 minutes),
 * read every {@value #CLOCK_EVERY} checks: it is meant for a parse stuck in a loop that charges no
 * steps, and real input never reaches it (a 5 MB adversarial document uses under a tenth of the
 * default steps and at most about 7 seconds here). Only its outcome may depend on the machine; its
 * detail says so.
 *
 * <p>A budget belongs to one document and one thread. {@link #UNLIMITED} never runs out and counts
 * nothing; {@link #counting()} never runs out and counts (tests measure the steps a document uses).
 */
public final class ParseBudget {

  /**
   * Steps of one document unless another budget is given: 200 million. Measured (see {@code
   * docs/README-budget.md}): the 65 real fixtures use at most 0.3 million steps (1/660 of this, a
   * 5-page PDF), the 5 MB adversarial documents of {@code HostileDocumentsTest} at most 12.2
   * million (1/16; about 2.3 steps per byte). At that rate even a document of the 50 MiB {@code
   * --maxDocumentBytes} would stay below it (about 125 million, extrapolated), so what reaches it
   * is work that grows faster than the input, or an input far larger than the default size limit.
   */
  public static final long DEFAULT_STEPS = 200_000_000L;

  /** The wall-clock watchdog of last resort: 5 minutes. */
  public static final Duration DEFAULT_WATCHDOG = Duration.ofMinutes(5);

  /** The clock is read at the first check and then once every this many checks. */
  static final int CLOCK_EVERY = 1024;

  /** A budget that never runs out and counts nothing (checks cost nothing). */
  public static final ParseBudget UNLIMITED =
      new ParseBudget(Long.MAX_VALUE, Long.MAX_VALUE, () -> 0L, false);

  private final long maxSteps;
  private final long watchdogNanos;
  private final LongSupplier nanoClock;
  private final boolean counts;
  private final long start;
  private long used;
  private long checks;

  private ParseBudget(long maxSteps, long watchdogNanos, LongSupplier nanoClock, boolean counts) {
    this.maxSteps = maxSteps;
    this.watchdogNanos = watchdogNanos;
    this.nanoClock = nanoClock;
    this.counts = counts;
    this.start = watchdogNanos == Long.MAX_VALUE ? 0L : nanoClock.getAsLong();
  }

  /**
   * A budget of {@code maxSteps} steps (0: used up at the first check) with a wall-clock watchdog
   * of {@code watchdog} on {@code nanoClock} (null: none; a {@link System#nanoTime()}-like clock,
   * tests inject their own).
   *
   * @throws IllegalArgumentException when the steps or the watchdog are negative
   */
  public static ParseBudget of(long maxSteps, Duration watchdog, LongSupplier nanoClock) {
    if (maxSteps < 0) {
      throw new IllegalArgumentException(
          "a parse budget cannot be negative: " + maxSteps + " steps");
    }
    if (watchdog != null && watchdog.isNegative()) {
      throw new IllegalArgumentException("a parse watchdog cannot be negative: " + watchdog);
    }
    long nanos = Long.MAX_VALUE;
    if (watchdog != null) {
      try {
        nanos = watchdog.toNanos();
      } catch (ArithmeticException e) {
        nanos = Long.MAX_VALUE; // ~292 years: no limit in practice
      }
    }
    return new ParseBudget(maxSteps, nanos, nanoClock, true);
  }

  /**
   * A budget of {@code maxSteps} steps with the {@link #DEFAULT_WATCHDOG} on {@link
   * System#nanoTime()}.
   */
  public static ParseBudget of(long maxSteps) {
    return of(maxSteps, DEFAULT_WATCHDOG, System::nanoTime);
  }

  /** A budget that never runs out but counts the steps used ({@link #used()}): for measuring. */
  public static ParseBudget counting() {
    return of(Long.MAX_VALUE, null, () -> 0L);
  }

  /** The steps this budget allows ({@link Long#MAX_VALUE}: no limit). */
  public long limit() {
    return maxSteps;
  }

  /** The steps used so far (0 for {@link #UNLIMITED}). */
  public long used() {
    return used;
  }

  /**
   * Counts one step; throws {@link Exceeded} naming {@code phase} when the steps used reach the
   * limit (or, rarely, when the watchdog has run out).
   */
  public void check(String phase) {
    check(phase, 1);
  }

  /**
   * Counts {@code steps} steps (a caller that scanned characters charges one per character, never
   * less than one per call); throws {@link Exceeded} naming {@code phase} when the steps used reach
   * the limit (used ≥ limit), or when the wall-clock watchdog has run out.
   */
  public void check(String phase, long steps) {
    if (!counts) {
      return;
    }
    long add = Math.max(1L, steps);
    used = used > Long.MAX_VALUE - add ? Long.MAX_VALUE : used + add;
    if (used >= maxSteps && maxSteps != Long.MAX_VALUE) {
      throw new Exceeded(maxSteps, phase, false);
    }
    if (watchdogNanos != Long.MAX_VALUE
        && checks++ % CLOCK_EVERY == 0
        && nanoClock.getAsLong() - start >= watchdogNanos) {
      throw new Exceeded(watchdogNanos / 1_000_000L, phase, true);
    }
  }

  /**
   * The budget of a document ran out. Carries the limit and the phase reached, not the work or time
   * measured, so that the reject's detail depends on where the parse stopped only.
   */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long limit;
    private final String phase;
    private final boolean watchdog;

    Exceeded(long limit, String phase, boolean watchdog) {
      super(
          watchdog
              ? "parse watchdog of "
                  + limit
                  + " ms (wall clock, last resort) ran out in phase "
                  + phase
              : "parse budget of " + limit + " steps used up in phase " + phase,
          null,
          false,
          false);
      this.limit = limit;
      this.phase = phase;
      this.watchdog = watchdog;
    }

    /** The budget, in steps; for the {@link #byWatchdog() watchdog}, in milliseconds. */
    public long limit() {
      return limit;
    }

    /** True when the wall-clock watchdog ran out, not the steps. */
    public boolean byWatchdog() {
      return watchdog;
    }

    /** The phase the parse had reached: decode, html, sections, tables, metadata, place, rules. */
    public String phase() {
      return phase;
    }
  }
}
