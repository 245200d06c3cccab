package ogireports.values;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;

/**
 * Counts written in Chinese numerals ({@code 一}, {@code 十二}, {@code 三十八}, {@code 两}, {@code 一百零五}),
 * as some filers type a table's cells.
 *
 * <p>ICU4J's spell-out rules read them; a text is taken only when it is the numeral ICU4J itself
 * writes for the value read ({@code 两} and {@code 零} as {@code 二} and {@code 〇}), so that a run of
 * digits such as {@code 一二}, which could be 12 or the cells 1 and 2, is no count.
 */
public final class ChineseNumerals {

  /** The characters of such a count. */
  private static final String NUMERALS = "〇零一二三四五六七八九十两百";

  /** Longest count read so (一百二十三). */
  private static final int MAX_CHARS = 6;

  private static RuleBasedNumberFormat spellOut;

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
  public static synchronized long countOf(String text) {
    if (!isNumeralText(text)) {
      return -1;
    }
    if (spellOut == null) {
      spellOut =
          new RuleBasedNumberFormat(ULocale.SIMPLIFIED_CHINESE, RuleBasedNumberFormat.SPELLOUT);
    }
    ParsePosition at = new ParsePosition(0);
    Number n = spellOut.parse(text, at);
    if (n == null || at.getIndex() != text.length() || n.doubleValue() < 0) {
      return -1;
    }
    long value = n.longValue();
    if (value != n.doubleValue()) {
      return -1;
    }
    String canonical = text.replace('两', '二').replace('零', '〇');
    return spellOut.format(value).equals(canonical) ? value : -1;
  }
}
