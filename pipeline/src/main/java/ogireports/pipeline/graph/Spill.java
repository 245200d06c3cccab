package ogireports.pipeline.graph;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.ListCoder;

/**
 * Batches that wait on disk while only their location ({@link SpilledBatch}) is shuffled. A runner
 * holds what it shuffles in memory (the DirectRunner all of it, to the end of the step; Flink's
 * batch GroupByKey every value of a key), so a shuffled element per report, or a batch of them,
 * made memory grow with the number of reports; a slice per batch of {@value #BATCH_SIZE} keeps it
 * flat. Spilled batches live in the run's temporary folder, removed when the run ends.
 */
public final class Spill {

  /** Most values a spilled batch holds. */
  public static final int BATCH_SIZE = 1000;

  private Spill() {}

  /** Appends {@code batch} to {@code file}, encoded with {@code coder}. */
  public static <V> SpilledBatch<V> write(List<V> batch, Coder<V> coder, SliceFile file) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * batch.size());
    try {
      ListCoder.of(coder).encode(batch, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SpilledBatch<>(file.append(bytes.toByteArray()));
  }

  /** The values of {@code batch}, decoded with the {@code coder} it was written with. */
  public static <V> List<V> read(SpilledBatch<V> batch, Coder<V> coder, SliceReader reader)
      throws IOException {
    return ListCoder.of(coder).decode(new ByteArrayInputStream(reader.read(batch.slice())));
  }
}
