package ogireports.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The ideograph a radical or compatibility code point prints as, put back where a PDF's text layer
 * gave the other code point for the same glyph.
 *
 * <p>A CJK font draws 民 and the radical ⺠ (U+2EA0) with one glyph; a PDF whose font maps the glyph
 * back to text by the lowest code point that uses it (Chromium's print to PDF does, with Noto CJK)
 * gives {@code 人⺠政府}, {@code 部⻔}, {@code 第1⻚}, {@code ⿊⻰江}. NFKC puts back the Kangxi radicals (⼈
 * U+2F08 is 人) and the CJK compatibility ideographs, but not the CJK Radicals Supplement (U+2E80 to
 * U+2EF3), which has no decomposition. Its table here is that of the Noto Sans CJK SC and Noto
 * Serif CJK SC fonts: each radical that shares its glyph with a unified ideograph in either font,
 * read from their character maps (both agree wherever both map one), which is the equivalence
 * Unicode's {@code EquivalentUnifiedIdeograph.txt} gives for them too. No library of the project's
 * carries that file's table.
 */
public final class Radicals {

  private Radicals() {}

  /** Radicals of the supplement and the ideograph whose glyph they share. */
  private static final String SUPPLEMENT =
      "⺂乛⺃乚⺅亻⺉刂⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺲罒"
          + "⺳㓁⺹耂⺺肀⺾艹⻁虎⻂衤⻃覀⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠"
          + "⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";

  private static final int FIRST = 0x2E80;
  private static final int LAST = 0x2FDF;
  private static final int FIRST_COMPATIBILITY = 0xF900;
  private static final int LAST_COMPATIBILITY = 0xFAFF;

  /** The ideograph of each code point of U+2E80 to U+2FDF, or 0. */
  private static final char[] RADICAL = radicals();

  /** The ideograph of each code point of U+F900 to U+FAFF, or 0. */
  private static final char[] COMPATIBILITY = compatibility();

  private static char[] radicals() {
    char[] t = new char[LAST - FIRST + 1];
    for (int i = 0; i + 1 < SUPPLEMENT.length(); i += 2) {
      t[SUPPLEMENT.charAt(i) - FIRST] = SUPPLEMENT.charAt(i + 1);
    }
    for (int c = 0x2F00; c <= LAST; c++) {
      t[c - FIRST] = ideographOfNfkc((char) c); // the Kangxi radicals
    }
    return t;
  }

  private static char[] compatibility() {
    char[] t = new char[LAST_COMPATIBILITY - FIRST_COMPATIBILITY + 1];
    for (int c = FIRST_COMPATIBILITY; c <= LAST_COMPATIBILITY; c++) {
      t[c - FIRST_COMPATIBILITY] = ideographOfNfkc((char) c);
    }
    return t;
  }

  /** The ideograph NFKC makes of {@code c}, or 0 when it makes none of the BMP. */
  private static char ideographOfNfkc(char c) {
    String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    if (n.length() != 1 || n.charAt(0) == c) {
      return 0;
    }
    char i = n.charAt(0);
    return Character.UnicodeScript.of(i) == Character.UnicodeScript.HAN ? i : 0;
  }

  /**
   * True when {@code c} may be a radical or compatibility code point: the one test a decoder pays
   * for each character before asking {@link #ideograph}.
   */
  public static boolean mayBeOne(int c) {
    return (c >= FIRST && c <= LAST) || (c >= FIRST_COMPATIBILITY && c <= LAST_COMPATIBILITY);
  }

  /** The ideograph {@code c} prints as, or {@code c}. */
  public static char ideograph(char c) {
    char i = 0;
    if (c >= FIRST && c <= LAST) {
      i = RADICAL[c - FIRST];
    } else if (c >= FIRST_COMPATIBILITY && c <= LAST_COMPATIBILITY) {
      i = COMPATIBILITY[c - FIRST_COMPATIBILITY];
    }
    return i == 0 ? c : i;
  }

  /** The line with every radical and compatibility code point as its ideograph. */
  public static String fold(String line) {
    char[] chars = null;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (mayBeOne(c)) {
        char i = ideograph(c);
        if (i != c) {
          if (chars == null) {
            chars = line.toCharArray();
          }
          chars[k] = i;
        }
      }
    }
    return chars == null ? line : new String(chars);
  }

  /** {@link #fold} of every line. */
  public static List<String> fold(List<String> lines) {
    List<String> out = null;
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k);
      String folded = fold(line);
      if (folded != line && out == null) {
        out = new ArrayList<>(lines.subList(0, k));
      }
      if (out != null) {
        out.add(folded);
      }
    }
    return out == null ? lines : out;
  }
}
