package ogireports.values;

import ogireports.model.CellValue;

/** The one number normaliser for table cells (spec §5). */
public final class ValueNormaliser {

  /** What a column holds, which decides the forms a cell may take. */
  public enum ColumnKind {
    /** Counts of 件: integers ≥ 0 expected. */
    COUNT,
    /** 2019 本年增/减: signed, with 增/减/持平 forms. */
    DELTA,
    /** Money: decimals and 元/万元 suffixes allowed. */
    AMOUNT
  }

  private ValueNormaliser() {}

  /** Reads one cell as printed. STUB: to be implemented. */
  public static CellValue read(String raw, ColumnKind kind) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
