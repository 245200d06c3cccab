package ogireports.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import ogireports.model.ApplicantColumn;
import ogireports.model.CellValue;
import ogireports.model.ReviewCell;
import ogireports.values.ValueNormaliser.ColumnKind;

/**
 * Which printed column of a table holds which of the template's columns, as the table's header
 * prints them: for table 三 (the seven {@link ApplicantColumn}s of a row) and table 四 (the five
 * {@link ReviewCell}s of each group). A table printed as the template prints it has no map.
 *
 * <p>The forms, each named by the header's column words in the order they stand:
 *
 * <ul>
 *   <li>table 三 with its 总计 column only (a row label and one number per row, headed {@code 总计} or
 *       {@code 数量}): the six applicant columns are not printed;
 *   <li>table 三 as {@code 自然人 | 法人或其他组织 | 总计}, in any order: the five organisation columns are
 *       printed as their group's sum, which the model has no place for, so none of them is printed;
 *   <li>table 三 with a {@code 合计} column after 总计 that repeats it (a printed column the model does
 *       not keep);
 *   <li>table 三 with comparison columns after 总计, last year's figures or the change ({@code 上年同期},
 *       {@code 上年数}, {@code 增减}, {@code 同比}…), one per header cell naming one: not kept either;
 *   <li>table 三 with two blocks of the seven columns under two years' captions ({@code 2023年度},
 *       {@code 2022年度}): the later year's block is the report's, the other not kept;
 *   <li>table 三 with 总计 printed first, before 自然人;
 *   <li>table 四 with the five cells of each group in another order than the template's (结果维持, 结果纠正,
 *       其他结果, 尚未审结, 总计): 总计 first, or 结果纠正 before 结果维持. The header must name the five once (a
 *       header printing them for one group) or in the same order three times; a header whose words
 *       are out of sequence (a PDF text that interleaves the header's lines) tells nothing.
 * </ul>
 *
 * <p>The header names the form and the values confirm it, since a header word lost, split or out of
 * place in extraction must not move every row's cells. The arithmetic guards, form by form: no row
 * prints more values than the form has columns, and most rows of a 总计-only table print their value;
 * {@code 总计 = 自然人 + 法人或其他组织} on a row that is not all zeros, more rows adding up than not; {@code
 * 合计 = 总计} on every row; with comparison columns, most rows print every column and the template's
 * seven (the first seven printed) add up on more rows that are not all zeros than not (with two
 * years' blocks, the kept block's seven); a form that moves 总计 is not followed when some row
 * (group) adds up read by position (总计 = the sum of the others) and does not read by the map, and
 * table 三's must also be borne out by a row that adds up only by the map. A table its values do not
 * confirm is read by position, with the template's columns.
 *
 * <p>A map that prints every template column (总计 first, table 四's orders) only moves cells: the
 * values are put in the template's order ({@link #inTemplateOrder}) and read as the template's. A
 * map that leaves columns out gives {@link CellValue#notPrinted()} cells for them ({@link #cells}),
 * so the rules do not take them for blank or unreadable ones.
 */
final class ColumnMap {

  /**
   * A printed column the model has no place for (法人或其他组织's sum, a repeated 合计, last year's figures
   * or the change).
   */
  static final int NOT_KEPT = -1;

  private static final int T3_COLUMNS = ApplicantColumn.values().length;
  private static final int T3_TOTAL = ApplicantColumn.TOTAL.ordinal();
  private static final int T3_NATURAL_PERSON = ApplicantColumn.NATURAL_PERSON.ordinal();
  private static final int T4_CELLS = ReviewCell.values().length;
  private static final int T4_TOTAL = ReviewCell.TOTAL.ordinal();

  /** Header words of table 三's five organisation columns, whole or split over two header lines. */
  private static final List<String> ORGANISATION_WORDS =
      List.of("商业", "企业", "科研", "公益", "法律服务", "机构");

  private static final String LEGAL_PERSON = "法人";
  private static final String TOTAL_COPY = "合计";
  private static final String QUANTITY = "数量";

  /**
   * Header words of a column after 总计 comparing with last year: its figures ({@code 上年同期}, {@code
   * 上年数}, {@code 去年}) or the change ({@code 增减}, {@code 同比}, {@code 变化}, {@code 增长}).
   */
  private static final List<String> COMPARISON_WORDS =
      List.of("上年", "去年", "同期", "同比", "环比", "增减", "变化", "增长", "减少");

  /** Table 四's header words of each cell, in {@link ReviewCell} order. */
  private static final List<List<String>> REVIEW_WORDS =
      List.of(List.of("维持", "维护"), List.of("纠正"), List.of("其他"), List.of("审结"), List.of("总计"));

  /** The first characters of the {@link #REVIEW_WORDS}. */
  private static final String REVIEW_WORD_STARTS = reviewWordStarts();

  private static String reviewWordStarts() {
    StringBuilder starts = new StringBuilder();
    for (List<String> words : REVIEW_WORDS) {
      for (String w : words) {
        if (starts.indexOf(w.substring(0, 1)) < 0) {
          starts.append(w.charAt(0));
        }
      }
    }
    return starts.toString();
  }

  /** The forms, each with its own arithmetic guard. */
  private enum Form {
    TOTAL_ONLY,
    PERSONS_AND_TOTAL,
    TOTAL_REPEATED,
    COMPARED,
    YEARS,
    TOTAL_FIRST,
    REVIEW_ORDER
  }

  private final Form form;

  /** {@code held[k]}: the template column printed at position k of a row (group), or NOT_KEPT. */
  private final int[] held;

  private ColumnMap(Form form, int[] held) {
    this.form = form;
    this.held = held;
  }

  /**
   * The table 三 form the header names that prints fewer or more columns than the template (总计 only,
   * 自然人 | 法人或其他组织 | 总计, a 合计 column after 总计, comparison columns after 总计), or null when it names
   * the template's columns (with or without a 小计 column) or none that tells.
   *
   * @param header the texts of the header cells, in order
   */
  static ColumnMap ofApplicationHeader(List<String> header) {
    String text = String.join("", header);
    boolean organisations = false;
    for (String word : ORGANISATION_WORDS) {
      organisations |= text.contains(word);
    }
    int person = text.indexOf(Vocabulary.T3_NATURAL_PERSON);
    int legal = text.indexOf(LEGAL_PERSON);
    int total = text.indexOf(Vocabulary.T3_TOTAL);
    int copy = text.indexOf(TOTAL_COPY);
    if (organisations) {
      ColumnMap years = ofYearsBlocks(text);
      if (years != null) {
        return years;
      }
      if (person >= 0 && total >= 0 && copy > total && !text.contains(Vocabulary.T3_SUBTOTAL)) {
        int[] all = new int[T3_COLUMNS + 1];
        for (int k = 0; k < T3_COLUMNS; k++) {
          all[k] = k;
        }
        all[T3_COLUMNS] = NOT_KEPT;
        return new ColumnMap(Form.TOTAL_REPEATED, all);
      }
      int compared = comparisonCells(header);
      if (person >= 0
          && total >= 0
          && compared > 0
          && copy < 0
          && !text.contains(Vocabulary.T3_SUBTOTAL)) {
        int[] all = new int[T3_COLUMNS + compared];
        for (int k = 0; k < all.length; k++) {
          all[k] = k < T3_COLUMNS ? k : NOT_KEPT;
        }
        return new ColumnMap(Form.COMPARED, all);
      }
      return null;
    }
    if (person >= 0 && legal >= 0 && total >= 0) {
      if (!legalWordWhole(header) && person < total) {
        // 法人或其他组织 wrapped in its cell, its lines above and below the row of 自然人 and 总计 (a
        // PDF's text of a two-line cell): where it stands is not told, the template's order is
        legal = person + 1;
      }
      Integer[] at = {person, legal, total};
      int[] column = {T3_NATURAL_PERSON, NOT_KEPT, T3_TOTAL};
      Integer[] order = {0, 1, 2};
      Arrays.sort(order, Comparator.comparingInt(k -> at[k]));
      int[] printed = new int[3];
      for (int k = 0; k < 3; k++) {
        printed[k] = column[order[k]];
      }
      return new ColumnMap(Form.PERSONS_AND_TOTAL, printed);
    }
    if (person < 0 && legal < 0 && (total >= 0 || text.contains(QUANTITY))) {
      return new ColumnMap(Form.TOTAL_ONLY, new int[] {T3_TOTAL});
    }
    return null;
  }

  /** True when the header cell that names 法人 holds the whole 法人或其他组织 (its 组织 too). */
  private static boolean legalWordWhole(List<String> header) {
    for (String cell : header) {
      if (cell.contains(LEGAL_PERSON)) {
        return cell.contains("组织");
      }
    }
    return false;
  }

  /** A year as a caption prints it ({@code 2023年度}, {@code 2022年}). */
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})年");

  /**
   * Table 三 printed with two blocks of the seven columns, each under a caption naming its year
   * ({@code 2023年度 | … | 2022年度}): the report's year and the year before, side by side. The header
   * must name the template's columns twice ({@code 自然人} and {@code 总计} twice, no 小计 or 合计), else
   * null. The block of the later year is the report's and the other is not kept, when the header
   * names exactly two years, one after the other, in the order of the blocks; otherwise the blocks
   * cannot be told apart and neither is kept (the rows' cells are read as not printed).
   */
  private static ColumnMap ofYearsBlocks(String text) {
    if (occurrences(text, Vocabulary.T3_NATURAL_PERSON) != 2
        || occurrences(text, Vocabulary.T3_TOTAL) != 2
        || text.contains(Vocabulary.T3_SUBTOTAL)
        || text.contains(TOTAL_COPY)) {
      return null;
    }
    List<Integer> years = new ArrayList<>();
    java.util.regex.Matcher m = YEAR.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (!years.contains(year)) {
        years.add(year);
      }
    }
    // the report's block is the later of two consecutive years; else neither block is told to be
    // the report's, and neither is kept
    int kept = -1;
    if (years.size() == 2 && Math.abs(years.get(0) - years.get(1)) == 1) {
      kept = years.get(0) > years.get(1) ? 0 : 1;
    }
    int[] held = new int[2 * T3_COLUMNS];
    for (int k = 0; k < held.length; k++) {
      held[k] = k / T3_COLUMNS == kept ? k % T3_COLUMNS : NOT_KEPT;
    }
    return new ColumnMap(Form.YEARS, held);
  }

  private static int occurrences(String text, String word) {
    int n = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
      n++;
    }
    return n;
  }

  /**
   * How many header cells name a comparison column ({@link #COMPARISON_WORDS}): a header cell per
   * printed column, whatever line of the header it stands on (a header printed over two lines puts
   * {@code 上年同期} on the first, beside {@code 申请人情况}).
   */
  private static int comparisonCells(List<String> header) {
    int n = 0;
    for (String cell : header) {
      for (String word : COMPARISON_WORDS) {
        if (cell.contains(word)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /**
   * Table 三 with its 总计 column printed first, before 自然人, as the header names it; null when the
   * header names 总计 after 自然人 or does not name both.
   */
  static ColumnMap ofApplicationTotalFirst(List<String> header) {
    String text = String.join("", header);
    int total = text.indexOf(Vocabulary.T3_TOTAL);
    int natural = text.indexOf(Vocabulary.T3_NATURAL_PERSON);
    if (total < 0 || natural < 0 || total > natural) {
      return null;
    }
    int[] held = new int[T3_COLUMNS];
    held[0] = T3_TOTAL;
    for (int k = 1; k < T3_COLUMNS; k++) {
      held[k] = k - 1;
    }
    return new ColumnMap(Form.TOTAL_FIRST, held);
  }

  /**
   * The order in which table 四's header prints each group's five cells, or null when it prints the
   * template's order or does not show one.
   *
   * @param header the header's texts run together
   */
  static ColumnMap ofReviewHeader(String header) {
    List<Integer> seen = new ArrayList<>();
    reviewCellWords(header, seen, null);
    if (seen.size() != T4_CELLS && seen.size() != T4_CELLS * 3) {
      return null;
    }
    int[] order = new int[T4_CELLS];
    boolean[] named = new boolean[T4_CELLS];
    for (int k = 0; k < T4_CELLS; k++) {
      order[k] = seen.get(k);
      if (named[order[k]]) {
        return null;
      }
      named[order[k]] = true;
    }
    for (int k = T4_CELLS; k < seen.size(); k++) {
      if (seen.get(k) != order[k % T4_CELLS]) {
        return null;
      }
    }
    for (int k = 0; k < T4_CELLS; k++) {
      if (order[k] != k) {
        return new ColumnMap(Form.REVIEW_ORDER, order);
      }
    }
    return null;
  }

  /**
   * The table 四 cells a text names by their header words ({@code 维持}/{@code 维护}, {@code 纠正}, {@code
   * 其他}, {@code 审结}, {@code 总计}), in the order they stand: their {@link ReviewCell} ordinals into
   * {@code cells} and, when {@code at} is not null, where each word starts into {@code at}.
   */
  static void reviewCellWords(String text, List<Integer> cells, List<Integer> at) {
    int i = 0;
    while (i < text.length()) {
      int cell = -1;
      int length = 1;
      if (REVIEW_WORD_STARTS.indexOf(text.charAt(i)) < 0) {
        i++; // no word starts here (most characters): not compared with each word
        continue;
      }
      for (int k = 0; k < REVIEW_WORDS.size() && cell < 0; k++) {
        for (String w : REVIEW_WORDS.get(k)) {
          if (text.startsWith(w, i)) {
            cell = k;
            length = w.length();
            break;
          }
        }
      }
      if (cell >= 0) {
        cells.add(cell);
        if (at != null) {
          at.add(i);
        }
      }
      i += length;
    }
  }

  /** How many values a row (table 四: a group) of this form prints. */
  int size() {
    return held.length;
  }

  /** The template column printed at each position of a row (group), NOT_KEPT for none. */
  int[] held() {
    return held.clone();
  }

  /**
   * True when the table 三 rows' values fit this form (see the class comment).
   *
   * @param rows each row's value cells as read
   */
  boolean confirmedBy(List<List<Cell>> rows) {
    if (form == Form.TOTAL_FIRST) {
      List<long[]> groups = new ArrayList<>();
      for (List<Cell> values : rows) {
        long[] v = values.size() == size() ? Cell.counts(values, 0, size()) : null;
        if (v != null) {
          groups.add(v);
        }
      }
      int[] moved = totalMoved(groups, T3_TOTAL);
      return moved[1] == 0 && moved[0] > 0;
    }
    int full = 0;
    int addUp = 0;
    int doNot = 0;
    for (List<Cell> values : rows) {
      if (values.size() > size()) {
        return false;
      }
      if (values.size() < size()) {
        continue;
      }
      full++;
      switch (form) {
        case TOTAL_ONLY -> addUp++;
        case PERSONS_AND_TOTAL -> {
          Long person = count(values, T3_NATURAL_PERSON);
          Long legal = count(values, NOT_KEPT);
          Long total = count(values, T3_TOTAL);
          if (person == null || legal == null || total == null) {
            continue;
          }
          if (total != person + legal) {
            doNot++;
          } else if (total > 0) {
            addUp++;
          }
        }
        case TOTAL_REPEATED -> {
          CellValue total = values.get(position(T3_TOTAL)).read(ColumnKind.COUNT);
          CellValue copy = values.get(lastPosition(NOT_KEPT)).read(ColumnKind.COUNT);
          boolean same =
              total.blank() && copy.blank()
                  || total.isNumber() && copy.isNumber() && total.value().equals(copy.value());
          if (!same) {
            return false;
          }
          addUp++;
        }
        case COMPARED, YEARS -> {
          int from = form == Form.COMPARED ? 0 : position(T3_NATURAL_PERSON);
          if (from < 0) {
            addUp++; // neither year's block kept: a row of both blocks is all the form asks
            continue;
          }
          long[] kept = Cell.counts(values, from, T3_COLUMNS);
          if (kept == null) {
            continue;
          }
          if (!addsUp(kept, T3_TOTAL)) {
            doNot++;
          } else if (kept[T3_TOTAL] > 0) {
            addUp++;
          }
        }
        default -> throw new IllegalStateException(form + " is no table 三 form");
      }
    }
    if (form == Form.TOTAL_ONLY && (full < 3 || 2 * full < rows.size())) {
      return false; // one value per row: most rows print theirs, or the values are elsewhere
    }
    if ((form == Form.COMPARED || form == Form.YEARS) && 2 * full < rows.size()) {
      return false; // the comparison columns are a header's word, not the rows' cells
    }
    return full > 0 && addUp > doNot;
  }

  /**
   * False when table 四's values contradict a map that moves 总计: some group of five plain counts
   * adds up read by position and does not read by the map.
   */
  boolean agrees(List<Cell> values) {
    List<long[]> groups = new ArrayList<>();
    for (int start = 0; start + T4_CELLS <= values.size(); start += T4_CELLS) {
      long[] printed = Cell.counts(values, start, T4_CELLS);
      if (printed != null) {
        groups.add(printed);
      }
    }
    return totalMoved(groups, T4_TOTAL)[1] == 0;
  }

  /** {@link #agrees(List)} for numbers read as counts, five per group. */
  boolean agrees(long[] values) {
    List<long[]> groups = new ArrayList<>();
    for (int start = 0; start + T4_CELLS <= values.length; start += T4_CELLS) {
      groups.add(Arrays.copyOfRange(values, start, start + T4_CELLS));
    }
    return totalMoved(groups, T4_TOTAL)[1] == 0;
  }

  /**
   * How many groups of counts (as printed) add up only where the map puts the total ({@code [0]})
   * and only where the template does ({@code [1]}), {@code total} being the template's column.
   */
  private int[] totalMoved(List<long[]> groups, int total) {
    int printedTotal = position(total);
    int[] out = new int[2];
    for (long[] printed : groups) {
      boolean byMap = addsUp(printed, printedTotal);
      boolean byPosition = addsUp(printed, total);
      if (byMap && !byPosition) {
        out[0]++;
      } else if (byPosition && !byMap) {
        out[1]++;
      }
    }
    return out;
  }

  /**
   * The values with each full row (group) put in the template's order, for a map that prints every
   * template column; values after the last full group stay where they are.
   */
  <T> List<T> inTemplateOrder(List<T> values) {
    List<T> out = new ArrayList<>(values);
    for (int start = 0; start + size() <= values.size(); start += size()) {
      for (int k = 0; k < size(); k++) {
        out.set(start + held[k], values.get(start + k));
      }
    }
    return out;
  }

  /** {@link #inTemplateOrder(List)} for numbers. */
  long[] inTemplateOrder(long[] values) {
    long[] out = values.clone();
    for (int start = 0; start + size() <= values.length; start += size()) {
      for (int k = 0; k < size(); k++) {
        out[start + held[k]] = values[start + k];
      }
    }
    return out;
  }

  /** The 7 cells of a table 三 row printing this form's values, in {@link ApplicantColumn} order. */
  List<CellValue> cells(List<Cell> values) {
    CellValue[] out = new CellValue[T3_COLUMNS];
    Arrays.fill(out, CellValue.notPrinted());
    for (int k = 0; k < size(); k++) {
      if (held[k] != NOT_KEPT) {
        out[held[k]] = values.get(k).read(ColumnKind.COUNT);
      }
    }
    return List.of(out);
  }

  /** The count in a row's value for a template column (the first unkept one for NOT_KEPT). */
  private Long count(List<Cell> values, int column) {
    return values.get(position(column)).read(ColumnKind.COUNT).asCount();
  }

  /** The first printed position of a template column, -1 when it is not printed. */
  private int position(int column) {
    for (int k = 0; k < held.length; k++) {
      if (held[k] == column) {
        return k;
      }
    }
    return -1;
  }

  private int lastPosition(int column) {
    for (int k = held.length - 1; k >= 0; k--) {
      if (held[k] == column) {
        return k;
      }
    }
    return -1;
  }

  /** True when the cell at {@code total} is the sum of the others. */
  private static boolean addsUp(long[] group, int total) {
    long sum = 0;
    for (int k = 0; k < group.length; k++) {
      if (k != total) {
        sum += group[k];
      }
    }
    return sum == group[total];
  }
}
