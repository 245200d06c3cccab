package ogireports.text;

import com.ibm.icu.text.Transliterator;
import java.util.BitSet;

/**
 * Traditional and Simplified Chinese script. Reports from some sites (and gateways such as
 * big5 mirrors) are printed in Traditional characters; the readers work on Simplified text, and
 * agency names are compared in Simplified. The conversion is ICU4J's {@code
 * Traditional-Simplified} transliterator; this class only decides when to run it: a text counts
 * as Traditional when it holds at least {@link #MIN_TRADITIONAL} characters that the
 * transliterator changes (a Simplified text may hold one or two such characters in a name).
 */
public final class Script {

  /** Traditional-only characters a text needs before it is read as Traditional. */
  static final int MIN_TRADITIONAL = 5;

  private static final BitSet TRADITIONAL = traditionalOnly();

  private Script() {}

  /** True when {@code c} is a character the Traditional-to-Simplified conversion changes. */
  public static boolean isTraditionalOnly(char c) {
    return TRADITIONAL.get(c);
  }

  /** True when the text is printed in Traditional characters (see the class comment). */
  public static boolean isTraditional(CharSequence text) {
    if (text == null) {
      return false;
    }
    int found = 0;
    for (int i = 0; i < text.length(); i++) {
      if (TRADITIONAL.get(text.charAt(i)) && ++found >= MIN_TRADITIONAL) {
        return true;
      }
    }
    return false;
  }

  /** The text in Simplified characters; every character the conversion does not know is kept. */
  public static String simplified(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    boolean any = false;
    for (int i = 0; i < text.length() && !any; i++) {
      any = TRADITIONAL.get(text.charAt(i));
    }
    return any ? converter().transliterate(text) : text;
  }

  /** The text in Simplified when it is printed in Traditional, else the text unchanged. */
  public static String simplifiedIfTraditional(String text) {
    return isTraditional(text) ? simplified(text) : text;
  }

  // Transliterator instances are not thread-safe; one per thread.
  private static final ThreadLocal<Transliterator> CONVERTER =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  private static Transliterator converter() {
    return CONVERTER.get();
  }

  /** Every BMP CJK character (U+3400..U+9FFF, U+F900..U+FAFF) the conversion changes. */
  private static BitSet traditionalOnly() {
    Transliterator t = Transliterator.getInstance("Traditional-Simplified");
    BitSet set = new BitSet(0x10000);
    StringBuilder all = new StringBuilder();
    for (int c = 0x3400; c <= 0x9FFF; c++) {
      all.append((char) c).append('\n');
    }
    for (int c = 0xF900; c <= 0xFAFF; c++) {
      all.append((char) c).append('\n');
    }
    String[] converted = t.transliterate(all.toString()).split("\n", -1);
    int i = 0;
    for (int c = 0x3400; c <= 0x9FFF; c++, i++) {
      if (!converted[i].equals(String.valueOf((char) c))) {
        set.set(c);
      }
    }
    for (int c = 0xF900; c <= 0xFAFF; c++, i++) {
      if (!converted[i].equals(String.valueOf((char) c))) {
        set.set(c);
      }
    }
    return set;
  }
}
