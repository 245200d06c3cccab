package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import ogireports.text.Normalise;

/**
 * What OCR of a scanned report misprints in its tables, and the text with it undone.
 *
 * <p>Why: a report published as a scan reaches the crawl as the text an OCR engine read from it.
 * The engine reads some digits of the table cells as the letters they look like ({@code O} or
 * {@code o} for 0, {@code l} or {@code I} for 1: {@code 1O}, {@code I}, {@code O}), and some
 * characters of the template's words as their look-alikes ({@code 信忌} for 信息, {@code 申靖} for 申请,
 * {@code 办埋} for 办理, {@code 结专} for 结转, {@code -、} for {@code 一、}). A cell that is a letter is no
 * number and a damaged label matches no row, so the tables are lost. This class reads the text as
 * the report printed it:
 *
 * <ul>
 *   <li>A word made only of digits and those letters (ASCII or full-width, a count's {@code 件}
 *       after them), with a digit among them or of at most two characters ({@code 1O}, {@code l1},
 *       {@code O}, {@code lO}), is read as the digits it stands for when it stands where a number
 *       is expected: in the run of numbers that ends a row ({@code （一）予以公开 5 0 O 0 0 0 5}, two
 *       words or more, one a number, or four words or more), on a line of its own among lines of
 *       one number (a table printed one cell per line or by columns), or as the one value after a
 *       table 二 item ({@code 行政处罚 O}). A word with another letter ({@code Ollie}), a sub-item
 *       number ({@code I.}) or such a word in a sentence is left as it is.
 *   <li>The template's own words, misread, are written as the template prints them: only the words
 *       of the labels, in the forms OCR gives them, so no other word of the text changes; a line's
 *       {@code -、} before a label or heading is {@code 一、}, and a sub-item's {@code I.} or {@code
 *       l.} is {@code 1.}.
 * </ul>
 *
 * Nothing here decides that a table so read is right: the tables are read again from the corrected
 * text and kept only where their own arithmetic holds ({@link OcrTables}).
 */
final class OcrConfusions {

  /** The text with the confusions undone, and how many words of each kind were changed. */
  record Corrected(List<String> lines, int digits, int words) {}

  /** The template's words as OCR misreads them, and as the template prints them. */
  private static final String[][] DAMAGED_WORDS = {
    {"信忌", "信息"},
    {"申靖", "申请"},
    {"办埋", "办理"},
    {"处埋", "处理"},
    {"上年结专", "上年结转"},
    {"结专下年", "结转下年"},
    {"子以公开", "予以公开"},
    {"不子公开", "不予公开"},
    {"不子处理", "不予处理"},
  };

  /** Letters OCR prints for digits, in ASCII and full-width forms. */
  private static final String DIGIT_LETTERS = "OoIlＯｏＩｌ";

  /** Characters that start a damaged word of {@link #DAMAGED_WORDS}. */
  private static final String DAMAGED_FIRST = "信申办处上结子不";

  /** Longest word read as a number with letters for digits. */
  private static final int MAX_DIGITS = 8;

  /** Most lines looked at above and below a line of one word for its run of numbers. */
  private static final int REACH = 16;

  private OcrConfusions() {}

  /** The lines with OCR's confusions undone, or null when the text shows none. */
  static Corrected of(List<String> lines) {
    if (!showsAny(lines)) {
      return null;
    }
    int n = lines.size();
    String[] text = lines.toArray(new String[0]);
    int[] shape = new int[n];
    for (int i = 0; i < n; i++) {
      shape[i] = lineShape(text[i]);
    }
    List<String> out = new ArrayList<>(n);
    int digits = 0;
    int words = 0;
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line == null || line.isEmpty()) {
        out.add(line);
        continue;
      }
      String fixed = line;
      if (shape[i] == ONE_CANDIDATE && amongNumbers(text, shape, i)) {
        fixed = digitsOfLine(line);
        digits++;
      } else if (hasDigitLetter(line)) {
        String row = rowDigits(line);
        if (row != null) {
          fixed = row;
          digits++;
        }
      }
      String worded = templateWords(fixed);
      if (!worded.equals(fixed)) {
        words++;
        fixed = worded;
      }
      out.add(fixed);
    }
    return digits + words == 0 ? null : new Corrected(out, digits, words);
  }

  /** True when a line holds a letter OCR prints for a digit or a damaged word's first character. */
  private static boolean showsAny(List<String> lines) {
    for (String line : lines) {
      if (line == null) {
        continue;
      }
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (DIGIT_LETTERS.indexOf(c) >= 0 || DAMAGED_FIRST.indexOf(c) >= 0 || c == '-') {
          return true;
        }
      }
    }
    return false;
  }

  private static final int BLANK = 0;
  private static final int ONE_NUMBER = 1;
  private static final int ONE_CANDIDATE = 2;
  private static final int OTHER = 3;

  /** A line as one word: a number, a word with letters for digits, blank, or anything else. */
  private static int lineShape(String line) {
    if (line == null) {
      return BLANK;
    }
    int from = 0;
    int to = line.length();
    while (from < to && isSeparator(line.charAt(from))) {
      from++;
    }
    while (to > from && isSeparator(line.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return BLANK;
    }
    for (int k = from; k < to; k++) {
      if (isSeparator(line.charAt(k))) {
        return OTHER;
      }
    }
    String word = line.substring(from, to);
    return isNumber(word) ? ONE_NUMBER : isCandidate(word) ? ONE_CANDIDATE : OTHER;
  }

  /**
   * True when a line of one word with letters stands in a run of lines of one word each (blank
   * lines between them skipped) that holds a number, or is four lines long: a row or a column
   * printed one cell per line; or, alone, right past a header word ({@link #HEADER_WORD} characters
   * at most) from such a line of one number, as a table printed by columns in blocks sets a
   * column's last cell under its header ({@code 0 / 总计 / o}).
   */
  private static boolean amongNumbers(String[] lines, int[] shape, int at) {
    if (amongNumbers(shape, at)) {
      return true;
    }
    for (int step = -1; step <= 1; step += 2) {
      int k = nextWord(shape, at + step, step);
      if (k < 0 || shape[k] != OTHER || lines[k].strip().length() > HEADER_WORD) {
        continue;
      }
      int beyond = nextWord(shape, k + step, step);
      if (beyond >= 0 && shape[beyond] == ONE_NUMBER) {
        return true;
      }
    }
    return false;
  }

  /** Longest header word a lone cell of a table printed by columns is read past. */
  private static final int HEADER_WORD = 6;

  /** The first line from {@code k} on in direction {@code step} that is not blank, or -1. */
  private static int nextWord(int[] shape, int k, int step) {
    for (; k >= 0 && k < shape.length; k += step) {
      if (shape[k] != BLANK) {
        return k;
      }
    }
    return -1;
  }

  private static boolean amongNumbers(int[] shape, int at) {
    int words = 1;
    boolean number = false;
    for (int step = -1; step <= 1; step += 2) {
      int seen = 0;
      for (int k = at + step; k >= 0 && k < shape.length && seen < REACH; k += step) {
        if (shape[k] == BLANK) {
          continue;
        }
        if (shape[k] == OTHER) {
          break;
        }
        seen++;
        words++;
        number |= shape[k] == ONE_NUMBER;
      }
    }
    return (words >= 2 && number) || words >= 4;
  }

  /** The line with its one word read as digits, its spaces kept. */
  private static String digitsOfLine(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int k = 0; k < line.length(); k++) {
      out.append(digitOf(line.charAt(k)));
    }
    return out.toString();
  }

  /**
   * The line with the words of the run of numbers that ends it read as digits, or null when it has
   * no such run holding a word with letters: the run is two words or more, one of them a number, or
   * four words or more; or the one word after a table 二 item.
   */
  private static String rowDigits(String line) {
    List<int[]> words = words(line);
    int first = words.size();
    int numbers = 0;
    int candidates = 0;
    while (first > 0) {
      int[] w = words.get(first - 1);
      String word = line.substring(w[0], w[1]);
      if (isNumber(word)) {
        numbers++;
      } else if (isCandidate(word)) {
        candidates++;
      } else {
        break;
      }
      first--;
    }
    int run = words.size() - first;
    if (candidates == 0) {
      return null;
    }
    boolean row = (run >= 2 && numbers > 0) || run >= 4;
    if (!row && run == 1 && first > 0) {
      int[] before = words.get(first - 1);
      row = Vocabulary.T2_ITEMS.containsKey(Normalise.label(line.substring(0, before[1])));
    }
    if (!row) {
      return null;
    }
    StringBuilder out = new StringBuilder(line);
    for (int k = first; k < words.size(); k++) {
      int[] w = words.get(k);
      for (int c = w[0]; c < w[1]; c++) {
        out.setCharAt(c, digitOf(line.charAt(c)));
      }
    }
    return out.toString();
  }

  /** The words of a line: {@code [start, end)} of each run between separators. */
  private static List<int[]> words(String line) {
    List<int[]> words = new ArrayList<>();
    int k = 0;
    while (k < line.length()) {
      while (k < line.length() && isSeparator(line.charAt(k))) {
        k++;
      }
      int start = k;
      while (k < line.length() && !isSeparator(line.charAt(k))) {
        k++;
      }
      if (k > start) {
        words.add(new int[] {start, k});
      }
    }
    return words;
  }

  /** A count as cells print it: digits, optionally with {@code 件}, or a blank mark. */
  private static boolean isNumber(String word) {
    String w = withoutUnit(word);
    if (w.equals("-") || w.equals("—") || w.equals("/") || w.equals("无")) {
      return true;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!isDigit(w.charAt(k))) {
        return false;
      }
    }
    return !w.isEmpty();
  }

  /** The word without the {@code 件} a count cell may end in. */
  private static String withoutUnit(String word) {
    return word.endsWith("件") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
  }

  /** An ASCII or full-width digit. */
  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /**
   * A word of digits and letters OCR prints for digits, with at least one letter, and a digit or at
   * most two characters; it may end in {@code 件}, as a count cell may.
   */
  static boolean isCandidate(String printed) {
    String word = withoutUnit(printed);
    if (word.isEmpty() || word.length() > MAX_DIGITS) {
      return false;
    }
    boolean letter = false;
    boolean digit = false;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (isDigit(c)) {
        digit = true;
      } else if (DIGIT_LETTERS.indexOf(c) >= 0) {
        letter = true;
      } else {
        return false;
      }
    }
    return letter && (digit || word.length() <= 2);
  }

  private static boolean hasDigitLetter(String line) {
    for (int k = 0; k < line.length(); k++) {
      if (DIGIT_LETTERS.indexOf(line.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The digit a letter stands for ({@code O}, {@code o}: 0; {@code l}, {@code I}: 1; their
   * full-width forms alike), else itself.
   */
  private static char digitOf(char c) {
    return switch (c) {
      case 'O', 'o', 'Ｏ', 'ｏ' -> '0';
      case 'l', 'I', 'ｌ', 'Ｉ' -> '1';
      default -> c;
    };
  }

  /**
   * The line with the template's misread words as the template prints them: {@link #DAMAGED_WORDS},
   * a word's {@code -、} before a Han character ({@code 一、}), and a word's {@code I.} or {@code l.}
   * before one ({@code 1.}).
   */
  static String templateWords(String line) {
    String out = line;
    for (String[] w : DAMAGED_WORDS) {
      if (out.contains(w[0])) {
        out = out.replace(w[0], w[1]);
      }
    }
    if (out.indexOf('、') < 0 && out.indexOf('.') < 0) {
      return out;
    }
    StringBuilder fixed = null;
    for (int k = 0; k + 2 < out.length(); k++) {
      if (k > 0 && !isSeparator(out.charAt(k - 1))) {
        continue;
      }
      char c = out.charAt(k);
      char stop = out.charAt(k + 1);
      char next = out.charAt(k + 2);
      if (!isHan(next)) {
        continue;
      }
      char to = 0;
      if (c == '-' && stop == '、') {
        to = '一';
      } else if ((c == 'I' || c == 'l') && (stop == '.' || stop == '．')) {
        to = '1';
      }
      if (to != 0) {
        if (fixed == null) {
          fixed = new StringBuilder(out);
        }
        fixed.setCharAt(k, to);
      }
    }
    return fixed == null ? out : fixed.toString();
  }

  private static boolean isHan(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }

  private static boolean isSeparator(char c) {
    return c == '\t' || c == '|' || c == '｜' || Normalise.isSpace(c);
  }
}
