package ogireports.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Word prints and a paragraph's runs do not hold: list labels, text boxes, the content of a
 * layout table (the files of {@link OfficeReports}, values as hand-checked).
 */
class WordBodyTest {

  static List<String> lines(String file) {
    return OfficeReportsTest.lines(OfficeReports.all().get(file).get());
  }

  @Test
  void listNumberingPrintsItsLabelBeforeTheHeadingAndTheRowLabel() {
    List<String> lines = lines("hongze-2023-numbered.docx");
    assertThat(lines)
        .as("headings numbered by the list, their labels not in the text")
        .contains(
            "一、总体情况",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项",
            "（一）主动公开情况。主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息。2023年，我区在政府网站平台主动公开政府信息1136条。",
            "（三）政府信息管理情况。加强区政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，执行信息审核发布制度。");
    // the sub-headings start again from （一） under each heading: none is （四）
    assertThat(lines).noneMatch(l -> l.startsWith("（四）"));
    // row labels numbered by a list that starts again in each group (startOverride)
    assertThat(lines("hongze-2023-textbox.docx"))
        .contains(
            "\t（三）不予公开\t1.属于国家秘密\t1\t\t\t\t\t\t1",
            "\t\t8.属于行政查询事项\t0\t\t\t\t\t\t0",
            "\t（四）无法提供\t1.本机关不掌握相关政府信息\t10\t\t\t\t\t\t10",
            "\t（五）不予处理\t1.信访举报投诉类申请\t1\t\t\t\t\t\t1");
    // numbering through the paragraph style (heading 1 and 2 carry numPr)
    assertThat(lines("zibo-2019-layout.docx"))
        .contains("一、总体情况", "五、存在的主要问题及改进情况")
        .anyMatch(l -> l.startsWith("（二）做好依申请公开。"));
  }

  @Test
  void aTableInATextBoxIsReadOnceAsATable() {
    List<String> lines = lines("hongze-2023-textbox.docx");
    String newRow = "一、本年新收政府信息公开申请数量\t\t\t21\t\t\t\t\t\t21";
    assertThat(lines.stream().filter(newRow::equals))
        .as("the choice, not also its fallback")
        .hasSize(1);
    assertThat(lines).contains("\t（七）总计\t\t21\t\t\t\t\t\t21");
    assertThat(lines).contains("10\t1\t0\t0\t0\t0\t0\t0\t0\t0\t5\t0\t0\t0\t0");
    assertThat(lines).noneMatch(l -> l.contains("本年新收政府信息公开申请数量二、"));
  }

  @Test
  void aOneCellLayoutTableIsReadAsTheBodyItFrames() {
    List<String> lines = lines("zibo-2019-layout.docx");
    assertThat(lines.get(0)).isEqualTo("淄博市应急局");
    assertThat(lines.get(1)).isEqualTo("2019年度政府信息公开工作年度报告");
    assertThat(lines)
        .contains(
            "一、本年新收政府信息公开申请数量\t\t\t4\t0\t0\t0\t0\t0\t4",
            "\t（七）总计\t\t4\t0\t0\t0\t0\t0\t4",
            "四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0",
            "政府集中采购\t41\t23400400\t");
  }

  @Test
  void fieldCodesHeadersAndFootersAreNotPrintedText() {
    List<String> lines = lines("hongze-2023-numbered.docx");
    assertThat(lines.get(1)).isEqualTo("2023年政府信息公开工作年度报告");
    assertThat(lines).noneMatch(l -> l.contains("DOCPROPERTY") || l.contains("CREATEDATE"));
    assertThat(lines).contains("2024年1月15日");
    assertThat(lines).noneMatch(l -> l.contains("信息公开") && l.startsWith("淮安市洪泽区人民政府办公室信息"));
  }

  @Test
  void listNumbersInWordsFormats() {
    assertThat(ListNumber.format("chineseCounting", 1)).isEqualTo("一");
    assertThat(ListNumber.format("chineseCounting", 10)).isEqualTo("十");
    assertThat(ListNumber.format("chineseCounting", 11)).isEqualTo("十一");
    assertThat(ListNumber.format("chineseCountingThousand", 20)).isEqualTo("二十");
    assertThat(ListNumber.format("chineseCountingThousand", 105)).isEqualTo("一百零五");
    assertThat(ListNumber.format("chineseLegalSimplified", 3)).isEqualTo("叁");
    assertThat(ListNumber.format("ideographTraditional", 2)).isEqualTo("乙");
    assertThat(ListNumber.format("decimalEnclosedCircle", 3)).isEqualTo("③");
    assertThat(ListNumber.format("decimalFullWidth", 12)).isEqualTo("１２");
    assertThat(ListNumber.format("lowerRoman", 4)).isEqualTo("iv");
    assertThat(ListNumber.format("someFormatNotKnown", 1)).as("no guess").isNull();
  }
}
