package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables pasted as comma-separated values, from probe24's texts (c01-c06). */
class CommaSeparatedRowsTest {

  private static List<String> lines(String file) throws IOException {
    return Files.readAllLines(Path.of("..", "fixtures", "written", "probe24", file));
  }

  private static int indexOf(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }

  @Test
  void mergedLabelCellsAreEmptyFieldsAndTableFourReadsToo() throws IOException {
    List<String> in = lines("c01-2022.txt");
    CommaSeparatedRows.Rewritten r = CommaSeparatedRows.rewrite(in);
    assertThat(r.changed()).isTrue();
    List<String> out = r.lines();
    assertThat(out).hasSameSizeAs(in);
    assertThat(out)
        .contains(
            "一、本年新收政府信息公开申请数量\t\t\t112\t21\t1\t0\t4\t3\t141",
            "\t（七）总计\t\t113\t20\t1\t0\t4\t2\t140",
            "4\t1\t1\t2\t8\t2\t1\t0\t1\t4\t1\t0\t0\t1\t2",
            "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t");
    // a label's own full-width comma is no separator of a row split by ','
    assertThat(out.get(indexOf(out, "（本列数据的勾稽关系为")))
        .isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t");
    // prose keeps its commas: a sentence, and the lines outside the tables
    int prose = indexOf(in, "2022年");
    assertThat(out.get(prose)).isEqualTo(in.get(prose));
    assertThat(out.get(indexOf(in, "三、收到和处理"))).isEqualTo("三、收到和处理政府信息公开申请情况");
  }

  @Test
  void fullWidthCommasAndSemicolonsSeparateToo() throws IOException {
    assertThat(CommaSeparatedRows.rewrite(lines("c04-2020.txt")).lines())
        .contains("一、本年新收政府信息公开申请数量\t\t\t6\t2\t0\t0\t0\t0\t8");
    assertThat(CommaSeparatedRows.rewrite(lines("c02-2023.txt")).lines())
        .anyMatch(l -> l.matches("[0-9]+(\t[0-9]+){14}"));
  }

  @Test
  void aQuotedFieldsLineBreakJoinsItsLines() throws IOException {
    List<String> in = lines("c03-2021.txt");
    CommaSeparatedRows.Rewritten r = CommaSeparatedRows.rewrite(in);
    int at = indexOf(r.lines(), "一、本年新收");
    assertThat(r.lines().get(at)).isEqualTo("一、本年新收政府信息公开申请数量\t\t\t58\t11\t0\t1\t2\t1\t73");
    assertThat(in.get(r.sourceLine()[at] - 1)).isEqualTo("\"一、本年新收");
    assertThat(r.lines()).hasSizeLessThan(in.size());
  }

  @Test
  void aNumberedTableLosesItsNumbers() throws IOException {
    List<String> out = CommaSeparatedRows.rewrite(lines("c06-2022.txt")).lines();
    assertThat(out).contains("一、本年新收政府信息公开申请数量\t\t\t26\t7\t0\t0\t1\t0\t34");
    assertThat(out).noneMatch(l -> l.startsWith("序号"));
  }

  @Test
  void proseAndNumbersWithSeparatorsAreNoTable() {
    List<String> prose =
        List.of(
            "2024年，全区新收政府信息公开申请3,480件，上年结转37件，办结3,456件",
            "主动公开政府信息1,234,567条，其中规章0件，规范性文件2件，其他5件",
            "一是加强组织领导，二是完善制度，三是强化培训，四是加强监督",
            "合计,1,234,567");
    CommaSeparatedRows.Rewritten r = CommaSeparatedRows.rewrite(prose);
    assertThat(r.changed()).isFalse();
    assertThat(r.lines()).isSameAs(prose);
  }
}
