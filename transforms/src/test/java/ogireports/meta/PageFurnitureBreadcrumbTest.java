package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ogireports.document.Decoder;
import ogireports.model.ReportMetadata;
import ogireports.text.Normalise;
import org.junit.jupiter.api.Test;

/** The breadcrumb test, which looks at the first character first, against trying every word. */
class PageFurnitureBreadcrumbTest {

  private static final String[] BREADCRUMBS = {"当前位置", "您的位置", "您现在的位置", "您所在的位置", "所在位置", "现在位置"};

  /** PageFurniture's breadcrumb test as it was, without looking at the first character first. */
  private static boolean isBreadcrumbByEveryWord(String nfkc) {
    String sq = Normalise.squeeze(nfkc);
    boolean bullet = sq.startsWith("•");
    for (String b : BREADCRUMBS) {
      if (sq.startsWith(b) || (bullet && sq.startsWith(b, 1))) {
        return true;
      }
    }
    int at = sq.indexOf("位置");
    if (at >= 0 && sq.startsWith(":", at + 2)) {
      String before = sq.substring(bullet ? 1 : 0, at);
      if (before.length() <= 6 && before.chars().allMatch(c -> "您当前所在的现".indexOf(c) >= 0)) {
        return true;
      }
    }
    for (String home : new String[] {"首页", "网站首页", "主页", "门户首页"}) {
      for (char sep : ">»/-→|".toCharArray()) {
        if (sq.startsWith(home + sep) && !sq.contains("。")) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void everyLineOfTheFixturesIsABreadcrumbAsByEveryWord() throws IOException {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "",
                "•",
                "• 当前位置：首页 > 政务公开",
                "您现在的位置: 首页",
                "首页 > 政府信息公开年报",
                "网站首页>年报",
                "首页»年报",
                "首页>年报。",
                "现在位置",
                "所在位置",
                "位置：首页",
                "您当前所在位置：首页 > 政务公开",
                "• 您当前的位置：首页",
                "首页 / 政务公开 / 年报",
                "主页 > 信息公开",
                "首页 - 信息公开 - 年度报告",
                "首页是本站的入口。",
                "位于首页",
                "主页面",
                "位置很重要：首页"));
    try (Stream<Path> s = Files.walk(Path.of("..", "fixtures"))) {
      for (Path file : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Decoder.Result decoded = Decoder.decode(Files.readAllBytes(file));
        if (decoded.isText()) {
          lines.addAll(decoded.text().lines());
        }
      }
    }
    assertThat(lines).hasSizeGreaterThan(1000);
    for (String line : lines) {
      String nfkc = Normalise.nfkc(line);
      assertThat(PageFurniture.isBreadcrumb(nfkc))
          .as(line)
          .isEqualTo(isBreadcrumbByEveryWord(nfkc));
    }
  }

  @Test
  void aBreadcrumbNamesTheBodyOfAReportThatSpeaksAsIt() {
    String report =
        "\n2023年政府信息公开工作年度报告\n发布时间：2024-01-22\n根据《中华人民共和国政府信息公开条例》规定，现将%s2023年度政府信息公开工作情况报告如下。"
            + "\n一、总体情况\n2023年，%s认真贯彻落实《条例》。";
    ReportMetadata town =
        MetadataReader.read(
            List.of(
                ("天台县人民政府门户网站\n首页 > 信息公开 > 乡镇政务公开 > 白鹤镇 > 政府信息公开年报" + report.formatted("我镇", "我镇"))
                    .split("\n")));
    assertThat(town.agency()).isEqualTo("白鹤镇");
    ReportMetadata department =
        MetadataReader.read(
            List.of(
                ("首页 > 信息公开 > 部门信息公开 > 县财政局 > 年度报告" + report.formatted("我局", "我局")).split("\n")));
    assertThat(department.agency()).isEqualTo("县财政局");
    // a column of all townships names none; a report that does not speak as the step's body is not
    // its
    assertThat(
            MetadataReader.read(
                    List.of(
                        ("首页 > 信息公开 > 乡镇街道 > 政府信息公开年报" + report.formatted("我镇", "我镇")).split("\n")))
                .agency())
        .isNull();
    assertThat(
            MetadataReader.read(
                    List.of(
                        ("首页 > 信息公开 > 乡镇政务公开 > 白鹤镇 > 政府信息公开年报" + report.formatted("本单位", "本单位"))
                            .split("\n")))
                .agency())
        .isNull();
  }

  @Test
  void aBreadcrumbsTownshipOverTheCountyThatPostedTheReport() {
    // the county's government as the page's source, the report saying 我乡
    ReportMetadata posted =
        MetadataReader.read(
            List.of(
                "首页 > 信息公开 > 乡镇政务公开 > 芦庙乡 > 政府信息公开年报",
                "2021年政府信息公开工作年度报告",
                "来源: 西平县人民政府 发布时间: 2022-01-30",
                "(一)主动公开政府信息的情况",
                "全年共主动公开政府信息58条，我乡政务公开工作按照《条例》的要求，以公开为原则。"));
    assertThat(posted.agency()).isEqualTo("芦庙乡");
    // the report's prose names the township as its subject
    ReportMetadata named =
        MetadataReader.read(
            List.of(
                "首页 > 信息公开 > 乡镇政务公开 > 东港镇 > 政府信息公开年报",
                "2021年政府信息公开工作年度报告",
                "一、总体情况",
                "东港镇以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》。"));
    assertThat(named.agency()).isEqualTo("东港镇");
  }
}
