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
 *
 * <p>Written for speed: the sentences of a report are split once for every text rule, each is a
 * range of its squeezed line (its text is made only when a rule reads it), and the words the text
 * rules start from are found for every sentence in one pass ({@link Sentence#has}), so that a rule
 * passes over a sentence that cannot hold what it reads without searching it again.
 */
final class Narrative {

  /** Sections whose text is read: 一, 五 and 六 only. */
  static final int[] SECTIONS = {1, 5, 6};

  /** A line this long that does not end a sentence was wrapped by the scraper. */
  private static final int WRAPPED_LINE = 40;

  /** Words a sentence may hold ({@link Sentence#has}): 申请. */
  static final int APPLICATION = 1;

  /** 公开. */
  static final int OPEN = 1 << 1;

  /** 信息公开 or 政务公开. */
  static final int GOVERNMENT_OPEN = 1 << 2;

  /** 行政复议. */
  static final int REVIEW = 1 << 3;

  /** 行政诉讼. */
  static final int LITIGATION = 1 << 4;

  /** 诉讼. */
  static final int SUIT = 1 << 5;

  /** 规范性文件. */
  static final int NORMATIVE = 1 << 6;

  /** An outcome word: 予以公开 部分公开 不予公开 无法提供 不予处理 其他处理. */
  static final int OUTCOME = 1 << 7;

  private Narrative() {}

  /** One sentence, NFKC-normalised and without whitespace: a range of a squeezed line. */
  static final class Sentence {

    private final int section;
    private final String source;
    private final int start;
    private final int end;
    private final int words;
    private String text;

    /**
     * @param section the section number (1, 5 or 6)
     * @param text the sentence, NFKC-normalised and without whitespace
     */
    Sentence(int section, String text) {
      this(section, text, 0, text.length(), words(text, 0, text.length()));
    }

    /** The sentence {@code source[start, end)}, which holds {@code words}. */
    Sentence(int section, String source, int start, int end, int words) {
      this.section = section;
      this.source = source;
      this.start = start;
      this.end = end;
      this.words = words;
      this.text = start == 0 && end == source.length() ? source : null;
    }

    /** The section number (1, 5 or 6). */
    int section() {
      return section;
    }

    /** The sentence, NFKC-normalised and without whitespace. */
    String text() {
      if (text == null) {
        text = source.substring(start, end);
      }
      return text;
    }

    /** True when the sentence holds one of the {@code words} ({@link #APPLICATION}, …). */
    boolean has(int words) {
      return (this.words & words) != 0;
    }

    /** The section as written in messages: 第一部分. */
    String where() {
      return "第" + numeral(section) + "部分";
    }

    /** The sentence for quoting in a message, shortened to about 60 characters. */
    String quote() {
      String t = text();
      t = t.length() > 60 ? t.substring(0, 60) + "…" : t;
      return "“" + t + "”";
    }

    @Override
    public String toString() {
      return "Sentence[section=" + section + ", text=" + text() + "]";
    }
  }

  /** What a character is to the splitter: nothing, a sentence end, or the start of a word. */
  private static final byte[] KIND = new byte[0x10000];

  /**
   * True at the last 10 bits of every character whose {@link #KIND} is not 0: a table small enough
   * to stay in the fastest cache, read first for every character.
   */
  private static final boolean[] MAYBE_MARKED = new boolean[1024];

  private static final byte SENTENCE_END = 1;
  private static final byte SHEN = 2; // 申请
  private static final byte GONG = 3; // 公开
  private static final byte XING = 4; // 行政复议, 行政诉讼
  private static final byte SU = 5; // 诉讼
  private static final byte GUI = 6; // 规范性文件
  private static final byte WU = 7; // 无法提供
  private static final byte CHU = 8; // 处理 (不予处理, 其他处理)

  static {
    for (char c : "。!?;！？；".toCharArray()) {
      KIND[c] = SENTENCE_END;
    }
    KIND['申'] = SHEN;
    KIND['公'] = GONG;
    KIND['行'] = XING;
    KIND['诉'] = SU;
    KIND['规'] = GUI;
    KIND['无'] = WU;
    KIND['处'] = CHU;
    for (int c = 0; c < KIND.length; c++) {
      if (KIND[c] != 0) {
        MAYBE_MARKED[c & (MAYBE_MARKED.length - 1)] = true;
      }
    }
  }

  /** The words of {@link Sentence#has} that {@code s[start, end)} holds, in one pass over it. */
  static int words(String s, int start, int end) {
    int out = 0;
    for (int i = start; i < end; i++) {
      byte kind = KIND[s.charAt(i)];
      if (kind > SENTENCE_END) {
        out |= wordsAt(kind, s, start, i, end);
      }
    }
    return out;
  }

  /**
   * What the character at {@code i} of {@code s[from, to)}, of {@code kind}, starts: the words of
   * {@link Sentence#has} that stand there (and at most two characters before, within {@code from}).
   */
  private static int wordsAt(byte kind, String s, int from, int i, int to) {
    switch (kind) {
      case SHEN:
        return i + 1 < to && s.charAt(i + 1) == '请' ? APPLICATION : 0;
      case GONG:
        if (i + 1 >= to || s.charAt(i + 1) != '开') {
          return 0;
        }
        if (i - 2 >= from) {
          char a = s.charAt(i - 2);
          char b = s.charAt(i - 1);
          if ((a == '信' && b == '息') || (a == '政' && b == '务')) {
            return OPEN | GOVERNMENT_OPEN;
          }
          if ((a == '予' && b == '以') || (a == '部' && b == '分') || (a == '不' && b == '予')) {
            return OPEN | OUTCOME;
          }
        }
        return OPEN;
      case XING:
        if (i + 4 <= to && s.charAt(i + 1) == '政') {
          char a = s.charAt(i + 2);
          char b = s.charAt(i + 3);
          if (a == '复' && b == '议') {
            return REVIEW;
          }
          if (a == '诉' && b == '讼') {
            return LITIGATION;
          }
        }
        return 0;
      case SU:
        return i + 1 < to && s.charAt(i + 1) == '讼' ? SUIT : 0;
      case GUI:
        return i + 5 <= to && s.startsWith("规范性文件", i) ? NORMATIVE : 0;
      case WU:
        return i + 4 <= to && s.startsWith("无法提供", i) ? OUTCOME : 0;
      case CHU:
        if (i - 2 >= from && i + 1 < to && s.charAt(i + 1) == '理') {
          char a = s.charAt(i - 2);
          char b = s.charAt(i - 1);
          if ((a == '不' && b == '予') || (a == '其' && b == '他')) {
            return OUTCOME;
          }
        }
        return 0;
      default:
        return 0;
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
    Splitter splitter = new Splitter(out);
    for (int number : SECTIONS) {
      Optional<Section> section = report.section(number);
      if (section.isPresent() && section.get().hasText()) {
        splitter.section = number;
        forms = forms == null ? LineForms.shared(report.lines()) : forms;
        if (isReadFromLines(section.get(), forms)) {
          for (int i = section.get().firstLine() - 1; i < section.get().lastLine(); i++) {
            splitter.line(forms.squeezed(i));
          }
        } else {
          splitter.body(section.get().text());
        }
        splitter.flush();
      }
    }
    return out;
  }

  /**
   * True when the section's text is its lines of the report joined with '\n' (lines holding no '\n'
   * themselves), as the section splitter makes it: its sentences can then be read from the report's
   * lines, squeezed once for every reader of the report.
   */
  private static boolean isReadFromLines(Section section, LineForms forms) {
    List<String> lines = forms.lines();
    int first = section.firstLine();
    int last = section.lastLine();
    if (first < 1 || last > lines.size() || first > last + 1) {
      return false;
    }
    long chars = Math.max(0, last - first); // the '\n' between the lines
    for (int i = first - 1; i < last; i++) {
      String line = lines.get(i);
      if (line == null || !forms.holdsNoNewline(i)) {
        return false;
      }
      chars += line.length();
    }
    return chars == section.textLength();
  }

  /**
   * Splits a section body into sentences at 。！？；, and at line ends, except that a long line not
   * ending a sentence continues on the next non-blank line (a scraper's wrap).
   */
  static List<String> split(String body) {
    List<String> out = new ArrayList<>();
    for (Sentence sentence : sentences(body, 0)) {
      out.add(sentence.text());
    }
    return out;
  }

  /** The sentences of {@link #split(String)}, of section {@code section}. */
  static List<Sentence> sentences(String body, int section) {
    List<Sentence> out = new ArrayList<>();
    Splitter splitter = new Splitter(out);
    splitter.section = section;
    splitter.body(body);
    splitter.flush();
    return out;
  }

  /** Splits the squeezed lines of one section into its sentences, line by line. */
  private static final class Splitter {

    private final List<Sentence> out;

    /** The number of the section being split. */
    int section;

    /** A sentence wrapped over lines, so far. */
    private final StringBuilder current = new StringBuilder();

    /** The characters of the line being split. */
    private char[] chars = new char[256];

    Splitter(List<Sentence> out) {
      this.out = out;
    }

    /** The lines of a body (lines split at '\n', each squeezed). */
    void body(String body) {
      for (int start = 0; start <= body.length(); ) {
        int end = body.indexOf('\n', start);
        if (end < 0) {
          end = body.length();
        }
        line(Normalise.squeeze(body.substring(start, end)));
        start = end + 1;
      }
    }

    /** The sentences one squeezed line ends; a sentence it leaves open goes on in the next. */
    void line(String line) {
      if (line.isEmpty()) {
        return;
      }
      int n = line.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, 2 * chars.length)];
      }
      line.getChars(0, n, chars, 0);
      char[] cs = chars; // read from an array: no index check per character
      int from = 0; // the start of the line's sentence being read
      int words = 0; // what it holds so far
      for (int i = 0; i < n; i++) {
        char c = cs[i];
        if (!MAYBE_MARKED[c & (MAYBE_MARKED.length - 1)]) {
          continue; // most characters are neither a sentence end nor a word's start
        }
        byte kind = KIND[c];
        if (kind == SENTENCE_END) {
          sentence(line, from, i + 1, words);
          from = i + 1;
          words = 0;
        } else if (kind != 0) {
          // no word holds a sentence end: one starting in this sentence ends in it
          words |= wordsAt(kind, line, from, i, n);
        }
      }
      if (n < WRAPPED_LINE) {
        sentence(line, from, n, words);
      } else if (from < n) {
        current.append(line, from, n);
      }
    }

    /**
     * Ends a sentence: what {@link #current} holds, then {@code line[from, to)}, which holds {@code
     * words}.
     */
    private void sentence(String line, int from, int to, int words) {
      if (current.length() == 0) {
        if (to > from) {
          out.add(new Sentence(section, line, from, to, words));
        }
        return;
      }
      current.append(line, from, to);
      flush();
    }

    /** Ends the sentence {@link #current} holds, if any. */
    void flush() {
      if (current.length() > 0) {
        out.add(new Sentence(section, current.toString()));
        current.setLength(0);
      }
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
