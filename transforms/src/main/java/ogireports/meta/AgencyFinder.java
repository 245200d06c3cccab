package ogireports.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the issuing body's fullest printed name (spec §7 Agency).
 *
 * <p>Candidates, in order of trust: the title's body; the intro {@code 由X(办公室)?编制} (also {@code
 * 由X结合有关统计数据编制}); an intro sentence naming the report ({@code 现公布X2023年度政府信息公开工作报告}, {@code
 * 现将2019年X政府信息公开工作报告如下}, {@code 做好X政府信息公开工作}); the page furniture's publisher ({@code 发布机构}, {@code
 * 发文机关}, {@code 来源：X网站}) and the site part of a page title ({@code 2020年报_审计局}); the sign-off block
 * above the closing date; a contact sentence ({@code 请联系X办公室}, {@code 请与X（地址：…）}). The first
 * candidate is the primary one; the answer is the longest fully qualified name (a place before the
 * body) that extends it, also looking at self-references in the text when the primary has no place
 * ({@code 县应急管理局}, {@code 两城镇人民政府}). {@code 我局} and {@code 本机关} are never names.
 *
 * <p>The reporting body wins over the office that compiled the report for it: {@code
 * 由东港镇人民政府党政办公室编制} and {@code 由南平市人民政府信息公开工作领导小组办公室…编制} name 东港镇人民政府 and 南平市人民政府. An office that
 * reports for itself keeps its name ({@code 乌恰县人民政府办公室} in its title).
 *
 * <p>On a page that prints other bodies' reports after its own ({@link LaterReports}), the body's
 * words are read up to the next report's title: the later reports' {@code 我局}, contact sentences
 * and sign-offs are their bodies'.
 */
final class AgencyFinder {

  /** Endings of a body's name. */
  private static final String[] ORGAN_SUFFIXES = {
    "局", "厅", "委员会", "委", "办公室", "办公厅", "政府", "办事处", "中心", "院", "署", "部", "所", "站", "队", "处", "会",
    "馆", "镇", "乡", "街道", "苏木", "街", "室", "办", "行", "社", "台", "海关"
  };

  /**
   * Endings after which a trailing 办公室 is the office of the body, not the body itself; a township's
   * name too ({@code 大垅乡党政办公室} is 大垅乡's), and the units and institutions that report in their own
   * name ({@code 交通警察支队办公室}, {@code 供销合作社联合社办公室}, {@code 公路管理处办公室}, {@code 档案馆办公室}, {@code
   * 第一中学办公室}, a 兵团 division-city's {@code 第七师胡杨河市办公室}). A zone's name is an owner too ({@link
   * AgencyKind#isZoneName}: {@code 赣州经济技术开发区党政办公室} is its 管理委员会's).
   */
  private static final String[] OFFICE_OWNERS = {
    "局", "厅", "委员会", "管委会", "政府", "办事处", "中心", "院", "署", "部", "镇", "乡", "街道", "苏木", "队", "社", "处",
    "馆", "站", "所", "台", "行", "会", "市", "学", "校", "公司"
  };

  /**
   * Compiling offices stripped from {@code 由X办公室编制} and contact sentences, longest first: the
   * report is the owner's.
   */
  private static final String[] OFFICES = {
    "政府信息公开工作领导小组办公室",
    "信息公开工作领导小组办公室",
    "政务公开工作领导小组办公室",
    "政务公开领导小组办公室",
    "政府信息公开办公室",
    "政务公开办公室",
    "党政综合办公室",
    "党政办公室",
    "综合办公室",
    "办公室",
    "办公厅", // a province's, a 盟's or a large city's government compiles its report there
    "党政办",
    "综合办",
    "院长办公室", // a hospital's or an academy's office (院办), which compiles its report
    "院办",
    "校长办公室",
    "校办"
  };

  /** What follows the name of the compiling body before {@code 编制} ({@code 由X结合…编制}). */
  private static final String[] COMPILE_VERBS = {
    "编制", "结合", "根据", "依据", "按照", "负责", "汇总", "牵头", "组织", "会同", "统一", "依照"
  };

  /** Words that may precede a name and are not part of it. */
  private static final String[] LEADING_WORDS = {
    "特编制",
    "编制",
    "现公布",
    "公布",
    "现将",
    "发布",
    "地址",
    "根据",
    "按照",
    "请联系",
    "可联系",
    "联系",
    "请与",
    "认真做好",
    "做好",
    // the means a sentence names before a body's site or column (通过X人民政府政府信息公开专栏公开…)
    "通过",
    "依托",
    "借助",
    "利用",
    "登录",
    "登陆",
    "访问",
    "特",
    "现",
    "由",
    "经",
    "是"
  };

  /**
   * Words inside a stretch before an anchor after which the name starts (特编制X, 现公布X; the notice
   * that issues a government's report, 咸宁市人民政府办公室关于印发咸宁市人民政府2013年…的通知; the report's own name, which
   * a flattened page runs into the title's body: 2022年政府信息公开工作年度报告桃江县松木塘镇人民政府2022年…; the time a
   * sentence opens with, 本年度县自然资源局未收取…).
   */
  private static final String[] CUT_WORDS = {
    "编制", "公布", "发布", "联系", "地址", "根据", "按照", "要求", "现将", "请与", "关于", "做好", "印发", "转发", "年度报告",
    "工作报告", "年报", "本年", "今年", "全年", "去年", "上年", "当年", "年度"
  };

  /**
   * {@link #CUT_WORDS} and the page's publisher keys, which a flattened page runs together with
   * their values (发布机构临武县…): no key is part of a name.
   */
  private static final String[] CUT_WORDS_AND_KEYS = cutWordsAndKeys();

  private static String[] cutWordsAndKeys() {
    List<String> words = new ArrayList<>(List.of(CUT_WORDS));
    words.addAll(PageFurniture.keysOf(PageFurniture.Kind.PUBLISHER));
    return words.toArray(new String[0]);
  }

  /** True for a township's or street's own government ({@code 罗阳镇人民政府}, {@code 新华街道办事处}). */
  private static boolean isTownshipGovernment(String name) {
    String place =
        name.endsWith(GOVERNMENT)
            ? name.substring(0, name.length() - GOVERNMENT.length())
            : name.endsWith("办事处") ? name.substring(0, name.length() - 3) : null;
    return place != null
        && endsWithTownship(place)
        && !java.util.Arrays.asList(TOWNSHIP_ENDINGS).contains(place);
  }

  /** Characters that end a backward walk over a name. */
  private static final String STOPS = "的在由对向经将请为了与及于是从把被给按";

  /** Endings of a township's name: a place, after which its body's name goes on (松木塘镇人民政府). */
  static final String[] TOWNSHIP_ENDINGS = {"镇", "乡", "街道", "苏木"};

  /** The longest stretch taken as a name before an anchor. */
  static final int MAX_NAME = 25;

  /** How many leading non-empty lines are read for page furniture and intro sentences. */
  private static final int HEAD = 30;

  private AgencyFinder() {}

  /** The agency, or null when the document names none. */
  static String find(ReportLines doc, TitleFinder.Title title) {
    return find(doc, title, LaterReports.firstLine(doc, title));
  }

  /**
   * {@link #find(ReportLines, TitleFinder.Title)} of a page whose own report ends before {@code
   * own}.
   */
  static String find(ReportLines doc, TitleFinder.Title title, int own) {
    List<String> candidates = new ArrayList<>();
    String banner = governmentAbove(doc, title);
    String titleBody = title == null || banner != null ? null : titleBody(doc, title);
    if (title != null && banner == null) {
      addPrinted(candidates, titleBody);
      // the name alone under the title: the body of a title that names none, else a fuller name of
      // the title's body (甘旗卡镇…年度报告 / 科尔沁左翼后旗甘旗卡镇人民政府), kept only when it extends it
      addPrinted(candidates, byline(doc, title));
    }
    // a page may print other bodies' reports after its own: the body is told by its own report
    int intro = Math.min(doc.head(15), own);
    String compiler = null;
    for (int i = 0; i < intro; i++) {
      // a page's field may run into the intro (发布日期：2023-02-08…本报告由贵港市港北区财政局…编制): 由X编制 is
      // the report's own word wherever it stands
      String compiled = uncut(doc, i, compiledBy(withoutAsides(doc.prose(i))));
      compiler = compiler == null ? clean(compiled, false) : compiler;
      add(candidates, compiled);
    }
    for (int i = 0, named = Math.min(doc.head(8), own); i < named; i++) {
      if (!doc.isFurniture(i)) {
        String reporting = uncut(doc, i, namedReport(withoutAsides(doc.prose(i))));
        String reports = clean(reporting, false);
        if (compiler == null && reports != null && !reports.equals(clean(titleBody, false))) {
          compiler = reports; // 现将干汊河镇人民政府2021年…报告如下, not the title naming the report again
        }
        add(candidates, reporting);
      }
    }
    // The page's publisher may be the site that posted the report for its body (来源：昌图县人民政府
    // 办公室 on 七家子镇's report): weaker than the report's own words.
    int head = Math.min(doc.size(), HEAD);
    for (int i = 0; i < head; i++) {
      for (PageFurniture.Field f : doc.furniture(i)) {
        addPrinted(candidates, publisher(f, i + 1 < doc.size() ? doc.sq(i + 1) : ""));
      }
    }
    String signed = signOff(doc, own);
    addPrinted(candidates, signed);
    for (int i = 0; i < intro; i++) {
      if (!doc.isFurniture(i)) {
        add(candidates, uncut(doc, i, contact(withoutAsides(doc.prose(i)))));
      }
    }
    add(candidates, overviewSubject(doc));
    if (banner != null) {
      // a government above the title gives way to another body the report's own words name
      List<String> others = new ArrayList<>(candidates);
      others.removeIf(c -> !isAnotherBody(c));
      if (!others.isEmpty()) {
        candidates = others;
      } else {
        candidates.add(0, banner);
      }
    }
    // the government that posted the report (its banner, 来源：西平县人民政府) is not the body that
    // says 我乡; a title on its own line is the report's own word
    String titled = titleBody == null ? null : clean(titleBody, false);
    if (candidates.stream().anyMatch(c -> !c.equals(titled) && isGovernment(stripOffice(c)))
        && speaksAsAnotherBody(doc, own)) {
      candidates.removeIf(c -> !c.equals(titled) && isGovernment(stripOffice(c)));
    }
    if (titleBody != null && !titleBody.equals(title.agencyPrefix())) {
      // the title's words read as printed (its line read as a sentence naming the report) are the
      // name read again: 石门县人民政府教育局 is 石门县教育局
      candidates.remove(clean(title.agencyPrefix(), false));
    }
    // a website is no body (通过政府网站主动公布…: the words before 网站 are no name either)
    candidates.removeIf(c -> c.endsWith("网站") || c.endsWith("官网"));
    if (candidates.isEmpty()) {
      addPrinted(candidates, breadcrumbBody(doc, own));
    }
    if (candidates.isEmpty()) {
      return null;
    }
    if (titled != null
        && compiler != null
        && isGovernment(titled)
        && !compiler.equals(titled)
        && !stripOffice(compiler).equals(titled)
        && candidates.contains(compiler)
        && (isTownshipGovernment(compiler)
            || (signed != null && (signed.endsWith(compiler) || compiler.endsWith(signed))))) {
      // a government's site titles the report with its own name (泰顺县人民政府2022年…年度报告) where the
      // report's words name another body, a township's government that compiled or reports it, or a
      // body its sign-off names too (罗阳镇人民政府): that body's
      candidates.remove(compiler);
      candidates.add(0, compiler);
    }
    String primary = candidates.get(0);
    List<String> pool = new ArrayList<>();
    for (String c : candidates) {
      // the office of the primary body (鼓楼区人民政府办公室 for 鼓楼区人民政府) is not a fuller name
      // of it: its owner is
      String owner = stripOffice(c);
      if (isSubsequence(primary, owner)) {
        pool.add(owner);
      } else if (isSubsequence(primary, c)) {
        pool.add(c);
      }
    }
    if (!isQualified(primary)) {
      pool.addAll(selfReferences(doc, primary, own));
      pool.addAll(fullNamesOfShortForm(doc, primary, own));
    }
    String best = null;
    for (String c : pool) {
      // a site's name is no part of a body's (通过清水县人民政府网站教育局子站: the county's site)
      if (isQualified(c)
          && !c.contains("网站")
          && !holdsSectionWords(c)
          && (best == null || c.length() > best.length())) {
        best = c;
      }
    }
    String found = best != null ? best : primary;
    String committee = zoneCommittee(doc, found, own);
    return committee != null ? committee : found;
  }

  /**
   * A government's name printed alone on the line above a title that names no body ({@code 桃江县人民政府}
   * / {@code 2020年政府信息公开工作年度报告}), or null. It may be the report's cover, or the banner of the
   * county's or city's site that posts its departments' and townships' reports: the report's own
   * words tell which ({@code 请联系桃江县审计局办公室}, {@code 我局}).
   */
  static String governmentAbove(ReportLines doc, TitleFinder.Title title) {
    if (title == null || title.firstLine() < 0 || title.lastLine() == title.firstLine()) {
      return null;
    }
    String above = doc.sq(title.firstLine());
    return above.equals(title.agencyPrefix()) && isGovernment(above) ? above : null;
  }

  /**
   * A county's or higher government ({@code 桃江县人民政府}, {@code 县政府}), whose site posts other bodies'
   * reports; not a township's ({@code 松木塘镇人民政府}), which posts on its county's site.
   */
  static boolean isGovernment(String name) {
    String place = placeOf(name);
    if (place.equals(name)) {
      return false;
    }
    for (String township : TOWNSHIP_ENDINGS) {
      if (place.endsWith(township)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code name}, read from the report's own words under a government's name above its
   * title, is another body than that government: neither the government ({@code 县政府}) nor its
   * office ({@code 桃江县人民政府办公室}, {@code 桃江县政务公开办公室}), which report for it.
   */
  private static boolean isAnotherBody(String name) {
    String owner = stripOffice(name);
    return !isGovernment(owner) && !name.contains("公开");
  }

  /** A government's name without 人民政府 or 政府: its place ({@code 桃江县}, {@code 县}). */
  private static String placeOf(String government) {
    for (String word : new String[] {"人民政府", "政府"}) {
      if (government.endsWith(word)) {
        return government.substring(0, government.length() - word.length());
      }
    }
    return government;
  }

  /**
   * How a department ({@code 我局}), a township ({@code 我镇}) or another unit ({@code 本单位}) speaks of
   * itself; a county's or higher government never does ({@code 本乡镇} is a government's word for each
   * township: {@code 本乡} there is no self, see {@link #speaksAsAnotherBody}).
   */
  private static final String[] OTHER_BODY_SELVES = {
    "我局", "本局", "我委", "本委", "我厅", "本厅", "我镇", "本镇", "我乡", "本乡", "我街道", "本街道", "本单位", "我单位"
  };

  /**
   * Endings of a body's name after which the body speaks of itself with {@code 我} or {@code 本} and
   * the ending ({@code 白鹤镇}: {@code 我镇}; {@code 县财政局}: {@code 我局}).
   */
  private static final String[] SELF_ENDINGS = {
    "街道", "苏木", "镇", "乡", "局", "委", "办", "院", "中心", "厅", "署", "站", "所", "馆"
  };

  /** Steps of a breadcrumb that end like a body's name but are columns of many bodies. */
  private static final Set<String> BODY_COLUMNS =
      Set.of("乡镇", "镇乡", "镇街", "各乡镇", "乡镇街道", "镇街道", "各街道", "街道乡镇", "城乡", "新闻中心", "各部门");

  /**
   * The body a breadcrumb names before the report's page, when the report names none but speaks as
   * that body ({@code 首页 > 信息公开 > 乡镇政务公开 > 白鹤镇 > 政府信息公开年报} above {@code 2023年政府信息公开工作年度报告} and
   * {@code 现将我镇…}; {@code … > 县财政局 > 年度报告} and {@code 我局}): the site files each body's reports
   * under its name. Null when no breadcrumb names one or the report does not speak as it before
   * line {@code end} (where a later report starts: {@link LaterReports}).
   */
  static String breadcrumbBody(ReportLines doc, int end) {
    for (int i = 0; i < Math.min(doc.size(), HEAD); i++) {
      List<String> steps = PageFurniture.breadcrumbSteps(doc.sq(i));
      for (int s = steps.size() - 2; s >= 1; s--) { // neither the home page nor the page itself
        String step = steps.get(s);
        String ending = selfEnding(step);
        if (ending != null
            && step.length() <= 15
            && allHan(step)
            && !BODY_COLUMNS.contains(step)
            && speaksAs(doc, ending, step, end)) {
          return step;
        }
      }
    }
    return null;
  }

  /**
   * The ending of {@code name} in {@link #SELF_ENDINGS}, after at least two characters, or null. A
   * street's office ({@code 坞城街道办事处}) speaks as its street ({@code 我街道}).
   */
  private static String selfEnding(String name) {
    if (name.endsWith("街道办事处") && name.length() >= 7) {
      return "街道";
    }
    for (String e : SELF_ENDINGS) {
      if (name.endsWith(e) && name.length() >= e.length() + 2) {
        return e;
      }
    }
    return null;
  }

  /**
   * True when the report speaks of itself as a body with this ending ({@code 我镇}, {@code 本局}) or
   * its prose names the body ({@code 东港镇以习近平新时代…}).
   */
  private static boolean speaksAs(ReportLines doc, String ending, String body, int end) {
    for (int i = 0; i < end; i++) {
      doc.check();
      String sq = doc.sq(i);
      if (sq.contains("我" + ending)
          || sq.contains("本" + ending)
          || (!doc.isFurniture(i) && sq.contains(body))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the report, before line {@code end}, speaks of itself as a department or a township
   * does ({@code 我局}).
   */
  private static boolean speaksAsAnotherBody(ReportLines doc, int end) {
    for (int i = 0; i < end; i++) {
      doc.check();
      String sq = doc.sq(i);
      for (String self : OTHER_BODY_SELVES) {
        for (int at = sq.indexOf(self); at >= 0; at = sq.indexOf(self, at + 1)) {
          int after = at + self.length();
          if (!self.equals("本乡") || after >= sq.length() || sq.charAt(after) != '镇') {
            return true; // 本乡政务公开; not 本乡镇, a county's word for its townships
          }
        }
      }
    }
    return false;
  }

  /**
   * The body the title names: a crawl record's title field may have been cut after the government's
   * name, which the text then starts with ({@code 办公厅2023年…} / {@code 发布时间：…} / {@code 海南省人民政府}),
   * so the body is that government's as a title wrapped after it names it ({@link
   * GovernmentWrappedTitle}).
   */
  private static String titleBody(ReportLines doc, TitleFinder.Title title) {
    String body = title.agencyPrefix();
    String under = body == null ? null : byline(doc, title);
    if (under == null || !GovernmentWrappedTitle.wraps(under, title.squeezed())) {
      return body == null ? null : unwrapped(doc, title, body);
    }
    String joined = GovernmentWrappedTitle.joined(under, title.squeezed());
    return new TitleFinder.Title(joined, joined, title.firstLine(), title.lastLine())
        .agencyPrefix();
  }

  /**
   * A title wrapped after its government's name, whose lines a flattened page joined again ({@code
   * 石门县人民政府教育局2021年…}): the department is the place's ({@code 石门县教育局}) where the report names it so
   * ({@code 县教育局}, {@code 石门县教育局}); a name the report does not confirm stays as printed (some
   * bodies' names hold their government's: {@code …人民政府国有资产监督管理委员会}).
   */
  private static String unwrapped(ReportLines doc, TitleFinder.Title title, String body) {
    int g = body.indexOf("人民政府");
    if (g < 2 || g + 4 >= body.length()) {
      return body;
    }
    String government = body.substring(0, g + 4);
    String rest = title.squeezed().substring(g + 4);
    if (!title.squeezed().startsWith(government)
        || !GovernmentWrappedTitle.wraps(government, rest)
        || GovernmentWrappedTitle.isOwnOffice(body.substring(g + 4))) {
      return body;
    }
    String joined = GovernmentWrappedTitle.joined(government, rest);
    String name = new TitleFinder.Title(joined, joined, 0, 0).agencyPrefix();
    if (name == null) {
      return body;
    }
    String department = body.substring(g + 4);
    String levelled = body.charAt(g - 1) + department; // 县教育局
    for (int i = title.lastLine() + 1; i < doc.size(); i++) {
      doc.check();
      String sq = doc.sq(i);
      if (sq.contains(name) || sq.contains(levelled)) {
        return name;
      }
    }
    return body;
  }

  /**
   * The body's name printed alone on the line under a title that names none, as report covers and
   * their texts print it ({@code 2023年度政府信息公开工作年度报告} / {@code 淄博市生态环境局}); null when that line is
   * anything else. (A name above the title is joined to it by {@link TitleFinder}.)
   */
  static String byline(ReportLines doc, TitleFinder.Title title) {
    if (title.firstLine() < 0) {
      return null;
    }
    // a crawl record's title and date stand above the text, whose first line is the body's name
    // that the title field left out (2011年政府信息公开工作年度报告 / 发布时间：… / 东胜区人民政府)
    int i = title.lastLine() + 1;
    for (int skipped = 0;
        skipped < MAX_FURNITURE_UNDER_TITLE && i < doc.size() && doc.isFurniture(i);
        skipped++) {
      i++;
    }
    String name = bodyNameLine(doc, i);
    return name != null && isMedia(name) ? null : name;
  }

  /**
   * A news outlet's name ({@code 汨罗市融媒体中心}, {@code 某某日报}, {@code 某某广播电视台}): under a title, the
   * account that reposted the report (a 今日头条 or 公众号 author line), not the report's body.
   */
  private static final String[] MEDIA = {
    "融媒体中心", "新闻中心", "新闻网", "日报", "晚报", "报社", "电视台", "广播电视台", "广播电台", "传媒"
  };

  private static boolean isMedia(String name) {
    for (String m : MEDIA) {
      if (name.endsWith(m)) {
        return true;
      }
    }
    return false;
  }

  /** Furniture lines (the date, the source) a title's byline may stand under. */
  private static final int MAX_FURNITURE_UNDER_TITLE = 2;

  /**
   * Line {@code i} when it is a body's name and nothing else ({@code 淄博市生态环境局}), also as a subtitle
   * ({@code ——崇义县审计局（2023年度）}), else null.
   */
  static String bodyNameLine(ReportLines doc, int i) {
    if (i < 0 || i >= doc.size() || doc.isFurniture(i)) {
      return null;
    }
    String sq = doc.sq(i);
    int dash = 0;
    while (dash < sq.length() && "—-－─".indexOf(sq.charAt(dash)) >= 0) {
      dash++;
    }
    if (dash > 0) {
      sq = TitleFinder.withoutTrailingNote(sq.substring(dash));
    }
    sq = withoutEnclosingBrackets(sq); // （宜丰县人民政府） under a title that names no body
    return sq.length() >= 4
            && sq.length() <= MAX_NAME
            && allHan(sq)
            && hasOrganSuffix(sq)
            && !TitleFinder.namesReport(sq)
        ? sq
        : null;
  }

  /**
   * {@code sq} without a pair of brackets that holds all of it ({@code (宜丰县人民政府)}, {@code 【…】}).
   */
  private static String withoutEnclosingBrackets(String sq) {
    if (sq.length() < 3) {
      return sq;
    }
    int open = "(（【[〔".indexOf(sq.charAt(0));
    if (open < 0 || sq.charAt(sq.length() - 1) != ")）】]〕".charAt(open)) {
      return sq;
    }
    String inside = sq.substring(1, sq.length() - 1);
    for (int k = 0; k < inside.length(); k++) {
      if ("()（）【】[]〔〕".indexOf(inside.charAt(k)) >= 0) {
        return sq; // "(一)…(二)": brackets of two parts, not one pair around the line
      }
    }
    return inside;
  }

  /**
   * {@code name} read from the prose of line {@code i}, or null when the line continues a sentence
   * wrapped on the line before and the name starts the line: the wrap may have cut it ({@code
   * …现向社会公} / {@code 布防城港市教育局2023年…} gives {@code 布防城港市教育局}); the sentence is read whole from the
   * line it starts on.
   */
  private static String uncut(ReportLines doc, int i, String name) {
    return name != null && doc.continuesSentence(i) && doc.sq(i).startsWith(name) ? null : name;
  }

  /** Website words after a body's name in a {@code 来源} field ({@code 来源：西藏自治区人民政府网站}). */
  private static final String[] SITE_WORDS = {"门户网站", "政府网站", "网站", "官网", "网"};

  /**
   * The body a furniture field names: the publisher, the owner of the source site, the site part of
   * a page title ({@code 2020年报_审计局}); null for other fields and for values that are no body's name
   * ({@code 来源：原创}).
   */
  static String publisher(PageFurniture.Field f) {
    String v = f.value();
    switch (f.kind()) {
      case PUBLISHER:
        return publishingBody(v, true);
      case SOURCE:
        return publishingBody(withoutSiteWords(v), false);
      case TITLE:
        List<String> parts = TitleFinder.pageTitleParts(v);
        if (parts.size() < 2) {
          return null;
        }
        for (String p : parts) {
          String site = withoutSiteWords(p);
          if (!TitleFinder.namesReport(p) && hasOrganSuffix(site) && allHan(site)) {
            return site;
          }
        }
        return null;
      default:
        return null;
    }
  }

  /**
   * The body a publisher field's name stands for: a department's or a zone's office publishes for
   * it ({@code 来源：江西省水利厅办公室} is 江西省水利厅's page). A government's office named the publisher ({@code
   * 发布机构}) is itself, which publishes its own report (real 029); named the source ({@code 来源}) it
   * may be the one that posted the government's report or a township's, so it names none of them.
   * Null for a value that is no body's name.
   */
  private static String publishingBody(String v, boolean publisher) {
    if (!hasOrganSuffix(v) || v.length() > MAX_NAME) {
      return null;
    }
    String owner = stripOffice(v);
    if (owner.equals(v)) {
      return v;
    }
    if (isGovernment(owner)) {
      return publisher ? v : null;
    }
    return owner;
  }

  /** The longest end of a publisher's name wrapped onto the next line ({@code 管理局}). */
  private static final int MAX_WRAPPED_END = 8;

  /**
   * {@link #publisher(PageFurniture.Field)}, or the publisher's name wrapped onto the next line
   * {@code next} ({@code 发布机构：焦作市山阳区市场监督} / {@code 管理局}): the value and the short line after it,
   * Chinese characters alone, together a body's name.
   */
  static String publisher(PageFurniture.Field f, String next) {
    String v = publisher(f);
    if (v != null
        || f.kind() != PageFurniture.Kind.PUBLISHER
        || f.value().length() < 4
        || next.isEmpty()
        || next.length() > MAX_WRAPPED_END
        || !allHan(next)
        || !allHan(f.value())
        || !PageFurniture.fields(next).isEmpty()) {
      return v;
    }
    String joined = f.value() + next;
    return hasOrganSuffix(joined) && joined.length() <= MAX_NAME ? joined : null;
  }

  /** A site's name without its website words: the body that runs it ({@code 诸暨市人民政府门户网站}). */
  static String withoutSiteWords(String v) {
    for (String w : SITE_WORDS) {
      if (v.endsWith(w) && v.length() > w.length() + 1) {
        return v.substring(0, v.length() - w.length());
      }
    }
    return v;
  }

  /**
   * Adds a name read from prose, without the words that may precede it there ({@code 由}, {@code
   * 现公布}).
   */
  private static void add(List<String> out, String name) {
    addCleaned(out, clean(name));
  }

  /**
   * Adds a name printed as a name (a title's body, a field's value, the sign-off): whole, for a
   * name may start as prose words do ({@code 特克斯县人民政府}, {@code 经济技术开发区管委会}).
   */
  private static void addPrinted(List<String> out, String name) {
    addCleaned(out, clean(name, false));
  }

  private static void addCleaned(List<String> out, String c) {
    if (c != null && !out.contains(c) && !holdsSectionWords(c)) {
      out.add(c);
    }
  }

  /**
   * Words of the report's section headings ({@code 四、…收费及减免情况}, {@code 六、存在的主要问题和改进措施}), which no
   * body's name holds: a text whose lines ran together puts a heading before the sentence under it
   * (…减免情况 市政府办公室在…), and the sentence's subject read from there holds it.
   */
  private static final String[] SECTION_WORDS = {
    "总体情况", "减免情况", "改进措施", "改进情况", "主要问题", "需要报告", "主动公开", "依申请公开", "收到和处理"
  };

  private static boolean holdsSectionWords(String name) {
    return Chars.containsAny(name, SECTION_WORDS);
  }

  /** Cuts a name at brackets and drops words that are not names ({@code 我局}, {@code 本机关}). */
  static String clean(String name) {
    return clean(name, true);
  }

  /**
   * {@link #clean(String)}, dropping the words that may precede a name in prose only when {@code
   * prose}.
   */
  private static String clean(String name, boolean prose) {
    if (name == null) {
      return null;
    }
    String s = RelatedLinks.withoutBullet(afterLabel(name));
    String township = TitleNavigation.afterTownshipColumn(s);
    int bracket = s.indexOf('(');
    if (township != null && bracket >= 0 && bracket < s.length() - township.length()) {
      s = township; // 乡镇(街道)晋原街道办事处: a bracketed column's name before a street's, not an aside
    }
    int kept = BracketedPlaceNames.placeBracketEnd(s, 0); // 中国(河南)自由贸易试验区…
    kept = Math.max(kept, secondNameEnd(s, kept)); // 中共凤凰县委统战部(县民族宗教事务局)
    for (String cut : new String[] {"(", "[", "【", "|", ":"}) {
      int at = s.indexOf(cut, kept);
      if (at >= 0) {
        s = s.substring(0, at);
      }
    }
    if (prose) {
      s = stripLeading(s);
    }
    s = withoutDateBefore(s);
    if (s.length() < 2 || s.length() > 40) {
      return null;
    }
    // 我局, 本机关, 该单位 are self-references, not names; but 本溪市 is a place. A stretch that
    // holds 我 anywhere is a sentence ending in a self-reference (…六个方面汇报我镇), not a name.
    if (s.contains("我") || (s.startsWith("本") && !s.startsWith("本溪")) || s.startsWith("该")) {
      return null;
    }
    if (namesMany(s)) {
      return null; // 祁阳市各乡镇(街道)…年度报告汇总: a compilation of many bodies' reports names none
    }
    return s;
  }

  /**
   * The end of a body's name printed with its second name in brackets after it ({@code
   * 中共凤凰县委统战部(县民族宗教事务局)}, {@code 临海市自然资源和规划局(临海市林业局)}: a body that works under two names), when the
   * first bracket from {@code from} closes the name and holds a body's name of its own; else 0. A
   * bracket of other words ({@code (以下简称…)}, {@code (街道)}, {@code (2023年)}) is no name.
   */
  private static int secondNameEnd(String s, int from) {
    int open = s.indexOf('(', from);
    if (open < 2 || !s.endsWith(")") || s.indexOf(')', open) != s.length() - 1) {
      return 0;
    }
    String second = s.substring(open + 1, s.length() - 1);
    return second.length() >= 3
            && allHan(second)
            && !second.startsWith("以下")
            && !second.startsWith("简称")
            && !second.startsWith("下称")
            && hasOrganSuffix(second)
            && hasOrganSuffix(s.substring(0, open))
        ? s.length()
        : 0;
  }

  /** What {@code 各} (each) names many of: {@code 各乡镇}, {@code 各街道}, {@code 各部门}, {@code 各单位}. */
  private static final String[] MANY = {"各乡", "各镇", "各街", "各部门", "各单位", "各县", "各区", "各级"};

  /** True when {@code name} speaks of many bodies ({@code 祁阳市各乡镇}), which is no one body's name. */
  static boolean namesMany(String name) {
    for (String m : MANY) {
      if (name.contains(m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code name} without a label before a colon when a body's name follows it ({@code 附件:桃江县审计局},
   * {@code 附件1:…}): the report printed as a notice's attachment.
   */
  private static String afterLabel(String name) {
    int colon = name.indexOf(':');
    if (colon < 0) {
      return name;
    }
    String after = name.substring(colon + 1);
    return after.length() >= 3 && allHan(after) && hasOrganSuffix(after) ? after : name;
  }

  private static String stripLeading(String s) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String w : LEADING_WORDS) {
        if (s.startsWith(w) && s.length() > w.length() + 1) {
          s = s.substring(w.length());
          changed = true;
        }
      }
    }
    return s;
  }

  /** Places whose names start with 日 ({@code 日照市}, {@code 日喀则市}, {@code 日土县}). */
  private static final String[] PLACES_OF_RI = {"日照", "日喀则", "日土"};

  /**
   * {@code s} without the end of a date a flattened page runs into the name after it: a year in
   * Chinese numerals ({@code 二〇一三年钦北区…}: {@code 一三年钦北区} once the name is cut out of it) or the
   * {@code 日} of {@code 2024年1月5日咸宁市人民政府}; a 日 that starts a place's name stays.
   */
  private static String withoutDateBefore(String s) {
    int k = 0;
    while (k < s.length() && Chars.chineseDigit(s.charAt(k)) >= 0) {
      k++;
    }
    if (k >= 2 && k < s.length() && s.charAt(k) == '年') {
      s = s.substring(k + 1);
      if (s.startsWith("度")) {
        s = s.substring(1);
      }
      return s;
    }
    if (s.startsWith("日")
        && s.length() >= 5
        && (isQualified(s.substring(1)) || hasOrganSuffix(s.substring(1)))) {
      for (String place : PLACES_OF_RI) {
        if (s.startsWith(place)) {
          return s;
        }
      }
      return s.substring(1);
    }
    return s;
  }

  /** Words that open a bracketed aside giving a name's short form ({@code （以下简称“县文广旅体局”）}). */
  private static final String[] ASIDES = {"(以下简称", "(以下称", "(下称", "(简称"};

  /**
   * {@code sq} without the bracketed asides that give a name's short form: {@code
   * 由青田县文化和广电旅游体育局（以下简称“县文广旅体局”）根据…编制} names the body that compiled, as it would without the aside.
   */
  static String withoutAsides(String sq) {
    String s = sq;
    for (String aside : ASIDES) {
      int at;
      while ((at = s.indexOf(aside)) >= 0) {
        int close = s.indexOf(')', at);
        if (close < 0 || close - at > 30) {
          break;
        }
        s = s.substring(0, at) + s.substring(close + 1);
      }
    }
    return s;
  }

  /**
   * {@code 由X(办公室)?编制} in an intro sentence (seed 000, seed 004), also with words between the name
   * and 编制 ({@code 由台州湾经济技术开发区管委会结合有关统计数据编制}, {@code 由南平市人民政府信息公开工作领导小组办公室根据…编制而成}); a compiling
   * office gives its owner. Without {@code 由}, a clause that starts with the name ({@link
   * #compilesThisReport}).
   */
  static String compiledBy(String sq) {
    int by = sq.indexOf('由');
    while (by >= 0) {
      int compiled = sq.indexOf("编制", by + 1);
      if (compiled < 0) {
        break;
      }
      String name = nameBeforeVerb(sq, by + 1, compiled);
      if (name != null) {
        String owner = stripOffice(name);
        if (hasOrganSuffix(owner)) {
          return owner;
        }
      }
      by = sq.indexOf('由', by + 1);
    }
    return compilesThisReport(sq);
  }

  /** What a body does to the report in a clause that starts with its name. */
  private static final String[] COMPILES_THIS = {
    "编制本",
    "编制了本",
    "编制此",
    "编写本",
    "编写了本",
    // …，长丰县财政局编制了2022年政府信息公开工作年度报告: the report named by its year
    "编制了20",
    "编制20",
    "编写了20"
  };

  /** Marks that end the clause before a body's name. */
  private static final String CLAUSE_MARKS = "，,。；;：:";

  /**
   * {@code X编制本报告} in an intro sentence, a clause that starts with the compiling body's name
   * ({@code 根据…规定，钦北区人民政府办公室编制本报告}); a compiling office gives its owner. Only a name of at least
   * four characters that is not an office's bare word ({@code 办公室编制本报告} names no body).
   */
  private static String compilesThisReport(String sq) {
    for (String verb : COMPILES_THIS) {
      int at = sq.indexOf(verb);
      if (at < 0) {
        continue;
      }
      int start = at;
      while (start > 0
          && CLAUSE_MARKS.indexOf(sq.charAt(start - 1)) < 0
          && at - start <= MAX_NAME) {
        start--;
      }
      if (start > 0 && CLAUSE_MARKS.indexOf(sq.charAt(start - 1)) < 0) {
        continue; // no clause starts within a name's length before the verb
      }
      String name = stripLeading(sq.substring(start, at));
      String owner = stripOffice(name);
      if (name.length() >= 4
          && allHan(name)
          && hasOrganSuffix(owner)
          && !Set.of(OFFICES).contains(owner)
          && !owner.contains("我")
          && !owner.startsWith("本")) {
        return owner;
      }
    }
    return null;
  }

  /**
   * The longest all-Han name starting at {@code from} (at most {@link #MAX_NAME} characters) that
   * ends in a body's suffix and is followed by a compiling verb, within {@code limit}; or null.
   */
  private static String nameBeforeVerb(String sq, int from, int limit) {
    int end = BracketedPlaceNames.placeBracketEnd(sq, from);
    while (end < sq.length()
        && end < limit
        && end - from < MAX_NAME + 12
        && Chars.isHan(sq.charAt(end))) {
      end++;
    }
    for (int e = end; e > from + 1; e--) {
      String name = sq.substring(from, e);
      if (hasOrganSuffix(name) && (e == limit || startsWithAny(sq, e, COMPILE_VERBS))) {
        return name;
      }
    }
    return null;
  }

  private static boolean startsWithAny(String s, int at, String[] words) {
    if (at < 0 || at >= s.length()) {
      return false; // no word is empty
    }
    char first = s.charAt(at);
    for (String w : words) {
      if (w.charAt(0) == first && s.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An intro sentence naming the report: {@code …X2023年度政府信息公开工作报告}, {@code 现将2019年X政府信息公开工作报告如下};
   * or naming the body's disclosure work with a place before the body ({@code
   * 为认真做好京山市卫生健康局政府信息公开工作}).
   */
  static String namedReport(String sq) {
    int from = 0;
    int y;
    while ((y = Chars.indexOfYearNian(sq, from)) >= 0) {
      int after = y + 5;
      if (after < sq.length() && sq.charAt(after) == '度') {
        after++;
      }
      if (sq.startsWith("政府信息公开", after)) {
        String name = nameBefore(sq, y);
        if (name != null && hasOrganSuffix(name)) {
          return name;
        }
      }
      String named = nameAfterYear(sq, after);
      if (named != null) {
        return named;
      }
      from = y + 5;
    }
    int at = sq.indexOf("政府信息公开");
    if (at > 0) {
      String name = nameBefore(sq, at);
      if (name != null && hasOrganSuffix(name) && isQualified(name)) {
        return name;
      }
    }
    return null;
  }

  /** {@code 2019年庙子乡政府信息公开工作报告}: the body between the year and the report's name. */
  private static String nameAfterYear(String sq, int from) {
    int at = reportNameAfter(sq, from);
    if (at < 0) {
      return null;
    }
    String name = sq.substring(from, at);
    return hasOrganSuffix(name) ? name : null;
  }

  /**
   * Where the report's name ({@code 政府信息公开…报告}) starts in the run of Chinese characters from {@code
   * from}, after at least two characters of a name ({@code 2023年度}{@code 淄博市张店区政府信息公开工作年度报告}); -1
   * when the run names no report.
   */
  static int reportNameAfter(String sq, int from) {
    int end = from;
    while (end < sq.length() && end - from <= MAX_NAME && Chars.isHan(sq.charAt(end))) {
      end++;
    }
    String run = sq.substring(from, end);
    int at = run.indexOf("政府信息公开");
    if (at < 2) {
      return -1;
    }
    int report = run.indexOf("报告", at);
    return report < 0 || report - at > 14 ? -1 : from + at;
  }

  /** Words that follow the body opening the account of its year ({@code 2023年，X认真贯彻…}). */
  private static final String[] OPENING_VERBS = {
    "认真", "坚持", "深入", "严格", "全面", "按照", "紧紧围绕", "围绕", "始终", "高度重视", "积极", "进一步", "持续", "切实", "不断",
    "扎实", "聚焦", "继续", "着力", "立足", "贯彻", "落实", "强化", "加强", "依法", "主动", "紧扣", "以"
  };

  /** Party bodies, which lead the work but do not report on it ({@code 县委县政府}, {@code 镇党委}). */
  private static final String[] PARTY_BODIES = {"党委", "党工委", "党组", "县委", "市委", "区委", "州委", "省委"};

  /** Lines after the 总体情况 heading read for the body opening the account of the year. */
  private static final int OVERVIEW_LINES = 3;

  /**
   * The body that opens the 总体情况 section as the subject of its first sentence ({@code 一、总体情况} /
   * {@code 2020年，县审计局认真贯彻执行《条例》…}, {@code 2022年，国家新闻出版署坚持…}): excerpts that start at the section
   * name their body there only. Null when the sentence opens otherwise ({@code 我局}, {@code
   * 在县委、县政府的领导下}, {@code 县委、县政府高度重视}).
   */
  static String overviewSubject(ReportLines doc) {
    int heading = doc.sectionStart('一', 0);
    int end = Math.min(doc.size(), heading + 1 + OVERVIEW_LINES);
    for (int i = heading + 1; i < end; i++) {
      if (doc.isFurniture(i)) {
        continue;
      }
      String sq = doc.sq(i);
      if (Chars.yearAt(sq, 0) < 0 || sq.length() < 8 || sq.charAt(4) != '年') {
        continue;
      }
      int from = sq.charAt(5) == '度' ? 6 : 5;
      if (from < sq.length() && ",，".indexOf(sq.charAt(from)) >= 0) {
        from++;
      }
      return subjectAt(sq, from);
    }
    return null;
  }

  /** The body's name starting at {@code from} and followed by an opening verb, or null. */
  private static String subjectAt(String sq, int from) {
    for (int e = from + 3; e <= Math.min(sq.length(), from + MAX_NAME); e++) {
      if (!Chars.isHan(sq.charAt(e - 1))) {
        return null;
      }
      if (e < sq.length() && startsWithAny(sq, e, OPENING_VERBS)) {
        String name = sq.substring(from, e);
        if (STOPS.indexOf(name.charAt(0)) >= 0 || !hasOrganSuffix(name)) {
          continue;
        }
        for (String party : PARTY_BODIES) {
          if (name.contains(party)) {
            return null;
          }
        }
        return name;
      }
    }
    return null;
  }

  /**
   * The name line above the closing date (seed 003 {@code 淄博市应急管理局} / {@code 2020年1月16日}) of the
   * report that ends before line {@code n}.
   */
  static String signOff(ReportLines doc, int n) {
    // the page under the report (分享到…, 打印本页 关闭窗口, 相关链接 and its links, the site's footer:
    // 主办单位, 网站标识码, ICP备…) stands between the sign-off and the page's end or the next report
    for (int skipped = 0; n > 1 && skipped < MAX_PAGE_LINES && isUnderReport(doc, n - 1); ) {
      n--;
      skipped++;
    }
    for (int i = n - 1; i >= Math.max(1, n - 4); i--) {
      if (Chars.isDateLine(doc.sq(i)) || Chars.isChineseDateLine(doc.sq(i))) {
        String name = doc.sq(i - 1);
        if (isSignOffName(name)) {
          return name;
        }
      }
    }
    // a flattened page's sign-off: the name and the date on one line (湘西自治州泸溪县浦市镇人民政府 2015年3月10日)
    for (int i = n - 1; i >= Math.max(0, n - 4); i--) {
      String sq = doc.sq(i);
      if (sq.length() > MAX_SIGN_OFF_NAME + MAX_DATE
          || !(sq.endsWith("日") || Chars.isDigit(sq.charAt(sq.length() - 1)))) {
        continue;
      }
      for (int k = MIN_SIGN_OFF_NAME; k < Math.min(sq.length(), MAX_SIGN_OFF_NAME + 1); k++) {
        String date = sq.substring(k);
        if ((Chars.isDateLine(date) || Chars.isChineseDateLine(date))
            && isSignOffName(sq.substring(0, k))) {
          return sq.substring(0, k);
        }
      }
    }
    return null;
  }

  /**
   * The body of a zone read as its name alone (a title that names the zone, the owner of its
   * 党政办公室): the zone's 管理委员会 (or 管委会) where the page prints that name before the report's end; null
   * otherwise, and for a name that is no zone's.
   */
  private static String zoneCommittee(ReportLines doc, String name, int own) {
    if (!AgencyKind.isZoneName(name)) {
      return null;
    }
    for (String committee : AgencyKind.ZONE_COMMITTEES) {
      String full = name + committee;
      for (int i = 0; i < own && i < doc.size(); i++) {
        if (doc.sq(i).contains(full)) {
          return full;
        }
      }
    }
    return null;
  }

  /** The most lines of a page passed over between a report's sign-off and what follows. */
  private static final int MAX_PAGE_LINES = 12;

  /** Line {@code k} is of the page under a report: its commands, links or footer. */
  private static boolean isUnderReport(ReportLines doc, int k) {
    String sq = doc.sq(k);
    if (PageFurniture.isPageChrome(sq) || doc.isFurniture(k) || RelatedLinks.isLink(doc, k)) {
      return true;
    }
    // a list's item that is a link ([…](…), [[…][…]]) or another report's title
    String item = RelatedLinks.withoutBullet(sq.startsWith("-") ? sq.substring(1) : sq);
    return item.length() < sq.length()
        && (item.startsWith("[") || TitleFinder.endsWithReport(item) || item.endsWith("]]"));
  }

  private static final int MIN_SIGN_OFF_NAME = 3;
  private static final int MAX_SIGN_OFF_NAME = 30;
  private static final int MAX_DATE = 16;

  private static boolean isSignOffName(String name) {
    return name.length() >= MIN_SIGN_OFF_NAME
        && name.length() <= MAX_SIGN_OFF_NAME
        && allHan(name)
        && hasOrganSuffix(name);
  }

  /**
   * {@code 请联系X办公室} / {@code 请联系：X办公室，地址…} / {@code 请与X办公室联系} / {@code 可联系X} / a contact sentence
   * without 联系: {@code 请与X（地址：…）}.
   */
  static String contact(String sq) {
    int at = sq.indexOf("请与");
    if (at >= 0) {
      int i = at + 2;
      int end = i;
      while (end < sq.length() && Chars.isHan(sq.charAt(end)) && end - i < MAX_NAME + 4) {
        end++;
      }
      String x = sq.substring(i, end);
      int contactWord = Math.max(x.lastIndexOf("联系"), x.lastIndexOf("联络"));
      boolean address = end < sq.length() && sq.charAt(end) == '(';
      if (contactWord > 0) {
        x = x.substring(0, contactWord);
      } else if (!address) {
        x = "";
      }
      if (!x.isEmpty() && !isSelfWord(x)) {
        String owner = stripOffice(x);
        return hasOrganSuffix(owner) ? owner : null;
      }
    }
    // 请联系X, 联系：X, 联系单位：X (after 请与我局联系。: the body's own word names no one)
    for (at = sq.indexOf("联系"); at >= 0; at = sq.indexOf("联系", at + 2)) {
      int i = at + 2;
      for (String key : CONTACT_KEYS) {
        if (sq.startsWith(key, i)) {
          i += key.length();
          break;
        }
      }
      while (i < sq.length() && ":：".indexOf(sq.charAt(i)) >= 0) {
        i++;
      }
      int end = i;
      while (end < sq.length() && Chars.isHan(sq.charAt(end)) && end - i < MAX_NAME) {
        end++;
      }
      if (end > i) {
        String owner = stripOffice(sq.substring(i, end));
        if (!isSelfWord(owner)) {
          return hasOrganSuffix(owner) ? owner : null;
        }
      }
    }
    return null;
  }

  /** The words of a contact field's key naming the body that follows ({@code 联系单位：X}). */
  private static final String[] CONTACT_KEYS = {"单位", "部门", "机关", "机构"};

  /** A body's word for itself ({@code 我局}, {@code 本机关}), which names no one. */
  private static boolean isSelfWord(String x) {
    return x.startsWith("我") || x.startsWith("本");
  }

  /**
   * Occurrences of the primary name's body in the text with a place before it ({@code 微山县两城镇人民政府}
   * for {@code 两城镇人民政府}, {@code 张家港市应急管理局} for {@code 市应急管理局}) in the lines before {@code end}.
   */
  static List<String> selfReferences(ReportLines doc, String primary, int end) {
    String core = primary;
    if (core.length() > 3 && "省市县区".indexOf(core.charAt(0)) >= 0) {
      core = core.substring(1);
    }
    List<String> out = new ArrayList<>();
    String c = core;
    forEachNameText(doc, end, text -> addSelfReferences(text, c, primary, out));
    return out;
  }

  /**
   * Each text of the lines before {@code end} a name may be read in: a line's squeezed form, or, on
   * a line of page furniture, each field's value alone (a field's key is no part of a name: 发布机构
   * 微山县两城镇人民政府).
   */
  private static void forEachNameText(
      ReportLines doc, int end, java.util.function.Consumer<String> read) {
    for (int i = 0; i < Math.min(end, doc.size()); i++) {
      doc.check();
      if (doc.isFurniture(i)) {
        for (PageFurniture.Field f : doc.furniture(i)) {
          read.accept(f.value());
        }
      } else {
        for (String part : doc.spacedParts(i)) {
          read.accept(part);
        }
      }
    }
  }

  /** Endings of a department's short form ({@code 县教体局}, {@code 区发改委}) spelled out elsewhere. */
  private static final String[] SHORT_FORM_ENDINGS = {"局", "委", "办"};

  /** The longest short form looked for spelled out ({@code 县人社局}, {@code 区市场监管局}). */
  private static final int MAX_SHORT_FORM = 7;

  /**
   * The furthest a name's first level character stands from its start ({@code 新疆维吾尔自治区}'s 区): a
   * stretch whose place comes later holds other words before it (a page's keys run together,
   * 分类统计发布机构江门市统计局).
   */
  private static final int MAX_PLACE_START = 7;

  /** Where the first level character of {@code name} stands, or its length. */
  private static int placeStart(String name) {
    for (int i = 1; i < name.length(); i++) {
      if (Chars.isDivisionLevel(name.charAt(i))) {
        return i;
      }
    }
    return name.length();
  }

  /** Words after which a second body's name starts in a run of names ({@code 县委县政府和泾县教育体育局}). */
  private static final String NAME_JOINS = "和与及、";

  /**
   * The full names the text prints for a department it titles by a short form ({@code 县教体局}: {@code
   * 联系单位：泾县教育体育局办公室}, {@code 。礼县人力资源和社会保障局坚持…}, a breadcrumb's {@code >睢县教育体育局>}): a name ending as
   * the short form does, holding its characters in order and a place before them, starting after a
   * separator, a sentence's end or a word that ends a walk over a name ({@link #STOPS}), or after
   * 和/与/及 in a run of names. No government's or party committee's name is in it before its end.
   */
  static List<String> fullNamesOfShortForm(ReportLines doc, String primary, int end) {
    List<String> out = new ArrayList<>();
    String ending = null;
    for (String e : SHORT_FORM_ENDINGS) {
      if (primary.endsWith(e)) {
        ending = e;
      }
    }
    if (ending == null || primary.length() > MAX_SHORT_FORM) {
      return out;
    }
    String e = ending;
    forEachNameText(doc, end, text -> addFullNames(text, e, primary, out));
    return out;
  }

  private static void addFullNames(String sq, String ending, String primary, List<String> out) {
    for (int at = sq.indexOf(ending); at >= 0; at = sq.indexOf(ending, at + 1)) {
      int stop = at + ending.length();
      if (ending.equals("委") && sq.startsWith("员会", stop)) {
        continue; // 委 of 委员会: the name ends after it
      }
      int start = at;
      while (start > 0
          && stop - start < MAX_NAME
          && Chars.isHan(sq.charAt(start - 1))
          && STOPS.indexOf(sq.charAt(start - 1)) < 0) {
        start--;
      }
      // an address's places are postal (地址：河南省商丘市宁陵县审计局四楼): the name starts at the last
      boolean address = hasAddressKey(sq.substring(Math.max(0, start - ADDRESS_KEY_REACH), start));
      String best = null;
      for (int k = start; k < at; k++) {
        boolean opens =
            k == start
                || NAME_JOINS.indexOf(sq.charAt(k - 1)) >= 0
                || (address && PLACE_ENDS.indexOf(sq.charAt(k - 1)) >= 0);
        if (!opens) {
          continue;
        }
        String name = clean(sq.substring(k, stop));
        if (name == null || !name.endsWith(ending) || name.length() <= primary.length()) {
          continue;
        }
        String before = name.substring(0, name.length() - ending.length());
        if (placeStart(name) <= MAX_PLACE_START
            && isQualified(name)
            && isSubsequence(primary, name)
            && !before.contains("政府")
            && !before.contains("县委")
            && !before.contains("市委")
            && !before.contains("区委")) {
          best = name; // in an address, the last place's; else the name from where it opens
          if (!address) {
            break;
          }
        }
      }
      if (best != null && !out.contains(best)) {
        out.add(best);
      }
    }
  }

  /**
   * Words that open an address ({@code 地址：四川省广元市剑阁县义兴镇新星社区…}, {@code 位于…}): the places before a
   * body's name there are its postal ones.
   */
  private static final String[] ADDRESS_KEYS = {"地址", "住址", "地点", "位于", "坐落"};

  /** How far before a name an address key is looked for ({@code 通讯地址:}). */
  private static final int ADDRESS_KEY_REACH = 4;

  /**
   * Characters that end a place's name in a postal chain (四川省 广元市 剑阁县); not 州, which many cities'
   * names hold (徐州市).
   */
  private static final String PLACE_ENDS = "省市县区旗";

  /**
   * The fuller names of {@code core} with a place before it in {@code sq}, into {@code out}. In an
   * address only the place next to {@code core} is its name's: {@code 地址：微山县两城镇人民政府驻地…} qualifies
   * 两城镇人民政府 as 微山县两城镇人民政府, while {@code 地址：四川省广元市剑阁县义兴镇新星社区…} gives 剑阁县义兴镇, not the postal chain
   * 四川省广元市剑阁县义兴镇 as the body's name.
   */
  private static void addSelfReferences(String sq, String core, String primary, List<String> out) {
    int from = 0;
    int at;
    while ((at = sq.indexOf(core, from)) >= 0) {
      String name = nameBefore(sq, at);
      if (name != null
          && hasAddressKey(sq.substring(Math.max(0, at - name.length() - ADDRESS_KEY_REACH), at))) {
        name = lastPlace(name);
      }
      if (name != null) {
        String full = name + core;
        if (endsWithTownship(core) && sq.startsWith(GOVERNMENT, at + core.length())) {
          full += GOVERNMENT; // 峨边彝族自治县黑竹沟镇人民政府 for a title's 黑竹沟镇
        }
        if (isQualified(full) && isSubsequence(primary, full) && !out.contains(full)) {
          out.add(full);
        }
      }
      from = at + core.length();
    }
  }

  private static final String GOVERNMENT = "人民政府";

  /** True when {@code name} ends as a township's name does ({@link #TOWNSHIP_ENDINGS}). */
  static boolean endsWithTownship(String name) {
    for (String t : TOWNSHIP_ENDINGS) {
      if (name.endsWith(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last place of a postal chain ({@code 四川省广元市剑阁县} → 剑阁县, {@code 河南省商丘市宁陵县} → 宁陵县); a place of
   * one or two characters keeps the one before it (山东省济南市市中区 → 市中区).
   */
  private static String lastPlace(String chain) {
    int end = chain.length();
    if (end == 0 || PLACE_ENDS.indexOf(chain.charAt(end - 1)) < 0) {
      return chain;
    }
    int start = end - 1;
    while (start > 0 && (PLACE_ENDS.indexOf(chain.charAt(start - 1)) < 0 || end - start < 3)) {
      start--;
    }
    return chain.substring(start);
  }

  /** True when {@code s} holds an address key ({@link #ADDRESS_KEYS}). */
  private static boolean hasAddressKey(String s) {
    for (String key : ADDRESS_KEYS) {
      if (s.contains(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words of bodies' names that start with a stop character ({@code 大理经济技术开发区管理委员会}): their first
   * character ends no walk back over a name.
   */
  private static final String[] WORDS_FROM_STOPS = {"经济"};

  private static boolean startsWord(String sq, int at) {
    for (String w : WORDS_FROM_STOPS) {
      if (sq.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }

  /** The Han run (at most 25 characters, up to a stop word) ending just before {@code end}. */
  static String nameBefore(String sq, int end) {
    int i = end;
    while (i > 0 && end - i < MAX_NAME) {
      char c = sq.charAt(i - 1);
      if (!Chars.isHan(c) || (STOPS.indexOf(c) >= 0 && !startsWord(sq, i - 1))) {
        break;
      }
      i--;
    }
    if (i == end) {
      return null;
    }
    String s = sq.substring(i, end);
    int start = yearEnd(s, i > 0 && Chars.isDigit(sq.charAt(i - 1)));
    for (String w : CUT_WORDS_AND_KEYS) {
      int at = s.lastIndexOf(w);
      if (at >= 0) {
        start = Math.max(start, at + w.length());
      }
    }
    s = stripLeading(s.substring(start));
    return s.isEmpty() ? null : s;
  }

  /**
   * Where a name may start in a run of Chinese characters that holds a year before it: after the
   * last year's {@code 年} or {@code 年度} ({@code 二〇二三年度贾汪区马坡镇}), or after the {@code 年} the run
   * starts with when it follows a year's digits ({@code 2023}{@code 年度贾汪区马坡镇}); 0 when there is
   * none. A year is never part of a body's name.
   */
  private static int yearEnd(String run, boolean afterDigits) {
    int end = 0;
    if (afterDigits && run.startsWith("年")) {
      end = 1;
    }
    for (int y = Chars.indexOfYearNian(run, 0); y >= 0; y = Chars.indexOfYearNian(run, y + 5)) {
      end = y + 5;
    }
    if (end > 0 && run.startsWith("度", end)) {
      end++;
    }
    return end;
  }

  static String stripOffice(String x) {
    x = withoutOfficeDivision(x);
    if (x.endsWith("政府办") && x.length() > 3) {
      return x.substring(0, x.length() - 1); // 区政府办: the government's office
    }
    for (String office : OFFICES) {
      if (x.endsWith(office)) {
        String owner = x.substring(0, x.length() - office.length());
        if (owner.endsWith("办公室") || owner.endsWith("办公厅")) {
          return owner; // an office's own office (卫辉市人民政府办公室办公室) compiles for the office
        }
        for (String o : OFFICE_OWNERS) {
          if (owner.endsWith(o) && owner.length() > o.length()) {
            return owner;
          }
        }
        if (AgencyKind.isZoneName(owner)) {
          return owner;
        }
      }
    }
    return x;
  }

  /**
   * {@code x} without a division of its office after the office ({@code 湖南省人民政府办公厅政务公开处}: the
   * office's 政务公开处, whom a contact sentence names, is the office's part, the office the
   * government's).
   */
  private static String withoutOfficeDivision(String x) {
    int at = Math.max(x.lastIndexOf("办公厅"), x.lastIndexOf("办公室"));
    if (at <= 0) {
      return x;
    }
    int end = at + 3;
    int rest = x.length() - end;
    char last = x.charAt(x.length() - 1);
    return rest >= 2 && rest <= 8 && "处科股组".indexOf(last) >= 0 ? x.substring(0, end) : x;
  }

  static boolean hasOrganSuffix(String s) {
    if (s == null || s.length() < 2) {
      return false;
    }
    for (String suf : ORGAN_SUFFIXES) {
      if (s.endsWith(suf) && s.length() > suf.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the name starts with a place: a level character (省市县区旗州盟) after at least two
   * characters within the first 12 ({@code 淄博市应急局}, {@code 北辰区佳荣里街道办事处}), or a central body ({@code
   * 国家…}, {@code 国务院…}, {@code …部}), or a county of one character ({@code 息县教育体育局}). {@code 县应急管理局}
   * and {@code 两城镇人民政府} are not qualified.
   */
  static boolean isQualified(String name) {
    if (name == null) {
      return false;
    }
    if (name.startsWith("国家") || name.startsWith("国务院") || name.startsWith("中国")) {
      return true;
    }
    for (int i = 2; i < Math.min(name.length() - 1, 12); i++) {
      if (Chars.isDivisionLevel(name.charAt(i))) {
        return true;
      }
    }
    // a county of one character and its level (息县教育体育局, 沛县人民政府, 城区教育局), not a word
    // that counts or points at counties (全县, 本县, 市县)
    return name.length() > 3
        && (name.charAt(1) == '县' || name.charAt(1) == '区')
        && NOT_A_PLACE_BEFORE_LEVEL.indexOf(name.charAt(0)) < 0;
  }

  /** First characters of a word of two ending in 县 or 区 that is no place: 全县, 本县, 市县, 辖区. */
  private static final String NOT_A_PLACE_BEFORE_LEVEL = "全各本我该此其两一每多诸市区县省州乡镇辖园景社片小大新老年度月日";

  /** True when every character of {@code small} occurs in {@code big} in order. */
  static boolean isSubsequence(String small, String big) {
    int j = 0;
    for (int i = 0; i < big.length() && j < small.length(); i++) {
      if (big.charAt(i) == small.charAt(j)) {
        j++;
      }
    }
    return j == small.length();
  }

  /** True when every character of {@code s} is a Chinese character ({@link Chars#isHan}). */
  static boolean allHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Chars.isHan(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
