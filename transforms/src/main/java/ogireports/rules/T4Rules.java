package ogireports.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ogireports.model.CellValue;
import ogireports.model.ParsedReport;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.ReviewLitigationTable;
import ogireports.model.RowStatus;
import ogireports.tables.CorrectionNotice;
import ogireports.tables.TablePresence;

/** The table 四 rules of spec §3: T4_SHAPE, T4_NONNEG_INT, T4_GROUP_TOTAL. */
final class T4Rules {

  static final int CELLS = ReviewGroup.values().length * ReviewCell.values().length;

  static final List<ReviewCell> PARTS_OF_TOTAL =
      List.of(ReviewCell.UPHELD, ReviewCell.CORRECTED, ReviewCell.OTHER, ReviewCell.PENDING);

  private T4Rules() {}

  static ReviewLitigationTable table(ParsedReport report) {
    return report.tables() == null ? null : report.tables().reviewLitigation();
  }

  static Optional<ReviewLitigationRow> group(ReviewLitigationTable table, ReviewGroup group) {
    if (table == null) {
      return Optional.empty();
    }
    for (ReviewLitigationRow row : table.groups()) {
      if (row != null && row.group() == group) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  static boolean isComplete(ReviewLitigationRow row) {
    return row != null
        && row.status() != RowStatus.INCOMPLETE
        && row.cells().size() == ReviewCell.values().length;
  }

  /** The cell, or null when the group is absent or incomplete. */
  static CellValue cell(ReviewLitigationTable table, ReviewGroup group, ReviewCell cell) {
    Optional<ReviewLitigationRow> row = group(table, group);
    return row.isPresent() && isComplete(row.get()) ? row.get().cell(cell) : null;
  }

  static Term term(ReviewLitigationTable table, ReviewGroup group, ReviewCell cell) {
    CellValue value = cell(table, group, cell);
    if (cell != ReviewCell.TOTAL) {
      return Term.of(value);
    }
    List<CellValue> parts = new ArrayList<>();
    for (ReviewCell part : PARTS_OF_TOTAL) {
      parts.add(cell(table, group, part));
    }
    return Term.total(value, parts);
  }

  /**
   * A group's TOT for a text rule: null when missing, unreadable or a blank total of non-zero
   * parts.
   */
  static Double total(ReviewLitigationTable table, ReviewGroup group) {
    Term t = term(table, group, ReviewCell.TOTAL);
    if (t.isMissing() || t.isUnreadable() || t.isBlankTotal()) {
      return null;
    }
    return t.cell().isNumber() ? t.cell().value() : 0d;
  }

  static String label(ReviewGroup group) {
    return "“" + group.label() + "”";
  }

  /** T4_SHAPE: exactly 15 numeric cells in the RV, LD, LR order. */
  static void shape(ParsedReport report, Flags out) {
    ReviewLitigationTable table = table(report);
    String heading = "表四“政府信息公开行政复议、行政诉讼情况”";
    if (table == null) {
      out.tableNotRead(TablePresence.reviewLitigation(report), heading, CELLS, "个数据");
      return;
    }
    List<String> incomplete = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (ReviewGroup g : ReviewGroup.values()) {
      Optional<ReviewLitigationRow> row = group(table, g);
      if (row.isEmpty()) {
        missing.add(g.name());
      } else if (!isComplete(row.get())) {
        incomplete.add(g.name());
      }
    }
    boolean outOfOrder = false;
    int last = -1;
    for (ReviewLitigationRow row : table.groups()) {
      if (row != null && row.group() != null) {
        outOfOrder |= row.group().ordinal() < last;
        last = Math.max(last, row.group().ordinal());
      }
    }
    if (table.valuesFound() == CELLS && incomplete.isEmpty() && missing.isEmpty() && !outOfOrder) {
      return;
    }
    if (!outOfOrder && everyGroupNamed(table)) {
      // Only groups not read: a text that does not reach them cannot tell whether they are printed.
      if (incomplete.size() + missing.size() == ReviewGroup.values().length) {
        // The table found but not one group read: it is printed (or cut) but not read.
        TablePresence.Presence p = TablePresence.reviewLitigation(report);
        out.tableNotRead(
            p == TablePresence.Presence.ABSENT ? TablePresence.Presence.PRINTED : p,
            heading,
            CELLS,
            "个数据");
        return;
      } else if (onlyCutGroups(report, table)) {
        out.tableCutShort("表四应有" + CELLS + "个数据，实际读到" + table.valuesFound() + "个");
        return;
      }
    }
    List<String> detail = new ArrayList<>();
    if (!incomplete.isEmpty()) {
      detail.add("incomplete=" + String.join(",", incomplete));
    }
    if (!missing.isEmpty()) {
      detail.add("missing=" + String.join(",", missing));
    }
    if (outOfOrder) {
      detail.add("out_of_order");
    }
    out.fail(
        null,
        null,
        (double) CELLS,
        (double) table.valuesFound(),
        String.join(";", detail),
        "表四应有"
            + CELLS
            + "个数据，实际读到"
            + table.valuesFound()
            + "个"
            + (incomplete.size() + missing.size() > 0
                ? "，" + (incomplete.size() + missing.size()) + "组无法按列读取"
                : "")
            + "，请核对原表");
  }

  /** Whether every group row read is one of the table's groups (none unnamed). */
  private static boolean everyGroupNamed(ReviewLitigationTable table) {
    for (ReviewLitigationRow row : table.groups()) {
      if (row == null || row.group() == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every group not read lies where the text does not reach: anywhere, in a text that ends
   * inside the table; before the first group printed, in a text that begins inside it (the group it
   * begins in may be printed in part). As {@code T3Rules.onlyCutRows}.
   */
  private static boolean onlyCutGroups(ParsedReport report, ReviewLitigationTable table) {
    ReviewLitigationRow first = null;
    int lastLine = 0;
    for (ReviewLitigationRow row : table.groups()) {
      if (first == null || row.group().ordinal() < first.group().ordinal()) {
        first = row;
      }
      lastLine = Math.max(lastLine, row.sourceLine());
    }
    if (first == null) {
      return false;
    }
    if (TablePresence.reviewLitigationEndsInside(report, lastLine)) {
      return true;
    }
    if (!TablePresence.reviewLitigationBeginsInside(report, first.sourceLine())) {
      return false;
    }
    for (ReviewGroup g : ReviewGroup.values()) {
      Optional<ReviewLitigationRow> row = group(table, g);
      if (g.ordinal() > first.group().ordinal() && (row.isEmpty() || !isComplete(row.get()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * T4_CORRECTED (INFO): a cell that a 更正说明 printed with the report corrects ({@link
   * CorrectionNotice}); one note per cell, the value printed as {@code actual}, the corrected one
   * as {@code expected}.
   */
  static void corrected(ParsedReport report, Flags out) {
    ReviewLitigationTable table = table(report);
    if (table == null) {
      return;
    }
    for (ReviewLitigationRow g : table.groups()) {
      for (ReviewCell c : ReviewCell.values()) {
        CellValue v = g.cell(c);
        Double printed = CorrectionNotice.printed(v);
        if (printed != null) {
          out.note(
              g.group().name(),
              c.column(),
              v.value(),
              printed,
              "correction_notice",
              CorrectionNotice.note(
                  "表四“" + g.group().label() + "”“" + c.label() + "”栏", printed, v.value()));
        }
      }
    }
  }

  /** T4_NONNEG_INT: every cell is an integer ≥ 0. */
  static void nonNegInt(ParsedReport report, Flags out) {
    ReviewLitigationTable table = table(report);
    if (table == null) {
      return;
    }
    for (ReviewGroup g : ReviewGroup.values()) {
      for (ReviewCell c : ReviewCell.values()) {
        CellValue cell = cell(table, g, c);
        if (cell == null || cell.blank()) {
          continue;
        }
        out.nonNegativeInteger(
            g.name(), c.column(), cell, () -> "表四" + label(g) + "“" + c.label() + "”");
      }
    }
  }

  /** T4_GROUP_TOTAL: for each group, TOT = KEEP + CORR + OTH + PEND. */
  static void groupTotal(ParsedReport report, Flags out) {
    ReviewLitigationTable table = table(report);
    if (table == null) {
      return;
    }
    List<String> unassessable = new ArrayList<>();
    for (ReviewGroup g : ReviewGroup.values()) {
      List<Term> parts = new ArrayList<>();
      for (ReviewCell c : PARTS_OF_TOTAL) {
        parts.add(term(table, g, c));
      }
      Equation.Result r = Equation.evaluate(List.of(term(table, g, ReviewCell.TOTAL)), parts);
      if (r.kind() == Equation.Kind.PASS) {
        continue;
      }
      if (r.kind() == Equation.Kind.MISSING) {
        unassessable.add(g.name());
        continue;
      }
      String where = "表四" + label(g);
      switch (r.kind()) {
        case FAIL ->
            out.fail(
                g.name(),
                ReviewCell.TOTAL.column(),
                r.right(),
                r.left(),
                r.detail(),
                where
                    + "“总计”为"
                    + Equation.fmt(r.left())
                    + "，但结果维持、结果纠正、其他结果、尚未审结之和为"
                    + Equation.fmt(r.right()));
        default ->
            out.notAssessable(
                g.name(),
                ReviewCell.TOTAL.column(),
                r.detail(),
                where + T3Rules.notAssessableReason(r) + "，无法核对“总计”");
      }
    }
    if (!unassessable.isEmpty()) {
      out.notAssessable(
          null,
          null,
          "groups=" + String.join(",", unassessable),
          "表四有" + unassessable.size() + "组缺失或无法按列读取，无法核对这些组的“总计”");
    }
  }
}
