package ogireports.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import ogireports.model.ApplicantColumn;
import ogireports.model.CellValue;
import ogireports.values.ValueNormaliser.ColumnKind;

/**
 * The value columns of a table 三 that does not print the template's seven, in printed order.
 *
 * <p>Small bodies print the table with its 总计 column only (a row label and one number per row,
 * headed {@code 总计} or {@code 数量}), or with {@code 自然人 | 法人或其他组织 | 总计} (the five organisation
 * columns printed as their group's sum); some print a {@code 合计} column after {@code 总计} that
 * repeats it. Each printed column holds one of the template's columns, or none the model keeps (the
 * group's sum, the repeated 合计); the template's columns a table does not print get {@link
 * CellValue#notPrinted()} cells, so the rules do not take them for blank or unreadable ones.
 *
 * <p>The header names the form and the rows confirm it, since a header word lost or split in
 * extraction must not move every row's cells: no row prints more values than the form has columns,
 * most rows of a 总计-only table print their value, and the columns the form's arithmetic ties agree
 * ({@code 总计 = 自然人 + 法人或其他组织} on a row that is not all zeros, more rows adding up than not; {@code
 * 合计 = 总计} on every row). A table the rows do not confirm is read with the template's columns, as
 * before.
 */
final class PrintedColumns {

  /** A printed column the model has no place for (法人或其他组织's sum, a repeated 合计). */
  private static final ApplicantColumn NONE = null;

  /** Header words of the five organisation columns, whole or as split over two header lines. */
  private static final List<String> ORGANISATION_WORDS =
      List.of("商业", "企业", "科研", "公益", "法律服务", "机构");

  private static final String NATURAL_PERSON = "自然人";
  private static final String LEGAL_PERSON = "法人";
  private static final String TOTAL = "总计";
  private static final String TOTAL_COPY = "合计";
  private static final String QUANTITY = "数量";

  private enum Form {
    TOTAL_ONLY,
    PERSONS_AND_TOTAL,
    TOTAL_REPEATED
  }

  private final Form form;
  private final List<ApplicantColumn> columns;

  private PrintedColumns(Form form, List<ApplicantColumn> columns) {
    this.form = form;
    this.columns = Collections.unmodifiableList(columns);
  }

  /**
   * The form the header names, or null when it names the template's columns (with or without a 小计
   * column) or none that tells.
   *
   * @param header the texts of the header cells, in order
   */
  static PrintedColumns fromHeader(List<String> header) {
    String text = String.join("", header);
    boolean organisations = false;
    for (String word : ORGANISATION_WORDS) {
      organisations |= text.contains(word);
    }
    int person = text.indexOf(NATURAL_PERSON);
    int legal = text.indexOf(LEGAL_PERSON);
    int total = text.indexOf(TOTAL);
    int copy = text.indexOf(TOTAL_COPY);
    if (organisations) {
      if (person >= 0 && total >= 0 && copy > total && !text.contains(Vocabulary.T3_SUBTOTAL)) {
        List<ApplicantColumn> all = new ArrayList<>(Arrays.asList(ApplicantColumn.values()));
        all.add(NONE);
        return new PrintedColumns(Form.TOTAL_REPEATED, all);
      }
      return null;
    }
    if (person >= 0 && legal >= 0 && total >= 0) {
      Integer[] at = {person, legal, total};
      ApplicantColumn[] held = {ApplicantColumn.NATURAL_PERSON, NONE, ApplicantColumn.TOTAL};
      Integer[] order = {0, 1, 2};
      Arrays.sort(order, Comparator.comparingInt(k -> at[k]));
      List<ApplicantColumn> printed = new ArrayList<>(3);
      for (int k : order) {
        printed.add(held[k]);
      }
      return new PrintedColumns(Form.PERSONS_AND_TOTAL, printed);
    }
    if (person < 0 && legal < 0 && (total >= 0 || text.contains(QUANTITY))) {
      return new PrintedColumns(Form.TOTAL_ONLY, List.of(ApplicantColumn.TOTAL));
    }
    return null;
  }

  /** How many values a row of this form prints. */
  int size() {
    return columns.size();
  }

  /** True when the rows' values fit this form (see the class comment). */
  boolean confirmedBy(List<List<Cell>> rows) {
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
          Long person = count(values, ApplicantColumn.NATURAL_PERSON);
          Long legal = count(values, NONE);
          Long total = count(values, ApplicantColumn.TOTAL);
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
          CellValue total =
              values.get(columns.indexOf(ApplicantColumn.TOTAL)).read(ColumnKind.COUNT);
          CellValue copy = values.get(columns.lastIndexOf(NONE)).read(ColumnKind.COUNT);
          boolean same =
              total.blank() && copy.blank()
                  || total.isNumber() && copy.isNumber() && total.value().equals(copy.value());
          if (!same) {
            return false;
          }
          addUp++;
        }
      }
    }
    if (form == Form.TOTAL_ONLY && (full < 3 || 2 * full < rows.size())) {
      return false; // one value per row: most rows print theirs, or the values are elsewhere
    }
    return full > 0 && addUp > doNot;
  }

  /** The 7 cells of a row printing this form's values, in {@link ApplicantColumn} order. */
  List<CellValue> cells(List<Cell> values) {
    CellValue[] out = new CellValue[ApplicantColumn.values().length];
    Arrays.fill(out, CellValue.notPrinted());
    for (int k = 0; k < columns.size(); k++) {
      ApplicantColumn column = columns.get(k);
      if (column != NONE) {
        out[column.ordinal()] = values.get(k).read(ColumnKind.COUNT);
      }
    }
    return List.of(out);
  }

  /** The count in a row's value for a column of this form (the first unkept one for NONE). */
  private Long count(List<Cell> values, ApplicantColumn column) {
    return values.get(columns.indexOf(column)).read(ColumnKind.COUNT).asCount();
  }
}
