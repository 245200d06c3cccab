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
    if (s == null) {
      return "";
    }
    // Most cells and labels are already NFKC; checking is much cheaper than normalising, and a
    // scan for characters that NFKC never changes is cheaper still.
    if (isPlainlyNfkc(s)) {
      return s;
    }
    String simple = simpleNfkc(s);
    if (simple != null) {
      return simple;
    }
    return Normalizer.isNormalized(s, Normalizer.Form.NFKC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFKC);
  }

  /**
   * NFKC of a text whose only characters NFKC changes are the full-width ASCII forms (U+FF01 to
   * U+FF5E, which NFKC maps one to one onto U+0021 to U+007E), the ideographic space U+3000 and
   * NBSP (both mapped to a space); null when the text has any other such character. Chinese prose
   * is full of ，：（）, and the general normaliser cost more than the rest of the parse. The other
   * characters are ones {@link #isPlainlyNfkc} accepts: none of them composes with its neighbours,
   * so mapping character by character gives exactly NFKC.
   */
  static String simpleNfkc(String s) {
    // By the kinds squeeze uses (the characters this maps are its full-width and space kinds, the
    // ones it leaves its kept kind, a tab and a space): no branch per kind, as in squeeze.
    int n = s.length();
    char[] out = new char[n];
    s.getChars(0, n, out, 0);
    boolean changed = false;
    for (int i = 0; i < n; i++) {
      char c = out[i];
      int kind = SQUEEZE[c];
      if (kind == OTHER) {
        return null;
      }
      char mapped = (char) (c - SHIFT_BY_KIND[kind]);
      if (kind == DROP && c != '\t') {
        mapped = ' '; // U+3000 and NBSP; a space stays a space
      }
      changed |= mapped != c;
      out[i] = mapped;
    }
    return changed ? new String(out) : s;
  }

  /**
   * True when every character is one NFKC leaves as it is whatever surrounds it: printable ASCII
   * and tab, the CJK Unified Ideographs block, and the common Chinese punctuation that has no
   * compatibility mapping (not full-width forms, U+3000 or the ellipsis, which NFKC rewrites).
   */
  static boolean isPlainlyNfkc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isPlainChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static final byte OTHER = 0;
  private static final byte KEEP = 1;
  private static final byte FULL_WIDTH = 2;
  private static final byte DROP = 3;

  /**
   * What {@link #squeeze} does with each character in one pass: keep it (plain: NFKC leaves it and
   * it is no space), map a full-width form to ASCII, drop a space (tab, U+0020, and U+3000 and NBSP
   * which NFKC maps to U+0020), or OTHER: the text takes NFKC and then the space removal.
   */
  private static final byte[] SQUEEZE = squeezeTable();

  private static byte[] squeezeTable() {
    byte[] t = new byte[0x10000];
    for (int c = 0; c < t.length; c++) {
      char ch = (char) c;
      if (ch >= 0xFF01 && ch <= 0xFF5E) {
        t[c] = FULL_WIDTH;
      } else if (ch == ' ' || ch == '\t' || ch == 0x3000 || ch == 0x00A0) {
        t[c] = DROP;
      } else if (isPlainCharUncached(ch) && !isSpaceUncached(ch)) {
        t[c] = KEEP;
      }
    }
    return t;
  }

  /** {@link #isPlainChar} of every character. */
  private static final boolean[] PLAIN = plainTable();

  private static boolean[] plainTable() {
    boolean[] t = new boolean[0x10000];
    for (int c = 0; c < t.length; c++) {
      t[c] = isPlainCharUncached((char) c);
    }
    return t;
  }

  static boolean isPlainChar(char c) {
    // printable ASCII and the ideographs without the table: a reader that asks of one character
    // per line (the first one printed) would miss the cache on a table of every character
    if ((c >= 0x20 && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF)) {
      return true;
    }
    return PLAIN[c];
  }

  private static boolean isPlainCharUncached(char c) {
    if ((c >= 0x20 && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF) || c == '\t') {
      return true;
    }
    return switch (c) {
      // 〈〉 (U+3008, U+3009) cite documents in prose (〈条例〉): NFKC keeps them, as the angle
      // brackets U+2329 and U+232A become them
      case '、',
          '。',
          '《',
          '》',
          '「',
          '」',
          '“',
          '”',
          '‘',
          '’',
          '—',
          '·',
          '【',
          '】',
          '〔',
          '〕',
          '〈',
          '〉' ->
          true;
      default -> false;
    };
  }

  /** True for every whitespace character, including NBSP, U+3000 and zero-width spaces. */
  public static boolean isSpace(int cp) {
    // printable ASCII and the ideographs, most characters, without the table (as isPlainChar)
    if ((cp > ' ' && cp < 0x7F) || (cp >= 0x4E00 && cp <= 0x9FFF)) {
      return false;
    }
    if (cp >= 0 && cp < 0x10000) {
      return SPACE[cp];
    }
    return isSpaceUncached(cp);
  }

  /** {@link #isSpace} of every character. */
  private static final boolean[] SPACE = spaceTable();

  private static boolean[] spaceTable() {
    boolean[] t = new boolean[0x10000];
    for (int c = 0; c < t.length; c++) {
      t[c] = isSpaceUncached(c);
    }
    return t;
  }

  private static boolean isSpaceUncached(int cp) {
    if (cp > ' ' && cp < 0x80) {
      return false; // printable ASCII
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return false; // CJK ideographs
    }
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
    int first = 0;
    while (first < s.length() && !isSpace(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s; // the common case: nothing to strip
    }
    StringBuilder out = new StringBuilder(s.length());
    out.append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** NFKC, then every whitespace character removed: the form cells and labels are compared in. */
  public static String squeeze(String s) {
    if (s == null) {
      return "";
    }
    String squeezed = squeezePlain(s, new char[s.length()]);
    return squeezed != null ? squeezed : stripSpaces(nfkc(s));
  }

  /**
   * {@link #squeeze} of a text whose characters it maps one by one (each a character that NFKC
   * leaves as it is, a full-width form or a space: no control character such as '\n', nothing NFKC
   * composes or decomposes), else null; {@code scratch} holds at least {@code s.length()}
   * characters and is written over. Squeezing every line of a report into one scratch array
   * allocates only the squeezed strings.
   */
  public static String squeezePlain(String s, char[] scratch) {
    // One pass for the common text (what simpleNfkc maps, then what stripSpaces removes). The
    // characters are copied out once and squeezed in place: a loop over an array is cheaper than
    // charAt on the string. Kept and full-width characters alternate unpredictably in Chinese
    // prose (，。：), so each character is written as SQUEEZED says, with no branch per kind: a
    // dropped space is written as 0 and not counted.
    int n = s.length();
    char[] out = scratch;
    s.getChars(0, n, out, 0);
    int o = 0;
    int changed = 0;
    for (int i = 0; i < n; i++) {
      char c = out[i];
      char squeezed = SQUEEZED[c];
      if (squeezed == NOT_PLAIN) {
        return null;
      }
      out[o] = squeezed;
      o += (-squeezed) >>> 31; // 1 unless a dropped space (0)
      changed |= squeezed ^ c;
    }
    return changed == 0 ? s : new String(out, 0, o);
  }

  /** What {@link #SQUEEZED} gives for a character the text is not squeezed by one pass over. */
  private static final char NOT_PLAIN = '\uFFFF';

  /**
   * What {@link #squeezePlain} makes of each character, by its {@link #SQUEEZE} kind: a kept one
   * itself, a full-width form its ASCII character, a space 0 (dropped), and {@link #NOT_PLAIN} for
   * the others (U+0000 and U+FFFF are not kept: neither is a plain character).
   */
  private static final char[] SQUEEZED = squeezedTable();

  private static char[] squeezedTable() {
    char[] t = new char[0x10000];
    for (int c = 0; c < t.length; c++) {
      t[c] =
          switch (SQUEEZE[c]) {
            case KEEP -> (char) c;
            case FULL_WIDTH -> (char) (c - 0xFEE0);
            case DROP -> 0;
            default -> NOT_PLAIN;
          };
    }
    return t;
  }

  /**
   * What {@link #simpleNfkc} subtracts from a character of each kind: full-width forms to ASCII.
   */
  private static final int[] SHIFT_BY_KIND = {0, 0, 0xFEE0, 0};

  /** {@link #squeeze} plus unified quotes (“”「」" → “ ”), for matching labels. */
  public static String label(String s) {
    return labelOfSqueezed(squeeze(s));
  }

  /** {@link #label} of a text given squeezed ({@code t} is {@link #squeeze} of it). */
  public static String labelOfSqueezed(String t) {
    int first = firstQuote(t);
    if (first < 0) {
      return t;
    }
    // the quotes from the first on, in place in a copy: the text before it is as it was
    char[] out = t.toCharArray();
    boolean open = true;
    for (int i = first; i < out.length; i++) {
      if (isQuote(out[i])) {
        out[i] = open ? '“' : '”';
        open = !open;
      }
    }
    return new String(out);
  }

  /** Where the first quote {@link #labelOfSqueezed} unifies stands in {@code t}, or -1. */
  private static int firstQuote(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (isQuote(t.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '「' || c == '」';
  }

  /** True when the line holds nothing but whitespace. */
  public static boolean isBlank(String line) {
    if (line == null) {
      return true;
    }
    for (int i = 0; i < line.length(); i++) {
      if (!isSpace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
