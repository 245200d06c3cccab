package ogireports.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input on a daemon thread, so that a runaway input cannot hold {@code mvn verify}
 * forever. The limit is a watchdog of last resort, far above what any input takes (the inputs
 * replayed are at most a few hundred KB and read in milliseconds), so whether a test passes never
 * depends on the machine's speed or load: the work itself is bounded by tests that count it or
 * compare two input sizes ({@link Linearity}, {@code HostileDocumentsTest},
 * {@code TextRulesRegexWorstCaseTest}). In fuzzing mode Jazzer's own {@code -timeout} finds slow
 * inputs ({@code scripts/fuzz.sh}).
 */
final class Guard {

  /** The watchdog of last resort, never reached by a terminating input on any machine. */
  static final long LIMIT_SECONDS = 600;

  private static ExecutorService worker = newWorker();

  private Guard() {}

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-guard");
      t.setDaemon(true);
      return t;
    });
  }

  /** Runs {@code work}, rethrowing what it throws; fails when it takes longer than the limit. */
  static synchronized <T> T run(String what, Callable<T> work) {
    Future<T> future = worker.submit(work);
    try {
      return future.get(LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      throw new AssertionError(what + " did not finish one input in " + LIMIT_SECONDS
          + " s: it hangs (the watchdog of last resort)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new AssertionError(cause);
    }
  }
}
