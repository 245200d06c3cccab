package ogireports.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ogireports.model.ParsedReport;
import ogireports.model.Section;
import ogireports.text.LineForms;
import ogireports.text.Normalise;
import ogireports.values.Numbers;

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
    LineForms forms = null;
    for (int number : SECTIONS) {
      Optional<Section> section = report.section(number);
      if (section.isPresent() && section.get().text() != null) {
        List<String> sentences;
        if (isReadFromLines(section.get(), report.lines())) {
          forms = forms == null ? LineForms.shared(report.lines()) : forms;
          sentences = split(forms, section.get().firstLine() - 1, section.get().lastLine());
        } else {
          sentences = split(section.get().text());
        }
        for (String s : sentences) {
          out.add(new Sentence(number, s));
        }
      }
    }
    return out;
  }

  /**
   * True when the section's text is its lines of the report joined with '\n' (lines holding no '\n'
   * themselves), as the section splitter makes it: its sentences can then be read from the report's
   * lines, squeezed once for every reader of the report.
   */
  private static boolean isReadFromLines(Section section, List<String> lines) {
    int first = section.firstLine();
    int last = section.lastLine();
    if (first < 1 || last > lines.size() || first > last + 1) {
      return false;
    }
    long chars = Math.max(0, last - first); // the '\n' between the lines
    for (int i = first - 1; i < last; i++) {
      String line = lines.get(i);
      if (line == null || line.indexOf('\n') >= 0) {
        return false;
      }
      chars += line.length();
    }
    return chars == section.text().length();
  }

  /**
   * Splits a section body into sentences at 。！？；, and at line ends, except that a long line not
   * ending a sentence continues on the next non-blank line (a scraper's wrap).
   */
  static List<String> split(String body) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder(); // a sentence wrapped over lines, so far
    for (int start = 0; start <= body.length(); ) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      splitLine(Normalise.squeeze(body.substring(start, end)), current, out);
      start = end + 1;
    }
    flush(current, out);
    return out;
  }

  /** {@link #split(String)} of lines {@code from} to {@code to} (exclusive, 0-based) joined. */
  static List<String> split(LineForms lines, int from, int to) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = from; i < to; i++) {
      splitLine(lines.squeezed(i), current, out);
    }
    flush(current, out);
    return out;
  }

  /** The sentences one squeezed line ends; a sentence it leaves open goes on in {@code current}. */
  private static void splitLine(String line, StringBuilder current, List<String> out) {
    if (line.isEmpty()) {
      return;
    }
    int from = 0; // the start of the line's sentence being read
    for (int i = 0; i < line.length(); i++) {
      if (isSentenceEnd(line.charAt(i))) {
        sentence(current, line, from, i + 1, out);
        from = i + 1;
      }
    }
    if (line.length() < WRAPPED_LINE) {
      sentence(current, line, from, line.length(), out);
    } else {
      current.append(line, from, line.length());
    }
  }

  /**
   * Ends a sentence: what {@code current} holds, then {@code line} from {@code from} to {@code to}.
   */
  private static void sentence(
      StringBuilder current, String line, int from, int to, List<String> out) {
    if (current.length() == 0) {
      if (to > from) {
        out.add(line.substring(from, to));
      }
      return;
    }
    current.append(line, from, to);
    flush(current, out);
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

  /**
   * Reads the count that ends right before {@code unitIndex} (the index of a unit such as 件), or
   * null when no number stands there ({@link Numbers#endingAt}). Handles 12, 1,234, 两, 十余, 一百二十三,
   * 近20, 约30, 20多.
   */
  static Stated countBefore(String s, int unitIndex) {
    int end = unitIndex;
    String approx = null;
    if (end > 0 && (s.charAt(end - 1) == '余' || s.charAt(end - 1) == '多')) {
      approx = String.valueOf(s.charAt(end - 1));
      end--;
    }
    Numbers.Found number = Numbers.endingAt(s, end);
    if (number == null) {
      return null;
    }
    int start = number.start();
    if (start > 0 && (s.charAt(start - 1) == '近' || s.charAt(start - 1) == '约')) {
      approx = approx == null ? String.valueOf(s.charAt(start - 1)) : approx;
      start--;
    }
    return new Stated(number.value(), approx, start, unitIndex + 1);
  }
}
