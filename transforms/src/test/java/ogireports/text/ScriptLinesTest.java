package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines in Traditional script inside a Simplified text ({@link
 * Script#withTraditionalLinesSimplified}): a pasted table's block is read in Simplified, the
 * Simplified lines stay as printed.
 */
class ScriptLinesTest {

  @Test
  void aTraditionalBlockInASimplifiedTextIsReadInSimplified() {
    List<String> lines =
        List.of(
            "2022年，本街道政府信息公开工作取得显著成效，乾县经验得到推广。",
            "",
            "一、本年新收政府信息公開申請數量\t4\t0\t0\t0\t0\t0\t4",
            "",
            "\t（二）部分公開（区分處理的，只計这一情形，不計其他情形）\t0\t0\t0\t0\t0\t0\t0",
            "\t（三）不予公開\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0",
            "\t\t4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0",
            "\t\t5.属于三类内部事務信息\t0\t0\t0\t0\t0\t0\t0",
            "\t\t6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0",
            "\t（七）總計\t\t4\t0\t0\t0\t0\t0\t4",
            "四、結轉下年度继续办理\t0\t0\t0\t0\t0\t0\t0",
            "五、存在的主要问题及改进情况",
            "著力做好信息公开，成效显著。");
    assertThat(Script.withTraditionalLinesSimplified(lines))
        .containsExactly(
            "2022年，本街道政府信息公开工作取得显著成效，乾县经验得到推广。",
            "",
            "一、本年新收政府信息公开申请数量\t4\t0\t0\t0\t0\t0\t4",
            "",
            "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0",
            // more than twice as many Simplified-only characters (属于国): as printed
            "\t（三）不予公開\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0",
            "\t\t4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0",
            // a mixed line alone between Simplified lines stays as printed
            "\t\t5.属于三类内部事務信息\t0\t0\t0\t0\t0\t0\t0",
            "\t\t6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0",
            "\t（七）总计\t\t4\t0\t0\t0\t0\t0\t4",
            // half retyped, next to a Traditional line: the block's
            "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0",
            "五、存在的主要问题及改进情况",
            "著力做好信息公开，成效显著。");
  }

  @Test
  void aSimplifiedTextWithCharactersTheConversionWouldChangeIsReadAsPrinted() {
    List<String> lines =
        List.of("乾县审计局2021年政府信息公开工作年度报告", "2021年，乾县审计局政府信息公开工作成效显著，著力做好於潜镇信息公开。", "著力提升", "乾坤");
    assertThat(Script.withTraditionalLinesSimplified(lines)).isSameAs(lines);
  }
}
