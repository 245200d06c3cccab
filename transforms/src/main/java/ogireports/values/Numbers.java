package ogireports.values;

/**
 * The one reader of numbers in text: Arabic digits, thousands separators ({@code 1,234}) and
 * Chinese numerals below 一亿 ({@code 一百二十三}, {@code 两万}, {@code 一百零五}).
 *
 * <p>Text is read after NFKC ({@code Normalise.nfkc}), which every caller applies first: full-width
 * digits and commas ({@code １２，３４５}) are ASCII by then, so the digits here are {@code 0}–{@code 9}.
 */
public final class Numbers {

  /** Which Chinese numeral characters a caller reads. */
  public enum Numerals {
    /**
     * Every character of a count below 一亿: 零/〇, 一 to 九, 两, 十, 百, 千 and 万 ({@code 一百二十三件}, {@code
     * 两万}).
     */
    COUNT,
    /**
     * The numerals that number headings and list items: 一 to 九 and 十 ({@code 一、}, {@code (三)},
     * {@code 十、}); not 零, 〇, 两 nor 百, 千, 万, so that a name such as {@code 两…} or {@code 万…} is not
     * taken for numbered.
     */
    ORDINAL
  }

  /** The numerals of {@link Numerals#ORDINAL}. */
  private static final String ORDINALS = "一二三四五六七八九十";

  /** The digits of {@link Numerals#COUNT}; its units are 十, 百, 千 and 万. */
  private static final String COUNT_DIGITS = "零〇一二两三四五六七八九";

  /** Longest number {@link #endingAt} reads: 12 digits, or 12 characters of a Chinese numeral. */
  private static final int MAX_LENGTH = 12;

  private Numbers() {}

  /** True for an Arabic digit (after NFKC: {@code 0}–{@code 9}). */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** True when every character is a digit (also for the empty text). */
  public static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True for a Chinese numeral character of the kind {@code which}. */
  public static boolean isNumeral(char c, Numerals which) {
    if (which == Numerals.ORDINAL) {
      return ORDINALS.indexOf(c) >= 0;
    }
    return COUNT_DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万';
  }

  /**
   * True for digits grouped by thousands separators, {@code 1,234} and {@code 12,345,678}: a first
   * group of 1 to 3 characters, then groups of 3.
   */
  public static boolean isGrouped(String token) {
    String[] groups = token.split(",", -1);
    if (groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text with its thousands separators removed ({@code 1,234.5} → {@code 1234.5}), the text
   * itself when it has none, or null when a comma is misplaced (not {@link #isGrouped}, or in the
   * fraction).
   */
  public static String withoutThousandsSeparators(String text) {
    if (text.indexOf(',') < 0) {
      return text;
    }
    int dot = text.indexOf('.');
    String whole = dot < 0 ? text : text.substring(0, dot);
    if (dot >= 0 && text.indexOf(',', dot) >= 0) {
      return null;
    }
    if (!isGrouped(whole)) {
      return null;
    }
    return whole.replace(",", "") + (dot < 0 ? "" : text.substring(dot));
  }

  /** A whole number read from text, and the index where it starts. */
  public record Found(long value, int start) {}

  /**
   * The whole number that ends right before {@code end} in {@code s}, or null when none stands
   * there. Arabic digits may carry thousands separators ({@code 1,234}); when the commas before
   * {@code end} are not a grouping, the number is the digits after the last one ({@code 12,34} →
   * 34). Digits after a {@code .} are a decimal, not a whole number (null), and so are more than 12
   * digits. Otherwise the number is the Chinese numeral ({@link Numerals#COUNT}, at most 12
   * characters) ending there ({@link #parseChinese}).
   */
  public static Found endingAt(String s, int end) {
    int start = end;
    if (start > 0 && isDigit(s.charAt(start - 1))) {
      while (start > 0 && (isDigit(s.charAt(start - 1)) || s.charAt(start - 1) == ',')) {
        start--;
      }
      while (s.charAt(start) == ',') {
        start++;
      }
      String token = s.substring(start, end);
      if (token.indexOf(',') >= 0 && !isGrouped(token)) {
        start += token.lastIndexOf(',') + 1;
        token = s.substring(start, end);
      }
      if (start > 0 && s.charAt(start - 1) == '.') {
        return null; // a decimal such as 0.5 is not a count
      }
      String digits = token.replace(",", "");
      if (digits.isEmpty() || digits.length() > MAX_LENGTH) {
        return null;
      }
      return new Found(Long.parseLong(digits), start);
    }
    while (start > 0
        && end - start < MAX_LENGTH
        && isNumeral(s.charAt(start - 1), Numerals.COUNT)) {
      start--;
    }
    if (start == end) {
      return null;
    }
    Long value = parseChinese(s.substring(start, end));
    return value == null ? null : new Found(value, start);
  }

  /**
   * Parses a Chinese numeral below 一亿: 两, 十, 十二, 二十, 一百零五, 三千二百, 一万二千; null for anything else (an
   * empty text, another character, two digits in a row such as 二三).
   */
  public static Long parseChinese(String t) {
    if (t == null || t.isEmpty()) {
      return null;
    }
    long total = 0;
    long section = 0;
    long digit = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      int d = chineseDigit(c);
      if (d >= 0) {
        if (digit >= 0 && d != 0 && digit != 0) {
          return null; // 二三: not a number we read
        }
        digit = d;
        continue;
      }
      long unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10000;
            default -> -1;
          };
      if (unit < 0) {
        return null;
      }
      if (unit == 10000) {
        section += Math.max(digit, 0);
        total += (section == 0 ? 1 : section) * 10000;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
    }
    if (digit > 0) {
      section += digit;
    }
    return total + section;
  }

  /** The digit a Chinese numeral stands for (零 and 〇 are 0, 两 is 2), or -1. */
  public static int chineseDigit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }
}
