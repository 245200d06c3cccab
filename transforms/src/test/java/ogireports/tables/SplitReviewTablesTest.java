package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.ReviewLitigationTable;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/**
 * Table 四 printed as two tables, 行政复议 and 行政诉讼, under captions ({@code 表一：行政复议情况}), sub-headings
 * ({@code （一）行政复议情况}) or a blank line (fixtures/written/probe16/t07-2021.txt, tables4/t4two), and
 * captions over table 三: every cell read, in every layout; captions that name a year are kept for
 * the two years' tables.
 */
class SplitReviewTablesTest {

  private static final String REVIEW_HEADER = "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计";

  private static List<List<Double>> t4(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    ReviewLitigationTable t =
        TableReader.read(lines, SectionSplitter.split(lines)).reviewLitigation();
    assertThat(t).isNotNull();
    return t.groups().stream().map(g -> g.cells().stream().map(c -> c.value()).toList()).toList();
  }

  private static final List<List<Double>> T07 =
      List.of(
          List.of(1.0, 1.0, 0.0, 0.0, 2.0),
          List.of(1.0, 0.0, 0.0, 0.0, 1.0),
          List.of(0.0, 0.0, 0.0, 0.0, 0.0));

  @Test
  void captionsAreTheirTablesWords() {
    assertThat(TableCaptions.wordsOf("表一:行政复议情况")).isEqualTo("行政复议");
    assertThat(TableCaptions.wordsOf("表二:行政诉讼情况")).isEqualTo("行政诉讼");
    assertThat(TableCaptions.wordsOf("表3行政诉讼案件情况")).isEqualTo("行政诉讼");
    assertThat(TableCaptions.wordsOf("(一)行政复议情况")).isEqualTo("行政复议");
    assertThat(TableCaptions.wordsOf("(二)政府信息公开行政诉讼情况:")).isEqualTo("行政诉讼");
    assertThat(TableCaptions.wordsOf("表1收到和处理政府信息公开申请情况")).isEmpty();
    assertThat(TableCaptions.wordsOf("表2政府信息公开行政复议、行政诉讼情况")).isEmpty();
    // a year: the caption tells which of two tables 三 is the report's, and is kept
    assertThat(TableCaptions.wordsOf("表12019年度收到和处理政府信息公开申请情况")).isNull();
    // no caption
    assertThat(TableCaptions.wordsOf("(一)予以公开")).isNull();
    assertThat(TableCaptions.wordsOf("1.属于国家秘密")).isNull();
    assertThat(TableCaptions.wordsOf("(一)行政复议情况。本年度我局被申请行政复议2件，均已审结。")).isNull();
    assertThat(TableCaptions.wordsOf("表格")).isNull();
  }

  @Test
  void theWrittenReportsTwoCaptionedTablesAreRead() throws IOException {
    String text =
        Files.readString(
            Path.of("..", "fixtures", "written", "probe16", "t07-2021.txt"),
            StandardCharsets.UTF_8);
    assertThat(t4(text)).isEqualTo(T07);
  }

  @Test
  void captionedPartsAsPipeRowsAreRead() {
    String text =
        String.join(
            "\n",
            "四、政府信息公开行政复议、行政诉讼情况",
            "表一：行政复议情况",
            "| " + REVIEW_HEADER + " |",
            "| 1 | 1 | 0 | 0 | 2 |",
            "表二：行政诉讼情况",
            "| 未经复议直接起诉 | | | | | 复议后起诉 | | | | |",
            "| " + REVIEW_HEADER + " | " + REVIEW_HEADER + " |",
            "| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |",
            "五、存在的主要问题及改进情况");
    assertThat(t4(text)).isEqualTo(T07);
  }

  @Test
  void subHeadedPartsAsTabRowsAreRead() {
    String header = REVIEW_HEADER.replace(" | ", "\t");
    String text =
        String.join(
            "\n",
            "四、政府信息公开行政复议、行政诉讼情况",
            "（一）行政复议情况",
            header,
            "1\t1\t0\t0\t2",
            "（二）行政诉讼情况",
            "未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t",
            header + "\t" + header,
            "1\t0\t0\t0\t1\t0\t0\t0\t0\t0",
            "五、存在的主要问题及改进情况");
    assertThat(t4(text)).isEqualTo(T07);
  }

  @Test
  void partsWithABlankLineBetweenAsCellLinesAreRead() {
    String header = REVIEW_HEADER.replace(" | ", "\n");
    String text =
        String.join(
            "\n",
            "四、政府信息公开行政复议、行政诉讼情况",
            "行政复议",
            header,
            "1\n1\n0\n0\n2",
            "",
            "行政诉讼",
            "未经复议直接起诉\n复议后起诉",
            header,
            header,
            "1\n0\n0\n0\n1\n0\n0\n0\n0\n0",
            "五、存在的主要问题及改进情况");
    assertThat(t4(text)).isEqualTo(T07);
  }

  @Test
  void partsThatDoNotFillTheGroupsAreNotRead() {
    // the litigation part prints five values for its two groups: nothing is placed
    String text =
        String.join(
            "\n",
            "四、政府信息公开行政复议、行政诉讼情况",
            "表一：行政复议情况",
            "| " + REVIEW_HEADER + " |",
            "| 1 | 1 | 0 | 0 | 2 |",
            "表二：行政诉讼情况",
            "| 未经复议直接起诉 | 复议后起诉 |",
            "| " + REVIEW_HEADER + " |",
            "| 1 | 0 | 0 | 0 | 1 |",
            "五、存在的主要问题及改进情况");
    List<ReviewLitigationRow> groups = groups(text);
    assertThat(groups.get(ReviewGroup.REVIEW.ordinal()).cells()).isNotEmpty();
    assertThat(groups.get(ReviewGroup.LITIGATION_DIRECT.ordinal()).cells()).isEmpty();
    assertThat(groups.get(ReviewGroup.LITIGATION_AFTER_REVIEW.ordinal()).cells()).isEmpty();
  }

  @Test
  void partsWithTheTotalFirstAreReadInTheirHeadersOrder() {
    // each part's header prints 总计 first (fixtures/written/tables4/t4totalfirst-2019.txt split):
    // the values are placed by the header's words, not in the template's order
    String header = "总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结";
    for (String caption : List.of("表一：行政复议情况", "行政复议")) {
      String text =
          String.join(
              "\n",
              "四、政府信息公开行政复议、行政诉讼情况",
              caption,
              "| " + header + " |",
              "| 5 | 3 | 1 | 0 | 1 |",
              caption.equals("行政复议") ? "" : "表二：行政诉讼情况",
              caption.equals("行政复议") ? "| 行政诉讼 |" : "",
              "| 未经复议直接起诉 | | | | | 复议后起诉 | | | | |",
              "| " + header + " | " + header + " |",
              "| 3 | 2 | 0 | 1 | 0 | 2 | 1 | 0 | 0 | 1 |",
              "五、存在的主要问题及改进情况");
      assertThat(t4(text))
          .isEqualTo(
              List.of(
                  List.of(3.0, 1.0, 0.0, 1.0, 5.0),
                  List.of(2.0, 0.0, 1.0, 0.0, 3.0),
                  List.of(1.0, 0.0, 0.0, 1.0, 2.0)));
    }
  }

  @Test
  void aPartWhoseHeaderShowsNoOrderIsNotRead() {
    // the litigation part names its groups but not its cells: the order of its values is not
    // shown, and the template's order is not assumed
    String text =
        String.join(
            "\n",
            "四、政府信息公开行政复议、行政诉讼情况",
            "表一：行政复议情况",
            "| 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 |",
            "| 5 | 3 | 1 | 0 | 1 |",
            "表二：行政诉讼情况",
            "| 未经复议直接起诉 | | | | | 复议后起诉 | | | | |",
            "| 3 | 2 | 0 | 1 | 0 | 2 | 1 | 0 | 0 | 1 |",
            "五、存在的主要问题及改进情况");
    List<ReviewLitigationRow> groups = groups(text);
    assertThat(groups.get(ReviewGroup.LITIGATION_DIRECT.ordinal()).cells()).isEmpty();
    assertThat(groups.get(ReviewGroup.LITIGATION_AFTER_REVIEW.ordinal()).cells()).isEmpty();
  }

  private static List<ReviewLitigationRow> groups(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    return TableReader.read(lines, SectionSplitter.split(lines)).reviewLitigation().groups();
  }
}
