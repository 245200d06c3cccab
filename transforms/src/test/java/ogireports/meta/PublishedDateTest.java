package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ogireports.SampleReports;
import ogireports.model.ReportMetadata;
import ogireports.text.ParseBudget;
import ogireports.text.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The publication date (published_date) a crawled page prints in its furniture: read whatever the
 * key ({@code 时间}, {@code 发文日期}, {@code 发布日期}, …), colon (ASCII or full-width), spacing or date
 * form (ISO or 年月日), and beside the source or the site's name when no key precedes it. A date that
 * is something else (the statistics period, a date in the prose, a document's validity) is never
 * taken: the field stays null when the page states no publication date.
 */
class PublishedDateTest {

  /** The real page excerpts (the first ~2000 bytes of each page). */
  private static final Path REAL = Path.of("..", "fixtures", "real-reports");

  private static ReportMetadata read(String... lines) {
    return MetadataReader.read(List.of(lines));
  }

  /** The publication date alone, before any sign-off date could stand in for it. */
  private static LocalDate published(String... lines) {
    return DateFinder.published(new ReportLines(List.of(lines)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        // 来源:昌图县人民政府办公室 时间:2024-01-31 (a 时间 key after the source, ISO form)
        "104.txt, 2024-01-31",
        // 发布机构: 市政府研究室 发文日期: 2023年01月12日 (the second field of a furniture line)
        "113.txt, 2023-01-12",
        // 来源:    时间:2024年01月25日 (an empty source, then the 时间 key, 年月日 form)
        "130.txt, 2024-01-25",
        // 中央政府門戶網站 www.gov.cn   2010年04月06日   來源:… (no key: beside the site and source)
        "132.txt, 2010-04-06",
        // • 2024年01月31日 alone, directly above • 来源: 大理经济技术开发区管理委员会
        "140.txt, 2024-01-31",
        // 发布时间:2023-03-17, not 生效日期: 2023-03-21 printed above it (when it takes effect)
        "112.txt, 2023-03-17",
        // 日期:2021-01-29 under the title
        "022.txt, 2021-01-29",
        // 成文日期: 2020-01-15 in the header (the page prints no other date)
        "122.txt, 2020-01-15",
        // Only the statistics period (2020年1月1日至2020年12月31日) and a cited regulation's date:
        // the page prints no publication date
        "011.txt, null",
        "035.txt, null",
        // 截止2020年12月31日 in a sentence of prose: no publication date
        "013.txt, null",
      })
  void realPages(String file, LocalDate expected) {
    List<String> lines = SampleReports.linesOf(REAL.resolve(file));
    assertThat(MetadataReader.read(lines).publishedDate()).isEqualTo(expected);
  }

  @Test
  void aTraditionalPageReadInSimplifiedKeepsItsDate() {
    // The reader reads a Traditional page in Simplified, the lines as printed beside them
    List<String> printed = SampleReports.linesOf(REAL.resolve("132.txt"));
    List<String> simplified = printed.stream().map(Script::simplified).toList();
    ReportMetadata m = MetadataReader.read(simplified, printed, ParseBudget.UNLIMITED);
    assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2010, 4, 6));
    assertThat(m.year()).isEqualTo(2009);
    assertThat(m.yearConflict()).isNull(); // published in the year after the one covered
  }

  @Test
  void everyPublicationKeyColonSpacingAndFormGivesTheSameDate() {
    // Metamorphic: the same furniture printed with each key, each colon, each spacing and each
    // date form gives the same publication date.
    String[] keys = {"时间", "发文日期", "发布日期", "发布时间", "成文日期", "日期", "公开日期"};
    String[] colons = {":", "：", ""};
    String[] spaces = {"", " ", "   ", "\u3000"};
    String[] forms = {
      "2024-01-31", "2024年01月31日", "2024年1月31日", "2024/1/31", "2024-01-31 09:30:00"
    };
    List<String> failures = new ArrayList<>();
    for (String key : keys) {
      for (String colon : colons) {
        for (String space : spaces) {
          if (colon.isEmpty() && space.isEmpty()) {
            continue; // key glued to the date: no field separator
          }
          for (String form : forms) {
            for (boolean afterSource : new boolean[] {false, true}) {
              String field = key + colon + space + form;
              String line = afterSource ? "来源:昌图县人民政府办公室 " + field : field;
              LocalDate d =
                  published("昌图县七家子镇2023年政府信息公开工作年度报告", line, "一、总体情况", "2023年,我镇认真贯彻落实条例。");
              if (!LocalDate.of(2024, 1, 31).equals(d)) {
                failures.add(line + " -> " + d);
              }
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void fullWidthDigitsAndColonsInAFurnitureField() {
    assertThat(published("县教育局2023年政府信息公开工作年度报告", "来源：　　时间：２０２４年０１月２５日", "一、总体情况"))
        .isEqualTo(LocalDate.of(2024, 1, 25));
  }

  @Test
  void aDateBesideTheSourceOrTheSiteNameInEitherForm() {
    // The site's name, its address, the source: any of them makes the line page furniture.
    String[] lines = {
      "中央政府门户网站 www.gov.cn   2010年04月06日   来源:西藏自治区人民政府网站",
      "中央政府门户网站 www.gov.cn 2010-04-06 来源:西藏自治区人民政府网站",
      "中央政府门户网站  2010年4月6日",
      "www.gov.cn 2010-04-06 10:21",
      "2010年04月06日 来源：西藏自治区人民政府网站",
      "来源: 西藏自治区人民政府 2010-04-06",
    };
    for (String line : lines) {
      assertThat(published("西藏自治区人民政府2009年政府信息公开年度报告", line, "一、概述"))
          .as(line)
          .isEqualTo(LocalDate.of(2010, 4, 6));
    }
  }

  @Test
  void aDateAloneInTheHeaderNextToTheSourceLine() {
    assertThat(
            published(
                "• 发布机构: 大理经济技术开发区",
                "大理经济技术开发区管理委员会2023年政府信息公开工作年度报告",
                "  • 2024年01月31日",
                "  • 来源: 大理经济技术开发区管理委员会",
                "一、总体情况"))
        .isEqualTo(LocalDate.of(2024, 1, 31));
    // with nothing naming a source beside it, a lone date in the header is not taken as the
    // publication (it may be anything); the sign-off rule covers a lone date at the end
    assertThat(
            published(
                "大理经济技术开发区管理委员会2023年政府信息公开工作年度报告", "2024年01月31日", "一、总体情况", "2023年,本机关认真贯彻落实条例。"))
        .isNull();
  }

  @Test
  void theStatisticsPeriodIsNoPublicationDate() {
    // a period printed in furniture form, with a date key or beside the site name
    assertThat(published("县教育局2023年政府信息公开工作年度报告", "时间:2023年1月1日至2023年12月31日", "一、总体情况")).isNull();
    assertThat(published("县教育局2023年政府信息公开工作年度报告", "日期: 2023-01-01 至 2023-12-31", "一、总体情况"))
        .isNull();
    assertThat(published("县教育局2023年政府信息公开工作年度报告", "中央政府门户网站 2023年1月1日 至 2023年12月31日", "一、总体情况"))
        .isNull();
    assertThat(published("中央政府门户网站 2023年1月1日 2023年12月31日", "县教育局2023年政府信息公开工作年度报告", "一、总体情况"))
        .isNull();
    // the period in the intro sentence, as most reports print it
    ReportMetadata m =
        read(
            "县教育局2023年政府信息公开工作年度报告",
            "本报告所列数据统计时限为2023年1月1日至12月31日，如对本报告有疑问请与县教育局联系。",
            "一、总体情况",
            "2023年，县教育局认真贯彻落实条例。");
    assertThat(m.publishedDate()).isNull();
    assertThat(m.year()).isEqualTo(2023);
  }

  @Test
  void aDateInASentenceOfProseIsNoPublicationDate() {
    // a meeting on a day, told in a sentence: the page prints no publication date
    assertThat(published("县教育局2023年政府信息公开工作年度报告", "2024年1月5日，县教育局召开政务公开工作会议，来源：县教育局办公室。", "一、总体情况"))
        .isNull();
    assertThat(published("县教育局2023年政府信息公开工作年度报告", "一、总体情况", "时间：2024年1月5日，县教育局召开政务公开工作会议。"))
        .isNull();
    // a key word inside prose with a date after it is not a furniture field
    assertThat(published("县教育局2023年政府信息公开工作年度报告", "按照规定的公开时间 2024年1月5日前完成全部公开事项", "一、总体情况"))
        .isNull();
  }

  @Test
  void theDatesOfADocumentsValidityAreNoPublicationDate() {
    // 生效日期 (takes effect), 废止日期 (repealed), 更新时间 (last edit) date something else
    for (String line :
        new String[] {"生效日期: 2023-03-21 废止日期:", "废止日期：2025-01-01", "更新时间: 2024-02-01 10:00"}) {
      assertThat(published(line, "海南州人民政府2022年政府信息公开工作年度报告", "一、总体情况")).as(line).isNull();
    }
  }

  @Test
  void aPublicationKeyWinsOverASignedDateAndTheOrderOfLines() {
    // 发布日期 anywhere comes before the furniture's other date fields
    assertThat(
            published(
                "• 发文机关:海南省工业和信息化厅 成文日期:2023-01-18 17:48",
                "• 文 号:发布日期: 2023-01-19 17:48",
                "一、总体情况"))
        .isEqualTo(LocalDate.of(2023, 1, 19));
  }
}
