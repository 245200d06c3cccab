package ogireports.tables;

import java.util.List;
import ogireports.model.CellValue;
import ogireports.text.Normalise;
import ogireports.values.FootnoteMarks;
import ogireports.values.ValueNormaliser;
import ogireports.values.ValueNormaliser.ColumnKind;

/**
 * One table cell as cut from the text, before any table knows what it means.
 *
 * <p>A cell made of a whole line keeps the line and its squeezed form, and makes its stripped
 * {@link #raw} and its {@link #text} only when asked: most such cells are lines of prose around the
 * tables, whose text no table reader looks at (their length says they are prose), and a line
 * holding quotes would otherwise be copied once more. Cells are made and read by one report's
 * reading, on one thread.
 */
final class Cell {

  private String raw;
  private boolean rawToStrip;
  private String text;
  private boolean textToLabel;
  private final int line;
  private final int row;
  private final CellLayout layout;
  private final boolean heading;
  private final boolean valueShaped;
  private boolean cutShort;
  private long numerals = -1; // the count a field in Chinese numerals stands for, else -1

  /**
   * A cell.
   *
   * @param raw the cell text as printed (continuation lines joined with '\n'); never null
   * @param text the matching form: {@link Normalise#label} of {@code raw}
   * @param line 1-based line of the decoded document where the cell starts
   * @param row the physical row it sits in: one tab block, one TSV or pipe line, or one plain line
   * @param layout how the cell was laid out
   * @param heading true when the cell is a section heading line (it ends tables, never joins them)
   * @param valueShaped whether the cell reads as a value ({@link #isValue}), decided once when the
   *     cell is made: the table readers ask it of every cell many times
   */
  Cell(
      String raw,
      String text,
      int line,
      int row,
      CellLayout layout,
      boolean heading,
      boolean valueShaped) {
    this.raw = raw;
    this.text = text;
    this.line = line;
    this.row = row;
    this.layout = layout;
    this.heading = heading;
    this.valueShaped = valueShaped;
  }

  Cell(String raw, String text, int line, int row, CellLayout layout, boolean heading) {
    this(raw, text, line, row, layout, heading, readsAsValue(raw, text, heading));
  }

  /** A cell of a whole line, stripped or not, whose squeezed form is {@code squeezed}. */
  private Cell(
      String lineText,
      boolean strip,
      String squeezed,
      int line,
      int row,
      CellLayout layout,
      boolean heading) {
    this.raw = lineText;
    this.rawToStrip = strip;
    String unmarked = FootnoteMarks.without(lineText);
    if (unmarked != lineText) {
      squeezed = Normalise.squeeze(unmarked); // the number a footnote mark follows, as read
    }
    // the label of a squeezed text differs from it only in its quotes, which are neither value
    // characters nor whitespace: its length, emptiness and shape as a value are the squeezed one's
    this.text = squeezed;
    this.textToLabel = true;
    this.line = line;
    this.row = row;
    this.layout = layout;
    this.heading = heading;
    int shape = valueShape(squeezed, heading);
    this.valueShaped = shape == VALUE || (shape == READ_RAW && readsAsValue(raw(), squeezed));
  }

  /** The cell text as printed (continuation lines joined with '\n'); never null. */
  String raw() {
    if (rawToStrip) {
      raw = raw.strip();
      rawToStrip = false;
    }
    return raw;
  }

  /** The matching form: {@link Normalise#label} of {@link #raw}. */
  String text() {
    if (textToLabel) {
      text = labelOfSqueezed(text);
      textToLabel = false;
    }
    return text;
  }

  /**
   * The length of {@link #text}, told without making the label: a label is as long as the squeezed
   * text it is made of (only its quotes differ). A reader comparing a cell with a word of known
   * length rules out prose cells so.
   */
  int textLength() {
    return text.length();
  }

  /** 1-based line of the decoded document where the cell starts. */
  int line() {
    return line;
  }

  /** The physical row it sits in: one tab block, one TSV or pipe line, or one plain line. */
  int row() {
    return row;
  }

  /** How the cell was laid out. */
  CellLayout layout() {
    return layout;
  }

  /** True when the cell is a section heading line (it ends tables, never joins them). */
  boolean heading() {
    return heading;
  }

  /**
   * True when the cell is on the text's last line and the text's end cuts that line: its row may
   * have lost cells after it.
   */
  boolean cutShort() {
    return cutShort;
  }

  /** Marks the cell as on a line the text's end cuts ({@link #cutShort}). */
  void markCutShort() {
    cutShort = true;
  }

  /** Whether the cell reads as a value ({@link #isValue}), decided once when it is made. */
  boolean valueShaped() {
    return valueShaped;
  }

  /** Longest text that is still a table cell; longer lines are prose around the tables. */
  static final int MAX_CELL_CHARS = 60;

  static Cell of(String raw, int line, int row, CellLayout layout, boolean heading) {
    if (!heading && isPlainCount(raw)) {
      // a plain count, as most cells of a table are: no footnote mark follows it, its label is
      // itself and it reads as a value, told by the one scan that found it digits only
      return new Cell(raw, raw, line, row, layout, false, true);
    }
    return new Cell(raw, label(FootnoteMarks.without(raw)), line, row, layout, heading);
  }

  /**
   * True for 1 to {@link #PLAIN_NUMBER_DIGITS} ASCII digits and nothing else: a text whose label is
   * itself and whose shape is {@link #VALUE} ({@link #valueShape}).
   */
  private static boolean isPlainCount(String raw) {
    int n = raw.length();
    if (n == 0 || n > PLAIN_NUMBER_DIGITS) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link Normalise#label} of a cell's text. Most cells are ASCII digits or ideographs only, which
   * the label leaves as they are (no NFKC mapping, no space, no quote): they are recognised by one
   * scan and kept, not copied.
   */
  static String label(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean kept = (c > ' ' && c < 0x7F && c != '"') || (c >= 0x4E00 && c <= 0x9FFF);
      if (!kept) {
        return Normalise.label(raw);
      }
    }
    return raw;
  }

  /**
   * {@link #of} of a whole line, or of the line with whitespace stripped from its ends, whose
   * {@link Normalise#squeeze squeezed} form is {@code squeezed}: the label is made from it, not
   * squeezed again. (Stripping the ends changes nothing squeezed: the whitespace removed is removed
   * by the squeeze too, and no whitespace character composes with its neighbours.)
   */
  static Cell ofLine(
      String raw, String squeezed, int line, int row, CellLayout layout, boolean heading) {
    return new Cell(raw, false, squeezed, line, row, layout, heading);
  }

  /** {@link #ofLine} of a line with whitespace stripped from its ends ({@link String#strip}). */
  static Cell ofStrippedLine(
      String lineText, String squeezed, int line, int row, CellLayout layout, boolean heading) {
    return new Cell(lineText, true, squeezed, line, row, layout, heading);
  }

  /**
   * {@link Normalise#labelOfSqueezed}: the text itself when it holds no quote, as most lines do.
   * Whole lines of prose are cells too, and a search for each quote costs less than a loop over the
   * line's characters.
   */
  private static String labelOfSqueezed(String squeezed) {
    if (squeezed.indexOf('"') < 0
        && squeezed.indexOf('“') < 0
        && squeezed.indexOf('”') < 0
        && squeezed.indexOf('「') < 0
        && squeezed.indexOf('」') < 0) {
      return squeezed;
    }
    return Normalise.labelOfSqueezed(squeezed);
  }

  /** True for an empty cell (only whitespace printed). */
  boolean isEmpty() {
    return text.isEmpty(); // as empty as the label
  }

  /**
   * True for a number or a blank marker, in any column kind, and for a run of digits too long to be
   * one number but not too long to be a row whose separators were lost ({@link RunTogether}).
   */
  boolean isValue() {
    return valueShaped;
  }

  private static boolean readsAsValue(String raw, String text, boolean heading) {
    int shape = valueShape(text, heading);
    return shape == VALUE || (shape == READ_RAW && readsAsValue(raw, text));
  }

  private static final int NOT_VALUE = 0;
  private static final int VALUE = 1;
  private static final int READ_RAW = 2;

  /** Whether a text is a value ({@link #VALUE}), is not, or may be: then its raw text is read. */
  private static int valueShape(String text, boolean heading) {
    if (text.isEmpty() || heading) {
      return NOT_VALUE;
    }
    if (!onlyValueCharacters(text)) {
      if (ValueNormaliser.endsInBracketedUnit(text)) {
        return READ_RAW; // "13（件）": a count with its unit in brackets
      }
      return OcrMarks.isIllegible(text) ? VALUE : NOT_VALUE; // "1■9", "▇▇": a cell OCR lost
    }
    if (text.length() <= PLAIN_NUMBER_DIGITS && isDigitRun(text)) {
      return VALUE; // a plain count, as most cells are: every column kind reads it
    }
    return READ_RAW;
  }

  private static boolean readsAsValue(String raw, String text) {
    return !ValueNormaliser.read(raw, ColumnKind.DELTA).isUnreadable()
        || !ValueNormaliser.read(raw, ColumnKind.AMOUNT).isUnreadable()
        || isDigitRun(text);
  }

  /**
   * Every character a value can hold in any column kind (digits, signs, separators, blank marks,
   * 增/减/持平/无变化 and units; see {@link ValueNormaliser}). A text with any other character, as labels
   * and prose have, is not a value: this is decided without reading it.
   */
  private static final String VALUE_CHARACTERS = "0123456789〇○,.+-−—―–/\\_…无空增加新减少持平变化件条项个万元";

  /** Bit {@code c} set for each of the {@link #VALUE_CHARACTERS}. */
  private static final long[] VALUE_CHARACTER_BITS = new long[1 << 10];

  static {
    for (int i = 0; i < VALUE_CHARACTERS.length(); i++) {
      char c = VALUE_CHARACTERS.charAt(i);
      VALUE_CHARACTER_BITS[c >>> 6] |= 1L << c;
    }
  }

  private static boolean onlyValueCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((VALUE_CHARACTER_BITS[c >>> 6] & (1L << c)) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Digits that are always a readable number (no sign, separator or unit; below {@link
   * ValueNormaliser}'s largest magnitude).
   */
  private static final int PLAIN_NUMBER_DIGITS = 15;

  private static boolean isDigitRun(String text) {
    if (text.length() > RunTogether.MAX_DIGITS) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** True for a non-empty cell that is not a value: a label, a header or a fragment of one. */
  boolean isText() {
    return !isEmpty() && !isValue();
  }

  /** True for body text (too long to be a table cell) or a section heading. */
  boolean isProse() {
    return heading || text.length() > MAX_CELL_CHARS; // as long as the label
  }

  /** The cell read as a value of the given column kind. */
  CellValue read(ColumnKind kind) {
    return numerals >= 0 ? CellValue.number(raw(), numerals) : ValueNormaliser.read(raw(), kind);
  }

  /**
   * A field written in Chinese numerals ({@code 三十八}) where its row shows it stands as a count (see
   * {@code CellCutter}): a value, read as {@code count}. The value reader itself reads no numerals,
   * so that a word of a label or of prose is never a number.
   */
  static Cell countInNumerals(Cell c, long count) {
    Cell cell = new Cell(c.raw(), c.text(), c.line(), c.row(), c.layout(), false, true);
    cell.numerals = count;
    return cell;
  }

  /**
   * The counts of {@code n} cells of {@code cells} from {@code from}, or null when one is no plain
   * count: the numbers a table's arithmetic is checked on.
   */
  static long[] counts(List<Cell> cells, int from, int n) {
    long[] v = new long[n];
    for (int k = 0; k < n; k++) {
      Long count = cells.get(from + k).read(ColumnKind.COUNT).asCount();
      if (count == null) {
        return null;
      }
      v[k] = count;
    }
    return v;
  }
}
