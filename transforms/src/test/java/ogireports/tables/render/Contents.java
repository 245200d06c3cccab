package ogireports.tables.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ogireports.model.ApplicationRowId;
import ogireports.model.DisclosureItem;
import ogireports.model.Template;

/**
 * Known table contents of one report, as printed: table 二 values per item (in column order), table
 * 三 rows (7 printed cells each, in applicant-column order) and the 15 cells of table 四. A printed
 * cell is a number's text or a blank form ({@code ""}, {@code —}, {@code /}, {@code 无}). {@code
 * runTogether} names the table 三 rows printed with their separators lost or moved.
 */
public record Contents(
    Template template,
    Map<DisclosureItem, List<String>> t2,
    Map<ApplicationRowId, List<String>> t3,
    List<String> t4,
    Map<ApplicationRowId, RunTogether> runTogether) {

  /**
   * How a table 三 row's digits are printed when its separators were lost: all in one field ({@code
   * 640020470}), or cut into as many fields as the row has columns at other places than its cells'
   * edges ({@code 640 | 0 | 2 | 0 | 4 | 7 | 0}), so the printed cells do not add up.
   *
   * @param asManyFields true for the second form
   * @param seed where the cuts go
   */
  public record RunTogether(boolean asManyFields, long seed) {}

  public Contents(
      Template template,
      Map<DisclosureItem, List<String>> t2,
      Map<ApplicationRowId, List<String>> t3,
      List<String> t4) {
    this(template, t2, t3, t4, Map.of());
  }

  /** The items of table 二 a template prints. */
  public static List<DisclosureItem> items(Template template) {
    List<DisclosureItem> out = new ArrayList<>();
    for (DisclosureItem i : DisclosureItem.values()) {
      if (template == Template.T2021
          && (i == DisclosureItem.SERVICE || i == DisclosureItem.PROCUREMENT)) {
        continue;
      }
      out.add(i);
    }
    return out;
  }

  /** Contents with every cell {@code 0}. */
  public static Contents zeros(Template template) {
    Map<DisclosureItem, List<String>> t2 = new EnumMap<>(DisclosureItem.class);
    for (DisclosureItem i : items(template)) {
      List<String> v = new ArrayList<>();
      for (int k = 0; k < i.measures(template).size(); k++) {
        v.add("0");
      }
      t2.put(i, v);
    }
    Map<ApplicationRowId, List<String>> t3 = new EnumMap<>(ApplicationRowId.class);
    for (ApplicationRowId id : ApplicationRowId.rowsOf(template)) {
      t3.put(id, List.of("0", "0", "0", "0", "0", "0", "0"));
    }
    List<String> t4 = new ArrayList<>();
    for (int k = 0; k < 15; k++) {
      t4.add("0");
    }
    return new Contents(template, t2, t3, t4);
  }
}
