package ogireports.pipeline.report;

/**
 * A run's document counts, which must add up before its output is published: every document read is
 * a report, a reject or (for an append run) a report already in the output, exactly once. The local
 * and the remote summary both hand theirs over ({@link RunSummary#accounted()}).
 */
public record Accounted(long inputs, long reports, long rejects, long alreadyInOutput) {

  /** True when inputs = reports + rejects (+ documents already in the output). */
  public boolean isBalanced() {
    return inputs == reports + rejects + alreadyInOutput;
  }

  /** What does not add up, in words. */
  public String imbalance() {
    return inputs
        + " input documents but "
        + reports
        + " reports + "
        + rejects
        + " rejects"
        + (alreadyInOutput > 0 ? " + " + alreadyInOutput + " already in the output" : "");
  }

  /**
   * Stops the run before it publishes when documents were lost.
   *
   * @param kept what stays as it was, for the message ("the previous output is kept")
   * @throws IllegalStateException when the counts do not add up
   */
  public void requireBalanced(String kept) {
    if (!isBalanced()) {
      throw new IllegalStateException("documents were lost: " + imbalance() + "; " + kept);
    }
  }
}
