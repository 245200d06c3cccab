package ogireports.document;

import java.util.Arrays;
import java.util.Objects;

/**
 * One input document: where it came from and its bytes, undecoded.
 *
 * @param sourceUri the file's path or URI
 * @param bytes the document's bytes
 * @param sourceUrl the page URL when the input came with one (crawl records), else null
 * @param fetchedAt when the page was fetched (ISO-8601), else null
 */
public record Document(String sourceUri, byte[] bytes, String sourceUrl, String fetchedAt) {

  /** A document read from a file. */
  public Document(String sourceUri, byte[] bytes) {
    this(sourceUri, bytes, null, null);
  }

  public Document {
    Objects.requireNonNull(sourceUri, "sourceUri");
    Objects.requireNonNull(bytes, "bytes");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document d
        && d.sourceUri.equals(sourceUri)
        && Arrays.equals(d.bytes, bytes)
        && Objects.equals(d.sourceUrl, sourceUrl)
        && Objects.equals(d.fetchedAt, fetchedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceUri, sourceUrl, fetchedAt) * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Document[" + sourceUri + ", " + bytes.length + " bytes]";
  }
}
