package ogireports.pipeline.report;

/**
 * A run's counts that must add up before its output is published: every document read is a report,
 * a reject or (for an append run) a report already in the output, exactly once.
 */
public interface Accounted {

  /** True when inputs = reports + rejects (+ documents already in the output). */
  boolean isBalanced();

  /** What does not add up, in words, when {@link #isBalanced()} is false. */
  String imbalance();

  /**
   * Stops the run before it publishes when documents were lost.
   *
   * @param kept what stays as it was, for the message ("the previous output is kept")
   * @throws IllegalStateException when the counts do not add up
   */
  default void requireBalanced(String kept) {
    if (!isBalanced()) {
      throw new IllegalStateException("documents were lost: " + imbalance() + "; " + kept);
    }
  }
}
