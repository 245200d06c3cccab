package ogireports.text;

import java.text.Normalizer;

/**
 * The one owner of character-level normalisation (spec §5 and §6): NFKC, whitespace removal and
 * quote unification. Table-specific label fixes (typos such as 结果维护) live with the tables.
 */
public final class Normalise {

  private Normalise() {}

  /** NFKC: full-width digits and punctuation, U+00A0 and U+3000 become ASCII. */
  public static String nfkc(String s) {
    return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC);
  }

  /** True for every whitespace character, including NBSP, U+3000 and zero-width spaces. */
  public static boolean isSpace(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == 0x200B
        || cp == 0xFEFF
        || cp == 0x200C
        || cp == 0x200D;
  }

  /** Removes every whitespace character (after no other change). */
  public static String stripSpaces(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !isSpace(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** NFKC, then every whitespace character removed: the form cells and labels are compared in. */
  public static String squeeze(String s) {
    return stripSpaces(nfkc(s));
  }

  /** {@link #squeeze} plus unified quotes (“”「」" → “ ”), for matching labels. */
  public static String label(String s) {
    String t = squeeze(s);
    StringBuilder out = new StringBuilder(t.length());
    boolean open = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"' || c == '“' || c == '”' || c == '「' || c == '」') {
        out.append(open ? '“' : '”');
        open = !open;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** True when the line holds nothing but whitespace. */
  public static boolean isBlank(String line) {
    return stripSpaces(line).isEmpty();
  }
}
