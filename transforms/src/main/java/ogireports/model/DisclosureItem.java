package ogireports.model;

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
}
