package ogireports.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.ParsedReport;
import ogireports.model.Template;
import ogireports.tables.CorrectionNotice;
import ogireports.tables.TablePresence;

/**
 * The table 三 rules of spec §3: T3_SHAPE, T3_NONNEG_INT, T3_ROW_TOTAL, T3_BALANCE, T3_RESULT_SUM.
 */
final class T3Rules {

  private T3Rules() {}

  private static final ApplicantColumn[] COLUMNS = ApplicantColumn.values();

  static ApplicationTable table(ParsedReport report) {
    return report.tables() == null ? null : report.tables().applications();
  }

  /** Every table-三 rule reads the same cells: they are built once per report. */
  private static final LastReport<T3Cells> CELLS =
      new LastReport<>(
          report ->
              new T3Cells(
                  table(report), report.tables() == null ? null : report.tables().template()));

  static T3Cells cells(ParsedReport report) {
    return CELLS.of(report);
  }

  /** T3_SHAPE: exactly 23 (2019) or 25 (2021) data rows, each with 7 cells, in §2.2 order. */
  static void shape(ParsedReport report, Flags out) {
    ApplicationTable table = table(report);
    T3Cells cells = cells(report);
    List<ApplicationRowId> expected = cells.expectedRows();
    String heading = "表三“收到和处理政府信息公开申请情况”";
    if (table == null) {
      out.tableNotRead(TablePresence.applications(report), heading, expected.size(), "行数据");
      return;
    }
    List<ApplicationRowId> incomplete = new ArrayList<>();
    List<ApplicationRowId> missing = new ArrayList<>();
    int complete = 0;
    for (ApplicationRowId id : expected) {
      String why = cells.unavailability(id);
      if (why == null) {
        complete++;
      } else if (why.equals("missing")) {
        missing.add(id);
      } else {
        incomplete.add(id);
      }
    }
    Set<ApplicationRowId> seen = EnumSet.noneOf(ApplicationRowId.class);
    Set<String> unexpected = new LinkedHashSet<>();
    Set<String> duplicate = new LinkedHashSet<>();
    boolean outOfOrder = false;
    int lastIndex = -1;
    for (ApplicationRow row : table.rows()) {
      if (row == null || row.rowId() == null) {
        unexpected.add("unlabelled");
        continue;
      }
      int index = expected.indexOf(row.rowId());
      if (index < 0) {
        unexpected.add(row.rowId().name());
      } else if (!seen.add(row.rowId())) {
        duplicate.add(row.rowId().name());
      } else {
        outOfOrder |= index < lastIndex;
        lastIndex = Math.max(lastIndex, index);
      }
    }
    if (incomplete.isEmpty()
        && missing.isEmpty()
        && unexpected.isEmpty()
        && duplicate.isEmpty()
        && !outOfOrder) {
      return;
    }
    if (missing.isEmpty()
        && unexpected.isEmpty()
        && duplicate.isEmpty()
        && !outOfOrder
        && totalsOnly(table, incomplete)) {
      // Rows printed without their empty cells: their 总计 read, their other cells not placed.
      out.notAssessable(
          null,
          null,
          "totals_only=" + ids(incomplete),
          "表三的空白单元格未印出，"
              + incomplete.size()
              + "行只读到“总计”（自"
              + T3Cells.label(incomplete.get(0))
              + "起），其余单元格无法对应到列，无法核对");
      return;
    }
    if (unexpected.isEmpty() && duplicate.isEmpty() && !outOfOrder) {
      // Only rows not read: a text that does not reach them cannot tell whether they are printed.
      if (complete == 0) {
        // Labels found but not one row's cells: the table is printed (or cut) but not read.
        TablePresence.Presence p = TablePresence.applications(report);
        out.tableNotRead(
            p == TablePresence.Presence.ABSENT ? TablePresence.Presence.PRINTED : p,
            heading,
            expected.size(),
            "行数据");
        return;
      }
      if (onlyCutRows(report, table, expected, cells)) {
        out.tableCutShort("表三应有" + expected.size() + "行数据，完整读到" + complete + "行");
        return;
      }
    }
    List<String> detail = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    if (!incomplete.isEmpty()) {
      detail.add("incomplete=" + ids(incomplete));
      parts.add(incomplete.size() + "行单元格不全（自" + T3Cells.label(incomplete.get(0)) + "起）");
    }
    if (!missing.isEmpty()) {
      detail.add("missing=" + ids(missing));
      parts.add(missing.size() + "行缺失（自" + T3Cells.label(missing.get(0)) + "起）");
    }
    if (!unexpected.isEmpty()) {
      detail.add("unexpected=" + String.join(",", unexpected));
      parts.add(unexpected.size() + "行不属于该模板");
    }
    if (!duplicate.isEmpty()) {
      detail.add("duplicate=" + String.join(",", duplicate));
      parts.add(duplicate.size() + "行重复");
    }
    if (outOfOrder) {
      detail.add("out_of_order");
      parts.add("行序与模板不符");
    }
    out.fail(
        null,
        null,
        (double) expected.size(),
        (double) complete,
        String.join(";", detail),
        "表三应有"
            + expected.size()
            + "行数据，完整读到"
            + complete
            + "行："
            + String.join("，", parts)
            + "，请核对原表");
  }

  /**
   * True when every row not read in full was read for its 总计 alone ({@link
   * ApplicationRow#totalOnly()}): its other cells were printed empty and are gone from the text.
   */
  private static boolean totalsOnly(ApplicationTable table, List<ApplicationRowId> incomplete) {
    if (incomplete.isEmpty()) {
      return false;
    }
    for (ApplicationRowId id : incomplete) {
      if (!table.row(id).map(ApplicationRow::totalOnly).orElse(false)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every row not read lies where the text does not reach: anywhere, in a text that ends
   * inside the table (a cut can leave a row's label without its values, or, where labels and values
   * are printed apart, any row); before the first row printed, in a text that begins inside it (the
   * row it begins in may be printed in part).
   */
  private static boolean onlyCutRows(
      ParsedReport report, ApplicationTable table, List<ApplicationRowId> expected, T3Cells cells) {
    int first = -1;
    int firstLine = 0;
    int lastLine = 0;
    for (ApplicationRow row : table.rows()) {
      int index = row == null ? -1 : expected.indexOf(row.rowId());
      if (index < 0) {
        continue;
      }
      if (first < 0 || index < first) {
        first = index;
        firstLine = row.sourceLine();
      }
      lastLine = Math.max(lastLine, row.sourceLine());
    }
    if (first < 0) {
      return false;
    }
    if (TablePresence.applicationsEndInside(report, lastLine)) {
      return true;
    }
    if (!TablePresence.applicationsBeginInside(report, firstLine)) {
      return false;
    }
    for (int i = first + 1; i < expected.size(); i++) {
      if (cells.unavailability(expected.get(i)) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * T3_TEMPLATE_VARIANT: a 2021-template table 三 that prints （六）其他处理 as one row, as the 2019
   * template does, instead of its three sub-items. Real filers print this hybrid; the row is kept
   * as R_OTHER and the other rules check the table with the 2019 rows, so it is a WARN, not a shape
   * error. Also, in any template, a table 三 that does not print some of the template's columns
   * ({@link #columnsNotPrinted}).
   */
  static void templateVariant(ParsedReport report, Flags out) {
    ApplicationTable table = table(report);
    if (table != null) {
      columnsNotPrinted(table, out);
    }
    if (report.tables() == null || report.tables().template() != Template.T2021) {
      return;
    }
    if (table == null || !table.printsOtherAsOneRow()) {
      return;
    }
    out.fail(
        ApplicationRowId.R_OTHER.name(),
        null,
        3d,
        1d,
        "other_as_one_row",
        "2021年模板的表三" + T3Cells.label(ApplicationRowId.R_OTHER) + "应分3项，本表按2019年模板印为1行，已按1行核对");
  }

  /**
   * T3_TEMPLATE_VARIANT, columns: a table 三 printed without some of the template's columns (its 总计
   * column only, or 自然人 | 法人或其他组织 | 总计), as small bodies print it. The columns printed are read and
   * checked; the rules needing the others are NOT_ASSESSABLE ({@code not_printed}).
   */
  private static void columnsNotPrinted(ApplicationTable table, Flags out) {
    Set<ApplicantColumn> notPrinted = table.columnsNotPrinted();
    if (notPrinted.isEmpty()) {
      return;
    }
    out.fail(
        null,
        null,
        (double) COLUMNS.length,
        (double) (COLUMNS.length - notPrinted.size()),
        "columns_not_printed=" + columnIds(notPrinted),
        "表三未按模板印出" + columnLabels(notPrinted) + "列，已按印出的列核对");
  }

  private static String columnIds(java.util.Collection<ApplicantColumn> columns) {
    return String.join(",", columns.stream().map(ApplicantColumn::column).toList());
  }

  private static String columnLabels(java.util.Collection<ApplicantColumn> columns) {
    StringBuilder out = new StringBuilder();
    for (ApplicantColumn c : columns) {
      out.append('“').append(c.label()).append('”');
    }
    return out.toString();
  }

  /**
   * The NOT_ASSESSABLE flag of a rule some of whose instances need cells the table does not print.
   */
  private static void notPrinted(Set<ApplicantColumn> columns, String ruleWhat, Flags out) {
    if (columns.isEmpty()) {
      return;
    }
    out.notAssessable(
        null,
        null,
        "not_printed=" + columnIds(columns),
        "表三未印出" + columnLabels(columns) + "列，" + ruleWhat);
  }

  /**
   * T3_CORRECTED (INFO): a cell that a 更正说明 printed with the report corrects ({@link
   * CorrectionNotice}); one note per cell, the value printed as {@code actual}, the corrected one,
   * which the table is read and checked with, as {@code expected}.
   */
  static void corrected(ParsedReport report, Flags out) {
    ApplicationTable table = table(report);
    if (table == null) {
      return;
    }
    for (ApplicationRow r : table.rows()) {
      for (ApplicantColumn c : COLUMNS) {
        CellValue v = r.cell(c);
        Double printed = CorrectionNotice.printed(v);
        if (printed != null) {
          out.note(
              r.rowId().name(),
              c.column(),
              v.value(),
              printed,
              "correction_notice",
              CorrectionNotice.note(
                  "表三" + T3Cells.label(r.rowId()) + "行“" + c.label() + "”栏", printed, v.value()));
        }
      }
    }
  }

  /** T3_NONNEG_INT: every cell is an integer ≥ 0 (one flag per offending cell). */
  static void nonNegInt(ParsedReport report, Flags out) {
    ApplicationTable table = table(report);
    if (table == null) {
      return;
    }
    T3Cells cells = cells(report);
    for (ApplicationRowId id : ApplicationRowId.values()) {
      if (cells.unavailability(id) != null) {
        continue;
      }
      for (ApplicantColumn column : COLUMNS) {
        CellValue cell = cells.cell(id, column);
        if (cell == null || cell.blank() || cell.isNotPrinted()) {
          continue;
        }
        out.nonNegativeInteger(
            id.name(),
            column.column(),
            cell,
            () -> "表三" + T3Cells.label(id) + "行“" + column.label() + "”列");
      }
    }
  }

  /** T3_ROW_TOTAL: for every data row, TOT = NP + ENT + SCI + NGO + LAW + OTH. */
  static void rowTotal(ParsedReport report, Flags out) {
    if (table(report) == null) {
      return;
    }
    T3Cells cells = cells(report);
    List<ApplicationRowId> incomplete = new ArrayList<>();
    List<ApplicationRowId> missing = new ArrayList<>();
    Set<ApplicantColumn> notPrinted = EnumSet.noneOf(ApplicantColumn.class);
    for (ApplicationRowId id : cells.expectedRows()) {
      List<Term> parts = new ArrayList<>(T3Cells.PARTS_OF_TOTAL.size());
      for (ApplicantColumn c : T3Cells.PARTS_OF_TOTAL) {
        parts.add(cells.term(id, c));
      }
      Equation.Result r = Equation.evaluate(List.of(cells.term(id, ApplicantColumn.TOTAL)), parts);
      if (r.kind() == Equation.Kind.PASS) {
        continue;
      }
      String where = "表三" + T3Cells.label(id) + "行";
      switch (r.kind()) {
        case PASS -> {}
        case MISSING -> {
          if ("missing".equals(cells.unavailability(id))) {
            missing.add(id);
          } else {
            incomplete.add(id);
          }
        }
        case NOT_PRINTED -> notPrinted.addAll(notPrintedColumns(cells, id));
        case FAIL ->
            out.fail(
                id.name(),
                ApplicantColumn.TOTAL.column(),
                r.right(),
                r.left(),
                r.detail(),
                where + "“总计”列为" + Equation.fmt(r.left()) + "，但各申请人列之和为" + Equation.fmt(r.right()));
        default ->
            out.notAssessable(
                id.name(),
                ApplicantColumn.TOTAL.column(),
                r.detail(),
                where + notAssessableReason(r) + "，无法核对“总计”与各申请人列之和");
      }
    }
    notPrinted(notPrinted, "无法逐行核对“总计”与各申请人列之和", out);
    if (!incomplete.isEmpty() || !missing.isEmpty()) {
      List<String> detail = new ArrayList<>();
      if (!incomplete.isEmpty()) {
        detail.add("incomplete=" + ids(incomplete));
      }
      if (!missing.isEmpty()) {
        detail.add("missing=" + ids(missing));
      }
      out.notAssessable(
          null,
          null,
          String.join(";", detail),
          "表三有" + (incomplete.size() + missing.size()) + "行单元格不全或缺失，无法逐行核对“总计”");
    }
  }

  /** T3_BALANCE: for every column, NEW + CARRY_IN = R_TOTAL + CARRY_OUT (the official 勾稽). */
  static void balance(ParsedReport report, Flags out) {
    if (table(report) == null) {
      return;
    }
    T3Cells cells = cells(report);
    List<ApplicationRowId> rows =
        List.of(
            ApplicationRowId.NEW,
            ApplicationRowId.CARRY_IN,
            ApplicationRowId.R_TOTAL,
            ApplicationRowId.CARRY_OUT);
    List<ApplicantColumn> unassessable = new ArrayList<>();
    Set<ApplicantColumn> notPrinted = EnumSet.noneOf(ApplicantColumn.class);
    for (ApplicantColumn c : COLUMNS) {
      Equation.Result r =
          Equation.evaluate(
              List.of(
                  cells.term(ApplicationRowId.NEW, c), cells.term(ApplicationRowId.CARRY_IN, c)),
              List.of(
                  cells.term(ApplicationRowId.R_TOTAL, c),
                  cells.term(ApplicationRowId.CARRY_OUT, c)));
      if (r.kind() == Equation.Kind.PASS) {
        continue;
      }
      if (r.kind() == Equation.Kind.MISSING) {
        unassessable.add(c);
        continue;
      }
      if (r.kind() == Equation.Kind.NOT_PRINTED) {
        notPrinted.add(c);
        continue;
      }
      String where = "表三“" + c.label() + "”列";
      switch (r.kind()) {
        case FAIL ->
            out.fail(
                null,
                c.column(),
                r.left(),
                r.right(),
                r.detail(),
                where
                    + "“一、本年新收”加“二、上年结转”为"
                    + Equation.fmt(r.left())
                    + "，但"
                    + T3Cells.label(ApplicationRowId.R_TOTAL)
                    + "加"
                    + T3Cells.label(ApplicationRowId.CARRY_OUT)
                    + "为"
                    + Equation.fmt(r.right()));
        default ->
            out.notAssessable(
                null, c.column(), r.detail(), where + notAssessableReason(r) + "，无法核对勾稽关系");
      }
    }
    notPrinted(notPrinted, "无法核对这些列的勾稽关系", out);
    reportUnassessableColumns(cells, rows, unassessable, "无法核对勾稽关系（第一项加第二项等于第三项加第四项）", out);
  }

  /** T3_RESULT_SUM: for every column, R_TOTAL = the sum of all result rows. */
  static void resultSum(ParsedReport report, Flags out) {
    if (table(report) == null) {
      return;
    }
    T3Cells cells = cells(report);
    List<ApplicationRowId> rows = new ArrayList<>(cells.resultParts().size() + 1);
    rows.addAll(cells.resultParts());
    rows.add(ApplicationRowId.R_TOTAL);
    List<ApplicantColumn> unassessable = new ArrayList<>();
    Set<ApplicantColumn> notPrinted = EnumSet.noneOf(ApplicantColumn.class);
    for (ApplicantColumn c : COLUMNS) {
      List<Term> parts = new ArrayList<>(cells.resultParts().size());
      for (ApplicationRowId part : cells.resultParts()) {
        parts.add(cells.term(part, c));
      }
      Equation.Result r =
          Equation.evaluate(List.of(cells.term(ApplicationRowId.R_TOTAL, c)), parts);
      if (r.kind() == Equation.Kind.PASS) {
        continue;
      }
      if (r.kind() == Equation.Kind.MISSING) {
        unassessable.add(c);
        continue;
      }
      if (r.kind() == Equation.Kind.NOT_PRINTED) {
        notPrinted.add(c);
        continue;
      }
      String where = "表三" + T3Cells.label(ApplicationRowId.R_TOTAL) + "行“" + c.label() + "”列";
      switch (r.kind()) {
        case FAIL ->
            out.fail(
                ApplicationRowId.R_TOTAL.name(),
                c.column(),
                r.right(),
                r.left(),
                r.detail(),
                where + "为" + Equation.fmt(r.left()) + "，但各办理结果之和为" + Equation.fmt(r.right()));
        default ->
            out.notAssessable(
                ApplicationRowId.R_TOTAL.name(),
                c.column(),
                r.detail(),
                where + "或其办理结果" + notAssessableReason(r) + "，无法核对办理结果之和");
      }
    }
    notPrinted(notPrinted, "无法核对这些列的办理结果之和", out);
    reportUnassessableColumns(cells, rows, unassessable, "无法核对“(七)总计”等于各办理结果之和", out);
  }

  /** One NOT_ASSESSABLE row (no row or column) for the columns whose rows are absent or broken. */
  private static void reportUnassessableColumns(
      T3Cells cells,
      List<ApplicationRowId> rows,
      List<ApplicantColumn> columns,
      String what,
      Flags out) {
    if (columns.isEmpty()) {
      return;
    }
    List<ApplicationRowId> unavailable = new ArrayList<>();
    for (ApplicationRowId id : rows) {
      if (cells.unavailability(id) != null) {
        unavailable.add(id);
      }
    }
    List<String> names = columns.stream().map(ApplicantColumn::column).toList();
    String which = columns.size() == ApplicantColumn.values().length ? "各列" : columns.size() + "列";
    out.notAssessable(
        null,
        null,
        "columns=" + String.join(",", names) + ";rows=" + ids(unavailable),
        "表三有"
            + unavailable.size()
            + "行缺失或单元格不全（如"
            + T3Cells.label(unavailable.isEmpty() ? ApplicationRowId.R_TOTAL : unavailable.get(0))
            + "），"
            + which
            + what);
  }

  /** The columns whose cells of a row the table does not print. */
  private static List<ApplicantColumn> notPrintedColumns(T3Cells cells, ApplicationRowId id) {
    List<ApplicantColumn> out = new ArrayList<>();
    for (ApplicantColumn c : COLUMNS) {
      CellValue cell = cells.cell(id, c);
      if (cell != null && cell.isNotPrinted()) {
        out.add(c);
      }
    }
    return out;
  }

  static String notAssessableReason(Equation.Result r) {
    return switch (r.kind()) {
      case UNREADABLE -> "有无法识别的单元格";
      case BLANK_TOTAL -> "的合计单元格为空而其分项不全为0";
      default -> "数据不全";
    };
  }

  static String ids(List<ApplicationRowId> ids) {
    return String.join(",", ids.stream().map(Enum::name).toList());
  }
}
