package ogireports.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ogireports.model.ParsedReport;
import ogireports.model.Section;
import ogireports.text.Normalise;

/**
 * The narrative text the text rules read (spec §4.2): the sentences of sections 一, 五 and 六,
 * normalised (NFKC, whitespace removed), and Chinese or Arabic numbers in them.
 */
final class Narrative {

  /** Sections whose text is read: 一, 五 and 六 only. */
  static final int[] SECTIONS = {1, 5, 6};

  /** A line this long that does not end a sentence was wrapped by the scraper. */
  private static final int WRAPPED_LINE = 40;

  private Narrative() {}

  /**
   * One sentence.
   *
   * @param section the section number (1, 5 or 6)
   * @param text the sentence, NFKC-normalised and without whitespace
   */
  record Sentence(int section, String text) {

    /** The section as written in messages: 第一部分. */
    String where() {
      return "第" + numeral(section) + "部分";
    }

    /** The sentence for quoting in a message, shortened to about 60 characters. */
    String quote() {
      String t = text.length() > 60 ? text.substring(0, 60) + "…" : text;
      return "“" + t + "”";
    }
  }

  static String numeral(int n) {
    String digits = "零一二三四五六七八九";
    return n >= 0 && n < 10 ? String.valueOf(digits.charAt(n)) : Integer.toString(n);
  }

  /** Every text rule reads the same sentences: they are split once per report. */
  private static final LastReport<List<Sentence>> SENTENCES =
      new LastReport<>(report -> List.copyOf(split(report)));

  /** The sentences of sections 一, 五 and 六, in document order (immutable). */
  static List<Sentence> sentences(ParsedReport report) {
    return SENTENCES.of(report);
  }

  private static List<Sentence> split(ParsedReport report) {
    List<Sentence> out = new ArrayList<>();
    if (report == null || report.sections() == null) {
      return out;
    }
    for (int number : SECTIONS) {
      Optional<Section> section = report.section(number);
      if (section.isPresent() && section.get().text() != null) {
        for (String s : split(section.get().text())) {
          out.add(new Sentence(number, s));
        }
      }
    }
    return out;
  }

  /**
   * Splits a section body into sentences at 。！？；, and at line ends, except that a long line not
   * ending a sentence continues on the next non-blank line (a scraper's wrap).
   */
  static List<String> split(String body) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String rawLine : body.split("\n", -1)) {
      String line = Normalise.squeeze(rawLine);
      if (line.isEmpty()) {
        continue;
      }
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        current.append(c);
        if (isSentenceEnd(c)) {
          flush(current, out);
        }
      }
      if (line.length() < WRAPPED_LINE) {
        flush(current, out);
      }
    }
    flush(current, out);
    return out;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '。' || c == '!' || c == '?' || c == ';' || c == '！' || c == '？' || c == '；';
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.length() > 0) {
      out.add(current.toString());
      current.setLength(0);
    }
  }

  /** A number stated in text, with its approximation marker (余, 多, 近, 约) if any. */
  record Stated(long value, String approx, int start, int end) {

    boolean isApprox() {
      return approx != null;
    }
  }

  private static final String CN_DIGITS = "零〇一二两三四五六七八九";

  static boolean isCnNumeral(char c) {
    return CN_DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万';
  }

  /**
   * Reads the count that ends right before {@code unitIndex} (the index of a unit such as 件), or
   * null when no number stands there. Handles 12, 1,234, 两, 十余, 一百二十三, 近20, 约30, 20多.
   */
  static Stated countBefore(String s, int unitIndex) {
    int end = unitIndex;
    String approx = null;
    if (end > 0 && (s.charAt(end - 1) == '余' || s.charAt(end - 1) == '多')) {
      approx = String.valueOf(s.charAt(end - 1));
      end--;
    }
    int start = end;
    Long value = null;
    if (start > 0 && isAsciiDigit(s.charAt(start - 1))) {
      while (start > 0 && (isAsciiDigit(s.charAt(start - 1)) || s.charAt(start - 1) == ',')) {
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
        return null; // a decimal such as 0.5件 is not a count
      }
      String digits = token.replace(",", "");
      if (digits.isEmpty() || digits.length() > 12) {
        return null;
      }
      value = Long.parseLong(digits);
    } else {
      while (start > 0 && end - start < 12 && isCnNumeral(s.charAt(start - 1))) {
        start--;
      }
      if (start == end) {
        return null;
      }
      value = parseChinese(s.substring(start, end));
      if (value == null) {
        return null;
      }
    }
    if (start > 0 && (s.charAt(start - 1) == '近' || s.charAt(start - 1) == '约')) {
      approx = approx == null ? String.valueOf(s.charAt(start - 1)) : approx;
      start--;
    }
    return new Stated(value, approx, start, unitIndex + 1);
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** True for 1,234 and 12,345,678: a first group of 1 to 3 digits, then groups of 3. */
  static boolean isGrouped(String token) {
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

  /** Parses a Chinese numeral below 一亿: 两, 十, 十二, 二十, 一百零五, 三千二百, 一万二千. */
  static Long parseChinese(String t) {
    if (t == null || t.isEmpty()) {
      return null;
    }
    long total = 0;
    long section = 0;
    long digit = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      int d = digitOf(c);
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

  private static int digitOf(char c) {
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
