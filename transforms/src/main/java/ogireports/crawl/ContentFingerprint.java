package ogireports.crawl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import ogireports.text.LineForms;
import ogireports.text.Normalise;

/**
 * A dedupe key for a report's text: lower-case hex SHA-256 of the text after NFKC ({@link
 * Normalise#nfkc}) with every whitespace character removed ({@link Normalise#isSpace}: spaces,
 * tabs, line breaks, NBSP, U+3000, zero-width spaces and the BOM).
 *
 * <p>So the same report fetched twice has the same fingerprint whatever its encoding (decode it
 * first), its BOM, its line endings, its NBSP padding, full-width or half-width punctuation and the
 * way its table cells are laid out (tab cells, TSV rows, one cell per line). Whitespace is removed
 * rather than collapsed because a different layout of the same tables moves it around.
 */
public final class ContentFingerprint {

  private ContentFingerprint() {}

  /**
   * The fingerprint of decoded lines (as {@code DecodedText.lines()} gives them). The lines of a
   * report the parser just read are squeezed already ({@link LineForms#shared}: the same {@link
   * Normalise#squeeze}), and are not squeezed again.
   */
  public static String of(List<String> decodedLines) {
    MessageDigest sha = sha256();
    LineForms forms = LineForms.shared(decodedLines);
    for (int i = 0; i < decodedLines.size(); i++) {
      sha.update(forms.squeezed(i).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The fingerprint of a decoded text; equal to {@link #of(List)} of its lines. */
  public static String of(String decodedText) {
    MessageDigest sha = sha256();
    sha.update(Normalise.squeeze(decodedText).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
