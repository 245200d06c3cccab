package ogireports.model;

/** The 5 cells of each table 四 group, in printed order. */
public enum ReviewCell {
  UPHELD("KEEP", "upheld", "结果维持"),
  CORRECTED("CORR", "corrected", "结果纠正"),
  OTHER("OTH", "other", "其他结果"),
  PENDING("PEND", "pending", "尚未审结"),
  TOTAL("TOT", "total", "总计");

  private final String specId;
  private final String column;
  private final String label;

  ReviewCell(String specId, String column, String label) {
    this.specId = specId;
    this.column = column;
    this.label = label;
  }

  public String specId() {
    return specId;
  }

  /** The Parquet column name and {@code flags.column_id}. */
  public String column() {
    return column;
  }

  public String label() {
    return label;
  }
}
