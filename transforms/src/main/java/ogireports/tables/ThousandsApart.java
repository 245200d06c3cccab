package ogireports.tables;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A number whose thousand separator is followed by a space ({@code 2, 689}, and {@code ５， ２９３} once
 * NFKC has made it {@code 5, 293}), read as the one number it is.
 *
 * <p>Why: a PDF's justified cell or a full-width comma gets a space after the comma, and the words
 * of a row are cut at spaces: {@code 2,} and {@code 689} would be two cells, the row one cell too
 * long, and its 总计 lost. The reading is taken only where it is unambiguous: the word is digits
 * grouped by thousands ending in a comma ({@code 2,}, {@code 1,234,}), one space follows, and the
 * next word is exactly three digits. A comma between two cells has no such shape (no cell is
 * written {@code 2,}); a number with two groups cut so ({@code 1, 234, 567}) is left as it is.
 *
 * <p>A line break after the number's first digits does the same ({@code …⇥57⇥1⏎,869}, a page's or a
 * crawl's wrapping): the row's last value would be read as 1 and its 总计 lost in a wrong number. A
 * line that is a comma and three digits right after a row's last value, its digits not grouped yet,
 * is the end of that value: no cell starts with a comma.
 */
final class ThousandsApart {

  private static final Pattern GROUPS_AND_COMMA = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})*,");

  private ThousandsApart() {}

  /**
   * The end of the number that the word {@code s[from, to)} starts when its last thousands group
   * follows it after one space ({@code 2, 689}), else {@code to}.
   */
  static int end(String s, int from, int to) {
    int n = s.length();
    if (to - from < 2
        || s.charAt(to - 1) != ','
        || to + 4 > n
        || s.charAt(to) != ' '
        || !digits(s, to + 1, to + 4)
        || (to + 4 < n && !Character.isWhitespace(s.charAt(to + 4)) && s.charAt(to + 4) != '\u3000')
        || !GROUPS_AND_COMMA.matcher(s.substring(from, to)).matches()) {
      return to;
    }
    return to + 4;
  }

  /** The number {@code s[from, end)} ({@link #end}) without the space after its comma. */
  static String joined(String s, int from, int end) {
    return s.substring(from, end - 4) + s.substring(end - 3, end);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static final Pattern GROUP_AFTER_BREAK = Pattern.compile("[,，][0-9]{3}");

  private static final Pattern LEADING_DIGITS = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})*");

  /**
   * The last of {@code values} with {@code next} put after it, when {@code next} is the rest of
   * that number broken at a thousand separator ({@code ,869} on the line after {@code 1}); else
   * null.
   */
  static Cell continued(List<Cell> values, Cell next) {
    if (values.isEmpty()) {
      return null;
    }
    Cell last = values.get(values.size() - 1);
    String tail = next.text();
    if (tail.length() != 4
        || next.line() != last.line() + 1
        || !GROUP_AFTER_BREAK.matcher(tail).matches()
        || !LEADING_DIGITS.matcher(last.raw()).matches()) {
      return null;
    }
    String group = "," + tail.substring(1);
    return new Cell(
        last.raw() + group, last.text() + group, last.line(), last.row(), last.layout(), false);
  }
}
