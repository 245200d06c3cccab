package ogireports.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import ogireports.document.Document;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

/** Coder of {@link Document}: its source URI, its bytes, and the optional URL and fetch time. */
public final class DocumentCoder extends CustomCoder<Document> {

  private static final DocumentCoder INSTANCE = new DocumentCoder();
  private static final NullableCoder<String> OPTIONAL = NullableCoder.of(StringUtf8Coder.of());

  public static DocumentCoder of() {
    return INSTANCE;
  }

  private DocumentCoder() {}

  @Override
  public void encode(Document value, OutputStream out) throws IOException {
    StringUtf8Coder.of().encode(value.sourceUri(), out);
    ByteArrayCoder.of().encode(value.bytes(), out);
    OPTIONAL.encode(value.sourceUrl(), out);
    OPTIONAL.encode(value.fetchedAt(), out);
  }

  @Override
  public Document decode(InputStream in) throws IOException {
    return new Document(
        StringUtf8Coder.of().decode(in),
        ByteArrayCoder.of().decode(in),
        OPTIONAL.decode(in),
        OPTIONAL.decode(in));
  }

  @Override
  public void verifyDeterministic() {}
}
