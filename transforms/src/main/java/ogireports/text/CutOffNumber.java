package ogireports.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A number cut off by the end of a text. Crawls keep excerpts of pages cut after a number of bytes,
 * and a cut may fall inside a table's number: {@code | 58 | 7 | 0 | 0 | 1 | 0 | 66} kept as {@code
 * … | 0 | 6}, {@code 行政许可 124} as {@code 行政许可 12}. The digits left do not determine the number
 * printed, so a text that ends in a number, with no line break after it, loses that number: the
 * text is read as if it had been cut just before it, which every reader already handles (a row cut
 * short keeps the values it shows, in printed order).
 *
 * <p>A lone {@code 0} is kept: no count printed with more digits starts with one, so it is whole;
 * so is a date whose day has its two digits ({@code 2020-01-16}, a sign-off with no line break
 * after it). Only the number is taken out (its digits, a decimal point or thousands comma inside
 * it, a sign before it), not the separator before it, so a row keeps the form it had.
 */
public final class CutOffNumber {

  /**
   * A date at the end of a line whose day has two digits: {@code 2020-01-16}, {@code 2020.1.16}.
   */
  private static final Pattern DATE_AT_END =
      Pattern.compile(
          "(?<![0-9０-９])[0-9０-９]{4}\\s*[-./／年]\\s*[0-9０-９]{1,2}\\s*[-./／月]\\s*[0-9０-９]{2}$");

  private CutOffNumber() {}

  /**
   * The lines of a text that ends without a line break, with the number its last line ends in taken
   * out (the same list when it ends in none, or in a lone 0).
   */
  public static List<String> strip(List<String> lines) {
    if (lines.isEmpty()) {
      return lines;
    }
    String last = lines.get(lines.size() - 1);
    int start = numberStart(last);
    if (start < 0) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines);
    out.set(lines.size() - 1, last.substring(0, start));
    return out;
  }

  /** True when the last line ends in a number that is not a lone 0. */
  public static boolean endsInNumber(List<String> lines) {
    return !lines.isEmpty() && numberStart(lines.get(lines.size() - 1)) >= 0;
  }

  /**
   * Where the number that {@code line} ends in starts, or -1 when it ends in no number or in a lone
   * 0. A number ends in a digit, or in a decimal point just after one ({@code 7730.} of {@code
   * 7730.28}).
   */
  static int numberStart(String line) {
    if (DATE_AT_END.matcher(line).find()) {
      return -1; // a date whose day has its two digits is whole (a sign-off 2020-01-16)
    }
    int end = line.length();
    if (end > 0 && isPoint(line.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || !isDigit(line.charAt(end - 1))) {
      return -1;
    }
    int start = end;
    while (start > 0) {
      char c = line.charAt(start - 1);
      if (isDigit(c)) {
        start--;
      } else if ((isPoint(c) || c == ',') && start - 1 > 0 && isDigit(line.charAt(start - 2))) {
        start--; // inside the number: 7,730 or 7730.2
      } else {
        break;
      }
    }
    char first = line.charAt(start);
    if (end == line.length() && end - start == 1 && (first == '0' || first == '０')) {
      return -1; // a lone 0 is whole
    }
    if (start > 0 && (line.charAt(start - 1) == '+' || line.charAt(start - 1) == '-')) {
      start--; // the sign of a change (本年增/减 +43)
    }
    return start;
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static boolean isPoint(char c) {
    return c == '.' || c == '．';
  }
}
