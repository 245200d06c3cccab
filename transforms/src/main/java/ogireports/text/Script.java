package ogireports.text;

import java.util.BitSet;

/**
 * Traditional and Simplified Chinese script. Reports from some sites (and gateways such as big5
 * mirrors) are printed in Traditional characters; the readers work on Simplified text, and agency
 * names are compared in Simplified. The conversion is ICU4J's {@code Traditional-Simplified}
 * transliterator's ({@link SimplifiedConversion}); this class only decides when to run it: a text
 * counts as Traditional when it holds at least {@link #MIN_TRADITIONAL} characters that the
 * transliterator changes (a Simplified text may hold one or two such characters in a name) and more
 * of them than characters only Simplified script writes ({@code 这}, {@code 国}, {@code 们}). The
 * second condition keeps Simplified texts as they are when they use characters the conversion would
 * change although Simplified script writes them too ({@code 显著}, {@code 乾县}): converting those
 * would corrupt words and place names.
 */
public final class Script {

  /** Traditional-only characters a text needs before it is read as Traditional. */
  static final int MIN_TRADITIONAL = 5;

  /**
   * Where the characters each conversion changes are listed: ICU4J's answer, kept as a resource
   * because asking the transliterator for every CJK character took about a CPU-second at every
   * start (a third of a run on a few reports). {@code ScriptCharactersTest} checks the list against
   * the ICU4J on the class path and writes a new one when they differ.
   */
  static final String CHARACTERS = "script-characters.txt";

  /** The conversions whose changed characters {@link #CHARACTERS} lists, one line each. */
  static final java.util.List<String> CONVERSIONS =
      java.util.List.of(SimplifiedConversion.ID, "Simplified-Traditional");

  private static final BitSet[] CHANGED = listed();

  /** Characters the Traditional-to-Simplified conversion changes. */
  private static final BitSet TRADITIONAL = CHANGED[0];

  /** Characters the Simplified-to-Traditional conversion changes: written only in Simplified. */
  private static final BitSet SIMPLIFIED = CHANGED[1];

  private Script() {}

  /**
   * {@link #TRADITIONAL} as a bit of every character ({@code c >>> 6}, bit {@code c}): looked up
   * for each character of a text. 8 KB, a tenth of a table of booleans, so that it stays in the
   * processor's nearest cache between the lines that are looked at.
   */
  private static final long[] CONVERTED = bits(TRADITIONAL);

  private static long[] bits(BitSet set) {
    long[] bits = new long[0x10000 >>> 6];
    for (int c = set.nextSetBit(0); c >= 0 && c < 0x10000; c = set.nextSetBit(c + 1)) {
      bits[c >>> 6] |= 1L << c; // the few thousand listed characters, not every one of 65,536
    }
    return bits;
  }

  private static boolean isConverted(char c) {
    return (CONVERTED[c >>> 6] & (1L << c)) != 0;
  }

  /** True when {@code c} is a character the Traditional-to-Simplified conversion changes. */
  public static boolean isTraditionalOnly(char c) {
    return isConverted(c);
  }

  /** True when the text is printed in Traditional characters (see the class comment). */
  public static boolean isTraditional(CharSequence text) {
    return isTraditional(text, MIN_TRADITIONAL);
  }

  /** Like {@link #isTraditional(CharSequence)} for a text given as its lines (nulls skipped). */
  public static boolean isTraditional(java.util.List<String> lines) {
    if (lines == null) {
      return false;
    }
    int[] counts = new int[2];
    for (String line : lines) {
      if (line != null) {
        count(line, counts);
      }
    }
    return counts[0] >= MIN_TRADITIONAL && counts[0] > counts[1];
  }

  /**
   * 1 when only Traditional script writes {@code c}, 2 when only Simplified script does, else 0.
   */
  public static int writtenOnlyIn(char c) {
    return ONLY[c];
  }

  /** 1 when only Traditional script writes {@code c}, else 0. */
  public static int writtenOnlyInTraditional(char c) {
    // from a bit of each character (8 KB), not ONLY (64 KB): the decoder asks it of every one
    return (int) (TRADITIONAL_ONLY[c >>> 6] >>> c) & 1;
  }

  /**
   * {@link #isTraditional(CharSequence)} of {@code chars[from, to)}, whose characters written only
   * in Traditional script the caller counted ({@code traditionalOnly}, with {@link
   * #writtenOnlyInTraditional}): a decoder counts them as it decodes, and the characters written
   * only in Simplified script are counted only when they decide, after {@link #MIN_TRADITIONAL}
   * Traditional-only ones (seldom: a Simplified text holds few of those).
   */
  public static boolean isTraditional(int traditionalOnly, char[] chars, int from, int to) {
    if (traditionalOnly < MIN_TRADITIONAL) {
      return false;
    }
    int simplifiedOnly = 0;
    for (int i = from; i < to; i++) {
      simplifiedOnly += ONLY[chars[i]] >> 1;
    }
    return traditionalOnly > simplifiedOnly;
  }

  /** Per character: 1 when only Traditional (counts[0]), 2 when only Simplified (counts[1]). */
  private static final byte[] ONLY = only();

  /** {@link #ONLY}'s Traditional-only characters as a bit of each ({@link #bits}). */
  private static final long[] TRADITIONAL_ONLY = traditionalOnlyBits();

  private static long[] traditionalOnlyBits() {
    BitSet only = new BitSet(0x10000);
    for (int c = 0; c < 0x10000; c++) {
      if ((ONLY[c] & 1) != 0) {
        only.set(c);
      }
    }
    return bits(only);
  }

  private static byte[] only() {
    byte[] only = new byte[0x10000]; // 1: Traditional only, 2: Simplified only, 0: neither or both
    for (int c = TRADITIONAL.nextSetBit(0); c >= 0; c = TRADITIONAL.nextSetBit(c + 1)) {
      only[c] = SIMPLIFIED.get(c) ? (byte) 0 : (byte) 1;
    }
    for (int c = SIMPLIFIED.nextSetBit(0); c >= 0; c = SIMPLIFIED.nextSetBit(c + 1)) {
      only[c] = TRADITIONAL.get(c) ? (byte) 0 : (byte) 2;
    }
    return only;
  }

  private static void count(CharSequence text, int[] counts) {
    int t = 0;
    int s = 0;
    for (int i = 0; i < text.length(); i++) {
      int k =
          ONLY[text.charAt(i)]; // without a branch: Simplified-only characters come unpredictably
      t += k & 1;
      s += k >> 1;
    }
    counts[0] += t;
    counts[1] += s;
  }

  /**
   * Like {@link #isTraditional(CharSequence)} with another minimum of Traditional-only characters:
   * a single line such as a title ({@code 廣州市國資委2020年…}) holds fewer than a text.
   */
  public static boolean isTraditional(CharSequence text, int minTraditional) {
    if (text == null) {
      return false;
    }
    // the Traditional-only characters first, from their bits: a line with fewer than the minimum
    // (most lines) is told without the 64 KB table of both counts
    int traditional = 0;
    for (int i = 0; i < text.length() && traditional < minTraditional; i++) {
      traditional += writtenOnlyInTraditional(text.charAt(i));
    }
    if (traditional < minTraditional) {
      return false;
    }
    int[] counts = new int[2];
    count(text, counts);
    return counts[0] >= minTraditional && counts[0] > counts[1];
  }

  /** The text in Simplified characters; every character the conversion does not know is kept. */
  public static String simplified(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    for (int i = 0; i < text.length(); i++) {
      if (isConverted(text.charAt(i))) {
        return SimplifiedConversion.convert(text);
      }
    }
    return text;
  }

  /** How many characters of {@code lines} only Traditional script writes (nulls skipped). */
  public static int traditionalOnly(java.util.List<String> lines) {
    int[] counts = new int[2];
    for (String line : lines) {
      if (line != null) {
        count(line, counts);
      }
    }
    return counts[0];
  }

  /**
   * True when a text read as Simplified that holds {@code traditionalOnly} characters only
   * Traditional script writes may print lines in Traditional ({@link
   * #withTraditionalLinesSimplified}): the decoder's count spares the look at every line of the
   * many texts that hold too few.
   */
  public static boolean mayHoldTraditionalLines(int traditionalOnly) {
    return traditionalOnly >= MIN_TRADITIONAL;
  }

  /**
   * The lines of a text read as Simplified with its lines printed in Traditional script converted:
   * a table pasted from a Traditional source into a Simplified report ({@code 二、上年結轉政府信息公開申請數量},
   * {@code （一）予以公開}, {@code （七）總計}) is read as the template's labels.
   *
   * <p>A line is Traditional when it holds more Traditional-only characters than Simplified-only
   * ones ({@code （二）部分公開（区分處理的，只計这一情形…）} is, for its one {@code 这}). A pasted block's labels may be
   * half retyped ({@code 四、結轉下年度继续办理}): a run of adjacent lines (blank lines aside) that each hold
   * Traditional-only characters, at least half as many as Simplified-only ones, is converted whole
   * when one of them is Traditional. A line of Simplified prose holds far more Simplified-only
   * characters ({@code 取得显著成效，乾县经验得到推广}) and ends a run. The text must hold at least {@link
   * #MIN_TRADITIONAL} Traditional-only characters in Traditional lines. Every other line is left as
   * printed: a Simplified text writes a few such characters too ({@code 取得显著成效}, {@code 乾县人民政府},
   * {@code 於潜镇}), and converting them would corrupt words and names. Returns {@code lines} itself
   * when no line is converted (most texts: one look-up per character).
   */
  public static java.util.List<String> withTraditionalLinesSimplified(
      java.util.List<String> lines) {
    byte[] script = null; // per line: MIXED or TRADITIONAL_LINE when it holds Traditional-only ones
    int traditionalOnly = 0;
    int[] counts = new int[2];
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line == null) {
        continue;
      }
      counts[0] = 0;
      counts[1] = 0;
      count(line, counts);
      if (counts[0] > 0) {
        if (script == null) {
          script = new byte[lines.size()];
        }
        if (counts[0] > counts[1]) {
          script[i] = TRADITIONAL_LINE;
          traditionalOnly += counts[0];
        } else if (2 * counts[0] >= counts[1]) {
          script[i] = MIXED;
        }
      }
    }
    if (script == null || traditionalOnly < MIN_TRADITIONAL) {
      return lines;
    }
    boolean[] convert = new boolean[lines.size()];
    int runStart = -1; // the first line of the current run of lines with Traditional-only ones
    boolean traditionalRun = false;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : null;
      if (i < lines.size() && (line == null || line.isBlank())) {
        continue; // blank lines neither join nor end a run
      }
      if (i < lines.size() && script[i] != 0) {
        if (runStart < 0) {
          runStart = i;
          traditionalRun = false;
        }
        traditionalRun |= script[i] == TRADITIONAL_LINE;
        continue;
      }
      if (runStart >= 0 && traditionalRun) {
        for (int k = runStart; k < i; k++) {
          convert[k] = script[k] != 0;
        }
      }
      runStart = -1;
    }
    java.util.List<String> out = new java.util.ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      out.add(convert[i] ? simplified(lines.get(i)) : lines.get(i));
    }
    return out;
  }

  /**
   * A line with Traditional-only characters, as many Simplified-only ones or more, but at most
   * twice as many.
   */
  private static final byte MIXED = 1;

  /** A line with more Traditional-only characters than Simplified-only ones. */
  private static final byte TRADITIONAL_LINE = 2;

  /** The text in Simplified when it is printed in Traditional, else the text unchanged. */
  public static String simplifiedIfTraditional(String text) {
    return isTraditional(text) ? simplified(text) : text;
  }

  private static BitSet[] listed() {
    try (java.io.InputStream in = Script.class.getResourceAsStream(CHARACTERS)) {
      if (in == null) {
        throw new IllegalStateException(CHARACTERS + " is not on the class path");
      }
      BitSet[] sets = new BitSet[CONVERSIONS.size()];
      int i = 0;
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] idAndChars = line.split(" ", 2);
        if (i == sets.length || !idAndChars[0].equals(CONVERSIONS.get(i))) {
          throw new IllegalStateException(CHARACTERS + ": unexpected line " + idAndChars[0]);
        }
        BitSet set = new BitSet(0x10000);
        idAndChars[1].chars().forEach(set::set);
        sets[i++] = set;
      }
      if (i != sets.length) {
        throw new IllegalStateException(CHARACTERS + " lists " + i + " conversions");
      }
      return sets;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
