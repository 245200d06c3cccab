package ogireports.pipeline.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * Where something waits on disk in the run's temporary folder: {@code length} bytes at {@code
 * offset} of {@code file}, written by a {@link SliceFile} and read back with a {@link SliceReader}.
 * A report's packet and a {@link SpilledBatch} are both slices: only the slice moves between the
 * pipeline's steps.
 */
public record FileSlice(String file, long offset, int length) {

  /** The slice's coder: the file name and two varints. */
  public static final class Coder extends AtomicCoder<FileSlice> {
    private static final long serialVersionUID = 1L;
    private static final Coder INSTANCE = new Coder();

    public static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(FileSlice s, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(s.file, out);
      VarLongCoder.of().encode(s.offset, out);
      VarIntCoder.of().encode(s.length, out);
    }

    @Override
    public FileSlice decode(InputStream in) throws IOException {
      return new FileSlice(
          StringUtf8Coder.of().decode(in),
          VarLongCoder.of().decode(in),
          VarIntCoder.of().decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
