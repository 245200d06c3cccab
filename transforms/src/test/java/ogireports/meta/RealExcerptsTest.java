package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import ogireports.SampleReports;
import ogireports.model.Place;
import ogireports.model.ReportMetadata;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real published excerpts (townships, streets, banners, county and prefecture offices) with
 * hand-checked values. The agency is the fullest name the text prints; the place is resolved from
 * the text alone and then with the page URL ({@code ?} = not asserted; {@code null} = must be
 * null). 019 names only 中村乡, which six counties have: AMBIGUOUS without the URL, 会昌县 with it.
 */
class RealExcerptsTest {

  /** The real excerpts, in the test resources. */
  private static final Path REAL = Path.of("src/test/resources/ogireports/meta/real");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "null",
      value = {
        // file, url, agency, kind, year, province, city, county, level, resolution without url
        "011.txt, http://www.weishan.gov.cn/module/xxgk/x.jsp, 微山县两城镇人民政府, 乡镇/街道, 2020,"
            + " 山东省, 济宁市, 微山县, 乡镇级, RESOLVED",
        "013.txt, http://taojiang.gov.cn/25076/content_1500366.html, 桃江县审计局, 部门, 2020,"
            + " 湖南省, 益阳市, 桃江县, 县级, RESOLVED",
        "015.txt, https://www.tjbc.gov.cn/zwgk/t20220123_5786521.html, 佳荣里街, 乡镇/街道, 2021,"
            + " 天津市, null, 北辰区, 乡镇级, ?",
        "017.txt, http://jw.taojiang.gov.cn/25074/index.htm, 桃江县松木塘镇人民政府, 乡镇/街道, 2022,"
            + " 湖南省, 益阳市, 桃江县, 乡镇级, RESOLVED",
        "019.txt, http://www.huichang.gov.cn/hcxxxgk/157a95c3.shtml, 中村乡, 乡镇/街道, 2020,"
            + " 江西省, 赣州市, 会昌县, 乡镇级, AMBIGUOUS",
        "022.txt, http://rongchang.gov.cn/jz/hbz/t20210129_8843764.html, 河包镇, 乡镇/街道, 2020,"
            + " 重庆市, null, 荣昌区, 乡镇级, ?",
        "025.txt, https://www.zhanjiang.gov.cn/zjsfw/post_1871569.html, 湛江市人民政府地方志办公室,"
            + " 部门, 2023, 广东省, 湛江市, null, 地市级, RESOLVED",
        "027.txt, https://www.gzcsx.gov.cn/xzjdbsc/t20240110_83515235.html, 长顺县广顺镇, 乡镇/街道,"
            + " 2023, 贵州省, 黔南布依族苗族自治州, 长顺县, 乡镇级, RESOLVED",
        "029.txt, http://xjwqx.gov.cn/xjwqx/c102718/01e10ccd.shtml, 乌恰县人民政府办公室, 办公厅/办公室,"
            + " 2019, 新疆维吾尔自治区, 克孜勒苏柯尔克孜自治州, 乌恰县, 县级, RESOLVED",
        "031.txt, http://www.zichang.gov.cn/zfxxgk/1752504210521403394.html, 子长市人民政府, 人民政府,"
            + " 2023, 陕西省, 延安市, 子长市, 县级, RESOLVED",
        "033.txt, https://gxq.als.gov.cn/art/2025/1/6/art_4823_522822.html,"
            + " 阿拉善左旗巴彦木仁苏木人民政府, 乡镇/街道, 2024, 内蒙古自治区, 阿拉善盟, 阿拉善左旗, 乡镇级,"
            + " RESOLVED",
        "035.txt, http://www.jsxishan.gov.cn/doc/2022/01/29/3592550.shtml, 东港镇人民政府, 乡镇/街道,"
            + " 2021, 江苏省, 无锡市, 锡山区, 乡镇级, RESOLVED",
        "037.txt, http://www.liucheng.gov.cn/bmxzjy/t20260121_3716019.shtml,"
            + " 柳城县古砦仫佬族乡人民政府, 乡镇/街道, 2025, 广西壮族自治区, 柳州市, 柳城县, 乡镇级, RESOLVED",
      })
  void excerpt(
      String file,
      String url,
      String agency,
      String kind,
      Integer year,
      String province,
      String city,
      String county,
      String level,
      String withoutUrl)
      throws Exception {
    List<String> lines = SampleReports.linesOf(REAL.resolve(file));
    ReportMetadata m = MetadataReader.read(lines);
    assertThat(m.agency()).isEqualTo(agency);
    assertThat(m.agencyKind()).isEqualTo(kind);
    assertThat(m.year()).isEqualTo(year);
    PlaceResolver r = PlaceResolver.fromClasspath();
    Place textOnly = r.resolve(m.agency(), lines, m.year());
    if (!"?".equals(withoutUrl)) {
      assertThat(textOnly.resolution()).isEqualTo(Place.Resolution.valueOf(withoutUrl));
    }
    if (textOnly.resolution() == Place.Resolution.AMBIGUOUS) {
      assertThat(textOnly.countyCode()).isNull();
      assertThat(textOnly.candidates()).anyMatch(c -> c.contains(county));
    }
    Place p = r.resolve(m.agency(), lines, m.year(), url);
    assertThat(p.resolution()).isEqualTo(Place.Resolution.RESOLVED);
    assertThat(p.province()).isEqualTo(province);
    assertThat(p.city()).isEqualTo(city);
    assertThat(p.county()).isEqualTo(county);
    assertThat(p.adminLevel()).isEqualTo(level);
  }
}
