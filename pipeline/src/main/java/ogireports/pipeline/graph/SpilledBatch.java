package ogireports.pipeline.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * A batch of values of type {@code V} that waits on disk: the {@link FileSlice} {@link Spill#write}
 * put it in. This is what the graph's steps hand each other, keyed by the group the batch is for (a
 * bucket, a write group, a reject group): {@code KV<Integer, SpilledBatch<ReportIndex>>} is a batch
 * of index entries for one bucket. The type parameter only names what the bytes hold; on the wire a
 * spilled batch is its slice, nothing more.
 */
public record SpilledBatch<V>(FileSlice slice) {

  /** The coder of a spilled batch: its slice's. */
  @SuppressWarnings("unchecked")
  public static <V> Coder<V> coder() {
    return (Coder<V>) Coder.INSTANCE;
  }

  /** The coder of a spilled batch with its key (a bucket, a write group, a reject group). */
  public static <V> KvCoder<Integer, SpilledBatch<V>> keyedCoder() {
    return KvCoder.of(VarIntCoder.of(), coder());
  }

  /** Encodes a spilled batch as its {@link FileSlice} ({@link FileSlice.Coder}). */
  public static final class Coder<V> extends AtomicCoder<SpilledBatch<V>> {
    private static final long serialVersionUID = 1L;
    private static final Coder<?> INSTANCE = new Coder<>();

    private Coder() {}

    @Override
    public void encode(SpilledBatch<V> batch, OutputStream out) throws IOException {
      FileSlice.Coder.of().encode(batch.slice(), out);
    }

    @Override
    public SpilledBatch<V> decode(InputStream in) throws IOException {
      return new SpilledBatch<>(FileSlice.Coder.of().decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
