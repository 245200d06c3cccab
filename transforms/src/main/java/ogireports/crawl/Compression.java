package ogireports.crawl;

import com.github.luben.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The compression wrapped around an input file. Detected from the magic bytes first, then from the
 * extension ({@code .gz .bz2 .deflate .zst}); the magic bytes win when both are present and
 * disagree (a {@code .gz} whose bytes are plain text was already decompressed on the way).
 */
public enum Compression {
  NONE(""),
  /** gzip, including concatenated members (WARC.gz holds one member per record). */
  GZIP(".gz"),
  /** bzip2, including concatenated streams. */
  BZIP2(".bz2"),
  /** zlib-wrapped deflate (RFC 1950), or raw deflate (RFC 1951) when the name says .deflate. */
  DEFLATE(".deflate"),
  /** Zstandard, including concatenated frames. */
  ZSTD(".zst");

  private final String extension;

  Compression(String extension) {
    this.extension = extension;
  }

  /** The file-name extension, e.g. {@code .gz}; empty for {@link #NONE}. */
  public String extension() {
    return extension;
  }

  /**
   * Decides the compression of a file.
   *
   * @param fileName the file name or path (may be null)
   * @param head the file's first raw bytes (at least 4 for the magic to be recognised)
   */
  public static Compression detect(String fileName, byte[] head) {
    Compression byMagic = byMagic(head);
    if (byMagic != NONE) {
      return byMagic;
    }
    Compression byName = byExtension(fileName);
    // An extension that the bytes contradict is trusted only for raw deflate, which has no magic.
    return byName == DEFLATE ? DEFLATE : NONE;
  }

  /** The compression named by the file name's extension, or {@link #NONE}. */
  public static Compression byExtension(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    for (Compression c : values()) {
      if (c != NONE && name.endsWith(c.extension)) {
        return c;
      }
    }
    if (name.endsWith(".zstd")) {
      return ZSTD;
    }
    if (name.endsWith(".gzip")) {
      return GZIP;
    }
    return NONE;
  }

  /** The file name without its compression extension ({@code a.jsonl.gz} → {@code a.jsonl}). */
  public static String stripExtension(String fileName) {
    Compression c = byExtension(fileName);
    if (c == NONE) {
      return fileName;
    }
    int dot = fileName.lastIndexOf('.');
    return fileName.substring(0, dot);
  }

  static Compression byMagic(byte[] h) {
    if (h == null || h.length < 2) {
      return NONE;
    }
    int b0 = h[0] & 0xFF;
    int b1 = h[1] & 0xFF;
    if (b0 == 0x1F && b1 == 0x8B) {
      return GZIP;
    }
    if (h.length >= 4 && b0 == 'B' && b1 == 'Z' && h[2] == 'h' && h[3] >= '1' && h[3] <= '9') {
      return BZIP2;
    }
    if (h.length >= 4
        && b0 == 0x28
        && b1 == 0xB5
        && (h[2] & 0xFF) == 0x2F
        && (h[3] & 0xFF) == 0xFD) {
      return ZSTD;
    }
    if (isZlibHeader(b0, b1) && b1 != 0x5E) {
      // 78 01 / 78 9C / 78 DA; 78 5E ("x^") is left out: it could be the start of a text.
      return DEFLATE;
    }
    return NONE;
  }

  private static boolean isZlibHeader(int b0, int b1) {
    return (b0 & 0x0F) == 8 && (b0 >> 4) <= 7 && ((b0 << 8) | b1) % 31 == 0 && b0 == 0x78;
  }

  /**
   * Wraps a raw stream in this compression's decoder.
   *
   * @param in the raw stream
   * @param head the stream's first bytes (to tell zlib from raw deflate)
   */
  InputStream wrap(InputStream in, byte[] head) throws IOException {
    return switch (this) {
      case NONE -> in;
      case GZIP -> new GZIPInputStream(in, 8_192);
      case BZIP2 -> new BZip2CompressorInputStream(in, true);
      case DEFLATE ->
          head != null && head.length >= 2 && isZlibHeader(head[0] & 0xFF, head[1] & 0xFF)
              ? new InflaterInputStream(in, new Inflater(false), 8_192)
              : new InflaterInputStream(in, new Inflater(true), 8_192);
      case ZSTD -> new ZstdInputStream(in).setContinuous(false);
    };
  }
}
