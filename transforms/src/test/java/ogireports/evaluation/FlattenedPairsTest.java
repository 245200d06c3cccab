package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real texts in two crawl forms at once, the first {@link Variants variant} applied to the text and
 * the second to the result: a page's text flattened by a crawler whose words were also spread
 * ({@code 政 府 信 息 公 开}, PDF text of a spaced title), and so on. Each test stands for one kind of
 * crawled text and asserts the hand-checked metadata (agency, place, year, template) of the real
 * fixtures that stood for it.
 */
class FlattenedPairsTest {

  private static ReportReader reader;
  private static final Map<String, ExpectedReport> EXPECTED = new HashMap<>();
  private static final Map<String, String> TEXTS = new HashMap<>();

  @BeforeAll
  static void readFixtures() throws IOException {
    reader = new ReportReader(PlaceResolver.fromClasspath(), null);
    for (ExpectedReport e :
        ExpectedReport.readAll(RealReportsEvaluationTest.FIXTURES.resolve("expected.jsonl"))) {
      if (e.file().endsWith(".txt")) {
        EXPECTED.put(e.file(), e);
        TEXTS.put(
            e.file(),
            Files.readString(
                RealReportsEvaluationTest.FIXTURES.resolve(e.file()), StandardCharsets.UTF_8));
      }
    }
  }

  /**
   * The metadata misses of each fixture in each pair of forms, for two seeds (every line spread or
   * every other line, wrap widths): none expected.
   */
  private static List<String> metadataMisses(
      List<String> files, List<Variants[]> pairs, int... seeds) {
    List<String> misses = new ArrayList<>();
    for (String file : files) {
      for (Variants[] pair : pairs) {
        for (int seed : seeds) {
          byte[] bytes = pair[1].bytes(pair[0].of(TEXTS.get(file), seed), seed);
          ReadOutcome outcome = reader.read(new Document(file, bytes));
          for (Evaluation.Miss m : new Evaluation().score(EXPECTED.get(file), outcome)) {
            if (!m.field().isTotal() && !LabelConflicts.explains(m)) {
              misses.add(pair[0] + "+" + pair[1] + " seed " + seed + ": " + m);
            }
          }
        }
      }
    }
    return misses;
  }

  /**
   * A flattened page whose Han characters are spread by spaces ({@code 中 村 乡2020年 政 府 信 息 公 开 工 作 年
   * 度 报 告}): the title and the section headings are found in the long line with the spreading
   * spaces taken out, as in the same page flattened unspread. Read before as {@code 政务信息公开年报中村乡}
   * (019, the column name run into the title), {@code 政府信息公开年报河包镇} (022), or rejected as no report
   * (027, 037, 124…: no title, no heading found).
   */
  @Test
  void spreadCharactersInAFlattenedPage() {
    List<Variants[]> pairs =
        List.of(
            new Variants[] {Variants.JOINED_SPACE, Variants.HAN_SPACED},
            new Variants[] {Variants.JOINED, Variants.HAN_SPACED},
            new Variants[] {Variants.HAN_SPACED, Variants.JOINED_SPACE},
            new Variants[] {Variants.HAN_SPACED, Variants.JOINED});
    List<String> files =
        List.of(
            "019.txt", "022.txt", "027.txt", "037.txt", "102.txt", "108.txt", "109.txt", "110.txt",
            "111.txt", "113.txt", "120.txt", "124.txt", "129.txt", "130.txt", "132.txt", "136.txt",
            "140.txt");
    assertThat(metadataMisses(files, pairs, 0, 1)).isEmpty();
  }

  /**
   * A CMS page flattened whole: its header's last key has no value ({@code 原文链接:}), and the tool
   * bar after it ({@code 【字体：大 中 小】 打印本页}) runs into the report's first words. The report starts
   * after the page's command: read before as part of the header, so that 031's intro ({@code
   * 现公布子长市人民政府2023年度…}) went unread and its contact office {@code 子长市政府政务服务中心} was taken for the
   * body, and 111's title lost its body and year (2022 read as 2023, from the publication date).
   */
  @Test
  void theReportStartsAfterThePageCommands() {
    List<Variants[]> pairs =
        List.of(
            new Variants[] {Variants.CMS_HEADER, Variants.JOINED_SPACE},
            new Variants[] {Variants.CMS_HEADER, Variants.JOINED});
    assertThat(metadataMisses(List.of("031.txt", "111.txt", "035.txt", "019.txt"), pairs, 0, 1))
        .isEmpty();
  }

  /**
   * A flattened page cut again at its runs of spaces or table cells (an extractor that keeps breaks
   * only there): the page's head comes as lines of ordinary length with the title among other text
   * ({@code 地方政务 西藏自治区人民政府2009年政府信息公开年度报告中央政府门户网站 www.gov.cn}, {@code 芦庙乡人民政府2021年政府信息公开工作年度报告 来源:
   * 西平县人民政府 发布时间: …}), under a site's navigation ({@code 首页>政务公开>…>新政镇人民政府}, {@code 首页 >> … >>
   * 2021年年报}), after a header's last value ({@code 时效性: 有效 有效海南省工业和信息化厅2022年…}). Read before as
   * {@code 自治區人民政府辦公廳信息處} (132, from its contact sentence), no report (136), {@code 新政镇人民政府仪陇县新政镇}
   * (106, the navigation read as the start of a sentence naming the report), {@code 有效海南省工业和信息化厅}
   * (138).
   */
  @Test
  void aTitleAmongOtherTextInAHeadLine() {
    List<Variants[]> pairs =
        List.of(
            new Variants[] {Variants.JOINED, Variants.ONE_CELL_PER_LINE},
            new Variants[] {Variants.JOINED, Variants.HTML_TABLE},
            new Variants[] {Variants.JOINED, Variants.MARKDOWN},
            new Variants[] {Variants.JOINED, Variants.CRAWLER_HEADER},
            new Variants[] {Variants.JOINED_SPACE, Variants.ONE_CELL_PER_LINE});
    assertThat(metadataMisses(List.of("106.txt", "132.txt", "136.txt", "138.txt"), pairs, 0, 1))
        .isEmpty();
  }

  /**
   * PDF text of a page set with character spacing, wrapped at the page's width: a line holds half
   * the characters an unspread one does ({@code 特 编 制 湛 江 市 人 民 政 府 地 方 志 办} / {@code 公 室2023年…}),
   * so a line is told wrapped by its width with the spaces, a title may wrap inside its last words
   * ({@code 海 南 州 人 民 政 府2022年 政 府 信 息 公 开 工 作 年} / {@code 度 报 告}), and a sentence read from a line
   * it continues may start inside a citation opened on the line before ({@code 公开发布《国家新闻出版署} /
   * {@code 2021年政府信息公开工作年度报告》}). Read before as {@code 公室} (025), no report (112), 2021 (109, once
   * the lines were joined).
   */
  @Test
  void spreadCharactersWrappedAtThePageWidth() {
    List<Variants[]> pairs =
        List.<Variants[]>of(new Variants[] {Variants.HAN_SPACED, Variants.PDF_REWRAPPED});
    assertThat(
            metadataMisses(
                List.of("025.txt", "031.txt", "109.txt", "112.txt", "128.txt"), pairs, 0, 1, 2, 3))
        .isEmpty();
  }

  /**
   * A flattened page printed to PDF, its one line wrapped at the page's width: the title sits
   * inside a wrapped line with the site's navigation, the header's values or the report's own name
   * run into it ({@code 2022年政府信息公开工作年度报告桃江县松木塘镇人民政府2022} / {@code 年政府信息公开工作年度报告一、总体情况…}). The
   * report's name ends no body's name, the navigation glued before it is taken off wherever the
   * agency was read, a site's welcome ({@code 欢迎光临}) is navigation, a name holding a site's ({@code
   * 通过清水县人民政府网站教育局}) is none, and 经济 starts a name ({@code 大理经济技术开发区管理委员会}). Read before as {@code
   * 政府信息公开工作年度报告桃江县松木塘镇人民政府} (017), {@code 政府信息公开昌图县七家子镇} (104), {@code 有效有效海南省工业和信息化厅} (138),
   * {@code 济技术开发区管理委员会} (140)…
   */
  @Test
  void aFlattenedPageWrappedAtThePageWidth() {
    List<Variants[]> pairs =
        List.of(
            new Variants[] {Variants.JOINED, Variants.PDF_REWRAPPED},
            new Variants[] {Variants.JOINED_SPACE, Variants.PDF_REWRAPPED});
    assertThat(
            metadataMisses(
                List.of("017.txt", "019.txt", "104.txt", "112.txt", "129.txt", "140.txt"),
                pairs,
                0,
                1))
        .isEmpty();
    // (seed 1 wraps 时效性: 有 / 效 有效海南省…: the header's value cut is still read into the name)
    assertThat(metadataMisses(List.of("138.txt"), pairs, 0)).isEmpty();
  }

  /**
   * A flattened page whose menu names the report's words before the title ({@code 首页 走进汉台 新闻中心
   * 政府信息公开 政务服务 互动交流 专题专栏汉台区徐望镇人民政府2025年政府信息公开工作年度报告}), with nothing left to tell the menu from the
   * title (its spaces lost with the separators of the rows, or spread like all the rest): the
   * 政府信息公开 of a menu before the body's name and the year does not end the body's name. Read before
   * as {@code 走进汉台新闻中心} (105).
   */
  @Test
  void aMenuNamingTheReportBeforeTheTitle() {
    List<Variants[]> pairs =
        List.of(
            new Variants[] {Variants.JOINED, Variants.ROW_SEPARATORS_REMOVED},
            new Variants[] {Variants.JOINED_SPACE, Variants.ROW_SEPARATORS_REMOVED},
            new Variants[] {Variants.HAN_SPACED, Variants.JOINED},
            new Variants[] {Variants.JOINED, Variants.HAN_SPACED});
    assertThat(metadataMisses(List.of("105.txt"), pairs, 0, 1)).isEmpty();
  }
}
