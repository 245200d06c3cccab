package ogireports.tables;

import ogireports.text.Normalise;

/**
 * Rows of a table labelled by the year they count ({@code 2019年 | 2 | 1 | …}, {@code 2020年 | 1 | 0
 * | …}; {@code 上年}, {@code 本年}): a report that prints last year's row beside its own. Which row is
 * the report's is told by the labels alone: the later of two consecutive years, the row of {@code
 * 本年} over {@code 上年}; labels that do not tell it leave the table unread, never the first row
 * taken.
 */
final class YearRows {

  private YearRows() {}

  /**
   * True when {@code text} labels a row by its year: {@code 2020年}, {@code 2020年度}, {@code 上年},
   * {@code 本年度}.
   */
  static boolean isLabel(String text) {
    String t = Normalise.stripSpaces(text);
    return year(t) > 0 || relative(t) != 0;
  }

  /**
   * Which of two rows labelled {@code first} and {@code second} counts the report's year: 0 the
   * first, 1 the second, -1 neither can be told (the first label is no year's, the years are not
   * consecutive).
   */
  static int current(String first, String second) {
    if (first == null || !isLabel(first) || !isLabel(second)) {
      return -1;
    }
    String a = Normalise.stripSpaces(first);
    String b = Normalise.stripSpaces(second);
    int ya = year(a);
    int yb = year(b);
    if (ya > 0 && yb > 0) {
      return yb == ya + 1 ? 1 : ya == yb + 1 ? 0 : -1;
    }
    int ra = relative(a);
    int rb = relative(b);
    if (ra == -1 && rb == 1) {
      return 1;
    }
    if (ra == 1 && rb == -1) {
      return 0;
    }
    return -1;
  }

  /** The year of a label {@code 2020年} or {@code 2020年度}, else 0. */
  private static int year(String t) {
    if (t.length() < 5 || t.length() > 6 || t.charAt(4) != '年') {
      return 0;
    }
    if (t.length() == 6 && t.charAt(5) != '度') {
      return 0;
    }
    for (int k = 0; k < 4; k++) {
      if (t.charAt(k) < '0' || t.charAt(k) > '9') {
        return 0;
      }
    }
    int y = Integer.parseInt(t.substring(0, 4));
    return y >= 2000 && y <= 2100 ? y : 0;
  }

  /** -1 for last year's label ({@code 上年}, {@code 上年度}), 1 for this year's, 0 for none. */
  private static int relative(String t) {
    return switch (t) {
      case "上年", "上年度", "上一年", "上一年度" -> -1;
      case "本年", "本年度", "今年" -> 1;
      default -> 0;
    };
  }
}
