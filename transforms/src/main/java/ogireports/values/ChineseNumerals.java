package ogireports.values;

/**
 * Counts written in Chinese numerals as some filers type a table's cells ({@code 一}, {@code 十二},
 * {@code 三十八}, {@code 两}, {@code 一百零五}): read by {@link Numbers#parseChinese}, and taken only in
 * the form a count is written, so that a run of digits such as {@code 一二} (12, or the cells 1 and
 * 2) or a numeral written by place ({@code 二〇}) is no count. Below a thousand: a zero only between
 * 百 and a digit ({@code 一百零五}), a digit after 百 followed by 十 ({@code 一百二十}), no leading {@code
 * 一十}.
 */
public final class ChineseNumerals {

  /** The characters of such a count. */
  private static final String NUMERALS = "〇零一二三四五六七八九十两百";

  /** Longest count read so (一百二十三). */
  private static final int MAX_CHARS = 6;

  private ChineseNumerals() {}

  /** True when every character of a non-empty text of at most six is a numeral's. */
  public static boolean isNumeralText(String text) {
    if (text.isEmpty() || text.length() > MAX_CHARS) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (NUMERALS.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The count a text writes in Chinese numerals, or -1. */
  public static long countOf(String text) {
    if (!isNumeralText(text) || !writtenAsACount(text)) {
      return -1;
    }
    Long value = Numbers.parseChinese(text);
    return value == null ? -1 : value;
  }

  /** See the class comment: the form of a count, not of digits written by place. */
  private static boolean writtenAsACount(String t) {
    int n = t.length();
    if (n == 1) {
      return true;
    }
    if (t.startsWith("一十")) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      boolean afterHundred = i > 0 && t.charAt(i - 1) == '百';
      boolean digitNext = i + 1 < n && Numbers.chineseDigit(t.charAt(i + 1)) > 0;
      if (Numbers.chineseDigit(c) == 0 && !(afterHundred && digitNext)) {
        return false; // 二〇, 十〇, 一百〇
      }
      if (Numbers.chineseDigit(c) > 0 && afterHundred && (i + 1 >= n || t.charAt(i + 1) != '十')) {
        return false; // 一百一: 110 or 101
      }
    }
    return true;
  }
}
