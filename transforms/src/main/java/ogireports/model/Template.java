package ogireports.model;

/** The table template a report follows, decided from the tables' structure (spec §2.4). */
public enum Template {
  /** 国办公开办函〔2019〕60号: 2019 and 2020 reports. */
  T2019("2019"),
  /** 国办公开办函〔2021〕30号: reports from 2021 on. */
  T2021("2021"),
  /** Before the 2019 条例: vertical indicator lists, no table 三. */
  PRE2019("pre2019"),
  UNKNOWN("unknown");

  private final String code;

  Template(String code) {
    this.code = code;
  }

  /** The value written to {@code reports.template}. */
  public String code() {
    return code;
  }
}
