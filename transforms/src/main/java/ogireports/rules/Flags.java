package ogireports.rules;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.CellValue;
import ogireports.model.Flag;
import ogireports.tables.TablePresence;
import ogireports.text.ParseBudget;

/** Collects the flags of one rule; fills in the rule's id, severity and section. */
final class Flags {

  private final Rule rule;
  private final ParseBudget budget;
  private final List<Flag> flags = new ArrayList<>();
  private String evidence;

  Flags(Rule rule) {
    this(rule, ParseBudget.UNLIMITED);
  }

  Flags(Rule rule, ParseBudget budget) {
    this.rule = rule;
    this.budget = budget;
  }

  /**
   * Checks the parse budget (phase {@code rules}); the text rules call it once per sentence.
   *
   * @throws ParseBudget.Exceeded when it has run out
   */
  void check() {
    budget.check(RuleBook.PHASE);
  }

  /** The sentence the next flags are based on (text rules), or null. */
  void evidence(String sentence) {
    this.evidence = sentence;
  }

  void fail(
      String rowId,
      String columnId,
      Double expected,
      Double actual,
      String detail,
      String message) {
    add(Flag.Outcome.FAIL, rowId, columnId, expected, actual, detail, message);
  }

  void notAssessable(String rowId, String columnId, String detail, String message) {
    add(Flag.Outcome.NOT_ASSESSABLE, rowId, columnId, null, null, detail, message);
  }

  void note(
      String rowId,
      String columnId,
      Double expected,
      Double actual,
      String detail,
      String message) {
    add(Flag.Outcome.NOTE, rowId, columnId, expected, actual, detail, message);
  }

  void add(
      Flag.Outcome outcome,
      String rowId,
      String columnId,
      Double expected,
      Double actual,
      String detail,
      String message) {
    flags.add(
        new Flag(
            rule.id(),
            rule.severity(),
            outcome,
            rule.section(),
            rowId,
            columnId,
            expected,
            actual,
            emptyToNull(detail),
            message,
            null,
            evidence));
  }

  /**
   * The SHAPE flag of a table that was not read ({@code T3_SHAPE}, {@code T4_SHAPE}): FAIL when it
   * is absent from a text that covers its place, else NOT_ASSESSABLE (printed but not read, or the
   * text cut short). {@link TablePresence} tells which.
   *
   * @param presence what the text shows of the table
   * @param table the table for messages, e.g. 表三“收到和处理政府信息公开申请情况”
   * @param expected how many data the table holds when read, in {@code unit} (行数据, 个数据)
   */
  void tableNotRead(TablePresence.Presence presence, String table, int expected, String unit) {
    switch (presence) {
      case ABSENT ->
          fail(
              null,
              null,
              (double) expected,
              0d,
              presence.detail(),
              "未找到" + table + "，应有" + expected + unit);
      case PRINTED -> notAssessable(null, null, presence.detail(), table + "已印出，但其数据未能读取");
      case CUT_SHORT ->
          notAssessable(null, null, presence.detail(), "文本在" + table + "之前或之中截断，无法核对");
    }
  }

  /**
   * The SHAPE flag of a table read in part from a text that ends (or begins) inside it: the rows
   * the text does not reach cannot be judged.
   *
   * @param read what was read, e.g. 表三应有23行数据，完整读到2行
   */
  void tableCutShort(String read) {
    notAssessable(null, null, TablePresence.Presence.CUT_SHORT.detail(), read + "；文本在表中截断，其余无法核对");
  }

  List<Flag> list() {
    return List.copyOf(flags);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /**
   * The NONNEG_INT check of one count cell: FAIL when it is unreadable, negative or not a whole
   * number. {@code where} names the cell for the message (e.g. 表三…行“自然人”列); it is built only for a
   * failing cell.
   */
  void nonNegativeInteger(
      String rowId, String columnId, CellValue cell, java.util.function.Supplier<String> where) {
    if (cell.isNotPrinted()) {
      return; // the table has no such column: nothing printed to check
    }
    if (cell.isUnreadable()) {
      fail(
          rowId,
          columnId,
          null,
          null,
          "unreadable",
          where.get() + "“" + cell.raw() + "”不是数字，应为非负整数");
      return;
    }
    if (cell.value() >= 0 && cell.isInteger()) {
      return;
    }
    List<String> why = new ArrayList<>();
    if (cell.value() < 0) {
      why.add("negative");
    }
    if (!cell.isInteger()) {
      why.add("non_integer");
    }
    if (!why.isEmpty()) {
      fail(
          rowId,
          columnId,
          null,
          cell.value(),
          String.join(";", why),
          where.get() + "为" + Equation.fmt(cell.value()) + "，应为非负整数");
    }
  }
}
