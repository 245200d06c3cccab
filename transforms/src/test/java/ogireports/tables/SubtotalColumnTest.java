package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.CellValue;
import ogireports.model.ReportTables;
import ogireports.model.RowStatus;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/**
 * A 2019 table 三 whose filer added a 小计 column (法人或其他组织 summed, printed before 总计), in the forms
 * crawls give it: tab rows, tab rows whose line breaks were lost (each row's last value runs into
 * the next row's label: {@code 9\t44二、上年结转…}, the header's {@code 小计} into the first label) and
 * rows whose cells are separated by runs of spaces. The 小计 is never read as the 总计, and no row
 * loses its last value to the next label.
 */
class SubtotalColumnTest {

  /** Label, then the 8 printed cells: 自然人, 商业企业 … 其他, 小计, 总计. */
  private static final List<String[]> ROWS =
      List.of(
          new String[] {"一、本年新收政府信息公开申请数量", "35", "6", "0", "1", "2", "0", "9", "44"},
          new String[] {"二、上年结转政府信息公开申请数量", "3", "1", "0", "0", "0", "0", "1", "4"},
          new String[] {"三、本年度办理结果\t（一）予以公开", "12", "2", "0", "0", "1", "0", "3", "15"},
          new String[] {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "4", "1", "0", "0", "0", "0", "1", "5"},
          new String[] {"（三）不予公开\t1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0", "0"},
          new String[] {"2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0", "0"},
          new String[] {"3.危及“三安全一稳定”", "1", "0", "0", "0", "0", "0", "0", "1"},
          new String[] {"4.保护第三方合法权益", "2", "0", "0", "0", "0", "0", "0", "2"},
          new String[] {"5.属于三类内部事务信息", "0", "0", "0", "0", "0", "0", "0", "0"},
          new String[] {"6.属于四类过程性信息", "1", "0", "0", "0", "0", "0", "0", "1"},
          new String[] {"7.属于行政执法案卷", "0", "0", "0", "0", "0", "0", "0", "0"},
          new String[] {"8.属于行政查询事项", "0", "0", "0", "0", "0", "0", "0", "0"},
          new String[] {"（四）无法提供\t1.本机关不掌握相关政府信息", "8", "2", "0", "1", "0", "0", "3", "11"},
          new String[] {"2.没有现成信息需要另行制作", "2", "0", "0", "0", "0", "0", "0", "2"},
          new String[] {"3.补正后申请内容仍不明确", "1", "0", "0", "0", "0", "0", "0", "1"},
          new String[] {"（五）不予处理\t1.信访举报投诉类申请", "1", "0", "0", "0", "0", "0", "0", "1"},
          new String[] {"2.重复申请", "2", "0", "0", "0", "0", "0", "0", "2"},
          new String[] {"3.要求提供公开出版物", "0", "0", "0", "0", "0", "0", "0", "0"},
          new String[] {"4.无正当理由大量反复申请", "0", "0", "0", "0", "0", "0", "0", "0"},
          new String[] {"5.要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0", "0", "0", "0", "0"},
          new String[] {"（六）其他处理", "1", "1", "0", "0", "0", "0", "1", "2"},
          new String[] {"（七）总计", "35", "6", "0", "1", "1", "0", "8", "43"},
          new String[] {"四、结转下年度继续办理", "3", "1", "0", "0", "1", "0", "2", "5"});

  /** The table as tab rows, header included; {@code separator} joins the cells of a row. */
  private static List<String> table(String separator) {
    List<String> lines = new ArrayList<>();
    lines.add("三、收到和处理政府信息公开申请情况");
    lines.add(String.join(separator, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"));
    lines.add(String.join(separator, "自然人", "法人或其他组织", "总计"));
    lines.add(String.join(separator, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "小计"));
    for (String[] row : ROWS) {
      lines.add(String.join(separator, row).replace("\t", separator));
    }
    lines.add("四、政府信息公开行政复议、行政诉讼情况");
    lines.add(String.join(separator, "行政复议", "行政诉讼"));
    lines.add("2\t1\t0\t1\t4\t1\t0\t0\t1\t2\t0\t1\t0\t0\t1".replace("\t", separator));
    lines.add("五、存在的主要问题及改进情况");
    return lines;
  }

  private static ReportTables read(List<String> lines) {
    return TableReader.read(lines, SectionSplitter.split(lines));
  }

  /** Every row read, with the printed cells but the 小计. */
  private static void assertEveryRowWithoutSubtotal(ReportTables t) {
    List<ApplicationRow> rows = t.applications().rows();
    assertThat(rows).hasSize(ROWS.size());
    for (int r = 0; r < ROWS.size(); r++) {
      String[] printed = ROWS.get(r);
      List<Double> expected = new ArrayList<>();
      for (int k = 1; k <= 6; k++) {
        expected.add(Double.valueOf(printed[k]));
      }
      expected.add(Double.valueOf(printed[8]));
      assertThat(rows.get(r).cells())
          .as(rows.get(r).rowId().name())
          .extracting(CellValue::value)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void tabRows() {
    assertEveryRowWithoutSubtotal(read(table("\t")));
  }

  @Test
  void tabRowsWithTheirLineBreaksLost() {
    // 小计一、本年新收…, 9\t44二、上年结转…: before, every row took its 小计 as 总计 (NEW 35 6 0 1 2 0 9)
    ReportTables t = read(List.of(String.join("", table("\t"))));
    assertEveryRowWithoutSubtotal(t);
    assertThat(t.applications().row(ApplicationRowId.NEW).orElseThrow().status())
        .isEqualTo(RowStatus.OK);
  }

  @Test
  void tabRowsJoinedWithSpaces() {
    assertEveryRowWithoutSubtotal(read(List.of(String.join(" ", table("\t")))));
  }

  @Test
  void cellsSeparatedByRunsOfSpaces() {
    // before, 四、结转下年度继续办理 took its first 7 cells, 小计 as 总计 (3 1 0 0 1 0 2)
    assertEveryRowWithoutSubtotal(read(table("   ")));
  }
}
