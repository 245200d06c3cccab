package ogireports.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * A page saved as a web archive (MHTML, {@code .mht}/{@code .mhtml}: what a browser's "save as a
 * single file" and a headless browser's page snapshot write): a MIME message whose parts are the
 * page and its images and style sheets, the page's HTML in quoted-printable or base64. The page is
 * its first {@code text/html} part (else its first {@code text/plain} one), its transfer encoding
 * undone by Apache James mime4j; read as text, the archive had been rejected (its Chinese
 * quoted-printable, {@code =E4=B8=AD}).
 *
 * <p>A web archive is told by its head: MIME headers before the first blank line, one of them
 * {@code Content-Type: multipart/related}.
 */
public final class WebArchive {

  private WebArchive() {}

  /** How far into the bytes the MIME headers are looked for. */
  static final int HEAD_BYTES = 4096;

  /** True when {@code bytes} start as a web archive (MIME headers of a multipart/related). */
  public static boolean isWebArchive(byte[] bytes) {
    if (bytes.length == 0 || !isAsciiLetter(bytes[0])) {
      return false; // MIME headers start with a field name (a report, with text or a tag)
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int end = head.indexOf("\n\n");
    int crlf = head.indexOf("\r\n\r\n");
    if (crlf >= 0 && (end < 0 || crlf < end)) {
      end = crlf;
    }
    if (end < 0) {
      return false;
    }
    String headers = head.substring(0, end);
    return (headers.startsWith("content-type:")
            || headers.startsWith("mime-version:")
            || headers.startsWith("from:")
            || headers.startsWith("subject:")
            || headers.startsWith("date:")
            || headers.startsWith("snapshot-content-location:"))
        && headers.matches("(?s).*(^|\\n)content-type:\\s*multipart/related.*");
  }

  private static boolean isAsciiLetter(byte b) {
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
  }

  /**
   * The page a web archive holds, as bytes the decoder reads (its part's charset applied: {@link
   * CharsetLabel}), or null when {@code bytes} are no web archive or hold no page.
   */
  public static byte[] page(byte[] bytes) {
    if (!isWebArchive(bytes)) {
      return null;
    }
    Page found = new Page();
    MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE);
    parser.setContentDecoding(true);
    parser.setContentHandler(found);
    try {
      parser.parse(new ByteArrayInputStream(bytes));
    } catch (MimeException | IOException | RuntimeException e) {
      // a broken archive: the page found before the break, if any
    }
    byte[] page = found.html != null ? found.html : found.text;
    if (page == null) {
      return null;
    }
    return CharsetLabel.applied(page, found.html != null ? found.htmlCharset : found.textCharset);
  }

  /** Keeps the first text/html and the first text/plain part. */
  private static final class Page extends AbstractContentHandler {
    byte[] html;
    String htmlCharset;
    byte[] text;
    String textCharset;

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws IOException {
      String type = bd.getMimeType() == null ? "" : bd.getMimeType().toLowerCase(Locale.ROOT);
      if (type.equals("text/html") && html == null) {
        html = is.readAllBytes();
        htmlCharset = declared(bd);
      } else if (type.equals("text/plain") && text == null) {
        text = is.readAllBytes();
        textCharset = declared(bd);
      }
    }

    /** The part's charset parameter; null when the part names none (mime4j's default). */
    private static String declared(BodyDescriptor bd) {
      String charset = bd.getCharset();
      return charset == null || charset.equalsIgnoreCase("us-ascii") ? null : charset;
    }
  }
}
