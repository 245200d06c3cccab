package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.Section;
import ogireports.text.CutOffNumber;

/**
 * An excerpt whose end a crawl marked with an ellipsis ({@code …}, {@code ……}, {@code ...}) or a
 * {@code （未完）}: a page's summary field or a list page keeps the first part of a report and says it
 * cut it. The text before the mark is cut exactly as a text that ends without a line break is (a
 * crawl's excerpt cut at a number of bytes): its last line may have lost cells, and the number it
 * ends in may have lost digits ({@code | 1 | 0 | 66} kept as {@code | 1 | 0 | 6…}), so that number
 * is taken out ({@link CutOffNumber}). When the mark stands on a line of its own, the line before
 * it is the one cut ({@code 3} left of {@code 3.危及“三安全一稳定”} would read as a value). A text that
 * ends inside section 三 is cut there too, though nothing marks it ({@link #endingInSection3}).
 */
final class MarkedCut {

  /** Marks a crawl puts where it cut a text, longest first. */
  private static final List<String> MARKS = List.of("（未完）", "(未完)", "……", "。。。", "...", "…");

  private MarkedCut() {}

  /**
   * The lines of a text that ends inside section 三 (its last heading is 三's, and its last line
   * comes after it) in a number, the number taken out; null for any other text. A report never ends
   * inside table 三, so such a text is an excerpt cut there, a line break written after the cut: the
   * number its last line ends in may have lost digits ({@code | 66} kept as {@code | 6}).
   */
  static List<String> endingInSection3(List<String> lines, List<Section> sections) {
    int lastHeading = 0;
    int heading3 = -1;
    for (Section s : sections) {
      if (s.headingLine() > 0) {
        lastHeading = Math.max(lastHeading, s.number());
        if (s.number() == 3) {
          heading3 = s.headingLine();
        }
      }
    }
    int last = lines.size() - 1;
    while (last >= 0 && (lines.get(last) == null || lines.get(last).isBlank())) {
      last--;
    }
    if (lastHeading != 3 || heading3 < 0 || last + 1 <= heading3) {
      return null;
    }
    List<String> kept = lines.subList(0, last + 1);
    return CutOffNumber.endsInNumber(kept) && !lastRowAddsUp(kept)
        ? CutOffNumber.strip(kept)
        : null;
  }

  /** How many lines back from the end the last row's numbers are looked for. */
  private static final int ROW_REACH = 30;

  /**
   * True when the numbers the text ends in, back to the words before them (the last row's label),
   * are at most a row of table 三 whose last number is the sum of the others ({@code …申请数量 | 22 | 7
   * | 0 | 1 | 1 | 1 | 32}, or the same a cell per line): that number is the row's 总计 whole, for a
   * number that lost digits at a cut would be smaller than its parts' sum. A text that ends after a
   * row so is not cut inside a number, though a line break follows it.
   */
  static boolean lastRowAddsUp(List<String> lines) {
    List<Long> numbers = new ArrayList<>(); // from the end backwards
    for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - ROW_REACH); i--) {
      String line = lines.get(i);
      if (line == null) {
        continue;
      }
      String[] tokens = line.strip().split("[\\s|｜]+");
      for (int t = tokens.length - 1; t >= 0; t--) {
        String token = tokens[t];
        if (token.isEmpty()) {
          continue;
        }
        if (token.length() > 9 || !token.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
          return addsUp(numbers);
        }
        numbers.add(Long.parseLong(token));
        if (numbers.size() > ogireports.model.ApplicantColumn.values().length) {
          return false;
        }
      }
    }
    return false;
  }

  private static boolean addsUp(List<Long> numbers) {
    if (numbers.size() < 2) {
      return false;
    }
    long parts = 0;
    for (int k = 1; k < numbers.size(); k++) {
      parts += numbers.get(k);
    }
    return parts == numbers.get(0);
  }

  /**
   * The lines of {@code lines} up to the cut its end marks, the mark and the number cut off before
   * it taken out; null when the text ends in no mark.
   */
  static List<String> before(List<String> lines) {
    int last = lines.size() - 1;
    while (last >= 0 && (lines.get(last) == null || lines.get(last).isBlank())) {
      last--;
    }
    if (last < 0) {
      return null;
    }
    String line = lines.get(last).stripTrailing();
    String mark = null;
    for (String m : MARKS) {
      if (line.endsWith(m)) {
        mark = m;
        break;
      }
    }
    if (mark == null) {
      return null;
    }
    List<String> out = new ArrayList<>(lines.subList(0, last + 1));
    String kept = line.substring(0, line.length() - mark.length());
    if (kept.isBlank()) {
      out.remove(last); // the mark alone on its line: the line before it is the one cut
      while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
        out.remove(out.size() - 1);
      }
    } else {
      out.set(last, kept);
    }
    return out.isEmpty() ? null : CutOffNumber.strip(out);
  }
}
