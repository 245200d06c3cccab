package ogireports.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines ending in {@code \n} (a trailing {@code \r} is dropped), one at a time, keeping
 * at most {@code maxLineBytes} of a line in memory: the rest of a longer line is read and
 * discarded, and the line is reported as over-long with its full length.
 */
final class LineReader {

  /** One line: its bytes (cut at the cap when {@code overLong}) and its full length. */
  record Line(byte[] bytes, long length, boolean overLong) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buf = new byte[65_536];
  private int pos;
  private int end;
  private long base;
  private boolean eof;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    byte[] line = new byte[256];
    int size = 0;
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        if (eof || !fill()) {
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int nl = -1;
      for (int i = pos; i < end; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int stop = nl >= 0 ? nl : end;
      int chunk = stop - pos;
      length += chunk;
      int keep = (int) Math.min(chunk, Math.max(0, (long) maxLineBytes + 1 - size));
      if (keep > 0) {
        if (size + keep > line.length) {
          line =
              Arrays.copyOf(
                  line, Math.max(size + keep, Math.min(line.length * 2, maxLineBytes + 1)));
        }
        System.arraycopy(buf, pos, line, size, keep);
        size += keep;
      }
      pos = stop;
      if (nl >= 0) {
        pos = nl + 1;
        break;
      }
    }
    boolean overLong = size > maxLineBytes;
    if (!overLong && size > 0 && line[size - 1] == '\r') {
      size--;
      length--;
    }
    return new Line(Arrays.copyOf(line, Math.min(size, maxLineBytes)), length, overLong);
  }

  /** Bytes consumed so far (the offset of the next byte). */
  long position() {
    return base + pos;
  }

  /** Reads {@code n} bytes (fewer only at the end of the input). */
  byte[] read(int n) throws IOException {
    byte[] out = new byte[n];
    int size = 0;
    while (size < n) {
      if (pos == end && (eof || !fill())) {
        return Arrays.copyOf(out, size);
      }
      int k = Math.min(n - size, end - pos);
      System.arraycopy(buf, pos, out, size, k);
      pos += k;
      size += k;
    }
    return out;
  }

  /** Skips {@code n} bytes; returns how many were skipped (fewer only at the end). */
  long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n) {
      if (pos == end && (eof || !fill())) {
        break;
      }
      int k = (int) Math.min(n - skipped, end - pos);
      pos += k;
      skipped += k;
    }
    return skipped;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    base += end;
    pos = 0;
    end = n;
    return true;
  }
}
