package ogireports.fuzz;

import java.util.concurrent.Callable;

/**
 * Runs one fuzz input and names the entry point in what it throws. There is no time limit: a test
 * whose outcome depends on the machine's speed fails on a loaded machine. What bounds an input is
 * its work, counted where it is spent: the parse budget counts the reader's steps, and tests
 * compare the steps (or the characters a regular expression reads) of two input sizes ({@code
 * HostileDocumentsTest}, {@code TextRulesRegexWorstCaseTest}). In fuzzing mode Jazzer's own {@code
 * -timeout} finds slow inputs ({@code scripts/fuzz.sh}).
 */
final class Guard {

  private Guard() {}

  /** Runs {@code work} on this thread, rethrowing what it throws. */
  static <T> T run(String what, Callable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError(what + " threw " + e, e);
    }
  }
}
