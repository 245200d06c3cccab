package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CutOffNumberTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // the last number of a pipe row, of a one-cell line, of a label and its value
        "'| 一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66';"
            + "'| 一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | '",
        "'\t439';'\t'",
        "'行政许可 12';'行政许可 '",
        // a decimal point or comma inside the number, a point after it, a sign before it
        "'行政事业性收费 7730.2';'行政事业性收费 '",
        "'行政事业性收费 7730.';'行政事业性收费 '",
        "'采购总金额 1,234';'采购总金额 '",
        "'行政处罚 127 +4';'行政处罚 127 '",
        "'行政处罚 127 -1';'行政处罚 127 '",
        // full-width digits
        "'规章 ５';'规章 '",
        // a lone 0 is whole; 10 and 0.5 are not
        "'| 0 | 0 | 0';'| 0 | 0 | 0'",
        "'规章 ０';'规章 ０'",
        "'| 0 | 10';'| 0 | '",
        "'收费 0.';'收费 '",
        // a date whose day has two digits is whole; a one-digit day may be the start of two
        "'2020-01-16';'2020-01-16'",
        "'淄博市应急管理局 2020.1.16';'淄博市应急管理局 2020.1.16'",
        "'2024年1月20';'2024年1月20'",
        "'2020-01-1';'2020-01'",
        // no number at the end
        "'第二十条第(八)项';'第二十条第(八)项'",
        "'| 0 | 0 |';'| 0 | 0 |'",
        "'0 ';'0 '",
      })
  void takesOutTheNumberTheTextEndsIn(String last, String kept) {
    assertThat(CutOffNumber.strip(List.of("二、主动公开政府信息情况", last)))
        .containsExactly("二、主动公开政府信息情况", kept);
  }

  @Test
  void aTextWithoutLinesIsLeftAsItIs() {
    assertThat(CutOffNumber.strip(List.of())).isEmpty();
    assertThat(CutOffNumber.endsInNumber(List.of())).isFalse();
  }

  @Test
  void tellsWhetherTheTextEndsInANumberThatIsNotALoneZero() {
    assertThat(CutOffNumber.endsInNumber(List.of("行政许可 12"))).isTrue();
    assertThat(CutOffNumber.endsInNumber(List.of("行政许可 0"))).isFalse();
    assertThat(CutOffNumber.endsInNumber(List.of("行政许可 12", ""))).isFalse();
  }
}
