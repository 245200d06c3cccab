package ogireports.document;

import java.util.Arrays;
import java.util.Objects;

/**
 * One input document: where it came from and its bytes, undecoded.
 *
 * @param sourceUri the file's path or URI
 * @param bytes the document's bytes
 */
public record Document(String sourceUri, byte[] bytes) {

  public Document {
    Objects.requireNonNull(sourceUri, "sourceUri");
    Objects.requireNonNull(bytes, "bytes");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document d && d.sourceUri.equals(sourceUri) && Arrays.equals(d.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return 31 * sourceUri.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Document[" + sourceUri + ", " + bytes.length + " bytes]";
  }
}
