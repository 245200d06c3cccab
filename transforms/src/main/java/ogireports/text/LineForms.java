package ogireports.text;

import java.util.List;

/**
 * A report's lines and their squeezed forms ({@link Normalise#squeeze}: NFKC, whitespace removed),
 * each squeezed at most once per report. The readers of one report (tables, metadata, evidence,
 * navigation) all compare squeezed lines; they share one LineForms instead of squeezing every line
 * again each. A line is squeezed when first asked for. Not thread-safe: one report, one thread.
 */
public final class LineForms {

  private final List<String> lines;
  private final String[] squeezed;

  /**
   * Lines squeezed character by character ({@link Normalise#squeezePlain}): each holds only
   * characters NFKC keeps or maps alone, so no control character such as '\n'.
   */
  private final boolean[] plain;

  /** The first printed character of each line ({@link #firstPrinted}), once asked for. */
  private int[] firstPrinted;

  /** Scratch characters the lines are squeezed in. */
  private char[] scratch = new char[256];

  /** Whether the text's end cuts its last line ({@link #markLastLineCut}). */
  private boolean lastLineCut;

  private LineForms(List<String> lines) {
    this.lines = lines;
    this.squeezed = new String[lines.size()];
    this.plain = new boolean[lines.size()];
  }

  /** The forms of {@code lines} (null: no lines); null lines squeeze to "". */
  public static LineForms of(List<String> lines) {
    return new LineForms(lines == null ? List.of() : lines);
  }

  /** The forms {@link #shared} gave last on this thread. */
  private static final ThreadLocal<LineForms> LAST_SHARED = new ThreadLocal<>();

  /**
   * The forms of a report's {@code lines}, an unmodifiable list, shared by every reader of the
   * report on this thread: the same forms as the last call on this thread when given the same list
   * (the very object), so that a reader handed only the report's lines (the rules) still finds its
   * lines squeezed already. One report is read on one thread from start to end.
   */
  public static LineForms shared(List<String> lines) {
    LineForms last = LAST_SHARED.get();
    if (last != null && last.lines == lines) {
      return last;
    }
    LineForms forms = of(lines);
    LAST_SHARED.set(forms);
    return forms;
  }

  /**
   * Marks the last line as cut short by the text's end: the text has no line break after it (a
   * crawl's excerpt cut at a number of bytes), so a table row there may have lost cells.
   */
  public void markLastLineCut() {
    lastLineCut = true;
  }

  /** True when the text's end cuts the last line ({@link #markLastLineCut}). */
  public boolean lastLineCut() {
    return lastLineCut;
  }

  /** The lines as given. */
  public List<String> lines() {
    return lines;
  }

  public int size() {
    return squeezed.length;
  }

  /** The i-th line as given (may be null). */
  public String line(int i) {
    return lines.get(i);
  }

  /**
   * The first character of the i-th line that is not whitespace ({@link Normalise#isSpace}), or -1
   * for a blank or null line ({@link Normalise#isBlank}). Found for every line in one pass when
   * first asked: the readers that rule most lines out by their first printed character (section
   * headings, table captions, the blank lines between cells) then read one small array, not each
   * line's characters again.
   */
  public int firstPrinted(int i) {
    if (firstPrinted == null) {
      int[] first = new int[lines.size()];
      for (int k = 0; k < first.length; k++) {
        first[k] = firstPrintedOf(lines.get(k));
      }
      firstPrinted = first;
    }
    return firstPrinted[i];
  }

  private static int firstPrintedOf(String line) {
    if (line != null) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (!Normalise.isSpace(c)) {
          return c;
        }
      }
    }
    return -1;
  }

  /** {@link Normalise#squeeze} of the i-th line ("" for a null line). */
  public String squeezed(int i) {
    String sq = squeezed[i];
    if (sq == null) {
      sq = squeeze(i);
      squeezed[i] = sq;
    }
    return sq;
  }

  private String squeeze(int i) {
    String line = lines.get(i);
    if (line == null) {
      return "";
    }
    if (scratch.length < line.length()) {
      scratch = new char[Math.max(line.length(), 2 * scratch.length)];
    }
    String sq = Normalise.squeezePlain(line, scratch);
    if (sq != null) {
      plain[i] = true;
      return sq;
    }
    return Normalise.squeeze(line);
  }

  /**
   * True when the i-th line holds no '\n', told from how it was squeezed when it was (a line
   * squeezed character by character holds none), else by looking.
   */
  public boolean holdsNoNewline(int i) {
    if (plain[i]) {
      return true;
    }
    String line = lines.get(i);
    return line == null || line.indexOf('\n') < 0;
  }

  /**
   * {@link Normalise#squeeze} of the first {@code max} characters of the i-th line: its squeezed
   * form when the line is no longer (a reader that bounds what it reads of hostile lines).
   */
  public String squeezed(int i, int max) {
    String line = lines.get(i);
    return line == null || line.length() <= max
        ? squeezed(i)
        : Normalise.squeeze(line.substring(0, max));
  }
}
