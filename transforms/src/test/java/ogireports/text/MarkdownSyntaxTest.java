package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown's marks are taken out of a page a crawler saved as Markdown, and only of such a page.
 */
class MarkdownSyntaxTest {

  @Test
  void marksAreTakenOutAndTheDelimiterRowDropped() {
    List<String> md =
        List.of(
            "# **西藏自治区审计厅2022年政府信息公开工作年度报告** #",
            "*   索  引 号: 000014349/2023-00012",
            "> 本报告由[西藏自治区审计厅](http://sjt.xizang.gov.cn/)编制。![logo](a.png)",
            "## 二、主动公开政府信息情况",
            "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
            "|---|:---:|---|---|",
            "| 行政<br>规范性文件 | 3 | 0 | 12 |",
            "| 第二十条第\\(一\\)项 \\| 注 | 1 |",
            "- 1 -",
            "**总计** 2**",
            "");
    MarkdownSyntax.Stripped s = MarkdownSyntax.strip(md);
    assertThat(s.changed()).isTrue();
    assertThat(s.lines())
        .containsExactly(
            "西藏自治区审计厅2022年政府信息公开工作年度报告",
            "索  引 号: 000014349/2023-00012",
            "本报告由西藏自治区审计厅编制。",
            "二、主动公开政府信息情况",
            "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
            "| 行政 规范性文件 | 3 | 0 | 12 |",
            "| 第二十条第(一)项 \\| 注 | 1 |",
            "- 1 -",
            "总计 2**",
            "");
    assertThat(s.sourceLine()).containsExactly(1, 2, 3, 4, 5, 7, 8, 9, 10, 11);
  }

  @Test
  void aTextWithoutMarkdownIsLeftAsItIs() {
    List<String> text =
        List.of(
            "淄博市应急管理局2019年政府信息公开工作年度报告",
            "* 注：本表数据截至12月31日",
            "信息内容 | 本年新制作数量 | 本年新公开数量",
            "规章 | 0 | 0",
            "- 2 -",
            "第#1号 **重点** 工作");
    MarkdownSyntax.Stripped s = MarkdownSyntax.strip(text);
    assertThat(s.changed()).isFalse();
    assertThat(s.lines()).isSameAs(text);
    // a heading, a whole line in bold or a delimiter row tells Markdown
    assertThat(MarkdownSyntax.isMarkdown(List.of("正文", "## 一、总体情况"))).isTrue();
    assertThat(MarkdownSyntax.isMarkdown(List.of("**芦庙乡人民政府2021年政府信息公开工作年度报告**"))).isTrue();
    assertThat(MarkdownSyntax.isMarkdown(List.of("a | b", "---|---", "1 | 2"))).isTrue();
    assertThat(MarkdownSyntax.isMarkdown(List.of("第#1号 **重点** 工作", "- 2 -", "------"))).isFalse();
  }

  /**
   * pandoc's grid table: each row's wrapped cell pieces joined into one pipe row, rules dropped.
   */
  @Test
  void aGridTablesRowsArePipeRows() {
    List<String> grid =
        List.of(
            "三、收到和处理政府信息公开申请情况",
            "+----------------+-------+-------+",
            "| （本列数据的勾 | 自然  | 总计  |",
            "| 稽关系为…）    | 人    |       |",
            "+================+=======+=======+",
            "| 一、本年新收政 | 11    | 15    |",
            "| 府信息公开申请 |       |       |",
            "| 数量           |       |       |",
            "+----------------+-------+-------+",
            "| 2.重复申请     | 0     | 0     |",
            "+----------------+-------+-------+",
            "四、政府信息公开行政复议、行政诉讼情况");
    MarkdownSyntax.Stripped s = MarkdownSyntax.strip(grid);
    assertThat(s.lines())
        .containsExactly(
            "三、收到和处理政府信息公开申请情况",
            "| （本列数据的勾稽关系为…） | 自然人 | 总计 |",
            "| 一、本年新收政府信息公开申请数量 | 11 | 15 |",
            "| 2.重复申请 | 0 | 0 |",
            "四、政府信息公开行政复议、行政诉讼情况");
    assertThat(s.sourceLine()).containsExactly(1, 3, 6, 10, 12);
  }

  /**
   * pandoc's multiline table: cells cut at the columns of the rule under the header (by display
   * width, a Han character two columns), each row's lines up to a blank line joined into one pipe
   * row, the rules dropped.
   */
  @Test
  void aMultilineTablesRowsArePipeRows() {
    List<String> multiline =
        List.of(
            "四、政府信息公开行政复议、行政诉讼情况",
            "--------------------------------------------",
            "行政复议                 行政诉讼",
            "",
            "结果维持   总计         未经复议直接起",
            "                         诉",
            "---------- ------------ ----------- --------",
            "1          2            3",
            "",
            "一、本年新 十一         0           5",
            "收",
            "--------------------------------------------",
            "五、存在的主要问题及改进情况");
    MarkdownSyntax.Stripped s = MarkdownSyntax.strip(multiline);
    assertThat(s.lines())
        .containsExactly(
            "四、政府信息公开行政复议、行政诉讼情况",
            "| 行政复议 |  | 行政诉讼 |  |",
            "| 结果维持 | 总计 | 未经复议直接起诉 |  |",
            "| 1 | 2 | 3 |  |",
            "| 一、本年新收 | 十一 | 0 | 5 |",
            "五、存在的主要问题及改进情况");
    assertThat(s.sourceLine()).containsExactly(1, 3, 5, 8, 10, 13);
  }
}
