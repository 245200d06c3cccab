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
}
