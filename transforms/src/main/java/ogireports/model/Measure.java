package ogireports.model;

/** The table 二 columns (spec §2.1). */
public enum Measure {
  /** 本年新制作数量 (2019) / 本年制发件数 (2021). */
  MADE,
  /** 本年新公开数量 (2019). */
  PUB,
  /** 对外公开总数量 (2019). */
  TOTAL,
  /** 本年废止件数 (2021). */
  REPEAL,
  /** 现行有效件数 (2021). */
  VALID,
  /** 上一年项目数量 (2019). */
  PREV,
  /** 本年增/减 (2019). */
  DELTA,
  /** 处理决定数量 / 本年处理决定数量. */
  DEC,
  /** 采购总金额 (2019 AMT) / 本年收费金额（单位：万元） (2021 AMT_WAN). */
  AMOUNT,
  /** 采购项目数量 (2019 N). */
  COUNT
}
