package ogireports.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.Place;
import org.junit.jupiter.api.Test;

/** How reports name places in ways the official names do not spell out. */
class PlaceNamingFamiliesTest {

  private static final PlaceResolver R = PlaceResolver.fromClasspath();

  @Test
  void anAutonomousPrefectureByItsShortFormWithLevel() {
    // 海南州 is 海南藏族自治州 in 青海省, not 海南省
    Place p = R.resolve("海南州人民政府", List.of("海南州人民政府2022年政府信息公开工作年度报告", "一、总体情况"), 2022);
    assertThat(p.province()).isEqualTo("青海省");
    assertThat(p.city()).isEqualTo("海南藏族自治州");
    assertThat(p.county()).isNull();
    assertThat(Gazetteer.shortForms("黔南布依族苗族自治州")).containsExactly("黔南", "黔南州");
    assertThat(Gazetteer.shortForms("长阳土家族自治县")).containsExactly("长阳", "长阳县");
    assertThat(Gazetteer.shortForms("张家港市")).containsExactly("张家港");
  }

  @Test
  void anAutonomousCountyByTheNameItHadBeforeItBecameAutonomous() {
    // 石柱县 was the county's name until 1983, under 四川省涪陵地区; a 2023 report's 石柱县 is today's
    Place p = R.resolve("石柱县教育委员会", List.of("石柱县教育委员会2023年政府信息公开工作年度报告"), 2023);
    assertThat(p.province()).isEqualTo("重庆市");
    assertThat(p.city()).isNull();
    assertThat(p.county()).isEqualTo("石柱土家族自治县");
    assertThat(p.countyCode()).isEqualTo("500240");
    // 岫岩县 was 丹东市's; 岫岩满族自治县 is 鞍山市's
    p = R.resolve("岫岩县人民政府", List.of(), 2020);
    assertThat(p.city()).isEqualTo("鞍山市");
    assertThat(p.county()).isEqualTo("岫岩满族自治县");
    // 陵水县 was 广东省's, under 海南黎族苗族自治州
    p = R.resolve("陵水县民政局", List.of(), 2022);
    assertThat(p.province()).isEqualTo("海南省");
    assertThat(p.county()).isEqualTo("陵水黎族自治县");
    // the old name keeps its own records for the years it was in use
    p = R.resolve("石柱县人民政府", List.of(), 1982);
    assertThat(p.province()).isEqualTo("四川省");
    assertThat(p.county()).isEqualTo("石柱县");
  }

  @Test
  void aBannerByTheShortNameItsSiteUses() {
    Place p = R.resolve("科右前旗人民政府", List.of("科右前旗人民政府2022年政府信息公开工作年度报告"), 2022);
    assertThat(p.province()).isEqualTo("内蒙古自治区");
    assertThat(p.city()).isEqualTo("兴安盟");
    assertThat(p.county()).isEqualTo("科尔沁右翼前旗");
    p = R.resolve("达茂旗教育局", List.of(), 2023);
    assertThat(p.city()).isEqualTo("包头市");
    assertThat(p.county()).isEqualTo("达尔罕茂明安联合旗");
    assertThat(R.resolve("阿左旗民政局", List.of(), 2022).county()).isEqualTo("阿拉善左旗");
    // after its league's or city's name, a township's county
    p = R.resolve("乌兰察布市察右前旗平地泉镇人民政府", List.of(), 2022);
    assertThat(p.city()).isEqualTo("乌兰察布市");
    assertThat(p.county()).isEqualTo("察哈尔右翼前旗");
    assertThat(p.township()).isEqualTo("平地泉镇");
  }

  @Test
  void aPrefectureOfXinjiangByTheTwoCharactersItsSiteUses() {
    Place p = R.resolve("克州人民政府", List.of("克州人民政府2022年政府信息公开工作年度报告"), 2022);
    assertThat(p.province()).isEqualTo("新疆维吾尔自治区");
    assertThat(p.city()).isEqualTo("克孜勒苏柯尔克孜自治州");
    assertThat(p.county()).isNull();
    assertThat(R.resolve("博州发展和改革委员会", List.of(), 2023).city()).isEqualTo("博尔塔拉蒙古自治州");
    assertThat(R.resolve("巴州教育局", List.of(), 2021).city()).isEqualTo("巴音郭楞蒙古自治州");
    // 巴中市's district keeps its own name
    p = R.resolve("巴州区教育局", List.of(), 2021);
    assertThat(p.city()).isEqualTo("巴中市");
    assertThat(p.county()).isEqualTo("巴州区");
  }

  @Test
  void aSiteNameOfPrefectureAndCountyPlacesABodyThatNamesNoPlace() {
    Place p =
        R.resolve(
            "桃园开发区管委会",
            List.of("桃园开发区管委会2023年信息公开工作年度报告", "本报告电子版可在西安•莲湖(www.lianhu.gov.cn)政府门户网站浏览、下载。"),
            2023);
    assertThat(p.province()).isEqualTo("陕西省");
    assertThat(p.city()).isEqualTo("西安市");
    assertThat(p.county()).isEqualTo("莲湖区");
  }

  @Test
  void aDotBetweenUnrelatedNamesIsNoSiteName() {
    Place p = R.resolve("桃园开发区管委会", List.of("桃园开发区管委会2023年信息公开工作年度报告", "合作伙伴：西安•朝阳科技有限公司"), 2023);
    assertThat(p.county()).isNull();
  }

  @Test
  void aStreetOfficeNamedUnderItsDistrictsGovernment() {
    Place p = R.resolve("淄博市张店区人民政府马尚街道办事处", List.of(), 2023);
    assertThat(p.county()).isEqualTo("张店区");
    assertThat(p.township()).isEqualTo("马尚街道");
    p = R.resolve("张店区人民政府马尚街道办事处", List.of(), 2023);
    assertThat(p.city()).isEqualTo("淄博市");
    assertThat(p.township()).isEqualTo("马尚街道");
  }

  @Test
  void localOfficesOfCentralBodiesByTheirShortNames() {
    Place p = R.resolve("中国银保监会淄博监管分局", List.of(), 2021);
    assertThat(p.city()).isEqualTo("淄博市");
    p = R.resolve("中国证监会江苏监管局", List.of(), 2022);
    assertThat(p.province()).isEqualTo("江苏省");
    p = R.resolve("南京海关", List.of("南京海关2023年政府信息公开工作年度报告"), 2023);
    assertThat(p.province()).isEqualTo("江苏省");
    assertThat(p.city()).isEqualTo("南京市");
    // a customs district named by no place stays unplaced, not central
    p = R.resolve("拱北海关", List.of(), 2023);
    assertThat(p.province()).isNull();
  }

  @Test
  void aCityDepartmentsBranchNamedByItsCountysStem() {
    Place p = R.resolve("淄博市公安局张店分局", List.of("淄博市公安局张店分局2023年政府信息公开工作年度报告"), 2023);
    assertThat(p.county()).isEqualTo("张店区");
    assertThat(p.city()).isEqualTo("淄博市");
    p = R.resolve("北京市公安局朝阳分局", List.of(), 2023);
    assertThat(p.province()).isEqualTo("北京市");
    assertThat(p.county()).isEqualTo("朝阳区");
    // a branch named by no county of the city: the city only
    p = R.resolve("淄博市公安局经济开发区分局", List.of(), 2023);
    assertThat(p.city()).isEqualTo("淄博市");
    assertThat(p.county()).isNull();
  }

  /**
   * Every county-level division in use, as the branch of a department of its city named by its stem
   * ({@code 淄博市生态环境局张店分局}; autonomous counties aside): never another county's code, and its own for
   * nearly all.
   */
  @Test
  void everyCountysBranchResolvesToItOrToNoCounty() {
    int cases = 0;
    int found = 0;
    List<String> wrong = new java.util.ArrayList<>();
    for (Division d : R.gazetteer().all()) {
      String name = d.name();
      if (d.level() != Division.Level.COUNTY
          || !d.inUse()
          || name.length() < 3
          || name.contains("自治")) { // 青龙满族自治县's branch is 青龙分局: not this stem

        continue;
      }
      char end = name.charAt(name.length() - 1);
      if ("区县市旗".indexOf(end) < 0) {
        continue;
      }
      String city = d.isDirect() ? d.provinceName() : d.prefectureName();
      if (city == null || city.isEmpty()) {
        continue;
      }
      cases++;
      String agency = city + "生态环境局" + name.substring(0, name.length() - 1) + "分局";
      Place p = R.resolve(agency, List.of(), 2024);
      if (p.countyCode() == null) {
        continue;
      }
      if (p.countyCode().equals(R.gazetteer().currentCode(d))) {
        found++;
      } else {
        wrong.add(agency + " -> " + p.county() + " " + p.countyCode());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(cases).isGreaterThan(2_500);
    assertThat(found).isGreaterThan(cases * 19 / 20);
  }
}
