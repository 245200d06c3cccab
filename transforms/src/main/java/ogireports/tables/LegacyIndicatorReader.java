package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.CellValue;
import ogireports.model.LegacyIndicator;
import ogireports.text.Normalise;
import ogireports.values.ValueNormaliser.ColumnKind;

/**
 * Reads the vertical indicator tables of a pre-2019 report ({@code 指标名称 | 单位 | 数量}, spec §2.5) in
 * any layout.
 *
 * <p>A table starts at a {@code 指标名称} header or at the first cell naming a common indicator ({@link
 * LegacyVocabulary}); prose ends it. Inside a table each short text cell is an indicator name; an
 * optional unit cell and then one value cell complete it. A name followed by another name is a
 * group label (or has no value) and yields nothing; a value is never taken from the next
 * indicator's row.
 */
final class LegacyIndicatorReader {

  /** Longest indicator name accepted (longer text is prose). */
  private static final int MAX_NAME_CHARS = 40;

  private LegacyIndicatorReader() {}

  /** The indicators found in {@code cells}, in printed order. */
  static List<LegacyIndicator> read(List<Cell> cells) {
    List<LegacyIndicator> out = new ArrayList<>();
    boolean inTable = false;
    Cell name = null;
    String unit = null;
    for (Cell c : cells) {
      if (c.isEmpty()) {
        continue;
      }
      if (c.isProse() || c.text().length() > MAX_NAME_CHARS && c.isText()) {
        inTable = false;
        name = null;
        unit = null;
        continue;
      }
      if (c.isText()) {
        String t = c.text();
        if (isHeader(t)) {
          inTable = true;
          name = null;
          unit = null;
          continue;
        }
        if (name != null && unit == null && LegacyVocabulary.isUnit(unitText(t))) {
          unit = unitText(t);
          continue;
        }
        if (!inTable && LegacyVocabulary.idOf(t) == null) {
          continue;
        }
        if (isColumnHeader(t)) {
          continue;
        }
        inTable = true;
        name = c;
        unit = null;
        continue;
      }
      if (name == null || !c.isValue()) {
        continue;
      }
      ColumnKind kind =
          unit != null && (unit.endsWith("元") || unit.equals("%"))
              ? ColumnKind.AMOUNT
              : ColumnKind.COUNT;
      CellValue v = c.read(kind);
      String printedName = Normalise.stripSpaces(name.raw());
      out.add(
          new LegacyIndicator(
              printedName,
              LegacyVocabulary.idOf(name.text()),
              unit != null ? unit : v.unit(),
              v.value(),
              c.raw(),
              name.line()));
      name = null;
      unit = null;
    }
    return out;
  }

  private static boolean isHeader(String t) {
    for (String h : LegacyVocabulary.HEADER) {
      if (t.equals(h) || t.startsWith(h + "|")) {
        return true;
      }
    }
    return t.startsWith("指标名称");
  }

  /** The 单位 / 数量 / 计量单位 column headers. */
  private static boolean isColumnHeader(String t) {
    return t.equals("单位")
        || t.equals("数量")
        || t.equals("计量单位")
        || t.equals("统计数")
        || t.equals("数值")
        || t.equals("合计");
  }

  /** A unit cell may be printed in brackets: {@code （条）}. */
  private static String unitText(String t) {
    if (t.length() > 2 && t.startsWith("(") && t.endsWith(")")) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }
}
