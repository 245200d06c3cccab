package ogireports.crawl;

import java.util.List;
import ogireports.text.LineForms;
import ogireports.text.Normalise;
import ogireports.text.Sha256;

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
    Sha256.Text sha = Sha256.text();
    LineForms forms = LineForms.shared(decodedLines);
    for (int i = 0; i < decodedLines.size(); i++) {
      sha.add(forms.squeezed(i));
    }
    return sha.hex();
  }

  /** The fingerprint of a decoded text; equal to {@link #of(List)} of its lines. */
  public static String of(String decodedText) {
    return Sha256.text().add(Normalise.squeeze(decodedText)).hex();
  }
}
