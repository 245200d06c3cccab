package ogireports.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A county whose name is one character and its level (沛县, 黟县, 矿区) is a place in a document's text
 * where it stands as one (probe37): before its government or party committee, starting a body's
 * name after a separator or a sentence's end, or alone on a line; never where its two characters
 * end and start other words (信息县级, 乡镇和县直, 清单县级), nor where a conjunction that starts a county's
 * name joins words (…条例》和县政府办公室: probe12 o09, a report of 汶川县).
 */
class ShortCountyNamesTest {

  private static final PlaceResolver R = PlaceResolver.fromClasspath();

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "沛县人民政府; 沛县",
        "魏县人民政府网; 魏县",
        "萧县人民政府 > 信息公开 > 乡镇 > 龙城镇 > 年度报告; 萧县",
        "宏村镇在黟县县委、县政府的正确领导下，依托资源优势; 黟县",
        "联系单位：泾县教育体育局办公室　联系电话：0563-5022000; 泾县",
        "保障人民群众的知情权。礼县人力资源和社会保障局坚持把政务公开作为抓手; 礼县",
        "丰县; 丰县",
      })
  void aShortCountyStandingAsAPlaceIsRead(String line, String county) {
    Place p = R.resolve("县教体局", List.of(line, "2022年政府信息公开工作年度报告"), 2022);
    assertThat(p.county()).isEqualTo(county);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "加强政务公开和信息县级平台建设",
        "督促各乡镇和县直各单位按时发布年度报告",
        "完善权责清单县级目录",
        "走进沛县",
        "根据《中华人民共和国政府信息公开条例》和县政府办公室《关于做好2015年政府信息公开工作的通知》",
      })
  void twoCharactersOfOtherWordsAreNoPlace(String line) {
    Place p = R.resolve("县教体局", List.of(line, "2022年政府信息公开工作年度报告"), 2022);
    assertThat(p.county()).isNull();
  }
}
