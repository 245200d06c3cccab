package ogireports.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ogireports.meta.MetadataReader;
import ogireports.model.Place;
import ogireports.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

  private static final PlaceResolver R = PlaceResolver.fromClasspath();

  private static List<String> seed(String file) throws IOException {
    String text = Files.readString(Path.of("../samples", file), StandardCharsets.UTF_8);
    return Arrays.asList(text.replace("\r", "").split("\n", -1));
  }

  private static Place seedPlace(String file) throws IOException {
    List<String> lines = seed(file);
    ReportMetadata m = MetadataReader.read(lines);
    return R.resolve(m.agency(), lines, m.year());
  }

  @Test
  void aMinistrysFullNameAfterTheStatesNameIsCentral() {
    assertThat(R.resolve("中华人民共和国教育部", List.of(), 2022).province()).isEqualTo("中央");
    assertThat(R.resolve("中华人民共和国水利部", List.of(), 2023).resolution())
        .isEqualTo(Place.Resolution.CENTRAL);
    // a customs district under the state's name is its city's
    Place customs = R.resolve("中华人民共和国上海海关", List.of(), 2022);
    assertThat(customs.province()).isEqualTo("上海市");
  }

  @Test
  void aNewAreaWithoutACodeGivesTheDivisionThatHoldsAllOfIt() {
    // 雄安新区 has no code and spans counties of 保定 and 沧州: its bodies are 河北省's, no city
    Place area = R.resolve("雄安新区公共服务局", List.of("雄安新区公共服务局2023年政府信息公开工作年度报告"), 2023);
    assertThat(area.province()).isEqualTo("河北省");
    assertThat(area.city()).isNull();
    assertThat(area.county()).isNull();
    Place committee = R.resolve("河北雄安新区管理委员会", List.of(), 2023);
    assertThat(committee.province()).isEqualTo("河北省");
    assertThat(committee.city()).isNull();
    // a county of the new area is placed by its own code
    Place county = R.resolve("雄安新区容城县人民政府", List.of(), 2022);
    assertThat(county.city()).isEqualTo("保定市");
    assertThat(county.county()).isEqualTo("容城县");
    // a new area within one city gives that city
    Place xiangjiang = R.resolve("湘江新区管理委员会", List.of(), 2023);
    assertThat(xiangjiang.province()).isEqualTo("湖南省");
    assertThat(xiangjiang.city()).isEqualTo("长沙市");
    assertThat(xiangjiang.county()).isNull();
  }

  @Test
  void anAreaOfAPilotFreeTradeZoneIsItsCitys() {
    // 中国（福建）自由贸易试验区厦门片区: the province in brackets, the city by its short form
    Place xiamen = R.resolve("中国(福建)自由贸易试验区厦门片区管理委员会", List.of(), 2023);
    assertThat(xiamen.province()).isEqualTo("福建省");
    assertThat(xiamen.city()).isEqualTo("厦门市");
    assertThat(xiamen.county()).isNull();
    Place kaifeng = R.resolve("中国(河南)自由贸易试验区开封片区管理委员会", List.of(), 2023);
    assertThat(kaifeng.province()).isEqualTo("河南省");
    assertThat(kaifeng.city()).isEqualTo("开封市");
  }

  @Test
  void aZoneNamedByAShortFormItsCityShares() {
    // 长沙 is 长沙市 and 长沙县, 南昌 南昌市 and 南昌县: a zone named by it lies in that city either way
    Place changsha =
        R.resolve(
            "长沙经济技术开发区管理委员会", List.of("长沙经济技术开发区管理委员会2019年政府信息公开工作年度报告", "本报告由经开区管委会办公室编制。"), 2019);
    assertThat(changsha.province()).isEqualTo("湖南省");
    assertThat(changsha.city()).isEqualTo("长沙市");
    assertThat(changsha.county()).isNull();
    Place nanchang = R.resolve("南昌经济技术开发区管理委员会", List.of(), 2022);
    assertThat(nanchang.province()).isEqualTo("江西省");
    assertThat(nanchang.city()).isEqualTo("南昌市");
    assertThat(nanchang.county()).isNull();
    // the text tells which when it names one of them (real report 140: on the portal of 大理市)
    Place dali =
        R.resolve(
            "大理经济技术开发区管理委员会",
            List.of("大理经济技术开发区管理委员会2023年政府信息公开工作年度报告", "本报告电子版可在大理市政府门户网站查阅。"),
            2023);
    assertThat(dali.city()).isEqualTo("大理白族自治州");
    assertThat(dali.county()).isEqualTo("大理市");
    // a short form a city shares with a county of another province places nothing (兴安: 兴安盟 in
    // 内蒙古, 兴安县 in 广西)
    Place xingan = R.resolve("兴安经济技术开发区管理委员会", List.of(), 2022);
    assertThat(xingan.province()).isNull();
  }

  @Test
  void aSiteNameWrappedAcrossTwoLinesOfProseIsRead() {
    // 西安•莲湖, the banner of www.lianhu.gov.cn, cut by the wrap after its first character
    List<String> lines =
        List.of(
            "桃园开发区管委会2023年信息公开工作年度报告",
            "本报告数据统计时限为2023年1月1日至2023年12月31日。本报告电子版可在西",
            "安•莲湖政府门户网站浏览、下载。");
    Place p = R.resolve("桃园开发区管委会", lines, 2023);
    assertThat(p.county()).isEqualTo("莲湖区");
    assertThat(p.city()).isEqualTo("西安市");
  }

  @Test
  void aTwoCharacterNameThatContradictsTheNameBeforeItIsAWordOfTheBodysName() {
    // 兰州新区 is 兰州's new area, not the 新区 of 唐山 (a district until 2002)
    Place p = R.resolve("兰州新区管理委员会", List.of("兰州新区管理委员会2023年政府信息公开工作年度报告"), 2023);
    assertThat(p.province()).isEqualTo("甘肃省");
    assertThat(p.city()).isEqualTo("兰州市");
    assertThat(p.county()).isNull();
    // a two-character name within the name before it stays: 阳泉市城区
    Place town = R.resolve("阳泉市城区人民政府", List.of("阳泉市城区人民政府2023年政府信息公开工作年度报告"), 2023);
    assertThat(town.county()).isEqualTo("城区");
    assertThat(town.city()).isEqualTo("阳泉市");
  }

  // --- seeds (spec §8) ---------------------------------------------------------------------

  @Test
  void aPlaceNameWrappedAcrossTwoLinesOfProseIsRead() {
    // re-wrapped PDF text: 大理市 begins at the end of one line and ends on the next
    List<String> lines =
        List.of(
            "大理经济技术开发区管理委员会2023年政府信息公开工作年度报告",
            "统计数据时间段:2023年1月1日至2023年12月31日。本报告公布和获取方式:大",
            "理市政府门户网站政府信息主动公开目录系统“政府信息公开年度报告”栏目查阅及下载。");
    Place p = R.resolve("大理经济技术开发区管理委员会", lines, 2023);
    assertThat(p.county()).isEqualTo("大理市");
    assertThat(p.city()).isEqualTo("大理白族自治州");
  }

  @Test
  void seed000CountyLevelCityUnderItsPrefecture() throws Exception {
    assertThat(seedPlace("000_0d9ef2ec1467d7f8.txt"))
        .isEqualTo(new Place("江苏省", "320000", "苏州市", "320500", "张家港市", "320582", "县级"));
  }

  @Test
  void seed001PrefectureLevelCity() throws Exception {
    assertThat(seedPlace("001_0157cd21641b28c7.txt"))
        .isEqualTo(new Place("宁夏回族自治区", "640000", "吴忠市", "640300", null, null, "地市级"));
  }

  @Test
  void seed002County() throws Exception {
    assertThat(seedPlace("002_4ed26dfb9e6e6758.txt"))
        .isEqualTo(new Place("浙江省", "330000", "温州市", "330300", "平阳县", "330326", "县级"));
  }

  @Test
  void seed003Prefecture() throws Exception {
    assertThat(seedPlace("003_596a166ffff90a0a.txt"))
        .isEqualTo(new Place("山东省", "370000", "淄博市", "370300", null, null, "地市级"));
  }

  @Test
  void seed004DistrictNameClashResolvedByParent() throws Exception {
    assertThat(seedPlace("004_fde4949a32fb326a.txt"))
        .isEqualTo(new Place("河南省", "410000", "开封市", "410200", "鼓楼区", "410204", "县级"));
  }

  @Test
  void agencyWithoutPlaceResolvedFromTheText() throws Exception {
    assertThat(R.resolve("市应急管理局", seed("000_0d9ef2ec1467d7f8.txt"), 2020))
        .isEqualTo(new Place("江苏省", "320000", "苏州市", "320500", "张家港市", "320582", "县级"));
    assertThat(R.resolve("县应急管理局", seed("002_4ed26dfb9e6e6758.txt"), 2021).countyCode())
        .isEqualTo("330326");
  }

  // --- name clashes ------------------------------------------------------------------------

  @Test
  void gulouWithEachParent() {
    assertThat(R.resolve("南京市鼓楼区应急管理局", List.of(), 2020))
        .isEqualTo(new Place("江苏省", "320000", "南京市", "320100", "鼓楼区", "320106", "县级"));
    assertThat(R.resolve("徐州市鼓楼区应急管理局", List.of(), 2020))
        .isEqualTo(new Place("江苏省", "320000", "徐州市", "320300", "鼓楼区", "320302", "县级"));
    assertThat(R.resolve("福州市鼓楼区应急管理局", List.of(), 2020))
        .isEqualTo(new Place("福建省", "350000", "福州市", "350100", "鼓楼区", "350102", "县级"));
    assertThat(R.resolve("开封市鼓楼区应急管理局", List.of(), 2020))
        .isEqualTo(new Place("河南省", "410000", "开封市", "410200", "鼓楼区", "410204", "县级"));
  }

  @Test
  void gulouAloneIsAmbiguousAcrossProvinces() {
    Place p = R.resolve("鼓楼区应急管理局", List.of("一、总体情况"), 2020);
    assertThat(p.resolution()).isEqualTo(Place.Resolution.AMBIGUOUS);
    assertThat(p.province()).isNull();
    assertThat(p.countyCode()).isNull();
    assertThat(p.candidates())
        .containsExactly(
            "江苏省南京市鼓楼区(320106)", "江苏省徐州市鼓楼区(320302)",
            "河南省开封市鼓楼区(410204)", "福建省福州市鼓楼区(350102)");
  }

  @Test
  void gulouWithOnlyTheProvinceInTextKeepsTheSharedProvince() {
    Place p = R.resolve("鼓楼区应急管理局", List.of("在江苏政务服务网公开"), 2020);
    assertThat(p.resolution()).isEqualTo(Place.Resolution.AMBIGUOUS);
    assertThat(p.province()).isEqualTo("江苏省");
    assertThat(p.provinceCode()).isEqualTo("320000");
    assertThat(p.cityCode()).isNull();
    assertThat(p.adminLevel()).isEqualTo("县级");
    assertThat(p.candidates()).hasSize(2);
  }

  @Test
  void gulouDisambiguatedByHostOrTelephone() {
    assertThat(
            R.resolve("鼓楼区应急管理局", List.of(), 2020, "http://www.nanjing.gov.cn/x.html").countyCode())
        .isEqualTo("320106");
    assertThat(R.resolve("鼓楼区应急管理局", List.of("联系电话:0516-83701234"), 2020).countyCode())
        .isEqualTo("320302");
    assertThat(R.resolve("鼓楼区应急管理局", List.of("网址 www.nanjing.gov.cn"), 2020).countyCode())
        .isEqualTo("320106");
  }

  @Test
  void gulouDisambiguatedByParentOrPostcodeInText() {
    assertThat(R.resolve("鼓楼区应急管理局", List.of("开封市鼓楼区应急管理局办公室"), 2020).countyCode())
        .isEqualTo("410204");
    assertThat(R.resolve("鼓楼区应急管理局", List.of("地址:鼓楼区XX路1号,邮编:350001"), 2020).countyCode())
        .isEqualTo("350102");
  }

  @Test
  void chaoyangUnderBeijingIsDirectSoNoCity() {
    assertThat(R.resolve("北京市朝阳区应急管理局", null, 2020))
        .isEqualTo(new Place("北京市", "110000", null, null, "朝阳区", "110105", "县级"));
  }

  @Test
  void provinceDirectCountyLevelCity() {
    assertThat(R.resolve("济源市应急管理局", null, 2020))
        .isEqualTo(new Place("河南省", "410000", null, null, "济源市", "419001", "县级"));
  }

  // --- years and renamed places --------------------------------------------------------------

  @Test
  void laiwuIn2016IsThePrefectureValidThen() {
    Place p = R.resolve("莱芜市应急管理局", List.of(), 2016);
    assertThat(p.city()).isEqualTo("莱芜市");
    assertThat(p.cityCode()).isEqualTo("371200");
    assertThat(p.adminLevel()).isEqualTo("地市级");
    assertThat(p.currentCityCode()).isEqualTo("370100"); // its counties went to 济南市 in 2019
    assertThat(p.resolution()).isEqualTo(Place.Resolution.RESOLVED);
  }

  @Test
  void countyTurnedDistrictKeepsTheOldCodeAndGivesTheNewOne() {
    Place p = R.resolve("江苏省苏州市吴江市人民政府", List.of(), 2011);
    assertThat(p.countyCode()).isEqualTo("320584");
    assertThat(p.currentCountyCode()).isEqualTo("320509");
    Place gc = R.resolve("钢城区应急管理局", List.of(), 2016);
    assertThat(gc.currentCountyCode()).isEqualTo("370117");
    assertThat(gc.currentCityCode()).isEqualTo("370100");
  }

  @Test
  void gangchengMovedFromLaiwuToJinan() {
    assertThat(R.resolve("钢城区应急管理局", List.of(), 2016).cityCode()).isEqualTo("371200");
    assertThat(R.resolve("钢城区应急管理局", List.of(), 2016).countyCode()).isEqualTo("371203");
    assertThat(R.resolve("钢城区应急管理局", List.of(), 2020).cityCode()).isEqualTo("370100");
    assertThat(R.resolve("钢城区应急管理局", List.of(), 2020).countyCode()).isEqualTo("370117");
  }

  @Test
  void nullYearUsesCurrentCodes() {
    assertThat(R.resolve("钢城区应急管理局", List.of(), null).countyCode()).isEqualTo("370117");
    assertThat(R.resolve("平阳县应急管理局", null, null).countyCode()).isEqualTo("330326");
  }

  // --- levels ------------------------------------------------------------------------------

  @Test
  void provincialDepartment() {
    assertThat(R.resolve("浙江省应急管理厅", List.of(), 2021))
        .isEqualTo(new Place("浙江省", "330000", null, null, null, null, "省级"));
    assertThat(R.resolve("北京市应急管理局", List.of(), 2021))
        .isEqualTo(new Place("北京市", "110000", null, null, null, null, "省级"));
  }

  @Test
  void centralBodies() {
    Place central =
        new Place(
            "中央",
            null,
            null,
            null,
            null,
            null,
            "中央",
            null,
            null,
            null,
            null,
            Place.Resolution.CENTRAL,
            List.of());
    assertThat(R.resolve("应急管理部", List.of(), 2020)).isEqualTo(central);
    assertThat(R.resolve("国务院办公厅", List.of(), 2020)).isEqualTo(central);
    assertThat(R.resolve("国家统计局", List.of("江苏"), 2020)).isEqualTo(central);
    assertThat(R.resolve("国家乡村振兴局", List.of(), 2021)).isEqualTo(central);
    assertThat(R.resolve("应急管理部", null, 2020).resolution()).isEqualTo(Place.Resolution.CENTRAL);
  }

  @Test
  void aCityCentresBranchNamedByOneOfItsCounties() {
    // probe15 y02: 上虞 is printed only in the branch's name; 上虞区 is one county of 绍兴市
    Place p = R.resolve("绍兴市公路与运输管理中心上虞分中心", List.of(), 2022);
    assertThat(p.city()).isEqualTo("绍兴市");
    assertThat(p.county()).isEqualTo("上虞区");
    assertThat(p.countyCode()).isEqualTo("330604");
    // a court's branch the same way; a name that is no county of the city places the city only
    assertThat(R.resolve("绍兴市中心医院上虞分院", List.of(), 2022).countyCode()).isEqualTo("330604");
    Place none = R.resolve("绍兴市公路与运输管理中心城东分中心", List.of(), 2022);
    assertThat(none.city()).isEqualTo("绍兴市");
    assertThat(none.county()).isNull();
    // a group's member or a university's affiliate named by its own place (probe19 c06)
    assertThat(R.resolve("南京鼓楼医院集团宿迁医院", List.of(), 2022).city()).isEqualTo("宿迁市");
    assertThat(R.resolve("南京医科大学附属无锡第二医院", List.of(), 2022).city()).isEqualTo("无锡市");
    assertThat(R.resolve("南京鼓楼医院集团", List.of(), 2022).city()).isEqualTo("南京市");
    // a city bureau's 管理局 in one of its counties (probe17 g02), not the city's own 管理局
    assertThat(R.resolve("深圳市规划和自然资源局龙岗管理局", List.of(), 2021).county()).isEqualTo("龙岗区");
    assertThat(R.resolve("深圳市城市管理局", List.of(), 2021).county()).isNull();
    // 上虞 is no county of 杭州市: the city alone
    assertThat(R.resolve("杭州市公路与运输管理中心上虞分中心", List.of(), 2022).county()).isNull();
  }

  @Test
  void localBranchesOfCentralBodiesAreLocal() {
    assertThat(R.resolve("国家税务总局张家港市税务局", List.of(), 2020).countyCode()).isEqualTo("320582");
    assertThat(R.resolve("国家统计局张家港调查队", List.of(), 2020).countyCode()).isEqualTo("320582");
  }

  @Test
  void townshipBodiesKeepTheCountyChain() {
    Place lc = R.resolve("微山县两城镇人民政府", List.of(), 2020);
    assertThat(lc.province()).isEqualTo("山东省");
    assertThat(lc.cityCode()).isEqualTo("370800");
    assertThat(lc.countyCode()).isEqualTo("370826");
    assertThat(lc.township()).isEqualTo("两城镇");
    assertThat(lc.townshipCode()).startsWith("370826");
    assertThat(lc.adminLevel()).isEqualTo("乡镇级");
    Place jr = R.resolve("天津市北辰区佳荣里街道办事处", List.of(), 2021);
    assertThat(jr.city()).isNull();
    assertThat(jr.countyCode()).isEqualTo("120113");
    assertThat(jr.township()).isEqualTo("佳荣里街道");
    assertThat(jr.adminLevel()).isEqualTo("乡镇级");
    assertThat(R.resolve("平阳县乡村振兴局", List.of(), 2021).adminLevel()).isEqualTo("县级");
  }

  @Test
  void shortFormsOnlyWhereUnambiguous() {
    assertThat(R.resolve("张家港应急管理局", List.of(), 2020).countyCode()).isEqualTo("320582");
    // 东港 is short for 东港市 (辽宁), but 东港镇 is a township: several places have one.
    Place dg = R.resolve("东港镇人民政府", List.of(), 2021);
    assertThat(dg.resolution()).isEqualTo(Place.Resolution.AMBIGUOUS);
    assertThat(dg.countyCode()).isNull();
    assertThat(dg.candidates()).anyMatch(c -> c.startsWith("江苏省无锡市锡山区东港镇(320205"));
    assertThat(R.resolve("东港镇人民政府", List.of("锡山区政府网站"), 2021).countyCode()).isEqualTo("320205");
  }

  // --- real names of every kind -------------------------------------------------------------

  @Test
  void developmentZoneBelongsToItsCity() {
    Place p = R.resolve("苏州工业园区管理委员会", List.of(), 2021);
    assertThat(p.cityCode()).isEqualTo("320500");
    assertThat(p.countyCode()).isNull();
    assertThat(p.resolution()).isEqualTo(Place.Resolution.RESOLVED);
  }

  @Test
  void countyLevelCityAndItsCurrentCodes() {
    Place p = R.resolve("江苏省苏州市张家港市应急管理局", List.of(), 2020);
    assertThat(p.countyCode()).isEqualTo("320582");
    assertThat(p.currentCountyCode()).isEqualTo("320582");
    assertThat(p.currentCityCode()).isEqualTo("320500");
    assertThat(R.resolve("张家港市应急局", List.of(), 2020).countyCode()).isEqualTo("320582");
  }

  @Test
  void townshipAloneResolvedByTheSourceUrl() {
    Place alone = R.resolve("中村乡人民政府", List.of(), 2020);
    assertThat(alone.resolution()).isEqualTo(Place.Resolution.AMBIGUOUS);
    assertThat(alone.province()).isNull();
    assertThat(alone.candidates()).anyMatch(c -> c.startsWith("江西省赣州市会昌县中村乡("));
    Place p = R.resolve("中村乡人民政府", List.of(), 2020, "http://www.huichang.gov.cn/a.shtml");
    assertThat(p.countyCode()).isEqualTo("360733");
    assertThat(p.townshipCode()).startsWith("360733");
  }

  @Test
  void townshipInTheTextWithItsCounty() {
    Place p = R.resolve("昆阳镇人民政府", List.of("平阳县昆阳镇人民政府"), 2021);
    assertThat(p.countyCode()).isEqualTo("330326");
    assertThat(p.township()).isEqualTo("昆阳镇");
  }

  // --- garbage -----------------------------------------------------------------------------

  @Test
  void garbageIsUnresolvedWithoutThrowing() {
    assertThat(R.resolve(null, null, null)).isEqualTo(Place.UNRESOLVED);
    assertThat(R.resolve("", List.of(), 2020)).isEqualTo(Place.UNRESOLVED);
    assertThat(R.resolve("我局", List.of("本机关"), -5)).isEqualTo(Place.UNRESOLVED);
    List<String> withNulls = new ArrayList<>();
    withNulls.add(null);
    withNulls.add("\uFFFF\u0000");
    assertThat(R.resolve("应急管理局", withNulls, 99999)).isEqualTo(Place.UNRESOLVED);
  }

  @Test
  void hostileInputCostsLinearWork() {
    // CPU of the full size against a sixteenth of it, in one test: no wall-clock limit
    Place place =
        ogireports.fuzz.Linearity.assertLinear(
            "place of a hostile document",
            n -> R.resolve("市".repeat(n), List.of("县区".repeat(n), "邮编".repeat(n / 2)), 2020),
            100_000 / ogireports.fuzz.Linearity.K,
            ogireports.fuzz.Linearity.K);
    assertThat(place).isNotNull();
  }

  @Test
  void gazetteerAndTownshipsLoad() throws Exception {
    try (var in = PlaceResolver.class.getResourceAsStream("/ogireports/places/areacodes.csv")) {
      Gazetteer g = Gazetteer.load(in);
      assertThat(g.named("张家港市")).isNotEmpty();
    }
    try (var in = PlaceResolver.class.getResourceAsStream("/ogireports/places/townships.csv")) {
      assertThat(Townships.load(in).named("两城镇")).isNotEmpty();
    }
  }

  @Test
  void aDivisionsNameOutlivesItForSomeYearsNotAGeneration() {
    // 唐山's 新区 was retired in 2002: a 2024 管委会 of some 新区 is no place of it (probe44 e45)
    List<String> e45 = List.of("新区管理委员会2024年政府信息公开工作年度报告");
    assertThat(R.resolve("新区管理委员会", e45, 2024).province()).isNull();
    assertThat(R.resolve("新区管理委员会", e45, 2001).city()).isEqualTo("唐山市");
    // 襄樊 became 襄阳 in 2010: a 2012 report under the old name is placed
    List<String> xf = List.of("襄樊市教育局2012年政府信息公开工作年度报告");
    assertThat(R.resolve("襄樊市教育局", xf, 2012).province()).isEqualTo("湖北省");
    assertThat(R.resolve("中华人民共和国卫生部", List.of(), 2009).province()).isEqualTo("中央");
  }

  @Test
  void aLiaisonOfficeIsPlacedByItsGovernmentNotWhereItSits() {
    List<String> address = List.of("地址：北京市朝阳区北三环东路", "本报告由市人民政府驻北京联络处编制。");
    assertThat(R.resolve("黄冈市人民政府驻北京办事处", address, 2021).city()).isEqualTo("黄冈市");
    // probe44 e40: the government unnamed, the office's address in 北京 is no place of the body
    assertThat(R.resolve("市人民政府驻北京联络处", address, 2021).province()).isNull();
    // 驻马店 is a city's own name
    assertThat(R.resolve("驻马店市人民政府", List.of(), 2021).city()).isEqualTo("驻马店市");
    assertThat(PlaceResolver.stationedAt("驻马店市人民政府驻北京联络处")).isEqualTo(8);
  }

  @Test
  void sharedInstanceLoadsOnce() {
    assertThat(PlaceResolver.fromClasspath()).isSameAs(R);
  }
}
