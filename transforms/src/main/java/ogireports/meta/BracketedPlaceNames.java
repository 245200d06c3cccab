package ogireports.meta;

/**
 * Names that print their province in brackets: the areas of the pilot free-trade zones are named
 * {@code 中国（河南）自由贸易试验区开封片区管理委员会}, {@code 中国（福建）自由贸易试验区厦门片区管理委员会} (and the zones themselves, {@code
 * 中国（上海）自由贸易试验区管理委员会}). The bracket is part of the name, not an aside after it: a name is cut at a
 * bracket only after this one.
 */
final class BracketedPlaceNames {

  /** A province's or city's short name in the bracket: 上海, 河南, 黑龙江. */
  private static final int MIN_PLACE = 2;

  private static final int MAX_PLACE = 3;

  private BracketedPlaceNames() {}

  /**
   * The end (after its closing bracket) of the bracketed place of a name starting at {@code from}
   * in squeezed text ({@code 中国(河南)自由贸易…}: after {@code )}), when a name goes on after it; else
   * {@code from}.
   */
  static int placeBracketEnd(String sq, int from) {
    if (!sq.startsWith("中国(", from)) {
      return from;
    }
    int open = from + 3;
    int close = sq.indexOf(')', open);
    if (close < open + MIN_PLACE
        || close > open + MAX_PLACE
        || close + 1 >= sq.length()
        || !Chars.isHan(sq.charAt(close + 1))) {
      return from;
    }
    for (int i = open; i < close; i++) {
      if (!Chars.isHan(sq.charAt(i))) {
        return from;
      }
    }
    return close + 1;
  }
}
