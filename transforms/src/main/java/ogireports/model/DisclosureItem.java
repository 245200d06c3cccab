package ogireports.model;

import java.util.List;

/** The table 二 rows (条例第二十条 items), with the spec's ids. */
public enum DisclosureItem {
  RULE("A1.RULE", "规章"),
  NORM("A1.NORM", "规范性文件"),
  LICENSE("A5.LIC", "行政许可"),
  SERVICE("A5.SVC", "其他对外管理服务事项"),
  PENALTY("A6.PEN", "行政处罚"),
  COERCION("A6.COER", "行政强制"),
  FEE("A8.FEE", "行政事业性收费"),
  PROCUREMENT("A9.PROC", "政府集中采购");

  private final String specId;
  private final String label;

  DisclosureItem(String specId, String label) {
    this.specId = specId;
    this.label = label;
  }

  public String specId() {
    return specId;
  }

  public String label() {
    return label;
  }

  /**
   * The columns this item's row prints under a template, in printed order, as the two report
   * formats set them (spec §2.1):
   *
   * <ul>
   *   <li>国办公开办函〔2021〕30号 ({@link Template#T2021}): 规章 and 行政规范性文件 本年制发件数, 本年废止件数, 现行有效件数 (MADE,
   *       REPEAL, VALID); 行政许可, 行政处罚, 行政强制 本年处理决定数量 (DEC); 行政事业性收费 本年收费金额（单位：万元） (AMOUNT);
   *   <li>国办公开办函〔2019〕60号 (every other template): 规章 and 规范性文件 本年新制作数量, 本年新公开数量, 对外公开总数量 (MADE,
   *       PUB, TOTAL); 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 上一年项目数量, 本年增/减, 处理决定数量 (PREV, DELTA, DEC);
   *       行政事业性收费 上一年项目数量, 本年增/减 (PREV, DELTA); 政府集中采购 采购项目数量, 采购总金额 (COUNT, AMOUNT).
   * </ul>
   *
   * <p>The 2021 format has no 其他对外管理服务事项 or 政府集中采购 row; asked for them, this gives the first the
   * 2021 column of the other items (DEC) and the second its 2019 columns (COUNT, AMOUNT), so a
   * report that prints them anyway can still be read.
   */
  public List<Measure> measures(Template template) {
    boolean t2021 = template == Template.T2021;
    return switch (this) {
      case RULE, NORM ->
          t2021
              ? List.of(Measure.MADE, Measure.REPEAL, Measure.VALID)
              : List.of(Measure.MADE, Measure.PUB, Measure.TOTAL);
      case LICENSE, SERVICE, PENALTY, COERCION ->
          t2021 ? List.of(Measure.DEC) : List.of(Measure.PREV, Measure.DELTA, Measure.DEC);
      case FEE -> t2021 ? List.of(Measure.AMOUNT) : List.of(Measure.PREV, Measure.DELTA);
      case PROCUREMENT -> List.of(Measure.COUNT, Measure.AMOUNT);
    };
  }
}
