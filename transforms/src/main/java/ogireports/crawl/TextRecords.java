package ogireports.crawl;

import java.io.IOException;
import java.io.InputStream;
import ogireports.document.Document;

/**
 * A TEXT input: the whole (decompressed) file is one document named by the input's URI; a file that
 * holds one crawl record (JSON) is that record's document ({@link JsonlRecords#soleRecord}), and a
 * file that is some other JSON document the text of its strings ({@link JsonlRecords#stringsOf}).
 */
final class TextRecords extends CrawlReader {
  private final InputStream in;
  private final boolean compressed;
  private final JsonlFields fields;
  private boolean read;

  TextRecords(String sourceUri, InputStream in, Limits limits) {
    this(sourceUri, in, limits, false, JsonlFields.DEFAULTS);
  }

  /**
   * @param compressed the input was decompressed: when its compressed data ends early (a cut {@code
   *     .gz}), the text decoded before the cut is the document
   * @param fields the fields of a crawl record, for a text file that holds one ({@link
   *     JsonlRecords#soleRecord})
   */
  TextRecords(
      String sourceUri, InputStream in, Limits limits, boolean compressed, JsonlFields fields) {
    super(sourceUri, limits);
    this.in = in;
    this.compressed = compressed;
    this.fields = fields;
  }

  @Override
  CrawlItem readNext() throws IOException {
    if (read) {
      return null;
    }
    read = true;
    stats.record();
    long max = limits.maxDocumentBytes();
    int most = (int) Math.min(Integer.MAX_VALUE - 8, max + 1);
    int size = compressed ? CrawlReader.BUFFER : CrawlReader.bufferSize(in);
    java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream(size);
    byte[] buf = new byte[size];
    try {
      while (read.size() < most) {
        int n = in.read(buf, 0, Math.min(buf.length, most - read.size()));
        if (n < 0) {
          break;
        }
        read.write(buf, 0, n);
      }
    } catch (DecompressionLimitException e) {
      throw e;
    } catch (IOException e) {
      if (!compressed || read.size() == 0) {
        throw e;
      }
      // The compressed data is cut or corrupt past this point: keep what was decoded before it
      // (a report cut short becomes a PARTIAL report, not a lost one).
    }
    byte[] bytes = read.toByteArray();
    if (bytes.length > max) {
      return new CrawlItem.Failure(
          sourceUri,
          FailureReason.TOO_LARGE,
          "the document is larger than the limit of " + max + " bytes (read stopped there)",
          bytes.length);
    }
    // a crawler's record saved as a text file: its text field is the document
    Document record = JsonlRecords.soleRecord(sourceUri, bytes, limits, fields);
    if (record != null) {
      return new CrawlItem.Readable(record);
    }
    // a JSON document that is no crawl record: the text its strings hold, not its numbers
    byte[] strings = JsonlRecords.stringsOf(bytes);
    return new CrawlItem.Readable(new Document(sourceUri, strings != null ? strings : bytes));
  }
}
