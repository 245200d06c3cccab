package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageNumbersTest {

  @Test
  void aLineHoldingOnlyAPageNumberIsOne() {
    for (String line :
        List.of(
            "- 3 -",
            "-3-",
            "— 12 —",
            "－３－",
            "第 3 页",
            "第3页 共8页",
            "第 3 页 共 8 页",
            "第3页/共8页",
            "3/8",
            " 3 / 8 ",
            "3/共8页",
            "Page 3",
            "Page 3 of 8")) {
      assertThat(PageNumbers.isPageNumber(line)).as(line).isTrue();
    }
  }

  @Test
  void numbersAndTextAreNot() {
    for (String line :
        List.of(
            "3",
            "0",
            "8/3",
            "0/0",
            "2023/12",
            "-",
            "—",
            "- 3",
            "第三页",
            "第3条",
            "3/8人",
            "（一）予以公开",
            "Page",
            "第二十条第（一）项")) {
      assertThat(PageNumbers.isPageNumber(line)).as(line).isFalse();
    }
  }

  @Test
  void pageNumbersAndTheRunningHeaderBesideThemAreTakenOut() {
    List<String> lines =
        List.of(
            "某县人民政府2023年政府信息公开工作年度报告",
            "一、总体情况",
            "正文",
            "第 1 页 共 3 页",
            "",
            "某县人民政府2023年政府信息公开工作年度报告",
            "结果维持",
            "0",
            "第 2 页 共 3 页",
            "某县人民政府2023年政府信息公开工作年度报告",
            "结果纠正",
            "第 3 页 共 3 页");
    PageNumbers.Stripped s = PageNumbers.strip(lines);
    assertThat(s.changed()).isTrue();
    assertThat(s.lines())
        .containsExactly("某县人民政府2023年政府信息公开工作年度报告", "一、总体情况", "正文", "", "结果维持", "0", "结果纠正");
    assertThat(s.sourceLine()).containsExactly(1, 2, 3, 5, 7, 8, 11);
  }

  @Test
  void theRunningHeaderAfterTwoPageNumbersIsTakenOut() {
    // a page's own number and an extractor's footer, then the next page's header
    List<String> lines =
        List.of(
            "某县人民政府",
            "2023年政府信息公开工作年度报告",
            "1.本机关不掌握相关政府信息 31 0 0 0 0 0 31",
            "- 4 -",
            "— 3 —",
            "2023年政府信息公开工作年度报告",
            "2.没有现成信息需要另行制作 1 0 0 0 0 0 1");
    assertThat(PageNumbers.strip(lines).lines())
        .containsExactly(
            "某县人民政府",
            "2023年政府信息公开工作年度报告",
            "1.本机关不掌握相关政府信息 31 0 0 0 0 0 31",
            "2.没有现成信息需要另行制作 1 0 0 0 0 0 1");
  }

  @Test
  void aLabelBesideOnePageBreakStays() {
    List<String> lines =
        List.of("某县2023年政府信息公开工作年度报告", "一", "二", "三", "四", "五", "结果维持", "- 2 -", "结果维持", "0");
    assertThat(PageNumbers.strip(lines).lines())
        .containsExactly("某县2023年政府信息公开工作年度报告", "一", "二", "三", "四", "五", "结果维持", "结果维持", "0");
  }

  @Test
  void aTextWithoutPageNumbersIsReturnedAsItIs() {
    List<String> lines = List.of("一、总体情况", "0", "3");
    PageNumbers.Stripped s = PageNumbers.strip(lines);
    assertThat(s.changed()).isFalse();
    assertThat(s.lines()).isSameAs(lines);
  }

  @Test
  void aCellBesideTwoPageBreaksIsNoRunningHeader() {
    // a table's cells, one per line, with a page's footer after a 0件 on two pages (probe12 b03 in
    // the page-furniture form): the 0件 is no running header, the footers are page numbers
    List<String> lines =
        List.of("行政复议", "0件", "第 7 页 共 9 页", "1件", "2件", "0件", "第 8 页 共 9 页", "3件");
    assertThat(PageNumbers.strip(lines).lines())
        .containsExactly("行政复议", "0件", "1件", "2件", "0件", "3件");
  }

  /**
   * A page a browser printed to PDF (probe23 v02, v06): its margins at every page break, the
   * address beside the page number and the print's date beside the page's title (Chrome, Edge), or
   * the page number beside the date and the title beside the address (Firefox), are taken out; also
   * inside table 四's header, where they fell.
   */
  @Test
  void aBrowsersPrintMarginsAreTakenOut() {
    List<String> lines =
        List.of(
            "广东省林业局2022年政府信息公开工作年度报告",
            "  四、政府信息公开行政复议、行政诉讼情况",
            " 结果   结果   其他   尚未          结果   结果",
            "",
            "http://lyj.gd.gov.cn/gkmlpt/content/4/4097/post_4097561.html                    3/4",
            "\f2023/4/6 15:42                              广东省林业局2022年政府信息公开工作年度报告_广东省林业局",
            "",
            " 维持   纠正   结果   审结   总计",
            "   1      0      2      3      6",
            "http://lyj.gd.gov.cn/gkmlpt/content/4/4097/post_4097561.html                    4/4",
            "\f2023/4/6 15:42                              广东省林业局2022年政府信息公开工作年度报告_广东省林业局",
            "第 2 页，共 4 页                                        2021/6/3 14:27:51");
    PageNumbers.Stripped s = PageNumbers.strip(lines);
    assertThat(s.lines())
        .containsExactly(
            "广东省林业局2022年政府信息公开工作年度报告",
            "  四、政府信息公开行政复议、行政诉讼情况",
            " 结果   结果   其他   尚未          结果   结果",
            "",
            "",
            " 维持   纠正   结果   审结   总计",
            "   1      0      2      3      6");
  }

  @Test
  void anAddressOrATimeAloneIsNoPageMargin() {
    for (String line :
        List.of(
            "http://lyj.gd.gov.cn/gkmlpt/content/4/4097/post_4097561.html",
            "2023/4/6 15:42",
            "发布时间：2024-03-12 10:30",
            "网址：http://www.example.gov.cn 电话：0517-87222589",
            "   1      0      2      3      6")) {
      assertThat(PageNumbers.isPrintedPageEdge(line)).as(line).isFalse();
    }
  }

  /** An article's pager, kept between its pages by a crawl that joined them (probe23 g04). */
  @Test
  void anArticlesPagerIsTakenOut() {
    for (String line : List.of("共2页 上一页 1 2 下一页", "1 2 3 4 5 6 7 8 9 10 下一页 >", "首页 上一页 下一页 尾页")) {
      assertThat(PageNumbers.isArticlePager(line)).as(line).isTrue();
    }
    for (String line : List.of("上一页：2022年政府信息公开工作年度报告", "1 2 3 4 5 6 7")) {
      assertThat(PageNumbers.isArticlePager(line)).as(line).isFalse();
    }
  }

  @Test
  void aFlipBooksPageTitleAndNumberMarkAPage() {
    assertThat(PageNumbers.isPageMark("Page 6 - 阆中市住房和城乡建设局2021年政府信息公开工作年度报告")).isTrue();
    assertThat(PageNumbers.isPageMark("P. 6")).isTrue();
    assertThat(PageNumbers.isPageMark("- 3 -")).isTrue();
    assertThat(PageNumbers.isPageMark("6")).isFalse();
    assertThat(PageNumbers.isPageMark("Page views 2021")).isFalse();
    assertThat(PageNumbers.isPageMark("P. 6 本页共有")).isFalse();
  }
}
