package ogireports.pipeline.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;

/**
 * Coder of a generated Avro record class: Avro's binary encoding, like {@link AvroCoder}, but
 * serialized as just the class name. The DirectRunner serializes every ParDo's coders once per
 * bundle; an AvroCoder carries its whole schema (with every column's doc) each time, which made
 * that per-bundle cost dominate small bundles.
 */
public final class RecordCoder<T extends SpecificRecord> extends CustomCoder<T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private transient AvroCoder<T> delegate;

  private RecordCoder(Class<T> type) {
    this.type = type;
  }

  public static <T extends SpecificRecord> RecordCoder<T> of(Class<T> type) {
    return new RecordCoder<>(type);
  }

  private AvroCoder<T> delegate() {
    AvroCoder<T> d = delegate;
    if (d == null) {
      d = AvroCoder.of(type);
      delegate = d;
    }
    return d;
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    delegate().encode(value, out);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    return delegate().decode(in);
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    delegate().verifyDeterministic();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordCoder<?> c && c.type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "RecordCoder(" + type.getSimpleName() + ")";
  }
}
