package ogireports.meta;

import ogireports.places.CentralBodies;

/**
 * The kind of issuing body, from its name (spec §7 Level): {@code 中央部门} (国务院办公厅, 应急管理部, 国家统计局),
 * {@code 开发区/管委会} (苏州工业园区管理委员会), {@code 乡镇/街道} (两城镇人民政府, 佳荣里街道办事处, 巴彦木仁苏木人民政府), {@code 办公厅/办公室}
 * (乌恰县人民政府办公室), {@code 人民政府} (子长市人民政府) and {@code 部门} (淄博市应急管理局, 湛江市人民政府地方志办公室). Stateless.
 */
final class AgencyKind {

  static final String GOVERNMENT = "人民政府";
  static final String GENERAL_OFFICE = "办公厅/办公室";
  static final String DEPARTMENT = "部门";
  static final String TOWNSHIP = "乡镇/街道";
  static final String ZONE = "开发区/管委会";
  static final String CENTRAL = "中央部门";

  private static final String[] TOWNSHIP_GOVERNMENTS = {
    "镇人民政府", "乡人民政府", "苏木人民政府", "镇政府", "乡政府", "苏木政府", "街道办事处", "街道办", "街道工作委员会"
  };
  private static final String[] TOWNSHIP_NAMES = {"镇", "乡", "苏木", "街道", "街"};
  private static final String[] OFFICES = {
    "人民政府办公厅", "人民政府办公室", "政府办公厅", "政府办公室", "政府办", "行政公署办公室"
  };
  private static final String[] ZONE_BODIES = {"管理委员会", "管委会", "管理委员会办公室", "管委会办公室"};
  private static final String[] ZONE_WORDS = {
    "开发区", "园区", "高新区", "新区", "试验区", "实验区", "示范区", "保税区", "合作区", "度假区", "风景区", "景区", "自贸区", "片区",
    "港区", "经济区", "管理区"
  };

  private AgencyKind() {}

  /** The names of a zone's own body, which follow the zone's name. */
  static final String[] ZONE_COMMITTEES = {"管理委员会", "管委会"};

  /** True when {@code name} is a zone's ({@code 赣州经济技术开发区}, {@code 某某高新区}). */
  static boolean isZoneName(String name) {
    for (String w : ZONE_WORDS) {
      if (name.endsWith(w) && name.length() > w.length() + 1) {
        return true;
      }
    }
    return false;
  }

  /** A development zone's own body: {@code 苏州工业园区管理委员会}, {@code 阿拉善高新区管委会}. */
  private static boolean isZone(String agency) {
    String rest = agency;
    for (String z : ZONE_BODIES) {
      if (agency.endsWith(z)) {
        rest = agency.substring(0, agency.length() - z.length());
        break;
      }
    }
    if (rest.equals(agency) && !agency.endsWith("管委会")) {
      return isZoneName(agency);
    }
    for (String w : ZONE_WORDS) {
      if (rest.contains(w)) {
        return true;
      }
    }
    return agency.endsWith("管委会");
  }

  /** The kind of the body named {@code agency} (squeezed), or null when there is no name. */
  static String of(String agency) {
    if (agency == null || agency.length() < 2) {
      return null;
    }
    if (CentralBodies.isCentral(agency)) {
      return CENTRAL;
    }
    if (isZone(agency)) {
      return ZONE;
    }
    for (String o : OFFICES) {
      if (agency.endsWith(o)) {
        return GENERAL_OFFICE;
      }
    }
    for (String t : TOWNSHIP_GOVERNMENTS) {
      if (agency.endsWith(t) && agency.length() > t.length()) {
        return TOWNSHIP;
      }
    }
    if (agency.endsWith("人民政府") || agency.endsWith("政府") || agency.endsWith("行政公署")) {
      return GOVERNMENT;
    }
    for (String t : TOWNSHIP_NAMES) {
      if (agency.endsWith(t) && agency.length() > t.length()) {
        return TOWNSHIP;
      }
    }
    return DEPARTMENT;
  }
}
