package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import ogireports.text.Normalise;
import ogireports.text.PageNumbers;
import ogireports.text.ParseBudget;
import ogireports.text.SectionSplitter;
import ogireports.values.FootnoteMarks;
import ogireports.values.Numbers;
import ogireports.values.Numbers.Numerals;

/**
 * Lays a report's text out again as one label, one value or one heading per line, found in the
 * character stream rather than in the lines it came in.
 *
 * <p>Why: crawlers keep pages without their markup (the whole body on one line, cells glued to
 * labels: {@code …申请数量640020470二、上年结转…}), and PDF extractors print a row as {@code label v1 … v7}
 * with labels wrapped over lines, page markers {@code - 3 -} inside tables and rotated headers one
 * character per line. Neither has the line structure the cell layouts of spec §6 rely on. The
 * national templates fix the labels, so the labels are found where they start in the text whatever
 * the whitespace around them, and the values between two labels are that row's values. The result
 * is read by the same table readers as every other layout ({@link TableReader}), as cells of layout
 * {@link CellLayout#LABEL_STREAM}.
 *
 * <ul>
 *   <li>Tabs, {@code |} and every whitespace separate words; page markers {@code - N -} and {@code
 *       -N-} are dropped.
 *   <li>A word that reads as a value ({@code 21}, {@code —}, {@code 4件}) is one value line; a run
 *       of digits glued to text is cut from it ({@code 数量640020470二、} gives {@code 640020470}). A
 *       digit followed by {@code .} or {@code 、} and text is the number of the next sub-item label
 *       ({@code 00000002.其他法律…} gives {@code 0000000} and {@code 2.其他法律…}). Separators lost between
 *       digits are not restored here: the table's arithmetic does that ({@link RunTogether}).
 *   <li>Text words of one source line are joined and cut again where a template label starts: a
 *       section heading (kept whole, on its own line), {@code 第二十条第（…）项}, {@code 信息内容}, a table 二
 *       item, {@code 申请人情况}, {@code （一）}…, {@code 一、}…, a numbered sub-item, and the group headers
 *       of table 四. A label wrapped over source lines stays in pieces, which the readers glue back
 *       as they do for wrapped cells.
 * </ul>
 *
 * The scan is linear in the text (no regular expressions); the budget is checked as it goes.
 */
final class LabelStream {

  /**
   * The text laid out again.
   *
   * @param lines one label, value or heading per entry
   * @param sourceLines the 1-based source line of each entry
   * @param rowLines how many source lines hold a label followed by two or more values (a row
   *     printed as {@code label v1 … v7}, as PDF text extractors print them)
   */
  record Relaid(List<String> lines, int[] sourceLines, int rowLines) {}

  /** Characters scanned between two budget checks. */
  private static final int CHECK_EVERY = 1 << 14;

  /** Longest heading text looked for after a section numeral. */
  private static final int MAX_HEADING_CHARS = 42;

  /**
   * Label starts that are cut before and consumed whole (so that no cut falls inside them), in the
   * order they are tried at a position: longer ones before the shorter ones they contain.
   */
  private static final List<String> LABEL_STARTS =
      List.of(
          "信息内容",
          "其他对外管理服务事项",
          "行政规范性文件",
          "规范性文件",
          "规章",
          "行政许可",
          "行政处罚",
          "行政强制",
          "行政事业性收费",
          "政府集中采购",
          "申请人情况",
          "行政复议",
          "行政诉讼",
          "未经复议直接起诉",
          "复议后起诉");

  /**
   * {@link #LABEL_STARTS} indexed by their first characters: {@link #labelStartEnd} is asked at
   * every character of a table's text, and most characters start none of them.
   */
  private static final Markers LABEL_MARKERS = new Markers(LABEL_STARTS);

  private LabelStream() {}

  /** The lines laid out again; {@code budget} is checked (phase {@code tables}) as it goes. */
  static Relaid relayout(List<String> lines, ParseBudget budget) {
    return relayout(lines, 0, budget);
  }

  /** The lines from {@code from} (0-based) laid out again; the source lines keep their numbers. */
  static Relaid relayout(List<String> lines, int from, ParseBudget budget) {
    Builder out = new Builder(budget);
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line != null && !line.isEmpty()) {
        out.line(Normalise.nfkc(FootnoteMarks.without(line)), i + 1);
      }
    }
    int[] source = new int[out.source.size()];
    for (int k = 0; k < source.length; k++) {
      source[k] = out.source.get(k);
    }
    return new Relaid(out.lines, source, out.rowLines);
  }

  private static final class Builder {
    final List<String> lines = new ArrayList<>();
    final List<Integer> source = new ArrayList<>();
    final ParseBudget budget;
    final StringBuilder text = new StringBuilder();
    long scanned;
    int rowLines;
    boolean textOnLine;
    int valuesAfterText;

    Builder(ParseBudget budget) {
      this.budget = budget;
    }

    void tick() {
      if (++scanned % CHECK_EVERY == 0) {
        budget.check("tables");
      }
    }

    /** {@code n} characters scanned at once: the checks {@code n} ticks would make. */
    void ticks(int n) {
      long before = scanned;
      scanned += n;
      for (long k = before / CHECK_EVERY; k < scanned / CHECK_EVERY; k++) {
        budget.check("tables");
      }
    }

    /** One source line, already NFKC. */
    void line(String s, int lineNo) {
      textOnLine = false;
      valuesAfterText = 0;
      int n = s.length();
      int i = 0;
      if (isPageFooter(s)) {
        return; // "第 3 页，共 5 页" inside a table: its numbers are no cells
      }
      while (i < n) {
        tick();
        char c = s.charAt(i);
        if (isSeparator(c)) {
          i++;
          continue;
        }
        int marker = pageMarkerEnd(s, i);
        if (marker > i) {
          i = marker;
          continue;
        }
        int end = i;
        while (end < n && !isSeparator(s.charAt(end))) {
          end++;
          tick();
        }
        int joined = ThousandsApart.end(s, i, end);
        if (joined > end) {
          String number = ThousandsApart.joined(s, i, joined); // "2, 689": one number
          word(number, 0, number.length(), lineNo);
          i = joined;
          continue;
        }
        word(s, i, end, lineNo);
        i = end;
      }
      flushText(lineNo);
      if (valuesAfterText >= 2) {
        rowLines++;
      }
    }

    /**
     * True for a line that is a page number ({@code 第 3 页，共 5 页}, {@code — 3 —}), however far the
     * layout indents it; the ASCII dashed markers are dropped word by word ({@link
     * #pageMarkerEnd}).
     */
    private boolean isPageFooter(String s) {
      int at = 0;
      while (at < s.length() && isSeparator(s.charAt(at))) {
        at++;
      }
      if (at == s.length()) {
        return false;
      }
      char first = s.charAt(at);
      return (first == '第' || first == '—' || first == '－' || first == '–')
          && PageNumbers.isPageNumber(s.substring(at).strip());
    }

    /** One whitespace-delimited word {@code s[from, to)}. */
    void word(String s, int from, int to, int lineNo) {
      String w = s.substring(from, to);
      if (numbersNextWord(s, from, to)) {
        // "1. 信访举报…": a sub-item number standing apart from its label is text, not a value.
        text.append(w);
        return;
      }
      if (OcrMarks.isIllegible(s, from, to) && OcrMarks.isCellOf(s, from, to)) {
        value(w, lineNo); // "1■9", "▇▇": a cell OCR could not read, kept whole in its place
        return;
      }
      if (to - from <= Cell.MAX_CELL_CHARS
          && Cell.of(w, 0, 0, CellLayout.LABEL_STREAM, false).isValue()
          && !startsSubItem(s, from, to)) {
        value(w, lineNo);
        return;
      }
      int i = from;
      while (i < to) {
        tick();
        char c = s.charAt(i);
        if (Numbers.isDigit(c)) {
          int end = digitsEnd(s, i, to);
          // A digit before "." or "、" and text numbers the next sub-item label.
          boolean numbered =
              end < to - 1
                  && isStop(s.charAt(end))
                  && !Numbers.isDigit(s.charAt(end + 1))
                  && !isSeparator(s.charAt(end + 1))
                  && s.charAt(end - 1) >= '1'
                  && s.charAt(end - 1) <= '9';
          int valueEnd = numbered ? end - 1 : end;
          if (valueEnd > i) {
            value(s.substring(i, valueEnd), lineNo);
          }
          if (numbered) {
            text.append(s, valueEnd, end);
          }
          i = end;
          continue;
        }
        // the run of text up to the next digit, appended at once
        int end = i + 1;
        while (end < to && !Numbers.isDigit(s.charAt(end))) {
          end++;
        }
        ticks(end - i - 1);
        text.append(s, i, end);
        i = end;
      }
    }

    /**
     * True for a word {@code 1.}–{@code 99.} (or {@code 、}) whose next word on the line starts with
     * text: the number of the sub-item label that follows.
     */
    boolean numbersNextWord(String s, int from, int to) {
      int end = digitsEnd(s, from, to);
      if (end == from
          || end != to - 1
          || end - from > 2
          || !isStop(s.charAt(end))
          || s.charAt(from) == '0') {
        return false;
      }
      int k = to;
      while (k < s.length() && isSeparator(s.charAt(k))) {
        k++;
      }
      if (k == to || k >= s.length()) {
        return false;
      }
      char c = s.charAt(k);
      return !Numbers.isDigit(c)
          && c != '-'
          && c != '—'
          && c != '/'
          && c != '.'
          && Character.isLetter(c);
    }

    boolean startsSubItem(String s, int from, int to) {
      int end = digitsEnd(s, from, to);
      return end > from
          && end < to - 1
          && isStop(s.charAt(end))
          && !Numbers.isDigit(s.charAt(end + 1));
    }

    void value(String v, int lineNo) {
      flushText(lineNo);
      emit(v, lineNo);
      if (textOnLine) {
        valuesAfterText++;
      }
    }

    /** The text gathered so far, cut where labels start. */
    void flushText(int lineNo) {
      if (text.length() == 0) {
        return;
      }
      String t = text.toString();
      text.setLength(0);
      textOnLine = true;
      int start = 0;
      int i = 0;
      int n = t.length();
      while (i < n) {
        tick();
        int heading = headingEnd(t, i);
        if (heading > i) {
          if (i > start) {
            emit(t.substring(start, i), lineNo);
          }
          emit(t.substring(i, heading), lineNo);
          start = heading;
          i = heading;
          continue;
        }
        int label = labelStartEnd(t, i);
        if (label > i) {
          if (i > start) {
            emit(t.substring(start, i), lineNo);
            start = i;
          }
          i = label;
          continue;
        }
        i++;
      }
      if (start < n) {
        emit(t.substring(start), lineNo);
      }
    }

    void emit(String line, int lineNo) {
      lines.add(line);
      source.add(lineNo);
    }
  }

  /**
   * End of a label start at {@code i} (the label is consumed whole), or {@code i} when none starts
   * there.
   */
  static int labelStartEnd(String t, int i) {
    char c = t.charAt(i);
    int n = t.length();
    if (c == '第' && t.startsWith(Vocabulary.T2_CAPTION.substring(1), i + 1)) {
      int close = t.indexOf(")项", i);
      return close > 0 && close - i <= 12 ? close + 2 : i + Vocabulary.T2_CAPTION.length();
    }
    if (c == '('
        && i + 2 < n
        && Numbers.isNumeral(t.charAt(i + 1), Numerals.ORDINAL)
        && t.charAt(i + 2) == ')') {
      return i + 3;
    }
    if (Numbers.isNumeral(c, Numerals.ORDINAL) && c != '十' && i + 1 < n && t.charAt(i + 1) == '、') {
      return i + 2;
    }
    if (Numbers.isDigit(c) && i + 1 < n && isStop(t.charAt(i + 1))) {
      return i + 2;
    }
    String label = LABEL_MARKERS.startingAt(t, i);
    return label != null ? i + label.length() : i;
  }

  /** End of a section heading starting at {@code i} ({@link SectionSplitter}), or {@code i}. */
  static int headingEnd(String t, int i) {
    int n = t.length();
    if (i + 2 >= n || "一二三四五六".indexOf(t.charAt(i)) < 0) {
      return i;
    }
    char stop = t.charAt(i + 1);
    if (stop != '、' && stop != '.' && stop != ',') {
      return i;
    }
    int limit = Math.min(n, i + 2 + MAX_HEADING_CHARS);
    for (int end = i + 4; end <= limit; end++) {
      char last = t.charAt(end - 1);
      if ((last == '况' || last == '项' || last == '述')
          && SectionSplitter.headingNumber(t.substring(i, end)) > 0) {
        return end;
      }
    }
    return i;
  }

  /**
   * End of a page marker at {@code i}: {@code - 3 -} (spaces inside, whatever is around it but a
   * lone {@code -}: in {@code 12 - - 1 - 15} the dashes are blank cells of a row) or {@code -3-}
   * (standing apart from digits and dashes); {@code i} when there is none.
   */
  static int pageMarkerEnd(String s, int i) {
    int n = s.length();
    if (s.charAt(i) != '-') {
      return i;
    }
    int j = i + 1;
    boolean spaced = false;
    while (j < n && s.charAt(j) == ' ') {
      j++;
      spaced = true;
    }
    int digits = j;
    while (j < n && Numbers.isDigit(s.charAt(j)) && j - digits < 3) {
      j++;
    }
    if (j == digits || (j < n && Numbers.isDigit(s.charAt(j)))) {
      return i;
    }
    boolean spacedAfter = false;
    while (j < n && s.charAt(j) == ' ') {
      j++;
      spacedAfter = true;
    }
    if (j >= n || s.charAt(j) != '-' || spaced != spacedAfter) {
      return i;
    }
    j++;
    if (spaced) {
      // "1  -  -  1  -  5": a dash standing next to it makes it a run of blank cells, not a marker
      return loneDashBefore(s, i) || loneDashAfter(s, j) ? i : j;
    }
    boolean apartBefore = i == 0 || !(Numbers.isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '-');
    boolean apartAfter = j >= n || !(Numbers.isDigit(s.charAt(j)) || s.charAt(j) == '-');
    return apartBefore && apartAfter ? j : i;
  }

  /** True when the word before {@code s[i]}, past spaces, is a lone {@code -} (a blank cell). */
  private static boolean loneDashBefore(String s, int i) {
    int k = i - 1;
    while (k >= 0 && s.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && k < i - 1 && s.charAt(k) == '-' && (k == 0 || s.charAt(k - 1) == ' ');
  }

  /** True when the word at or after {@code s[j]}, past spaces, is a lone {@code -}. */
  private static boolean loneDashAfter(String s, int j) {
    int k = j;
    while (k < s.length() && s.charAt(k) == ' ') {
      k++;
    }
    return k > j
        && k < s.length()
        && s.charAt(k) == '-'
        && (k + 1 == s.length() || s.charAt(k + 1) == ' ');
  }

  /** End of the number at {@code i}: digits, with {@code .} or {@code ,} between digits. */
  private static int digitsEnd(String s, int i, int to) {
    int j = i;
    while (j < to) {
      char c = s.charAt(j);
      if (Numbers.isDigit(c)) {
        j++;
      } else if ((c == '.' || c == ',')
          && j > i
          && j + 1 < to
          && Numbers.isDigit(s.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isSeparator(char c) {
    return c == '\t' || c == '|' || c == '｜' || Normalise.isSpace(c);
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '、';
  }
}
