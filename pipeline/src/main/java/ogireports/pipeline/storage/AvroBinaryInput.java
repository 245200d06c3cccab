package ogireports.pipeline.storage;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A read position in a byte array of values in Avro's binary encoding, for {@link
 * AvroBinaryWriteSupport}, which hands the bytes of strings to Parquet where they lie.
 *
 * <p>Avro's own {@link org.apache.avro.io.BinaryDecoder} does not say where in its array it is, so
 * a string read through it has to be copied out first (into a {@link org.apache.avro.util.Utf8});
 * the encoding of the types read here is small enough to read by hand instead: an int or long is a
 * zig-zag varint, a float or double its IEEE bits little-endian, a boolean one byte, a string or
 * bytes a long length and the bytes. A value that runs past the end, a negative length, or a varint
 * too long is refused with an {@link IllegalArgumentException}, never read from the next value.
 */
public final class AvroBinaryInput {

  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private final byte[] bytes;
  private int position;
  private final int limit;

  public AvroBinaryInput(byte[] bytes) {
    this.bytes = bytes;
    this.position = 0;
    this.limit = bytes.length;
  }

  /** The array read from; the bytes of a string are {@code array()[position()..]}. */
  byte[] array() {
    return bytes;
  }

  int position() {
    return position;
  }

  public boolean atEnd() {
    return position == limit;
  }

  public long readLong() {
    long raw = 0;
    int shift = 0;
    while (true) {
      if (position == limit) {
        throw truncated("a long");
      }
      int b = bytes[position++];
      raw |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return (raw >>> 1) ^ -(raw & 1);
      }
      shift += 7;
      if (shift > 63) {
        throw new IllegalArgumentException("Avro long longer than 10 bytes at " + position);
      }
    }
  }

  public int readInt() {
    long value = readLong();
    if (value != (int) value) {
      throw new IllegalArgumentException("Avro int out of range: " + value);
    }
    return (int) value;
  }

  public double readDouble() {
    require(8, "a double");
    double value = Double.longBitsToDouble((long) LONG_LE.get(bytes, position));
    position += 8;
    return value;
  }

  public float readFloat() {
    require(4, "a float");
    float value = Float.intBitsToFloat((int) INT_LE.get(bytes, position));
    position += 4;
    return value;
  }

  public boolean readBoolean() {
    require(1, "a boolean");
    byte b = bytes[position++];
    if (b != 0 && b != 1) {
      throw new IllegalArgumentException("Avro boolean byte " + b + " at " + (position - 1));
    }
    return b == 1;
  }

  /**
   * Reads the length of a string or bytes value and checks that many bytes follow; they start at
   * {@link #position()}, and {@link #skip} passes them.
   */
  int readLength() {
    long length = readLong();
    if (length < 0 || length > limit - position) {
      throw new IllegalArgumentException(
          "Avro string or bytes of length " + length + " at " + position + " of " + limit);
    }
    return (int) length;
  }

  void skip(int n) {
    require(n, "skipped bytes");
    position += n;
  }

  /** Passes a string or bytes value. */
  public void skipString() {
    skip(readLength());
  }

  private void require(int n, String what) {
    if (n > limit - position) {
      throw truncated(what);
    }
  }

  private IllegalArgumentException truncated(String what) {
    return new IllegalArgumentException("Avro data ends at " + limit + " in the middle of " + what);
  }
}
