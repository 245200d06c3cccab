package ogireports.model;

/** The 7 value columns of table 三, in printed order (spec §2.2). */
public enum ApplicantColumn {
  NATURAL_PERSON("NP", "natural_person", "自然人"),
  COMMERCIAL_ENTERPRISE("ENT", "commercial_enterprise", "商业企业"),
  RESEARCH_INSTITUTION("SCI", "research_institution", "科研机构"),
  SOCIAL_WELFARE_ORG("NGO", "social_welfare_org", "社会公益组织"),
  LEGAL_SERVICE_ORG("LAW", "legal_service_org", "法律服务机构"),
  OTHER_ORG("OTH", "other_org", "其他"),
  TOTAL("TOT", "total", "总计");

  private final String specId;
  private final String column;
  private final String label;

  ApplicantColumn(String specId, String column, String label) {
    this.specId = specId;
    this.column = column;
    this.label = label;
  }

  /** The spec's short id (NP, ENT, …, TOT). */
  public String specId() {
    return specId;
  }

  /** The Parquet column name and {@code flags.column_id}. */
  public String column() {
    return column;
  }

  /** The header label as printed in the template. */
  public String label() {
    return label;
  }
}
