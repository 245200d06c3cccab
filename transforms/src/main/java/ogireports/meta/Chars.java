package ogireports.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import ogireports.text.Normalise;
import ogireports.values.Numbers;

/** Small character-level helpers shared by the metadata finders. Stateless. */
final class Chars {

  private Chars() {}

  /** Plausible report years. */
  static final int MIN_YEAR = 2000;

  static final int MAX_YEAR = 2100;

  /** True when {@code s} holds one of {@code words}. */
  static boolean containsAny(String s, String[] words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The characters a division's name ends with, its level: 省, 市, 县, 区, 旗, 州, 盟 ({@code 山东省}, {@code
   * 淄博市}, {@code 平阳县}, {@code 鼓楼区}, {@code 科尔沁左翼后旗}, {@code 临夏州}, {@code 阿拉善盟}).
   */
  static boolean isDivisionLevel(char c) {
    return "省市县区旗州盟".indexOf(c) >= 0;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * {@link Character#isDigit(char)} (a digit of any script), told without looking the character up
   * when it is below U+0660 (the first digit after ASCII's) or a CJK ideograph, as most characters
   * of a report are.
   */
  static boolean isAnyDigit(char c) {
    if (c < '\u0660') {
      return c >= '0' && c <= '9';
    }
    return !(c >= '\u4E00' && c <= '\u9FFF') && Character.isDigit(c);
  }

  /** True for a Han ideograph. */
  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** Whitespace runs become one space; leading and trailing whitespace is dropped. */
  static String collapse(String s) {
    if (s == null) {
      return "";
    }
    int first = 0;
    while (first < s.length() && !Normalise.isSpace(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s; // no whitespace (no supplementary character is whitespace): nothing to collapse
    }
    // Character by character: no supplementary character is whitespace, and a surrogate (paired
    // or not) is never whitespace, so this is the same as by code points.
    StringBuilder out = new StringBuilder(s.length());
    out.append(s, 0, first);
    boolean pendingSpace = false;
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Normalise.isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The year of a 4-digit run at {@code i} that is not part of a longer number and lies in the
   * plausible range, or -1. The digits are ASCII ({@code 2023}) or, as official documents also
   * write a year, Chinese numerals read digit by digit ({@code 二〇二三}, {@code 二○二三}, {@code 二零二三});
   * the four are of one kind.
   */
  static int yearAt(String s, int i) {
    if (i < 0 || i + 4 > s.length()) {
      return -1;
    }
    boolean chinese = chineseDigit(s.charAt(i)) >= 0;
    if (i > 0 && yearDigit(s.charAt(i - 1), chinese) >= 0) {
      return -1;
    }
    int y = 0;
    for (int k = i; k < i + 4; k++) {
      int d = yearDigit(s.charAt(k), chinese);
      if (d < 0) {
        return -1;
      }
      y = y * 10 + d;
    }
    if (i + 4 < s.length() && yearDigit(s.charAt(i + 4), chinese) >= 0) {
      return -1;
    }
    return y >= MIN_YEAR && y <= MAX_YEAR ? y : -1;
  }

  /** The digit {@code c} stands for in a year of ASCII digits or of Chinese numerals, or -1. */
  private static int yearDigit(char c, boolean chinese) {
    return chinese ? chineseDigit(c) : isDigit(c) ? c - '0' : -1;
  }

  /**
   * The digit a Chinese numeral stands for in a year written digit by digit ({@link
   * Numbers#chineseDigit}), also the circle ○ (U+25CB) that often stands in for 〇; -1 for any other
   * character.
   */
  static int chineseDigit(char c) {
    return c == '○' ? 0 : Numbers.chineseDigit(c);
  }

  /** Index of the first {@code YYYY年} at or after {@code from} (a plausible year), or -1. */
  static int indexOfYearNian(String s, int from) {
    for (int i = Math.max(0, from); i + 4 < s.length(); i++) {
      if (s.charAt(i + 4) == '年' && yearAt(s, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A date starting at {@code i}: {@code YYYY-MM-DD}, {@code YYYY/M/D}, {@code YYYY.M.D} or {@code
   * YYYY年M月D日}. Returns null when there is none or it is not a real date.
   */
  static LocalDate dateAt(String s, int i) {
    int year = yearAt(s, i);
    if (year < 0 || i + 4 >= s.length()) {
      return null;
    }
    char sep = s.charAt(i + 4);
    char sep2;
    if (sep == '-' || sep == '/' || sep == '.') {
      sep2 = sep;
    } else if (sep == '年') {
      sep2 = '月';
    } else {
      return null;
    }
    int j = i + 5;
    int month = 0;
    int digits = 0;
    while (j < s.length() && isDigit(s.charAt(j)) && digits < 2) {
      month = month * 10 + (s.charAt(j) - '0');
      j++;
      digits++;
    }
    if (digits == 0 || j >= s.length() || s.charAt(j) != sep2) {
      return null;
    }
    j++;
    int day = 0;
    digits = 0;
    while (j < s.length() && isDigit(s.charAt(j)) && digits < 2) {
      day = day * 10 + (s.charAt(j) - '0');
      j++;
      digits++;
    }
    if (digits == 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The end of the date {@link #dateAt} reads at {@code i}, past a closing {@code 日}, or -1 when
   * there is none.
   */
  static int dateEnd(String s, int i) {
    if (dateAt(s, i) == null) {
      return -1;
    }
    int j = i + 5; // after the year and its separator
    for (int part = 0; part < 2; part++) {
      int digits = 0;
      while (j < s.length() && isDigit(s.charAt(j)) && digits < 2) {
        j++;
        digits++;
      }
      if (part == 0) {
        j++; // the separator between month and day
      }
    }
    return j < s.length() && s.charAt(j) == '日' ? j + 1 : j;
  }

  /** The first date within {@code window} characters after {@code from}, or null. */
  static LocalDate firstDateAfter(String s, int from, int window) {
    int end = Math.min(s.length(), from + window);
    for (int i = Math.max(0, from); i < end; i++) {
      if (isDigit(s.charAt(i))) {
        LocalDate d = dateAt(s, i);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /**
   * True when the whole (squeezed) line is a date in Chinese numerals, as older sign-offs print it
   * ({@code 二〇二四年一月二十日}).
   */
  static boolean isChineseDateLine(String sq) {
    if (sq.length() < 9 || sq.length() > 13 || yearAt(sq, 0) < 0 || sq.charAt(4) != '年') {
      return false;
    }
    int month = sq.indexOf('月', 5);
    if (month < 6 || month > 8 || !sq.endsWith("日") || sq.length() - month < 3) {
      return false;
    }
    for (int i = 5; i < sq.length() - 1; i++) {
      char c = sq.charAt(i);
      if (i != month && chineseDigit(c) < 1 && c != '十') {
        return false;
      }
    }
    return true;
  }

  /** True when the whole (squeezed) line is a date, optionally followed by 日 or punctuation. */
  static boolean isDateLine(String sq) {
    if (sq.length() < 8 || sq.length() > 16) {
      return false;
    }
    LocalDate d = dateAt(sq, 0);
    if (d == null) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < sq.length(); i++) {
      char c = sq.charAt(i);
      if (isDigit(c)) {
        digits++;
      } else if ("-/.年月日".indexOf(c) < 0) {
        return false;
      }
    }
    return digits >= 6;
  }
}
