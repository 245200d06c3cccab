package ogireports.formats;

/**
 * A list number as Word prints it in a number format of {@code numbering.xml} ({@code w:numFmt}): 3
 * in {@code chineseCounting} is 三, in {@code decimalEnclosedCircle} ③. Hand-written because POI
 * gives the format's name, not the printed number; a format not known here gives null, never a
 * guess.
 */
final class ListNumber {

  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String COUNTING_DIGITS = "零一二三四五六七八九";
  private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

  private ListNumber() {}

  /** {@code n} in the format named {@code format}, or null. */
  static String format(String format, int n) {
    if (n < 0) {
      return null;
    }
    return switch (format) {
      case "decimal" -> String.valueOf(n);
      case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
      case "decimalHalfWidth" -> String.valueOf(n);
      case "chineseCounting",
          "chineseCountingThousand",
          "taiwaneseCounting",
          "taiwaneseCountingThousand",
          "ideographDigital" ->
          format.equals("ideographDigital")
              ? digits(n, DIGITS)
              : counting(n, COUNTING_DIGITS, "十百千");
      case "chineseLegalSimplified" -> counting(n, LEGAL_DIGITS, "拾佰仟");
      case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(STEMS.charAt(n - 1)) : null;
      case "ideographZodiac" -> n >= 1 && n <= 12 ? String.valueOf(BRANCHES.charAt(n - 1)) : null;
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
          n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : null;
      case "decimalEnclosedParen" ->
          n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : null;
      case "decimalEnclosedFullstop" ->
          n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : null;
      case "upperLetter" -> letters(n, 'A');
      case "lowerLetter" -> letters(n, 'a');
      case "upperRoman" -> roman(n);
      case "lowerRoman" -> roman(n) == null ? null : roman(n).toLowerCase(java.util.Locale.ROOT);
      default -> null;
    };
  }

  /** 1–9999 in Chinese counting: 十, 十一, 二十, 一百零五, 一千二百. */
  private static String counting(int n, String digits, String units) {
    if (n == 0) {
      return String.valueOf(digits.charAt(0));
    }
    if (n > 9999) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
    boolean zero = false;
    for (int i = 0; i < 4; i++) {
      int d = parts[i];
      if (d == 0) {
        zero = !b.isEmpty();
        continue;
      }
      if (zero) {
        b.append(digits.charAt(0));
        zero = false;
      }
      boolean tenAlone = i == 2 && b.isEmpty() && d == 1 && digits.charAt(1) == '一';
      if (!tenAlone) {
        b.append(digits.charAt(d));
      }
      if (i < 3) {
        b.append(units.charAt(2 - i));
      }
    }
    return b.toString();
  }

  private static String digits(int n, String digits) {
    StringBuilder b = new StringBuilder();
    for (char c : String.valueOf(n).toCharArray()) {
      b.append(digits.charAt(c - '0'));
    }
    return b.toString();
  }

  private static String fullWidth(String ascii) {
    StringBuilder b = new StringBuilder();
    for (char c : ascii.toCharArray()) {
      b.append((char) (c - '0' + '０'));
    }
    return b.toString();
  }

  /** A, B, …, Z, AA, BB, … as Word repeats letters. */
  private static String letters(int n, char a) {
    if (n < 1 || n > 780) {
      return null;
    }
    return String.valueOf((char) (a + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    if (n < 1 || n > 3999) {
      return null;
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] marks = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      for (; n >= values[i]; n -= values[i]) {
        b.append(marks[i]);
      }
    }
    return b.toString();
  }
}
