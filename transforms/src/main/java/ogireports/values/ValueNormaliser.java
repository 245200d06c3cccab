package ogireports.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ogireports.model.CellValue;
import ogireports.text.Normalise;

/**
 * The one number normaliser for table cells (spec §5).
 *
 * <p>Order of operations: NFKC, then every whitespace character removed (noted {@code
 * ws_stripped}), then the cell is classified: blank marker, signed or worded change (DELTA only),
 * unit suffix, thousands separators, integer or decimal (digits and separators read by {@link
 * Numbers}). Anything else is unreadable. The raw text is always kept as printed.
 */
public final class ValueNormaliser {

  /** What a column holds, which decides the forms a cell may take. */
  public enum ColumnKind {
    /** Counts of 件: integers ≥ 0 expected. */
    COUNT,
    /** 2019 本年增/减: signed, with 增/减/持平 forms. */
    DELTA,
    /** Money: decimals and 元/万元 suffixes allowed. */
    AMOUNT
  }

  public static final String WS_STRIPPED = "ws_stripped";
  public static final String UNIT_SUFFIX = "unit_suffix";
  public static final String NON_INTEGER = "non_integer";
  public static final String FLOAT_ARTIFACT = "float_artifact";

  /** Cell texts that mean "nothing printed" (after NFKC and whitespace removal). */
  private static final Set<String> BLANK_MARKS =
      Set.of("", "—", "——", "―", "–", "-", "--", "−", "/", "\\", "无", "空", "_", "…", "……");

  /** Count units a count cell may carry; they are dropped. */
  private static final List<String> COUNT_UNITS =
      List.of("件", "条", "项", "个", "(件)", "(条)", "(项)", "(个)");

  /** Largest magnitude stored: beyond it a double no longer holds every whole number. */
  private static final double MAX_MAGNITUDE = 9.0e15;

  private ValueNormaliser() {}

  /**
   * The text without the count unit it ends in ({@code 12} of {@code 12件}), or the text itself when
   * it ends in none or is only a unit.
   */
  public static String withoutCountUnit(String text) {
    for (String u : COUNT_UNITS) {
      if (text.endsWith(u) && text.length() > u.length()) {
        return text.substring(0, text.length() - u.length());
      }
    }
    return text;
  }

  /**
   * True when a text (after NFKC) ends in a count unit in brackets after a digit ({@code 13(件)},
   * {@code 0(件)}): some filers type the unit into every cell so, as others type {@code 13件}.
   */
  public static boolean endsInBracketedUnit(String text) {
    int n = text.length();
    if (n < 4 || text.charAt(n - 1) != ')' || text.charAt(n - 3) != '(') {
      return false;
    }
    char d = text.charAt(n - 4);
    return d >= '0' && d <= '9' && COUNT_UNITS.contains(text.substring(n - 3));
  }

  /**
   * True for zero as a Chinese input method types it: the numeral {@code 〇}, or the circle {@code
   * ○} typed for it (as in {@code 二○二三年}). A cell of nothing else is a count of 0, not an
   * unreadable cell; inside a longer number neither is a digit.
   */
  public static boolean isTypedZero(String text) {
    return text.length() == 1 && (text.charAt(0) == '〇' || text.charAt(0) == '○');
  }

  /** Reads one cell as printed; never throws, returns an unreadable cell for anything else. */
  public static CellValue read(String raw, ColumnKind kind) {
    long plain = plainCount(raw);
    if (plain >= 0) {
      // the common cell, read the same in every column kind: no unit, sign, separator or note
      return raw.length() == 1 ? ONE_DIGIT[(int) plain] : CellValue.number(raw, plain);
    }
    String printed = raw == null ? "" : raw;
    String nfkc = Normalise.nfkc(FootnoteMarks.without(printed)); // 0① is 0, not 01
    String text = Normalise.stripSpaces(nfkc);
    if (BLANK_MARKS.contains(text)) {
      return CellValue.blankCell(printed);
    }
    List<String> notes = new ArrayList<>();
    if (text.length() != nfkc.length()) {
      notes.add(WS_STRIPPED);
    }
    ColumnKind k = kind == null ? ColumnKind.COUNT : kind;

    String unit = null;
    if (k == ColumnKind.AMOUNT) {
      if (text.endsWith("万元")) {
        unit = "万元";
        text = text.substring(0, text.length() - 2);
      } else if (text.endsWith("元")) {
        unit = "元";
        text = text.substring(0, text.length() - 1);
      }
    } else {
      for (String u : COUNT_UNITS) {
        if (text.endsWith(u) && text.length() > u.length()) {
          unit = u;
          text = text.substring(0, text.length() - u.length());
          notes.add(UNIT_SUFFIX);
          break;
        }
      }
    }

    int sign = 1;
    if (k == ColumnKind.DELTA) {
      if (text.equals("持平") || text.equals("无变化")) {
        return new CellValue(printed, 0d, false, unit, notes);
      }
      for (String plus : List.of("增加", "新增", "增", "+")) {
        if (text.startsWith(plus)) {
          text = text.substring(plus.length());
          break;
        }
      }
      for (String minus : List.of("减少", "减", "-", "−")) {
        if (text.startsWith(minus)) {
          text = text.substring(minus.length());
          sign = -1;
          break;
        }
      }
    } else if (text.startsWith("+")) {
      text = text.substring(1);
    } else if (text.startsWith("-") || text.startsWith("−")) {
      text = text.substring(1);
      sign = -1;
    }

    if (isTypedZero(text)) {
      return new CellValue(printed, 0d, false, unit, notes);
    }
    long worded = sign > 0 ? ChineseNumerals.countOf(text) : -1;
    if (worded >= 0) {
      return new CellValue(printed, (double) worded, false, unit, notes);
    }
    String digits = Numbers.withoutThousandsSeparators(text);
    if (digits == null) {
      return CellValue.unreadable(printed);
    }
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String fraction = dot < 0 ? "" : digits.substring(dot + 1);
    boolean badFraction = dot >= 0 && (fraction.isEmpty() || !Numbers.allDigits(fraction));
    if (whole.isEmpty() || !Numbers.allDigits(whole) || badFraction) {
      return CellValue.unreadable(printed);
    }
    if (whole.length() > 16) {
      return CellValue.unreadable(printed);
    }
    double value = sign * Double.parseDouble(digits);
    if (Math.abs(value) >= MAX_MAGNITUDE) {
      return CellValue.unreadable(printed);
    }
    if (dot >= 0 && k != ColumnKind.AMOUNT) {
      notes.add(isZeros(fraction) ? FLOAT_ARTIFACT : NON_INTEGER);
    }
    return new CellValue(printed, value == 0d ? 0d : value, false, unit, notes);
  }

  /**
   * The cells printed as one digit, most cells of most tables ({@code 0}): made once, as a value
   * cannot change.
   */
  private static final CellValue[] ONE_DIGIT = oneDigitCells();

  private static CellValue[] oneDigitCells() {
    CellValue[] cells = new CellValue[10];
    for (int d = 0; d < 10; d++) {
      cells[d] = CellValue.number(String.valueOf((char) ('0' + d)), d);
    }
    return cells;
  }

  /** Digits that always make a number below {@link #MAX_MAGNITUDE}, exact as a double. */
  private static final int PLAIN_DIGITS = 15;

  /**
   * The value of a cell printed as nothing but 1 to {@link #PLAIN_DIGITS} ASCII digits, else -1.
   */
  private static long plainCount(String raw) {
    if (raw == null || raw.isEmpty() || raw.length() > PLAIN_DIGITS) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isZeros(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }
}
