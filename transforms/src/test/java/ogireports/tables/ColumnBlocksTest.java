package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import ogireports.text.ParseBudget;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/** {@link ColumnBlocks}: what it refuses to guess, and that hostile text costs it one pass. */
class ColumnBlocksTest {

  private static final String HEADER = "申请人情况\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)";
  private static final String LABELS =
      String.join(
          "\n",
          "一、本年新收政府信息公开申请数量",
          "二、上年结转政府信息公开申请数量",
          "(一)予以公开",
          "1.属于国家秘密",
          "1.本机关不掌握相关政府信息",
          "1.信访举报投诉类申请",
          "(七)总计",
          "四、结转下年度继续办理");

  private static ColumnBlocks.Reading read(String table3) {
    String text =
        "三、收到和处理政府信息公开申请情况\n"
            + HEADER
            + "\n"
            + table3
            + "\n"
            + LABELS
            + "\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n";
    List<String> lines = List.of(text.split("\n", -1));
    return ColumnBlocks.read(lines, SectionSplitter.split(lines), ParseBudget.UNLIMITED);
  }

  /** 23 rows of 7 zeros, each value on its own line between blank lines. */
  private static String zeros(int values) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < values; i++) {
      out.add("0");
      out.add("");
    }
    return String.join("\n", out);
  }

  @Test
  void aTableOfZerosIsReadWhateverTheCutting() {
    ColumnBlocks.Reading r = read(zeros(23 * 7));
    assertThat(r.applications()).isNotNull();
    assertThat(TableReader.rowsRead(r.applications())).isEqualTo(23);
  }

  @Test
  void aCountOfNumbersThatIsNotSevenPerRowReadsNothing() {
    assertThat(read(zeros(23 * 7 - 1)).applications()).isNull();
    assertThat(read(zeros(23 * 7 + 1)).applications()).isNull();
  }

  @Test
  void theArithmeticPicksTheOneCutting() {
    // Rows NEW and CARRY_IN as 14 numbers each on its own: 1 1 0 0 0 0 0 0 0 0 0 0 1 1 read by
    // rows does not add up (1+1 ≠ 0); read by columns it is 1 0 0 0 0 0 1 twice: the one cutting.
    String first =
        String.join("\n\n", "1", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "1");
    ColumnBlocks.Reading r = read(first + "\n\n" + zeros(21 * 7));
    assertThat(r.applications().rows().get(0).cells().get(0).value()).isEqualTo(1.0);
    assertThat(r.applications().rows().get(1).cells().get(6).value()).isEqualTo(1.0);
  }

  @Test
  void aFiveMegabyteLineOfNumbersStopsAtTheFirstNumberTooMany() {
    StringBuilder line = new StringBuilder(5 << 20);
    while (line.length() < 5 << 20) {
      line.append("0 ");
    }
    assertThat(read(line.toString()).applications()).isNull();
  }
}
