package ogireports.crawl;

/**
 * Why a record of a crawl input could not become a document. The names are meant to be written to
 * {@code rejects.reason} as they are.
 */
public enum FailureReason {
  /** A record (or a TEXT file) larger than {@link Limits#maxDocumentBytes()}. */
  TOO_LARGE,
  /**
   * The input inflated past {@link Limits#maxArchiveBytes()} or past {@link Limits#maxRatio()}:
   * reading stopped there (the rest of the input is not read).
   */
  DECOMPRESSION_LIMIT,
  /** A JSONL line that is not a JSON object with a text content field, or a broken WARC record. */
  MALFORMED_RECORD,
  /** The input (or what is left of it) could not be read: I/O error, corrupt compressed data. */
  UNREADABLE,
  /**
   * An entry of the input folder that is not a regular file: a FIFO, a socket, a device, a dangling
   * link or a link loop ({@code detail} says which). Listed, never opened.
   */
  NOT_A_FILE
}
