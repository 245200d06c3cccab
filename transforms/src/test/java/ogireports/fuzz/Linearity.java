package ogireports.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;

/**
 * Checks that work grows linearly with the input, without a wall-clock limit: the same work is run
 * on an input of size {@code n} and of size {@code k × n} in the same test, and the larger one may
 * cost at most {@code k^1.5} times the smaller: a linear cost grows {@code k} times, a quadratic
 * one {@code k²} times, so with {@code k = 16} the bound (64) leaves a linear cost 4× room for
 * cache effects and noise and a quadratic one overshoots it 4×. The cost is the thread's CPU time,
 * which a busy machine does not inflate the way it inflates elapsed time, and both sizes are
 * measured under the same load, so the ratio does not depend on the machine's speed. Where the work
 * can be counted exactly (characters a regular expression reads), tests count it instead ({@link
 * CountingChars}).
 */
public final class Linearity {

  /** The usual size factor: 16 (bound 64, four times from linear and from quadratic). */
  public static final int K = 16;

  /**
   * Below this (ns of CPU) the small input's cost is taken as this: timer granularity and JIT noise
   * dominate tiny measurements. Only makes the check more lenient.
   */
  static final long FLOOR_NANOS = 50_000_000L;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Linearity() {}

  /**
   * Runs {@code work} on size {@code n} (once to warm up, then twice, keeping the cheaper) and on
   * size {@code k × n} (twice when the first is over the bound, keeping the cheaper), and asserts
   * the larger costs at most {@code SLACK × k} times the smaller.
   *
   * @return the result of the large run, for further checks
   */
  public static <T> T assertLinear(String what, IntFunction<T> work, int n, int k) {
    work.apply(n);
    long small = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = cpu();
      work.apply(n);
      small = Math.min(small, cpu() - t0);
    }
    double factor = Math.pow(k, 1.5);
    long bound = (long) (factor * Math.max(small, FLOOR_NANOS));
    long t0 = cpu();
    T result = work.apply(n * k);
    long large = cpu() - t0;
    if (large > bound) {
      // Once more before failing: a JIT deoptimisation or a safepoint can land in one run; a
      // superlinear algorithm costs as much the second time.
      t0 = cpu();
      result = work.apply(n * k);
      large = Math.min(large, cpu() - t0);
    }
    System.out.printf(
        "LINEAR %-32s n=%d %6.1f ms, %dn=%d %7.1f ms (ratio %.1f, bound %d)%n",
        what,
        n,
        small / 1e6,
        k,
        n * k,
        large / 1e6,
        large / (double) Math.max(1, small),
        (int) factor);
    assertThat(large)
        .as(
            "%s: %d × the input cost %.1f ms of CPU against %.1f ms: not linear",
            what, k, large / 1e6, small / 1e6)
        .isLessThanOrEqualTo(bound);
    return result;
  }

  private static long cpu() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  /** A character sequence that counts the characters read from it: the work of a regex match. */
  public static final class CountingChars implements CharSequence {
    private final CharSequence s;
    private final long[] reads;

    public CountingChars(CharSequence s) {
      this(s, new long[1]);
    }

    private CountingChars(CharSequence s, long[] reads) {
      this.s = s;
      this.reads = reads;
    }

    public long reads() {
      return reads[0];
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int index) {
      reads[0]++;
      return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new CountingChars(s.subSequence(start, end), reads);
    }

    @Override
    public String toString() {
      reads[0] += s.length();
      return s.toString();
    }
  }
}
