package ogireports.crawl;

import java.io.IOException;
import java.io.InputStream;
import ogireports.document.Document;

/** A TEXT input: the whole (decompressed) file is one document named by the input's URI. */
final class TextRecords extends CrawlReader {
  private final InputStream in;
  private boolean read;

  TextRecords(String sourceUri, InputStream in, Limits limits) {
    super(sourceUri, limits);
    this.in = in;
  }

  @Override
  CrawlItem readNext() throws IOException {
    if (read) {
      return null;
    }
    read = true;
    stats.record();
    long max = limits.maxDocumentBytes();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      return new CrawlItem.Failure(sourceUri, FailureReason.TOO_LARGE,
          "the document is larger than the limit of " + max + " bytes (read stopped there)",
          bytes.length);
    }
    return new CrawlItem.Doc(new Document(sourceUri, bytes));
  }
}
