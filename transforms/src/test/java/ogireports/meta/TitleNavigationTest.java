package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

class TitleNavigationTest {

  private static final PlaceResolver PLACES = PlaceResolver.fromClasspath();

  private static String strip(String agency, String... lines) {
    return TitleNavigation.strip(agency, List.of(lines), PLACES::divisionNameAt);
  }

  @Test
  void menuWordsBeforeTheFirstPlaceNameAreNavigation() {
    assertThat(strip("政府信息公开昌图县七家子镇", "政府信息公开昌图县七家子镇2023年政府信息公开工作年度报告")).isEqualTo("昌图县七家子镇");
    assertThat(strip("专题专栏汉台区徐望镇人民政府", "专题专栏汉台区徐望镇人民政府2025年…", "我镇人民政府")).isEqualTo("汉台区徐望镇人民政府");
    assertThat(strip("手机版海南州人民政府", "手机版海南州人民政府2022年…", "海南州人民政府办公室")).isEqualTo("海南州人民政府");
  }

  @Test
  void aMenusOrBreadcrumbsLastStepBeforeTheNameIsNavigation() {
    // flattened pages (probe14 o04, w09, probe13 a05 with their lines joined): a site menu's 走进右江,
    // a breadcrumb's 直属单位 or its last step 街道 run into the title; the name is printed again
    assertThat(strip("走进右江右江区人民政府办公室", "走进右江右江区人民政府办公室2017年政府信息公开工作年度报告", "由百色市右江区人民政府办公室编制。"))
        .isEqualTo("右江区人民政府办公室");
    assertThat(strip(">直属单位广西壮族自治区国有高峰林场", ">直属单位广西壮族自治区国有高峰林场2022年政府信息公开工作年度报告", "广西壮族自治区国有高峰林场"))
        .isEqualTo("广西壮族自治区国有高峰林场");
    assertThat(
            strip(
                "街道上海市徐汇区天平路街道办事处",
                "街道上海市徐汇区天平路街道办事处2020年政府信息公开工作年度报告",
                "由上海市徐汇区天平路街道办事处编制的2020年度政府信息公开工作年度报告。"))
        .isEqualTo("上海市徐汇区天平路街道办事处");
    // a province's name starts a tail only where the text prints that tail again
    assertThat(strip("市直上海市徐汇区天平路街道办事处", "市直上海市徐汇区天平路街道办事处2020年…")).isEqualTo("市直上海市徐汇区天平路街道办事处");
    // but a site's column of townships and streets (街道, 乡镇, 乡镇（街道）) before a street's or a
    // township's
    // body is navigation wherever the name is printed
    assertThat(strip("街道上海市徐汇区天平路街道办事处", "街道上海市徐汇区天平路街道办事处2020年…")).isEqualTo("上海市徐汇区天平路街道办事处");
    assertThat(strip("乡镇宣和镇人民政府", "乡镇宣和镇人民政府2024年…")).isEqualTo("宣和镇人民政府");
    assertThat(strip("乡镇企业局", "乡镇企业局2024年…")).isEqualTo("乡镇企业局");
    // a breadcrumb's last step, the township, before the title that names it
    assertThat(strip("虎形山瑶族乡虎形山瑶族乡人民政府", "虎形山瑶族乡虎形山瑶族乡人民政府2022年…")).isEqualTo("虎形山瑶族乡人民政府");
    assertThat(strip("江岸苏木四子王旗江岸苏木人民政府", "江岸苏木四子王旗江岸苏木人民政府2021年…")).isEqualTo("四子王旗江岸苏木人民政府");
    // a site's column of departments run into the body's name
    assertThat(strip("市政府部门沈阳市市场监督管理局", "市政府部门沈阳市市场监督管理局2022年…", "沈阳市市场监督管理局"))
        .isEqualTo("沈阳市市场监督管理局");
    assertThat(strip("市直部门石家庄市公安局", "市直部门石家庄市公安局2021年…", "石家庄市公安局")).isEqualTo("石家庄市公安局");
    // a body's short name (the breadcrumb's last step) before its full name that ends with it
    assertThat(strip("江阴海事局中华人民共和国江阴海事局", "江阴海事局中华人民共和国江阴海事局2021年…")).isEqualTo("中华人民共和国江阴海事局");
    // a government's name before a street's is part of the street office's full name in Beijing
    assertThat(strip("北京市朝阳区人民政府三里屯街道办事处", "北京市朝阳区人民政府三里屯街道办事处2022年…"))
        .isEqualTo("北京市朝阳区人民政府三里屯街道办事处");
    // a national body before a province is its local office's parent
    assertThat(strip("国家税务总局河南省税务局", "国家税务总局河南省税务局2023年政府信息公开工作年度报告", "河南省税务局"))
        .isEqualTo("国家税务总局河南省税务局");
  }

  @Test
  void theSiteNameBeforeTheTitleIsNotPartOfTheAgency() {
    assertThat(strip("新政镇人民政府仪陇县新政镇", "新政镇人民政府仪陇县新政镇2023年政府信息公开工作年度报告", "来源:新政镇人民政府"))
        .isEqualTo("仪陇县新政镇");
    assertThat(
            strip("大理经济技术开发区大理经济技术开发区管理委员会", "大理经济技术开发区大理经济技术开发区管理委员会2023年…", "由大理经济技术开发区管理委员会编制"))
        .isEqualTo("大理经济技术开发区管理委员会");
  }

  @Test
  void aNamePrintedAgainOrWithoutNavigationStays() {
    assertThat(strip("国家税务总局上海市税务局", "国家税务总局上海市税务局2023年…", "国家税务总局上海市税务局"))
        .isEqualTo("国家税务总局上海市税务局");
    assertThat(strip("淄博市应急管理局", "淄博市应急管理局2019年…")).isEqualTo("淄博市应急管理局");
    // a national body's local office, named after it once only
    assertThat(strip("国家税务总局河南省税务局", "国家税务总局河南省税务局2023年政府信息公开工作年度报告", "省税务局"))
        .isEqualTo("国家税务总局河南省税务局");
    assertThat(strip("国家金融监督管理总局温州监管分局", "国家金融监督管理总局温州监管分局2023年政府信息公开工作年度报告"))
        .isEqualTo("国家金融监督管理总局温州监管分局");
    assertThat(strip("开封市鼓楼区应急管理局", "由开封市鼓楼区应急管理局编制。", "鼓楼区应急管理局")).isEqualTo("开封市鼓楼区应急管理局");
    assertThat(strip("重庆市九龙坡区二郎街道办事处", "重庆市九龙坡区二郎街道办事处2022年…", "二郎街道办事处"))
        .isEqualTo("重庆市九龙坡区二郎街道办事处");
  }

  /** Occurrences of s in text, overlapping ones counted, up to 2. */
  private static int occurrencesInJoined(String text, String s) {
    int n = 0;
    for (int i = text.indexOf(s); i >= 0 && n < 2; i = text.indexOf(s, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void occurrencesOverLineEndsAreCountedAsInTheJoinedText() {
    java.util.Random random = new java.util.Random(17);
    String alphabet = "镇人民政府镇镇人";
    for (int round = 0; round < 20_000; round++) {
      String[] lines = new String[1 + random.nextInt(6)];
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < lines.length; i++) {
        StringBuilder line = new StringBuilder();
        for (int k = random.nextInt(7); k > 0; k--) {
          line.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        lines[i] = line.toString();
        joined.append(line);
      }
      StringBuilder s = new StringBuilder();
      for (int k = 1 + random.nextInt(5); k > 0; k--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(TitleNavigation.occurrences(lines, s.toString()))
          .as(String.join("|", lines) + " / " + s)
          .isEqualTo(occurrencesInJoined(joined.toString(), s.toString()));
    }
  }
}
