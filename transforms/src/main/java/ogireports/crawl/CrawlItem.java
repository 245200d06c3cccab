package ogireports.crawl;

import ogireports.document.Document;

/** One item read from a crawl input: a document, or a record that could not be used. */
public sealed interface CrawlItem {

  /** The item's source URI ({@code archive.warc.gz#urn:uuid:…}, {@code dump.jsonl#L12}, a path). */
  String sourceUri();

  /** A record that is a document to parse. */
  record Readable(Document document) implements CrawlItem {
    @Override
    public String sourceUri() {
      return document.sourceUri();
    }
  }

  /**
   * A record that did not become a document.
   *
   * @param sourceUri the record's URI, or the input's URI when the failure stopped the input
   * @param reason why
   * @param detail what was found, in a sentence
   * @param bytes the record's size in bytes as far as it is known (bytes read for a stopped input)
   */
  record Failure(String sourceUri, FailureReason reason, String detail, long bytes)
      implements CrawlItem {}
}
