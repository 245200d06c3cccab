package ogireports.crawl;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes coming out of a decompressor and stops with a {@link
 * DecompressionLimitException} as soon as the total passes {@link Limits#maxArchiveBytes()} or, for
 * a compressed input and after {@link Limits#ratioCheckAfterBytes()}, the ratio to the raw bytes
 * consumed passes {@link Limits#maxRatio()}. Reads are cut so that no more than the limit plus one
 * byte is ever produced.
 */
final class LimitedInputStream extends FilterInputStream {

  /** Counts the raw (compressed) bytes a decompressor pulls. */
  static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = in.skip(n);
      count += Math.max(0, s);
      return s;
    }
  }

  private final Counting raw;
  private final boolean compressed;
  private final Limits limits;
  private long total;

  LimitedInputStream(InputStream decompressed, Counting raw, boolean compressed, Limits limits) {
    super(decompressed);
    this.raw = raw;
    this.compressed = compressed;
    this.limits = limits;
  }

  /** Bytes produced so far. */
  long total() {
    return total;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    long room = limits.maxArchiveBytes() + 1 - total;
    int n = in.read(b, off, (int) Math.max(1, Math.min(len, room)));
    if (n > 0) {
      total += n;
      check();
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(n, 65_536)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  private void check() throws DecompressionLimitException {
    if (total > limits.maxArchiveBytes()) {
      throw new DecompressionLimitException(
          "decompressed past the limit of " + limits.maxArchiveBytes() + " bytes per input", total);
    }
    if (compressed
        && total > limits.ratioCheckAfterBytes()
        && total > limits.maxRatio() * Math.max(1, raw.count)) {
      throw new DecompressionLimitException(
          "compression ratio over "
              + fmt(limits.maxRatio())
              + ":1 ("
              + total
              + " bytes inflated from "
              + raw.count
              + ")",
          total);
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
