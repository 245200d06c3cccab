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

  /** The squeezed lines of a report, joined: a thread's own, emptied for each report. */
  private static final ThreadLocal<StringBuilder> JOINED =
      ThreadLocal.withInitial(() -> new StringBuilder(16 * 1024));

  /**
   * The fingerprint of decoded lines (as {@code DecodedText.lines()} gives them). The lines of a
   * report the parser just read are squeezed already ({@link LineForms#shared}: the same {@link
   * Normalise#squeeze}), and are not squeezed again.
   *
   * <p>The digest takes the squeezed lines joined, a few large pieces rather than one piece a line:
   * a native digest ({@code QuickCompilerSha256} of the pipeline) pays a call into native code for
   * each piece. The bytes digested are those of the lines one by one: a line is passed on by itself
   * when it ends in a high surrogate, which alone is {@code '?'} but would pair with a low
   * surrogate that begins the next line.
   */
  public static String of(List<String> decodedLines) {
    Sha256.Text sha = Sha256.text();
    LineForms forms = LineForms.shared(decodedLines);
    StringBuilder joined = JOINED.get();
    joined.setLength(0);
    for (int i = 0; i < decodedLines.size(); i++) {
      String line = forms.squeezed(i);
      joined.append(line);
      if (!line.isEmpty() && Character.isHighSurrogate(line.charAt(line.length() - 1))) {
        sha.add(joined.toString());
        joined.setLength(0);
      }
    }
    if (joined.length() > 0) {
      sha.add(joined.toString());
    }
    if (joined.capacity() > 1 << 20) {
      JOINED.remove(); // a huge document's buffer is not kept for the next report
    }
    return sha.hex();
  }

  /** The fingerprint of a decoded text; equal to {@link #of(List)} of its lines. */
  public static String of(String decodedText) {
    return Sha256.text().add(Normalise.squeeze(decodedText)).hex();
  }
}
