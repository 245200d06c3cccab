package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.Place;
import ogireports.model.ReportMetadata;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real published excerpts (townships, streets, banners, county and prefecture offices) with
 * hand-checked values. Only the fields the text itself determines are asserted; where the excerpt
 * does not print the fullest name or the place (015 佳荣里街, 022 河包镇), the agency is the form the
 * text prints and the place is left out ({@code ?} = not asserted; {@code null} = must be null).
 */
class RealExcerptsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "null",
      value = {
        // file, agency, year, province, city, county, level
        "011.txt, 微山县两城镇人民政府, 2020, 山东省, 济宁市, 微山县, 乡镇级",
        "013.txt, 桃江县审计局, 2020, 湖南省, 益阳市, 桃江县, 县级",
        "015.txt, 佳荣里街, 2021, ?, ?, ?, ?",
        "017.txt, 桃江县松木塘镇人民政府, 2022, 湖南省, 益阳市, 桃江县, 乡镇级",
        "019.txt, 中村乡, 2020, null, null, null, null",
        "022.txt, 河包镇, 2020, ?, ?, ?, ?",
        "025.txt, 湛江市人民政府地方志办公室, 2023, 广东省, 湛江市, null, 地市级",
        "027.txt, 长顺县广顺镇, 2023, 贵州省, 黔南布依族苗族自治州, 长顺县, 乡镇级",
        "029.txt, 乌恰县人民政府办公室, 2019, 新疆维吾尔自治区, 克孜勒苏柯尔克孜自治州, 乌恰县, 县级",
        "031.txt, 子长市人民政府, 2023, 陕西省, 延安市, 子长市, 县级",
        "033.txt, 阿拉善左旗巴彦木仁苏木人民政府, 2024, 内蒙古自治区, 阿拉善盟, 阿拉善左旗, 乡镇级",
        "035.txt, 东港镇人民政府, 2021, 江苏省, 无锡市, 锡山区, 乡镇级",
        "037.txt, 柳城县古砦仫佬族乡人民政府, 2025, 广西壮族自治区, 柳州市, 柳城县, 乡镇级",
      })
  void excerpt(
      String file,
      String agency,
      Integer year,
      String province,
      String city,
      String county,
      String level)
      throws Exception {
    List<String> lines = Seeds.real(file);
    ReportMetadata m = MetadataReader.read(lines);
    assertThat(m.agency()).isEqualTo(agency);
    assertThat(m.year()).isEqualTo(year);
    if (province == null && level == null) {
      assertThat(PlaceResolver.fromClasspath().resolve(m.agency(), lines, m.year()))
          .isEqualTo(Place.UNRESOLVED);
      return;
    }
    if ("?".equals(province)) {
      return;
    }
    Place p = PlaceResolver.fromClasspath().resolve(m.agency(), lines, m.year());
    assertThat(p.province()).isEqualTo(province);
    assertThat(p.city()).isEqualTo(city);
    assertThat(p.county()).isEqualTo(county);
    assertThat(p.adminLevel()).isEqualTo(level);
  }
}
