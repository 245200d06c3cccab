package ogireports.crawl;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/** Test helpers: read an input fully, compress bytes. */
final class Items {
  private Items() {}

  static List<CrawlItem> read(String uri, byte[] bytes, InputFormat format, Limits limits) {
    List<CrawlItem> items = new ArrayList<>();
    try (CrawlReader reader =
        CrawlReader.open(uri, new ByteArrayInputStream(bytes), format, limits)) {
      reader.forEachRemaining(items::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return items;
  }

  static List<CrawlItem> read(String uri, byte[] bytes) {
    return read(uri, bytes, null, Limits.DEFAULTS);
  }

  interface Wrapper {
    OutputStream wrap(OutputStream out) throws IOException;
  }

  static byte[] compress(byte[] bytes, Wrapper wrapper) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (OutputStream z = wrapper.wrap(out)) {
        z.write(bytes);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gzip(byte[] b) {
    return compress(b, GZIPOutputStream::new);
  }

  static byte[] bzip2(byte[] b) {
    return compress(b, BZip2CompressorOutputStream::new);
  }

  static byte[] zlib(byte[] b) {
    return compress(b, DeflaterOutputStream::new);
  }

  static byte[] rawDeflate(byte[] b) {
    return compress(b, out -> new DeflaterOutputStream(out, new Deflater(9, true)));
  }

  static byte[] zstd(byte[] b) {
    return compress(b, ZstdOutputStream::new);
  }

  static CrawlItem.Readable doc(CrawlItem item) {
    if (item instanceof CrawlItem.Readable d) {
      return d;
    }
    throw new AssertionError("not a document: " + item);
  }

  static CrawlItem.Failure failure(CrawlItem item) {
    if (item instanceof CrawlItem.Failure f) {
      return f;
    }
    throw new AssertionError("not a failure: " + item);
  }
}
