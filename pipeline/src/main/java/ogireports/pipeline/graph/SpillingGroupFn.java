package ogireports.pipeline.graph;

import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * The skeleton of a step that takes the spilled batches of one group at a time (after a {@code
 * GroupByKey}) and hands on spilled batches of its own: {@link CheckCorpus}'s decisions, {@link
 * WriteDatasets}' reject rows of duplicates. What it hands on is spilled to a slice file of the
 * bundle, made on first use and closed when the bundle finishes, so it is on disk before it moves
 * on.
 *
 * @param <I> what the batches of a group hold
 * @param <O> what the batches handed on hold
 */
abstract class SpillingGroupFn<I, O>
    extends DoFn<KV<Integer, Iterable<SpilledBatch<I>>>, KV<Integer, SpilledBatch<O>>> {

  private final String spillDir;
  private transient SliceFile.OnDemand spills;

  /**
   * @param spillDir where the batches handed on are spilled (the run's temporary folder)
   */
  SpillingGroupFn(String spillDir) {
    this.spillDir = spillDir;
  }

  @Setup
  public void setup() {
    spills = new SliceFile.OnDemand(spillDir);
  }

  @ProcessElement
  public void process(
      @Element KV<Integer, Iterable<SpilledBatch<I>>> group,
      OutputReceiver<KV<Integer, SpilledBatch<O>>> out)
      throws IOException {
    processGroup(group.getKey(), group.getValue(), out);
  }

  /** Handles the batches of group {@code key}, handing batches on to {@code out}. */
  abstract void processGroup(
      int key, Iterable<SpilledBatch<I>> batches, OutputReceiver<KV<Integer, SpilledBatch<O>>> out)
      throws IOException;

  /** This bundle's slice file, for the batches handed on. */
  final SliceFile.OnDemand spills() {
    return spills;
  }

  /** The spilled batches are on disk before they move on. */
  @FinishBundle
  public void finishBundle() throws IOException {
    spills.close();
  }
}
