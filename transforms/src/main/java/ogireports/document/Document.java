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
 * @param title the page's title as a crawl record kept it beside the text (its extractor took the
 *     title out of the body), else null; read as the text's first line
 * @param published the page's publication date as a crawl record kept it beside the text, else
 *     null; read as a {@code 发布时间} line under the title
 */
public record Document(
    String sourceUri,
    byte[] bytes,
    String sourceUrl,
    String fetchedAt,
    String title,
    String published) {

  /** A document read from a file. */
  public Document(String sourceUri, byte[] bytes) {
    this(sourceUri, bytes, null, null);
  }

  /** A document with where and when it was fetched, and no fields kept beside its text. */
  public Document(String sourceUri, byte[] bytes, String sourceUrl, String fetchedAt) {
    this(sourceUri, bytes, sourceUrl, fetchedAt, null, null);
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
        && Objects.equals(d.fetchedAt, fetchedAt)
        && Objects.equals(d.title, title)
        && Objects.equals(d.published, published);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceUri, sourceUrl, fetchedAt, title, published) * 31
        + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Document[" + sourceUri + ", " + bytes.length + " bytes]";
  }
}
