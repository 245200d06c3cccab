package ogireports.model;

/** The three groups of table 四 (spec §2.3), in printed order. */
public enum ReviewGroup {
  REVIEW("RV", "行政复议"),
  LITIGATION_DIRECT("LD", "行政诉讼·未经复议直接起诉"),
  LITIGATION_AFTER_REVIEW("LR", "行政诉讼·复议后起诉");

  private final String specId;
  private final String label;

  ReviewGroup(String specId, String label) {
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
