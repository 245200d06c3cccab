package ogireports.places;

import java.util.Map;

/**
 * The state-level new areas (国家级新区) that no division code names and whose name holds no division's
 * name or short form ({@code 雄安新区}, {@code 两江新区}): their bodies ({@code 雄安新区管理委员会}, {@code
 * 雄安新区公共服务局}) still lie certainly within one province, and some within one city. Each maps to the
 * smallest division that holds all of the area: 雄安新区 spans counties of 保定 and of 沧州 (任丘), so it
 * gives 河北省 only, and a county named after it ({@code 雄安新区容城县}) is placed by that county's own
 * code. New areas named by their city ({@code 兰州新区}, {@code 南京江北新区}) need no entry: the city's name
 * places them.
 */
final class NewAreas {

  /** New area → the official name of the division that holds all of it. */
  private static final Map<String, String> HOLDER =
      Map.of(
          "雄安新区", "河北省",
          "两江新区", "重庆市",
          "贵安新区", "贵州省",
          "西咸新区", "陕西省",
          "天府新区", "四川省",
          "赣江新区", "江西省",
          "滇中新区", "云南省",
          "湘江新区", "长沙市",
          "金普新区", "大连市");

  /** The longest name a new area has here. */
  private static final int NAME_LENGTH = 4;

  private NewAreas() {}

  /** The new area's name starting at {@code i} in {@code s}, or null. */
  static String nameAt(String s, int i) {
    if (i + NAME_LENGTH > s.length()) {
      return null;
    }
    String name = s.substring(i, i + NAME_LENGTH);
    return HOLDER.containsKey(name) ? name : null;
  }

  /** The official name of the division that holds all of the new area {@code name}. */
  static String holder(String name) {
    return HOLDER.get(name);
  }
}
