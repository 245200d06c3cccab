package ogireports.pipeline.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.values.KV;

/**
 * Values gathered in {@link Batches} by key and {@link Spill spilled} to a bundle's slice file: a
 * batch leaves as soon as it is full (a runner may make one bundle of all its input), the rest when
 * the bundle finishes. What leaves is the key and the {@link SpilledBatch} (where the batch waits).
 */
public final class SpilledBatches<K extends Comparable<K>, V> {

  private final Batches<K, V> open;
  private final Coder<V> coder;
  private final Function<V, K> keyOf;

  /** Batches of up to {@value Spill#BATCH_SIZE} values, encoded with {@code coder}. */
  public SpilledBatches(Coder<V> coder, Function<V, K> keyOf) {
    this.open = new Batches<>(Spill.BATCH_SIZE);
    this.coder = coder;
    this.keyOf = keyOf;
  }

  /** Adds a value; returns its key's batch, spilled, when that is now full, else null. */
  public KV<K, SpilledBatch<V>> add(V value, SliceFile.OnDemand file) {
    K key = keyOf.apply(value);
    List<V> full = open.add(key, value);
    return full == null ? null : KV.of(key, Spill.write(full, coder, file.get()));
  }

  /** Spills the batches still open, by key in order; none is open afterwards. */
  public List<KV<K, SpilledBatch<V>>> finish(SliceFile.OnDemand file) {
    List<KV<K, SpilledBatch<V>>> spilled = new ArrayList<>();
    open.drain()
        .forEach((key, batch) -> spilled.add(KV.of(key, Spill.write(batch, coder, file.get()))));
    return spilled;
  }
}
