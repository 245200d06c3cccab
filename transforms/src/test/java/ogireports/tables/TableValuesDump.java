package ogireports.tables;

import java.util.LinkedHashMap;
import java.util.Map;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.CellValue;
import ogireports.model.DisclosureValue;
import ogireports.model.ReportTables;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewLitigationRow;

/**
 * Every value of a reading as {@code key → number} ({@code T3.NEW.NP}, {@code T4.RV.TOTAL}, {@code
 * T2.RULE.MADE}); a cell read as blank or not read at all maps to null, so two readings can be
 * compared key by key.
 */
public final class TableValuesDump {

  private TableValuesDump() {}

  public static Map<String, Double> of(ReportTables t) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (t.applications() != null) {
      for (ApplicationRow r : t.applications().rows()) {
        for (ApplicantColumn c : ApplicantColumn.values()) {
          CellValue v = r.cell(c);
          out.put("T3." + r.rowId() + "." + c, v == null ? null : v.value());
        }
      }
    }
    if (t.reviewLitigation() != null) {
      for (ReviewLitigationRow g : t.reviewLitigation().groups()) {
        for (ReviewCell c : ReviewCell.values()) {
          CellValue v = g.cells().size() == ReviewCell.values().length ? g.cell(c) : null;
          out.put("T4." + g.group() + "." + c, v == null ? null : v.value());
        }
      }
    }
    if (t.activeDisclosure() != null) {
      for (DisclosureValue v : t.activeDisclosure().values()) {
        out.put("T2." + v.item() + "." + v.measure(), v.cell().value());
      }
    }
    return out;
  }
}
