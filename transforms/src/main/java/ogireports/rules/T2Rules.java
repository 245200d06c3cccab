package ogireports.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ogireports.model.ActiveDisclosureTable;
import ogireports.model.CellValue;
import ogireports.model.DisclosureItem;
import ogireports.model.DisclosureValue;
import ogireports.model.Measure;
import ogireports.model.ParsedReport;
import ogireports.model.Template;

/**
 * The table 二 rules of spec §3: T2_NONNEG, T2A_2019_PUB_LE_TOTAL, T2A_2021_VALID_BOUND,
 * T2B_2019_ITEMS_NONNEG and the INFO note T2B_DECISION_PATTERN. Table 二 has no shape rule: when it
 * is absent nothing is reported.
 */
final class T2Rules {

  /** The rows of （五）（六）（八） in the 2019 template. */
  static final List<DisclosureItem> ITEM_ROWS =
      List.of(
          DisclosureItem.LICENSE,
          DisclosureItem.SERVICE,
          DisclosureItem.PENALTY,
          DisclosureItem.COERCION,
          DisclosureItem.FEE);

  private T2Rules() {}

  static ActiveDisclosureTable table(ParsedReport report) {
    return report.tables() == null ? null : report.tables().activeDisclosure();
  }

  static Template template(ParsedReport report) {
    return report.tables() == null ? null : report.tables().template();
  }

  /** A value read for a rule: a number (blank counts as 0), or why it cannot be used. */
  record Operand(Double value, boolean blank, String problem) {

    static Operand of(ActiveDisclosureTable table, DisclosureItem item, Measure measure) {
      Optional<DisclosureValue> v = find(table, item, measure);
      if (v.isEmpty() || v.get().cell() == null) {
        return new Operand(null, false, "missing");
      }
      CellValue cell = v.get().cell();
      if (cell.isNumber()) {
        return new Operand(cell.value(), false, null);
      }
      if (cell.blank()) {
        return new Operand(0d, true, null);
      }
      return new Operand(null, false, "unreadable");
    }

    boolean usable() {
      return value != null;
    }
  }

  static Optional<DisclosureValue> find(
      ActiveDisclosureTable table, DisclosureItem item, Measure measure) {
    if (table == null) {
      return Optional.empty();
    }
    for (DisclosureValue v : table.values()) {
      if (v != null && v.item() == item && v.measure() == measure) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * The operands of one instance, or null when the instance is to be skipped because none of its
   * values was found (the sub-table is absent). Reports NOT_ASSESSABLE when some are unusable.
   */
  private static List<Operand> operands(
      ActiveDisclosureTable table,
      DisclosureItem item,
      List<Measure> measures,
      String columnId,
      String what,
      Flags out) {
    List<Operand> ops = new ArrayList<>();
    boolean anyFound = false;
    List<String> problems = new ArrayList<>();
    for (Measure m : measures) {
      Operand op = Operand.of(table, item, m);
      ops.add(op);
      anyFound |= !"missing".equals(op.problem());
      if (!op.usable()) {
        problems.add(m.name() + "=" + op.problem());
      }
    }
    if (!anyFound) {
      return null;
    }
    if (!problems.isEmpty()) {
      out.notAssessable(
          item.name(),
          columnId,
          String.join(";", problems),
          "表二“" + item.label() + "”缺少或无法识别所需数据，无法核对" + what);
      return null;
    }
    return ops;
  }

  private static String blanks(List<Operand> ops) {
    return ops.stream().anyMatch(Operand::blank) ? "with_blanks" : null;
  }

  /** T2_NONNEG: every count ≥ 0 (except 本年增/减) and every amount ≥ 0. */
  static void nonNeg(ParsedReport report, Flags out) {
    ActiveDisclosureTable table = table(report);
    if (table == null) {
      return;
    }
    // the negative values only, in the order of their items and measures (most tables have none
    // to sort)
    List<DisclosureValue> values = new ArrayList<>();
    for (DisclosureValue v : table.values()) {
      if (v != null
          && v.item() != null
          && v.measure() != null
          && v.cell() != null
          && v.measure() != Measure.DELTA
          && v.cell().isNumber()
          && !(v.cell().value() >= 0)) {
        values.add(v);
      }
    }
    values.sort(
        Comparator.comparing(DisclosureValue::item).thenComparing(DisclosureValue::measure));
    for (DisclosureValue v : values) {
      out.fail(
          v.item().name(),
          v.measure().name(),
          null,
          v.cell().value(),
          "negative",
          "表二“"
              + v.item().label()
              + "”"
              + measureLabel(v.measure())
              + "为"
              + Equation.fmt(v.cell().value())
              + "，不应为负数");
    }
  }

  /** T2A_2019_PUB_LE_TOTAL (2019): 本年新公开数量 ≤ 对外公开总数量 for 规章 and 规范性文件. */
  static void pubLeTotal(ParsedReport report, Flags out) {
    ActiveDisclosureTable table = table(report);
    if (table == null || template(report) != Template.T2019) {
      return;
    }
    for (DisclosureItem item : List.of(DisclosureItem.RULE, DisclosureItem.NORM)) {
      List<Operand> ops =
          operands(
              table,
              item,
              List.of(Measure.PUB, Measure.TOTAL),
              Measure.PUB.name(),
              "本年新公开数量不超过对外公开总数量",
              out);
      if (ops == null) {
        continue;
      }
      double pub = ops.get(0).value();
      double total = ops.get(1).value();
      if (pub > total) {
        out.fail(
            item.name(),
            Measure.PUB.name(),
            total,
            pub,
            blanks(ops),
            "表二“"
                + item.label()
                + "”本年新公开数量为"
                + Equation.fmt(pub)
                + "，超过对外公开总数量"
                + Equation.fmt(total)
                + "（总数量是累计数，应包含本年新公开的）");
      }
    }
  }

  /** T2A_2021_VALID_BOUND (2021): 现行有效件数 ≥ 本年制发件数 − 本年废止件数. */
  static void validBound(ParsedReport report, Flags out) {
    ActiveDisclosureTable table = table(report);
    if (table == null || template(report) != Template.T2021) {
      return;
    }
    for (DisclosureItem item : List.of(DisclosureItem.RULE, DisclosureItem.NORM)) {
      List<Operand> ops =
          operands(
              table,
              item,
              List.of(Measure.VALID, Measure.MADE, Measure.REPEAL),
              Measure.VALID.name(),
              "现行有效件数不少于本年制发件数减本年废止件数",
              out);
      if (ops == null) {
        continue;
      }
      double valid = ops.get(0).value();
      double bound = ops.get(1).value() - ops.get(2).value();
      if (valid < bound) {
        out.fail(
            item.name(),
            Measure.VALID.name(),
            bound,
            valid,
            blanks(ops),
            "表二“"
                + item.label()
                + "”现行有效件数为"
                + Equation.fmt(valid)
                + "，少于本年制发件数"
                + Equation.fmt(ops.get(1).value())
                + "减本年废止件数"
                + Equation.fmt(ops.get(2).value())
                + "之差"
                + Equation.fmt(bound));
      }
    }
  }

  /** T2B_2019_ITEMS_NONNEG (2019): 上一年项目数量 + 本年增/减 ≥ 0 on （五）（六）（八）. */
  static void itemsNonNeg(ParsedReport report, Flags out) {
    ActiveDisclosureTable table = table(report);
    if (table == null || template(report) != Template.T2019) {
      return;
    }
    for (DisclosureItem item : ITEM_ROWS) {
      List<Operand> ops =
          operands(
              table,
              item,
              List.of(Measure.PREV, Measure.DELTA),
              Measure.DELTA.name(),
              "上一年项目数量加本年增/减不为负",
              out);
      if (ops == null) {
        continue;
      }
      double sum = ops.get(0).value() + ops.get(1).value();
      if (sum < 0) {
        out.fail(
            item.name(),
            Measure.DELTA.name(),
            0d,
            sum,
            blanks(ops),
            "表二“"
                + item.label()
                + "”上一年项目数量"
                + Equation.fmt(ops.get(0).value())
                + "加本年增/减"
                + Equation.fmt(ops.get(1).value())
                + "为"
                + Equation.fmt(sum)
                + "，本年项目数不应为负");
      }
    }
  }

  /**
   * T2B_DECISION_PATTERN (2019, INFO): rows where 处理决定数量 = 上一年项目数量 + 本年增/减 and not all three are 0;
   * one note per report listing them.
   */
  static void decisionPattern(ParsedReport report, Flags out) {
    ActiveDisclosureTable table = table(report);
    if (table == null || template(report) != Template.T2019) {
      return;
    }
    List<String> items = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (DisclosureItem item : ITEM_ROWS) {
      Operand prev = Operand.of(table, item, Measure.PREV);
      Operand delta = Operand.of(table, item, Measure.DELTA);
      Operand dec = Operand.of(table, item, Measure.DEC);
      if (!prev.usable() || !delta.usable() || !dec.usable()) {
        continue;
      }
      boolean allZero = prev.value() == 0 && delta.value() == 0 && dec.value() == 0;
      if (!allZero && Math.abs(prev.value() + delta.value() - dec.value()) < 1e-9) {
        items.add(item.name());
        String sign = delta.value() < 0 ? "" : "+";
        shown.add(
            "“"
                + item.label()
                + "”"
                + Equation.fmt(prev.value())
                + sign
                + Equation.fmt(delta.value())
                + "="
                + Equation.fmt(dec.value()));
      }
    }
    if (items.isEmpty()) {
      return;
    }
    out.note(
        null,
        Measure.DEC.name(),
        null,
        null,
        "rows=" + String.join(",", items),
        "表二" + String.join("、", shown) + "：处理决定数量等于上一年项目数量加本年增/减，" + "填报人按处理决定数的序列理解了这三列");
  }

  static String measureLabel(Measure m) {
    return switch (m) {
      case MADE -> "“本年新制作数量/本年制发件数”";
      case PUB -> "“本年新公开数量”";
      case TOTAL -> "“对外公开总数量”";
      case REPEAL -> "“本年废止件数”";
      case VALID -> "“现行有效件数”";
      case PREV -> "“上一年项目数量”";
      case DELTA -> "“本年增/减”";
      case DEC -> "“处理决定数量”";
      case AMOUNT -> "“金额”";
      case COUNT -> "“采购项目数量”";
    };
  }
}
