package ogireports.meta;

import java.util.List;
import java.util.function.ToIntBiFunction;
import ogireports.text.LineForms;

/**
 * Navigation glued before a title's agency in a flattened page. A crawler that keeps a page's text
 * without its markup runs the site's menu, column name or header into the title: {@code
 * 政府信息公开昌图县七家子镇2023年政府信息公开工作年度报告}, {@code 手机版海南州人民政府2022年…}, {@code 新政镇人民政府仪陇县新政镇2023年…} (the
 * site's name, then the title). Every agency read is looked at, not only one from a title cut out
 * of a long line: a flattened page printed to PDF is wrapped at the page's width, and the title
 * then sits inside a wrapped line with the navigation before it.
 *
 * <p>The name is kept when the text prints it again elsewhere. Otherwise the longest tail of it
 * that the text prints elsewhere is the name; failing that, the name starts at its first official
 * division name when what precedes is navigation (menu words) or a body's name of its own.
 */
public final class TitleNavigation {

  /** Words of site menus and column names. */
  private static final List<String> MENU_WORDS =
      List.of(
          "公开", "专栏", "专题", "手机版", "首页", "栏目", "政务", "服务", "互动", "年报", "导航", "网站", "信息", "无障碍",
          "English", "繁体", "简体", "登录", "注册", "欢迎", "走进", "直属单位", "部门");

  /**
   * Values of a page's key–value header ({@code 时效性: 有效}, {@code 有效性: 失效}): the header's last value
   * runs into the title when the page is flattened.
   */
  private static final List<String> HEADER_VALUES = List.of("有效", "失效", "废止");

  /** Endings of a body's name: what precedes the title is then the site's own name. */
  private static final List<String> BODY_ENDINGS =
      List.of("政府", "委员会", "管委会", "办事处", "镇", "乡", "街道", "局");

  private static final int MIN_TAIL = 4;

  private TitleNavigation() {}

  /**
   * The agency without navigation glued before it.
   *
   * @param agency the agency read from a title (as printed, no whitespace)
   * @param lines the document's lines
   * @param divisionNameAt where the first division name starts in a text from an index, or -1
   */
  public static String strip(
      String agency, List<String> lines, ToIntBiFunction<String, Integer> divisionNameAt) {
    return strip(agency, LineForms.of(lines), divisionNameAt);
  }

  /** {@link #strip(String, List, ToIntBiFunction)} of lines whose squeezed forms are shared. */
  public static String strip(
      String agency, LineForms lines, ToIntBiFunction<String, Integer> divisionNameAt) {
    if (agency == null || agency.length() < MIN_TAIL + 2) {
      return agency;
    }
    String[] squeezed = new String[lines.size()];
    for (int i = 0; i < squeezed.length; i++) {
      squeezed[i] = lines.squeezed(i);
    }
    String twice = repeatedName(agency);
    if (twice != null) {
      return twice;
    }
    String column = afterTownshipColumn(agency);
    if (column != null) {
      return column;
    }
    String place = menuItemPlace(agency, divisionNameAt);
    if (place != null) {
      return place;
    }
    if (occurrences(squeezed, agency) >= 2) {
      return agency;
    }
    for (int start = 1; agency.length() - start >= MIN_TAIL; start++) {
      String tail = agency.substring(start);
      String before = agency.substring(0, start);
      // a tail starts a name at a division name, or where the site's own name starts again
      // (大理经济技术开发区 + 大理经济技术开发区管理委员会)
      boolean repeated =
          before.length() >= 4
              && tail.length() > before.length()
              && tail.startsWith(before.substring(0, 4));
      boolean nameStart =
          repeated
              || (divisionNameAt.applyAsInt(agency, start) == start
                  && (precedesName(before)
                      || (startsWithProvince(tail) && !isNationalParent(before))));
      if (nameStart && occurrences(squeezed, tail) >= 2) {
        return tail;
      }
    }
    int at = divisionNameAt.applyAsInt(agency, 1);
    if (at > 0 && agency.length() - at >= 3) {
      String before = agency.substring(0, at);
      // a name that starts with a division's may hold a menu's word (深圳市前海深港现代服务业合作区管理局:
      // 服务, then 合作 of 合作市): there only a body's name or a header's value before the later
      // division name is the page's
      boolean placed = divisionNameAt.applyAsInt(agency, 0) == 0;
      if (placed ? isHeaderValues(before) || endsWithBody(before) : precedesName(before)) {
        return agency.substring(at);
      }
    }
    return agency;
  }

  /**
   * The name after a copy of its own beginning ({@code 虎形山瑶族乡虎形山瑶族乡人民政府}: a breadcrumb's last step,
   * the township, run into the title that names it), without punctuation before it; else null.
   */
  private static String repeatedName(String agency) {
    int from = 0;
    while (from < agency.length() && ")）]】〕」』,，、.。;；:：".indexOf(agency.charAt(from)) >= 0) {
      from++; // ")上海市杨浦区大桥街道办事处": the end of what stood before, run into the name
    }
    // the longest copy first: 秋長街道 + 秋長街道辦事處, not 秋長街 + 道秋長街道辦事處
    for (int n = (agency.length() - from - 1) / 2; n >= 3; n--) {
      String first = agency.substring(from, from + n);
      String rest = agency.substring(from + n);
      if (rest.startsWith(first) && AgencyFinder.hasOrganSuffix(rest)) {
        return rest;
      }
    }
    // a name run into itself (宜都市宜都市: a breadcrumb's last step, the place, before the title
    // that names it)
    int half = (agency.length() - from) / 2;
    if (half >= 2 && (agency.length() - from) % 2 == 0) {
      String first = agency.substring(from, from + half);
      if (agency.endsWith(first) && agency.length() - from == 2 * half) {
        return first;
      }
    }
    // a body's short name, then its full name that ends with it: 江阴海事局 + 中华人民共和国江阴海事局
    for (int n = (agency.length() - from - 1) / 2; n >= 4; n--) {
      String first = agency.substring(from, from + n);
      String rest = agency.substring(from + n);
      if (rest.endsWith(first) && AgencyFinder.hasOrganSuffix(first)) {
        return rest;
      }
    }
    // a township's name, then the fuller name that holds it: 江岸苏木 + 四子王旗江岸苏木人民政府
    for (int n = 2; n + 2 < agency.length() - from; n++) {
      String first = agency.substring(from, from + n);
      String rest = agency.substring(from + n);
      if (AgencyFinder.endsWithTownship(first)
          && rest.contains(first)
          && !rest.startsWith("人民政府")
          && AgencyFinder.isQualified(rest)
          && AgencyFinder.hasOrganSuffix(rest)) {
        return rest;
      }
    }
    return from > 0 && from < agency.length() ? agency.substring(from) : null;
  }

  /** Columns of a county's site that list its townships' and streets' reports. */
  private static final List<String> TOWNSHIP_COLUMNS =
      List.of(
          "乡镇(街道)", "乡镇街道", "乡镇(街道办)", "镇(街道)", "乡(镇)", "街道办事处", "乡镇信息公开", "乡镇政务公开", "乡镇", "镇街",
          "街道", "各乡镇");

  /** How a township's or a street's body's name ends. */
  private static final List<String> TOWNSHIP_BODY_ENDINGS =
      List.of("镇人民政府", "乡人民政府", "街道办事处", "苏木人民政府", "镇政府", "乡政府");

  /**
   * The township's or street's body after the column of the site that lists it ({@code 乡镇宣和镇人民政府},
   * {@code 街道办事处革新街街道办事处}: a breadcrumb's last step run into the title), or null. Only a township's
   * or a street's body follows such a column ({@code 乡镇企业局} is one name).
   */
  static String afterTownshipColumn(String agency) {
    for (String column : TOWNSHIP_COLUMNS) {
      if (!agency.startsWith(column)) {
        continue;
      }
      String rest = agency.substring(column.length());
      for (String ending : TOWNSHIP_BODY_ENDINGS) {
        if (rest.endsWith(ending) && rest.length() >= ending.length() + 2) {
          return rest;
        }
      }
    }
    return null;
  }

  /** The provinces whose names end with 市: the four municipalities. */
  private static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");

  /**
   * True when {@code name} starts with a province's name ({@code 上海市徐汇区天平路街道办事处}, {@code
   * 广西壮族自治区国有高峰林场}): nothing but a national body comes before a province in a body's name, so what
   * precedes it in a title is the page's (a breadcrumb's last step {@code 街道}).
   */
  private static boolean startsWithProvince(String name) {
    for (String m : MUNICIPALITIES) {
      if (name.startsWith(m)) {
        return true;
      }
    }
    int province = name.indexOf('省');
    int region = name.indexOf("自治区");
    return (province >= 2 && province <= 3) || (region >= 2 && region <= 6);
  }

  /** Longest place name taken from the end of a menu (走进乳山市). */
  private static final int MAX_MENU_PLACE = 6;

  /**
   * The place a site's menu ends with, where a flattened page ran its header into a title that
   * names the place alone ({@code 微信乳山市人民政府首页政务公开政务服务互动交流走进乳山市}, of {@code 乳山市2019年…}): a
   * division's name after a menu's word ends the name read; else null.
   */
  private static String menuItemPlace(
      String agency, ToIntBiFunction<String, Integer> divisionNameAt) {
    int n = agency.length();
    char last = n < 4 ? 0 : agency.charAt(n - 1);
    if (last == '省' || !Chars.isDivisionLevel(last)) { // a county's or a city's name
      return null;
    }
    for (int start = n - 2; start >= 1 && n - start <= MAX_MENU_PLACE; start--) {
      String before = agency.substring(0, start);
      String tail = agency.substring(start);
      if (divisionNameAt.applyAsInt(tail, 0) != 0) {
        continue;
      }
      for (String w : MENU_WORDS) {
        if (before.endsWith(w)) {
          return tail;
        }
      }
    }
    return null;
  }

  /** True when {@code prefix} is navigation, a header's value or a body's name of its own. */
  private static boolean precedesName(String prefix) {
    if (isNationalParent(prefix)) {
      return false;
    }
    for (String w : MENU_WORDS) {
      if (prefix.contains(w)) {
        return true;
      }
    }
    return isHeaderValues(prefix) || endsWithBody(prefix);
  }

  /** True when {@code prefix} is one header value or more ({@code 有效}, {@code 有效有效}). */
  private static boolean isHeaderValues(String prefix) {
    String rest = prefix;
    for (String v : HEADER_VALUES) {
      rest = rest.replace(v, "");
    }
    return rest.isEmpty() && !prefix.isEmpty();
  }

  /** Endings of a national body's name. */
  private static final List<String> NATIONAL_ENDINGS = List.of("局", "委员会", "会", "署", "部");

  /**
   * True when {@code prefix} is a national body's name ({@code 国家税务总局}, {@code 国家金融监督管理总局}): its
   * local office is named after it ({@code 国家税务总局河南省税务局}), so it is part of the name.
   */
  private static boolean isNationalParent(String prefix) {
    if (!prefix.startsWith("国家") && !prefix.startsWith("中国")) {
      return false;
    }
    for (String e : NATIONAL_ENDINGS) {
      if (prefix.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithBody(String prefix) {
    for (String e : BODY_ENDINGS) {
      if (prefix.endsWith(e) && prefix.length() > e.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * How often {@code s} occurs in the lines joined (overlapping occurrences counted), counted up to
   * 2. The lines are searched one by one instead of joined (a copy of the whole text): an
   * occurrence over the end of a line is looked for only where the next line starts with a
   * character of {@code s} after its first.
   */
  static int occurrences(String[] lines, String s) {
    int m = s.length();
    int n = 0;
    for (int k = 0; k < lines.length && n < 2; k++) {
      String line = lines[k];
      if (line.isEmpty()) {
        continue;
      }
      if (m > 1 && s.indexOf(line.charAt(0), 1) >= 0) {
        // the occurrences that start before this line and end in it
        String before = textBefore(lines, k, m - 1);
        String window = before + line.substring(0, Math.min(m - 1, line.length()));
        for (int i = window.indexOf(s); i >= 0 && i < before.length() && n < 2; ) {
          n++;
          i = window.indexOf(s, i + 1);
        }
      }
      for (int i = line.indexOf(s); i >= 0 && n < 2; i = line.indexOf(s, i + 1)) {
        n++;
      }
    }
    return n;
  }

  /** The last {@code length} characters (or fewer) of the lines before the k-th, joined. */
  private static String textBefore(String[] lines, int k, int length) {
    char[] out = new char[length];
    int start = length; // out[start, length) is filled
    for (int j = k - 1; j >= 0 && start > 0; j--) {
      String line = lines[j];
      int take = Math.min(start, line.length());
      line.getChars(line.length() - take, line.length(), out, start - take);
      start -= take;
    }
    return new String(out, start, length - start);
  }
}
