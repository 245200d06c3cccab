package ogireports.pipeline.graph;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import ogireports.corpus.IndexFile;
import ogireports.corpus.ReportIndex;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * Coder of an index entry in the binary form of the index files ({@link IndexFile#writeEntry}).
 * Java serialization, which {@code SerializableCoder} would use, writes the class descriptions with
 * every element: it cost more than the checks across documents themselves.
 */
public final class ReportIndexCoder extends AtomicCoder<ReportIndex> {

  private static final ReportIndexCoder INSTANCE = new ReportIndexCoder();

  private ReportIndexCoder() {}

  public static ReportIndexCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ReportIndex value, OutputStream out) throws IOException {
    IndexFile.writeEntry(value, new DataOutputStream(out));
  }

  @Override
  public ReportIndex decode(InputStream in) throws IOException {
    return IndexFile.readEntry(new DataInputStream(in));
  }

  @Override
  public void verifyDeterministic() {}
}
