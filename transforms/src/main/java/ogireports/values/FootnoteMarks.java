package ogireports.values;

/**
 * Footnote marks printed right after a number in a table cell ({@code 0①}, {@code 11¹}, {@code
 * 11件*}), pointing at a 注 under the table.
 *
 * <p>Why: NFKC makes a circled or superscript digit a digit ({@code ①} → {@code 1}, {@code ¹} →
 * {@code 1}), so a marked {@code 0①} would read 1 and {@code 11①} 111; a trailing {@code *} made
 * the cell unreadable. A mark is never part of the number: the cell's value is the number before
 * it. A mark counts only right after a digit (or a digit and its count unit) and at the end of the
 * cell or before whitespace or a column bar, so a circled number standing alone as a list or row
 * marker ({@code ①} items, {@code （一）} labels) is left as printed.
 */
public final class FootnoteMarks {

  private FootnoteMarks() {}

  /** Count units a marked number may carry before its mark ({@code 11件*}). */
  private static final String UNITS = "件条项个";

  /**
   * True for a character printed as a footnote mark: a circled, negative circled, double circled or
   * parenthesised digit or number, a superscript digit, or a star ({@code *}, {@code ＊}, {@code
   * ※}).
   */
  static boolean isMark(char c) {
    if (c < 0x80) {
      return c == '*'; // ASCII, as digits are
    }
    if (c >= '\u4E00' && c <= '\u9FFF') {
      return false; // an ideograph: most characters of a label are
    }
    return (c >= '\u2460' && c <= '\u2487') // ①–⑳, ⑴–⒇
        || (c >= '\u24EA' && c <= '\u24FF') // ⓪, ⓫–⓴, ⓵–⓾, ⓿
        || (c >= '\u2776' && c <= '\u2793') // ❶–❿, ➀–➉, ➊–➓
        || c == '\u00B9'
        || c == '\u00B2'
        || c == '\u00B3'
        || c == '\u2070'
        || (c >= '\u2074' && c <= '\u2079') // ⁰, ⁴–⁹
        || c == '*'
        || c == '＊'
        || c == '※';
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static boolean endsMark(char c) {
    return c == '|' || c == '｜' || c == '\t' || Character.isWhitespace(c) || c == '\u3000';
  }

  /**
   * The text with every footnote mark that follows a number removed (the marks of a run too), or
   * the text itself when it holds none: the common case, decided by one scan.
   */
  public static String without(String text) {
    if (text == null) {
      return null;
    }
    int first = -1;
    for (int i = 1; i < text.length(); i++) {
      if (isMark(text.charAt(i)) && marksANumber(text, i)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (i >= first && isMark(text.charAt(i)) && marksANumber(text, i)) {
        int end = i;
        while (end < text.length() && isMark(text.charAt(end))) {
          end++;
        }
        i = end;
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  /**
   * True when the mark at {@code at} starts a run of marks that follows a digit (or a digit and a
   * count unit) and ends the text or is followed by whitespace or a column bar.
   */
  private static boolean marksANumber(String text, int at) {
    if (at == 0) {
      return false;
    }
    char before = text.charAt(at - 1);
    boolean afterNumber =
        isDigit(before) || (UNITS.indexOf(before) >= 0 && at >= 2 && isDigit(text.charAt(at - 2)));
    if (!afterNumber) {
      return false;
    }
    int end = at;
    while (end < text.length() && isMark(text.charAt(end))) {
      end++;
    }
    return end == text.length() || endsMark(text.charAt(end));
  }
}
