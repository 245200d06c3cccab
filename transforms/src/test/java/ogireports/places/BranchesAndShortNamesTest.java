package ogireports.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Places of bodies named the way probe27's misses were: a city bureau's branch named only by its
 * county's name without its ending, on the city bureau's site; a city's bureau in a district of the
 * vertical reform (苏州市吴中生态环境局); a banner by the short name its own pages use (莫旗); a 县's department
 * on the site of the city it became, whose 新代码 lists a part given away earlier before the whole's
 * successor.
 */
class BranchesAndShortNamesTest {

  private static final PlaceResolver R = PlaceResolver.fromClasspath();

  @Test
  void aBranchNamedByItsCountyOnTheCitysSiteIsInThatCounty() {
    Place p = R.resolve("斗门分局", List.of("珠海市自然资源局", "首页 > 政务公开 > 政府信息公开年报"), 2021);
    assertThat(p.city()).isEqualTo("珠海市");
    assertThat(p.county()).isEqualTo("斗门区");
    // the same with the city in the name, as before
    assertThat(R.resolve("珠海市自然资源局斗门分局", List.of(), 2021).county()).isEqualTo("斗门区");
    // a city body's own 管理局 is no branch
    assertThat(R.resolve("深圳市城市管理局", List.of(), 2021).county()).isNull();
    assertThat(R.resolve("深圳市规划和自然资源局龙岗管理局", List.of(), 2021).county()).isEqualTo("龙岗区");
  }

  @Test
  void aCitysBureauNamedByADistrictWithoutItsEndingIsInThatDistrict() {
    assertThat(R.resolve("苏州市吴中生态环境局", List.of(), 2022).county()).isEqualTo("吴中区");
    // 吴江 was a 市 until 2012: only the district of the report's year is meant
    assertThat(R.resolve("苏州市吴江生态环境局", List.of(), 2022).county()).isEqualTo("吴江区");
    assertThat(R.resolve("无锡市梁溪生态环境局", List.of(), 2022).county()).isEqualTo("梁溪区");
    // not a bureau: a district's name at the start of another word says nothing
    assertThat(R.resolve("南京市鼓楼医院", List.of(), 2022).county()).isNull();
    assertThat(R.resolve("郑州市金水河管理处", List.of(), 2022).county()).isNull();
  }

  @Test
  void aBannerByTheShortNameItsPagesUse() {
    Place p = R.resolve("莫旗民政局", List.of("莫旗人民政府"), 2022);
    assertThat(p.city()).isEqualTo("呼伦贝尔市");
    assertThat(p.county()).isEqualTo("莫力达瓦达斡尔族自治旗");
    assertThat(R.resolve("准旗教育局", List.of(), 2022).county()).isEqualTo("准格尔旗");
  }

  @Test
  void aDivisionsSuccessorIsTheOneThatTookTheWholeOfIt() {
    // 无为县: 340207[2014];340281 (a part to 鸠江区 in 2014, then 无为市 in 2019)
    Place p = R.resolve("县财政局", List.of("无为市人民政府", "首页 > 信息公开 > 部门信息公开 > 县财政局"), 2018);
    assertThat(p.city()).isEqualTo("芜湖市");
    assertThat(p.county()).isEqualTo("无为县");
    assertThat(p.currentCountyCode()).isEqualTo("340281");
    // 莱城区 (371203[2006];370116) is 莱芜区 today, not 钢城区
    assertThat(R.resolve("莱芜市莱城区人民政府", List.of(), 2016).currentCountyCode()).isEqualTo("370116");
  }
}
