package ogireports.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input under the catastrophic-backtracking guard: an input that takes more than
 * {@link #LIMIT_SECONDS} seconds fails the target (this is a hang detector, not a performance
 * assertion). The work runs on a daemon thread so a runaway input cannot hold the test forever.
 */
final class Guard {

  static final long LIMIT_SECONDS = 10;

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
      throw new AssertionError(what + " took more than " + LIMIT_SECONDS + " s on one input");
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
