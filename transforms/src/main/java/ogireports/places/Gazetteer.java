package ogireports.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The county-level-and-above division codes of China since 1981 (the {@code yescallop/areacodes}
 * summary table, CC0 1.0; see {@code areacodes-README.md} next to the data), indexed by name and by
 * code. Immutable once built, so one instance can be shared by all threads.
 */
final class Gazetteer {

  /** Short forms of the province-level names, as used in running text (江苏政务服务网). */
  private static final String[][] PROVINCE_SHORT = {
    {"北京", "北京市"}, {"天津", "天津市"}, {"河北", "河北省"}, {"山西", "山西省"},
    {"内蒙古", "内蒙古自治区"}, {"辽宁", "辽宁省"}, {"吉林", "吉林省"}, {"黑龙江", "黑龙江省"},
    {"上海", "上海市"}, {"江苏", "江苏省"}, {"浙江", "浙江省"}, {"安徽", "安徽省"},
    {"福建", "福建省"}, {"江西", "江西省"}, {"山东", "山东省"}, {"河南", "河南省"},
    {"湖北", "湖北省"}, {"湖南", "湖南省"}, {"广东", "广东省"}, {"广西", "广西壮族自治区"},
    {"海南", "海南省"}, {"重庆", "重庆市"}, {"四川", "四川省"}, {"贵州", "贵州省"},
    {"云南", "云南省"}, {"西藏", "西藏自治区"}, {"陕西", "陕西省"}, {"甘肃", "甘肃省"},
    {"青海", "青海省"}, {"宁夏", "宁夏回族自治区"}, {"新疆", "新疆维吾尔自治区"}
  };

  /**
   * The short names of banners and autonomous prefectures their own sites and reports use ({@code
   * 科右前旗人民政府}, {@code 达茂旗教育局}, {@code 克州人民政府}), which no rule derives from the official name: each
   * stands for one banner of 内蒙古自治区 or one prefecture of 新疆维吾尔自治区.
   */
  private static final String[][] USED_SHORT = {
    {"克州", "克孜勒苏柯尔克孜自治州"},
    {"博州", "博尔塔拉蒙古自治州"},
    {"巴州", "巴音郭楞蒙古自治州"},
    {"科右前旗", "科尔沁右翼前旗"},
    {"科右中旗", "科尔沁右翼中旗"},
    {"科左中旗", "科尔沁左翼中旗"},
    {"科左后旗", "科尔沁左翼后旗"},
    {"达茂旗", "达尔罕茂明安联合旗"},
    {"土左旗", "土默特左旗"},
    {"土右旗", "土默特右旗"},
    {"察右前旗", "察哈尔右翼前旗"},
    {"察右中旗", "察哈尔右翼中旗"},
    {"察右后旗", "察哈尔右翼后旗"},
    {"东乌旗", "东乌珠穆沁旗"},
    {"西乌旗", "西乌珠穆沁旗"},
    {"东苏旗", "苏尼特左旗"},
    {"西苏旗", "苏尼特右旗"},
    {"阿左旗", "阿拉善左旗"},
    {"阿右旗", "阿拉善右旗"},
    {"鄂前旗", "鄂托克前旗"},
    {"乌前旗", "乌拉特前旗"},
    {"乌中旗", "乌拉特中旗"},
    {"乌后旗", "乌拉特后旗"},
    {"新左旗", "新巴尔虎左旗"},
    {"新右旗", "新巴尔虎右旗"},
    {"莫力达瓦旗", "莫力达瓦达斡尔族自治旗"},
    {"鄂伦春旗", "鄂伦春自治旗"},
    {"鄂温克旗", "鄂温克族自治旗"},
    {"莫旗", "莫力达瓦达斡尔族自治旗"},
    {"陈旗", "陈巴尔虎旗"},
    {"阿旗", "阿鲁科尔沁旗"},
    {"翁旗", "翁牛特旗"},
    {"克旗", "克什克腾旗"},
    {"喀旗", "喀喇沁旗"},
    {"准旗", "准格尔旗"},
    {"伊旗", "伊金霍洛旗"},
    {"太旗", "太仆寺旗"}
  };

  /** Ethnic names (without 族) that start the ethnic part of an autonomous prefecture or county. */
  private static final String[] ETHNIC = {
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣",
    "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉",
    "毛南", "仡佬", "锡伯", "普米", "塔吉克", "怒", "鄂温克", "德昂", "保安", "裕固", "京", "独龙", "鄂伦春", "赫哲", "各族"
  };

  private final List<Division> all;
  private final Map<String, List<Division>> byName;
  private final Map<String, List<Division>> byCurrent;
  private final Map<String, List<Division>> byCode;
  private final Map<String, String> shortToFull;
  private final Set<String> provinceShorts;
  private final Set<String> usedShorts;
  private final int maxNameLength;
  private final NameTrie nameTrie;
  private final NameTrie shortTrie;

  /**
   * A short form a city shares with counties of its own (长沙 for 长沙市 and 长沙县), with their full
   * names, the city's first; see {@link #sharedShort}.
   */
  private final Map<String, List<String>> sharedShorts;

  private final NameTrie sharedShortTrie;

  private Gazetteer(List<Division> all) {
    Map<String, List<Division>> names = new HashMap<>();
    Map<String, List<Division>> codes = new HashMap<>();
    int max = 0;
    for (Division d : all) {
      names.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
      codes.computeIfAbsent(d.code(), k -> new ArrayList<>()).add(d);
      max = Math.max(max, d.name().length());
    }
    names.replaceAll((k, v) -> List.copyOf(v));
    codes.replaceAll((k, v) -> List.copyOf(v));
    this.byCode = Collections.unmodifiableMap(codes);
    this.all = List.copyOf(all);
    namesOfLaterForms(names);
    addConvertedForms(names);
    this.byName = Collections.unmodifiableMap(names);
    this.nameTrie = NameTrie.of(names.keySet());
    this.maxNameLength = max;

    Map<String, Set<String>> shorts = new HashMap<>();
    for (String name : names.keySet()) {
      Division any = names.get(name).get(0);
      if (any.level() == Division.Level.PROVINCE) {
        continue;
      }
      for (String s : shortForms(name)) {
        if (!names.containsKey(s)) {
          shorts.computeIfAbsent(s, k -> new HashSet<>()).add(name);
        }
      }
    }
    Map<String, String> unique = new HashMap<>();
    Set<String> provShorts = new HashSet<>();
    for (String[] p : PROVINCE_SHORT) {
      unique.put(p[0], p[1]);
      provShorts.add(p[0]);
    }
    Map<String, List<String>> sharedByCity = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (String[] b : USED_SHORT) {
      if (names.containsKey(b[1]) && !names.containsKey(b[0])) {
        unique.put(b[0], b[1]);
        used.add(b[0]);
      }
    }
    this.usedShorts = Collections.unmodifiableSet(used);
    shorts.forEach(
        (s, fulls) -> {
          if (unique.containsKey(s)) {
            return;
          }
          if (fulls.size() == 1) {
            unique.put(s, fulls.iterator().next());
            return;
          }
          // 苏州 for 苏州市 rather than the former 苏州地区: the one name still in use, if any
          List<String> inUse = new ArrayList<>();
          for (String f : fulls) {
            if (names.get(f).stream().anyMatch(Division::inUse)) {
              inUse.add(f);
            }
          }
          if (inUse.size() == 1) {
            unique.put(s, inUse.get(0));
            return;
          }
          List<String> shared = cityAndItsCounties(inUse, names);
          if (shared != null) {
            sharedByCity.put(s, shared);
          }
        });
    this.shortToFull = Collections.unmodifiableMap(unique);
    this.shortTrie = NameTrie.of(unique.keySet());
    this.sharedShorts = Collections.unmodifiableMap(sharedByCity);
    this.sharedShortTrie = NameTrie.of(sharedByCity.keySet());
    this.provinceShorts = Collections.unmodifiableSet(provShorts);
    Map<String, List<Division>> current = new HashMap<>();
    for (Division d : all) {
      String c = currentCode(d);
      if (c != null && d.level() != Division.Level.PROVINCE) {
        current.computeIfAbsent(c, k -> new ArrayList<>()).add(d);
      }
    }
    current.replaceAll((k, v) -> List.copyOf(v));
    this.byCurrent = Collections.unmodifiableMap(current);
  }

  /**
   * Adds, under a name no longer in use, the records of the division in use whose short form it is
   * and that it became ({@code 石柱县} was the name until 1983 of today's {@code 石柱土家族自治县}, {@code
   * 长阳县} of {@code 长阳土家族自治县}, {@code 辉县} of {@code 辉县市}): reports keep the old name as the short
   * one ({@code 石柱县教育委员会2023年…}), and the year of a report then picks the records valid in it
   * instead of the old county under its old prefecture ({@code 四川省涪陵地区}).
   */
  private void namesOfLaterForms(Map<String, List<Division>> names) {
    Map<String, Set<String>> laterForms = new HashMap<>();
    for (Map.Entry<String, List<Division>> e : names.entrySet()) {
      Division any = e.getValue().get(0);
      if (any.level() == Division.Level.PROVINCE
          || e.getValue().stream().noneMatch(Division::inUse)) {
        continue;
      }
      for (String s : shortForms(e.getKey())) {
        List<Division> old = names.get(s);
        if (old != null && !s.equals(e.getKey()) && old.stream().noneMatch(Division::inUse)) {
          laterForms.computeIfAbsent(s, k -> new HashSet<>()).add(e.getKey());
        }
      }
    }
    laterForms.forEach(
        (oldName, fulls) -> {
          if (fulls.size() != 1) {
            return;
          }
          List<Division> later = names.get(fulls.iterator().next());
          Set<String> now = new HashSet<>();
          later.stream().filter(Division::inUse).forEach(d -> now.add(d.code()));
          for (Division d : names.get(oldName)) {
            if (!now.contains(currentCode(d))) {
              return; // the old name's place is not the later division's
            }
          }
          List<Division> both = new ArrayList<>(names.get(oldName));
          both.addAll(later);
          names.put(oldName, List.copyOf(both));
        });
  }

  /**
   * The characters of place names that the conversion from Traditional script rewrites, and what it
   * writes: a report printed in Traditional is read in Simplified, and the conversion, which knows
   * no place names, writes 乾縣 as 干县. Kept here rather than asked of the conversion, whose rules
   * take long to load for a run that reads no Traditional report; {@code
   * GazetteerConvertedNamesTest} checks that every name converts so.
   */
  private static final String[][] CONVERTED = {
    {"乾", "干"},
    {"俱", "具"},
    {"磑", "硙"},
    {"塚", "冢"},
    {"垵", "埯"},
    {"廻", "回"},
    {"於", "于"},
    {"氾", "泛"},
    {"洩", "泄"},
    {"瀂", "澛"},
    {"砲", "炮"},
    {"礐", "\uD871\uDC88"},
    {"篢", "\uD871\uDD42"},
    {"蔴", "麻"},
    {"藉", "借"},
    {"鮀", "\uD873\uDD8D"},
    {"鮜", "鲘"},
    {"鷺", "鹭"},
    {"輋", "\uD86A\uDE36"}
  };

  /** A word of names the conversion keeps whole ({@code 乾坤湾镇}). */
  private static final String KEPT = "乾坤";

  /** {@code name} as the conversion from Traditional script writes it ({@link #CONVERTED}). */
  static String asConverted(String name) {
    String s = name.replace(KEPT, "\0");
    for (String[] c : CONVERTED) {
      if (s.contains(c[0])) {
        s = s.replace(c[0], c[1]);
      }
    }
    return s.replace("\0", KEPT);
  }

  /**
   * Adds each name as the conversion from Traditional script writes it ({@link #asConverted}), when
   * that differs and is no name itself (乾县 is found as 干县, 乾安县 as 干安县).
   */
  static <T> void addConvertedForms(Map<String, List<T>> names) {
    Map<String, List<T>> converted = new HashMap<>();
    for (Map.Entry<String, List<T>> e : names.entrySet()) {
      String s = asConverted(e.getKey());
      if (!s.equals(e.getKey()) && !names.containsKey(s)) {
        converted.merge(
            s,
            e.getValue(),
            (a, b) -> {
              List<T> both = new ArrayList<>(a);
              both.addAll(b);
              return List.copyOf(both);
            });
      }
    }
    names.putAll(converted);
  }

  /** Reads the CSV ({@code 代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码}). */
  static Gazetteer load(InputStream in) throws IOException {
    List<Division> all = new ArrayList<>(7_000);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        Division d = parse(line);
        if (d != null) {
          all.add(d);
        }
      }
    }
    return new Gazetteer(all);
  }

  /** An empty gazetteer, used when the bundled data cannot be read. */
  static Gazetteer empty() {
    return new Gazetteer(List.of());
  }

  private static Division parse(String line) {
    String[] f = line.split(",", -1);
    if (f.length < 8 || f[0].length() != 6) {
      return null;
    }
    Division.Level level =
        switch (f[4]) {
          case "省级" -> Division.Level.PROVINCE;
          case "地级" -> Division.Level.PREFECTURE;
          case "县级" -> Division.Level.COUNTY;
          default -> null;
        };
    if (level == null || f[3].isEmpty()) {
      return null;
    }
    try {
      int from = Integer.parseInt(f[6].trim());
      int until = f[7].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(f[7].trim());
      // 新代码 lists the codes that took over the whole record when it changed, and those that took
      // parts of it in an earlier year, bracketed (340207[2014];340281: 无为县 gave a part to 鸠江区 in
      // 2014 and became 无为市 in 2019): the takers of the whole come first, then a part taken the
      // year the record changed, then the parts taken before
      List<String> whole = new ArrayList<>();
      List<String> atChange = new ArrayList<>();
      List<String> before = new ArrayList<>();
      if (f.length > 8) {
        for (String c : f[8].split(";")) {
          String code = c.strip();
          int bracket = code.indexOf('[');
          List<String> into = whole;
          if (bracket >= 0) {
            String when = code.substring(bracket + 1).replace("]", "").strip();
            into = when.equals(String.valueOf(until)) ? atChange : before;
            code = code.substring(0, bracket);
          }
          if (code.length() == 6) {
            into.add(code);
          }
        }
      }
      List<String> successors = new ArrayList<>(whole);
      successors.addAll(atChange);
      successors.addAll(before);
      return new Division(f[0], f[1], f[2], f[3], level, from, until, successors);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The short forms of a prefecture or county name in use: {@link #shortForm}, and for an
   * autonomous prefecture or county also that form with its level ({@code 海南藏族自治州} → 海南, 海南州;
   * {@code 长阳土家族自治县} → 长阳, 长阳县), the way reports name them ({@code 海南州人民政府}).
   */
  static List<String> shortForms(String name) {
    String s = shortForm(name);
    if (s == null) {
      return List.of();
    }
    if (name.endsWith("自治州")) {
      return List.of(s, s + "州");
    }
    if (name.endsWith("自治县")) {
      return List.of(s, s + "县");
    }
    return List.of(s);
  }

  /**
   * The common short form of a prefecture or county name (张家港市 → 张家港, 黔南布依族苗族自治州 → 黔南), or null
   * when the name has none that is safe to use (districts, banners, two-character names).
   */
  static String shortForm(String name) {
    if (name.endsWith("自治州") || name.endsWith("自治县")) {
      int cut = name.length();
      for (String e : ETHNIC) {
        int i = name.indexOf(e);
        if (i >= 2 && i < cut) {
          cut = i;
        }
      }
      return cut < name.length() ? name.substring(0, cut) : null;
    }
    for (String suffix : new String[] {"地区", "市", "县", "盟"}) {
      if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return null;
  }

  /** All records with this official name (any year). */
  List<Division> named(String name) {
    return byName.getOrDefault(name, List.of());
  }

  /** All records with this code (any year). */
  List<Division> coded(String code) {
    return byCode.getOrDefault(code, List.of());
  }

  /**
   * {@code fullNames} (names in use), the city first, when one of them is a city and every other a
   * county inside it; else null.
   */
  private static List<String> cityAndItsCounties(
      List<String> fullNames, Map<String, List<Division>> names) {
    Division city = null;
    for (String f : fullNames) {
      for (Division d : names.get(f)) {
        if (d.inUse() && d.level() == Division.Level.PREFECTURE) {
          if (city != null && !city.code().equals(d.code())) {
            return null;
          }
          city = d;
        }
      }
    }
    if (city == null) {
      return null;
    }
    List<String> out = new ArrayList<>(List.of(city.name()));
    for (String f : fullNames) {
      for (Division d : names.get(f)) {
        if (d.inUse() && !city.contains(d)) {
          return null;
        }
      }
      if (!f.equals(city.name())) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Length of the longest short form a city shares with counties of its own starting at {@code i}
   * in {@code s}, or 0. Such a form is ambiguous, so it is no mention in a text ({@link
   * #longestShortAt} leaves it out); but a body named by it ({@code 长沙经济技术开发区管理委员会}, {@code
   * 大理经济技术开发区}) lies in that city whichever is meant, and the text may tell which.
   */
  int longestSharedShortAt(String s, int i) {
    return sharedShortTrie.longestAt(s, i, 2, 6);
  }

  /**
   * The full names a short form a city shares with counties of its own stands for, the city first
   * (长沙 → 长沙市, 长沙县), or an empty list.
   */
  List<String> sharedShort(String shortName) {
    return sharedShorts.getOrDefault(shortName, List.of());
  }

  /** The full name an unambiguous short form stands for, or null. */
  String expandShort(String shortName) {
    return shortToFull.get(shortName);
  }

  /** True for a province short form such as 江苏 or 宁夏. */
  boolean isProvinceShort(String s) {
    return provinceShorts.contains(s);
  }

  /**
   * True for a short name a banner or prefecture uses for itself ({@link #USED_SHORT}: 察右前旗, 克州),
   * which names it after its parent's name too ({@code 乌兰察布市察右前旗平地泉镇}).
   */
  boolean isUsedShort(String s) {
    return usedShorts.contains(s);
  }

  /**
   * Length of the longest official name starting at {@code i} in {@code s} that is at least {@code
   * minLength} long, or 0.
   */
  int longestNameAt(String s, int i, int minLength) {
    return nameTrie.longestAt(s, i, minLength, maxNameLength);
  }

  /**
   * Length of the longest short form (province or unambiguous prefecture/county short form)
   * starting at {@code i}, or 0.
   */
  int longestShortAt(String s, int i) {
    return shortTrie.longestAt(s, i, 2, 6);
  }

  /**
   * Years after its end a division's name may still place a report: a site keeps a renamed county's
   * or a merged city's name for some years, not for a generation (唐山's 新区, retired in 2002, is no
   * place of a 2024 report that says 新区管理委员会).
   */
  static final int NAME_OUTLIVES = 10;

  /**
   * The divisions named {@code name} closest in time to {@code year} ({@link #closest}), none of
   * them retired more than {@link #NAME_OUTLIVES} years before it.
   */
  List<Division> namedNear(String name, Integer year) {
    List<Division> c = closest(named(name), year);
    if (year != null
        && !c.isEmpty()
        && c.get(0).distance(year) > NAME_OUTLIVES
        && year >= c.get(0).until()) {
      return List.of();
    }
    return c;
  }

  /** The records of {@code ds} closest in time to {@code year} (all valid ones when any is). */
  static List<Division> closest(List<Division> ds, Integer year) {
    int best = Integer.MAX_VALUE;
    for (Division d : ds) {
      best = Math.min(best, d.distance(year));
    }
    List<Division> out = new ArrayList<>();
    for (Division d : ds) {
      if (d.distance(year) == best) {
        out.add(d);
      }
    }
    return out;
  }

  /** The province record of {@code d} as it stood closest to {@code year}. */
  Division provinceOf(Division d, Integer year) {
    List<Division> c = closest(coded(d.provinceCode()), yearOf(d, year));
    return c.isEmpty() ? null : c.get(0);
  }

  /**
   * The prefecture record of {@code d} closest to {@code year}: the record itself for a prefecture,
   * null for a province or a county directly under its province.
   */
  Division prefectureOf(Division d, Integer year) {
    if (d.level() == Division.Level.PREFECTURE) {
      return d;
    }
    if (d.level() == Division.Level.PROVINCE || d.isDirect()) {
      return null;
    }
    List<Division> sameName = new ArrayList<>();
    for (Division p : coded(d.prefectureCode())) {
      if (p.level() == Division.Level.PREFECTURE && p.name().equals(d.prefectureName())) {
        sameName.add(p);
      }
    }
    if (sameName.isEmpty()) {
      for (Division p : named(d.prefectureName())) {
        if (p.level() == Division.Level.PREFECTURE && p.provinceName().equals(d.provinceName())) {
          sameName.add(p);
        }
      }
    }
    List<Division> c = closest(sameName, yearOf(d, year));
    return c.isEmpty() ? null : c.get(0);
  }

  /** The year to look parents up in: {@code year} when {@code d} was valid then, else its start. */
  private static Integer yearOf(Division d, Integer year) {
    if (year == null) {
      return d.until() == Integer.MAX_VALUE ? null : d.from();
    }
    return d.validIn(year) ? year : d.from();
  }

  /** Every record, in file order. */
  List<Division> all() {
    return all;
  }

  /**
   * The code in use today for the record: its own code while in use; after a change, the first
   * successor (新代码) as it stood when the change happened, followed repeatedly. Null when the record
   * was retired without a successor.
   */
  String currentCode(Division d) {
    Division cur = d;
    for (int hop = 0; hop < 20 && cur != null; hop++) {
      if (cur.inUse()) {
        return cur.code();
      }
      if (cur.successors().isEmpty()) {
        return null;
      }
      String next = cur.successors().get(0);
      List<Division> c = closest(sameLevel(coded(next), cur.level()), cur.until());
      if (c.isEmpty()) {
        return next;
      }
      cur = c.get(0);
    }
    return cur != null && cur.inUse() ? cur.code() : null;
  }

  private static List<Division> sameLevel(List<Division> ds, Division.Level level) {
    List<Division> out = new ArrayList<>();
    for (Division d : ds) {
      if (d.level() == level) {
        out.add(d);
      }
    }
    return out.isEmpty() ? ds : out;
  }

  /** The record in use today under {@code code}, or null. */
  Division current(String code) {
    if (code == null) {
      return null;
    }
    for (Division d : coded(code)) {
      if (d.inUse()) {
        return d;
      }
    }
    return null;
  }

  /**
   * The prefecture code in use today for a prefecture record: its current code, or, for one retired
   * without a successor (莱芜市 2019), the one prefecture its counties now all belong to.
   */
  String currentPrefectureCode(Division pref) {
    String c = currentCode(pref);
    if (c != null) {
      return c;
    }
    String found = null;
    int lastYear = pref.until() - 1;
    for (Division d : all) {
      if (d.level() != Division.Level.COUNTY
          || d.isDirect()
          || !d.prefectureCode().equals(pref.code())
          || !d.validIn(lastYear)) {
        continue;
      }
      Division now = current(currentCode(d));
      if (now == null || now.isDirect() || now.level() != Division.Level.COUNTY) {
        return null;
      }
      if (found != null && !found.equals(now.prefectureCode())) {
        return null;
      }
      found = now.prefectureCode();
    }
    return found;
  }

  /**
   * The county-level (or prefecture-level) records valid in {@code year} that today carry {@code
   * currentCode}: the record itself when it was valid then, else its predecessors.
   */
  List<Division> asOf(String currentCode, Integer year) {
    List<Division> own = new ArrayList<>();
    for (Division d : coded(currentCode)) {
      if (year == null ? d.inUse() : d.validIn(year)) {
        own.add(d);
      }
    }
    if (!own.isEmpty() || year == null) {
      return own;
    }
    List<Division> out = new ArrayList<>();
    for (Division d : byCurrent.getOrDefault(currentCode, List.of())) {
      if (d.validIn(year)) {
        out.add(d);
      }
    }
    return out;
  }
}
