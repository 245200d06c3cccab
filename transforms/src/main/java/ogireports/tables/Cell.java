package ogireports.tables;

import ogireports.model.CellValue;
import ogireports.text.Normalise;
import ogireports.values.ValueNormaliser;
import ogireports.values.ValueNormaliser.ColumnKind;

/**
 * One table cell as cut from the text, before any table knows what it means.
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
record Cell(
    String raw,
    String text,
    int line,
    int row,
    CellLayout layout,
    boolean heading,
    boolean valueShaped) {

  Cell(String raw, String text, int line, int row, CellLayout layout, boolean heading) {
    this(raw, text, line, row, layout, heading, readsAsValue(raw, text, heading));
  }

  /** Longest text that is still a table cell; longer lines are prose around the tables. */
  static final int MAX_CELL_CHARS = 60;

  static Cell of(String raw, int line, int row, CellLayout layout, boolean heading) {
    return new Cell(raw, label(raw), line, row, layout, heading);
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
    return new Cell(raw, Normalise.labelOfSqueezed(squeezed), line, row, layout, heading);
  }

  /** True for an empty cell (only whitespace printed). */
  boolean isEmpty() {
    return text.isEmpty();
  }

  /**
   * True for a number or a blank marker, in any column kind, and for a run of digits too long to be
   * one number but not too long to be a row whose separators were lost ({@link RunTogether}).
   */
  boolean isValue() {
    return valueShaped;
  }

  private static boolean readsAsValue(String raw, String text, boolean heading) {
    if (text.isEmpty() || heading || !onlyValueCharacters(text)) {
      return false;
    }
    if (text.length() <= PLAIN_NUMBER_DIGITS && isDigitRun(text)) {
      return true; // a plain count, as most cells are: every column kind reads it
    }
    return !ValueNormaliser.read(raw, ColumnKind.DELTA).isUnreadable()
        || !ValueNormaliser.read(raw, ColumnKind.AMOUNT).isUnreadable()
        || isDigitRun(text);
  }

  /**
   * Every character a value can hold in any column kind (digits, signs, separators, blank marks,
   * 增/减/持平/无变化 and units; see {@link ValueNormaliser}). A text with any other character, as labels
   * and prose have, is not a value: this is decided without reading it.
   */
  private static final String VALUE_CHARACTERS = "0123456789,.+-−—―–/\\_…无空增加新减少持平变化件条项个万元";

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
    return heading || text.length() > MAX_CELL_CHARS;
  }

  /** The cell read as a value of the given column kind. */
  CellValue read(ColumnKind kind) {
    return ValueNormaliser.read(raw, kind);
  }
}
