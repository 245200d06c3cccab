package ogireports.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The charset a container names for a document's bytes (a WARC record's HTTP {@code Content-Type},
 * a web archive part's), applied before the decoder sees them. Labels of encodings the decoder
 * detects by itself (UTF-8, the GBK family) and Latin-1 family labels (most often a mislabel of
 * GBK) leave the bytes as sent; bytes in another charset Java knows (Big5-HKSCS, UTF-16 without a
 * byte-order mark, …) are converted to UTF-8 when they decode cleanly in it.
 */
public final class CharsetLabel {

  private CharsetLabel() {}

  private static final Set<String> KEEP_RAW =
      Set.of(
          "utf-8",
          "utf8",
          "gbk",
          "gb2312",
          "gb18030",
          "gb_2312-80",
          "x-gbk",
          "cp936",
          "windows-936",
          "euc-cn",
          "iso-8859-1",
          "latin1",
          "us-ascii",
          "ascii",
          "windows-1252",
          "cp1252",
          "hz-gb-2312");

  /** The bytes as the decoder should see them, given the charset label (null: none given). */
  public static byte[] applied(byte[] bytes, String label) {
    String charset = label == null ? null : label.replace("\"", "").trim().toLowerCase(Locale.ROOT);
    if (charset == null || charset.isEmpty() || KEEP_RAW.contains(charset)) {
      return bytes;
    }
    try {
      Charset cs = Charset.forName(charset);
      String text =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.getBytes(StandardCharsets.UTF_8);
    } catch (CharacterCodingException | RuntimeException e) {
      return bytes;
    }
  }
}
