package ogireports.beam;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.KV;

/**
 * Batches that wait on disk while only their {@link FileSlice} is shuffled. A runner holds what it
 * shuffles in memory (the DirectRunner all of it, to the end of the step; Flink's batch GroupByKey
 * every value of a key), so a shuffled element per report, or a batch of them, made memory grow
 * with the number of reports; a slice per batch of {@value #BATCH_SIZE} keeps it flat. Spilled
 * batches live in the run's temporary folder, removed when the run ends.
 */
public final class Spill {

  /** Most values a spilled batch holds. */
  public static final int BATCH_SIZE = 1000;

  /** The coder of a spilled batch with its key (a write group, a bucket). */
  public static final Coder<KV<Integer, FileSlice>> CODER =
      KvCoder.of(VarIntCoder.of(), FileSlice.Coder.of());

  private Spill() {}

  /** Appends {@code batch} to {@code file}, encoded with {@code coder}. */
  public static <V> FileSlice write(List<V> batch, Coder<V> coder, SliceFile file) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * batch.size());
    try {
      ListCoder.of(coder).encode(batch, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.append(bytes.toByteArray());
  }

  /** The batch at {@code slice}. */
  public static <V> List<V> read(FileSlice slice, Coder<V> coder, SliceReader reader)
      throws IOException {
    return ListCoder.of(coder).decode(new ByteArrayInputStream(reader.read(slice)));
  }
}
