package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ParsedReport;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A CMS page's information block (索引号 / 信息分类 / 发布机构 / 成文日期 …) in the forms provincial site
 * platforms print it and crawlers save it (probe43's misses): keys and values in cells of their own
 * ({@code 发布机构： | 涿州市双塔街道办事处 | 成文日期： | …}), a {@code 信息分类} whose value is the report's kind and no
 * title, a street's office named only in the breadcrumb, and the block run into one line with the
 * page's title.
 */
class PageInformationBlocksTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);
  private static final Path WRITTEN = Path.of("..", "fixtures", "written");

  private static ParsedReport read(String text) {
    ReadOutcome o = READER.read(new Document("x.txt", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(o).isInstanceOf(ReadOutcome.Accepted.class);
    return ((ReadOutcome.Accepted) o).report();
  }

  private static String text(String file) throws IOException {
    return Files.readString(WRITTEN.resolve(file), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource({
    // 发布机构 and its value in cells of their own, the title bodiless, the prose 我街道 / 我局
    "probe43/e02.txt, 涿州市双塔街道办事处, 涿州市, 2020",
    "probe43/e18.txt, 歙县农业农村局, 歙县, 2025",
    // 信息分类：政府信息公开工作年度报告 is a field of the block, not the title
    "probe43/e20.txt, 井冈山市茨坪镇人民政府, 井冈山市, 2022",
    "probe43/e05.txt, 坞城街道办事处, 小店区, 2023",
  })
  void theBodyTheBlockOrTheBreadcrumbNames(String file, String agency, String county, int year)
      throws IOException {
    for (String form : new String[] {text(file), text(file).replace('\n', ' ')}) {
      ParsedReport r = read(form);
      assertThat(r.metadata().agency()).isEqualTo(agency);
      assertThat(r.place().county()).isEqualTo(county);
      assertThat(r.metadata().year()).isEqualTo(year);
    }
  }

  @Test
  void theBlocksFormsReadAlike() throws IOException {
    String e02 = text("probe43/e02.txt");
    String cells = "发布机构： | 涿州市双塔街道办事处 | 成文日期： | 2021-01-10 |";
    assertThat(e02).contains(cells);
    for (String form :
        new String[] {
          "| 发布机构 | 涿州市双塔街道办事处 | 成文日期 | 2021-01-10 |",
          "发布机构：涿州市双塔街道办事处\n成文日期：2021-01-10",
          "发布机构：涿州市双塔街道办事处　　成文日期：2021-01-10",
          "• 发 布 机 构：涿州市双塔街道办事处",
        }) {
      assertThat(read(e02.replace(cells, form)).metadata().agency())
          .as(form)
          .isEqualTo("涿州市双塔街道办事处");
    }
    String e20 = text("probe43/e20.txt");
    for (String key : new String[] {"信息分类", "信息类别", "公开类别", "所属分类", "内容分类"}) {
      String other = e20.replace("信息分类：", key + "：");
      assertThat(read(other).metadata().agency()).as(key).isEqualTo("井冈山市茨坪镇人民政府");
      assertThat(read(other).metadata().title()).as(key).isEqualTo("茨坪镇政府信息公开工作年度报告");
    }
  }

  @Test
  void aBlockRunIntoTheTitlesLineLeavesTheTitleItsOwnWords() throws IOException {
    // 文号：无 then the title: the value that says there is none is no part of the title's name
    String e05 = text("probe33/e05.txt").replace('\n', ' ');
    assertThat(read(e05).metadata().agency()).isEqualTo("玛纳斯县医疗保障局");
    // the block's pipe rows run together: the 发布机构 cell is read, not the title's 镇政府
    String m42 = text("probe36/m42.txt").replace('\n', ' ');
    assertThat(read(m42).metadata().agency()).isEqualTo("黟县宏村镇人民政府");
    // a spread key (文　　号) before the title: its last character is not the title's first
    String m17 = text("probe36/m17.txt").replace('\n', ' ');
    assertThat(read(m17).metadata().title()).startsWith("区住建委");
  }
}
