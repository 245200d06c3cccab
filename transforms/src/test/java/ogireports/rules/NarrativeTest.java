package ogireports.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ogireports.rules.Narrative.Stated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NarrativeTest {

  /** The count ending right before the last 件 of the text, as "value/approx" or "null". */
  static String countAtLastUnit(String text) {
    Stated s = Narrative.countBefore(text, text.lastIndexOf('件'));
    return s == null ? "null" : s.value() + "/" + s.approx();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "申请12件|12/null",
        "申请两件|2/null",
        "申请十余件|10/余",
        "申请20多件|20/多",
        "申请近20件|20/近",
        "申请约30件|30/约",
        "申请一百二十三件|123/null",
        "申请1,234件|1234/null",
        "其中12,34件|34/null",
        "申请0.5件|null",
        "举报案件|null",
        "申请0件|0/null",
      })
  void countsBeforeTheUnit(String text, String expected) {
    assertThat(countAtLastUnit(text)).isEqualTo(expected);
  }

  @Test
  void sentencesSplitAtStopsAndShortLinesButJoinWrappedLines() {
    // Seed 001 §一 (二): a long line wrapped by the scraper in the middle of 政务公开科.
    String body =
        "（一）信息公开方面。全年无依申请公开信息。\n\n"
            + "（二）政府信息管理方面。编制并在政府官网上公开了《吴忠市应急管理局政府信息公开指南》，暂未公开政府信息主\n"
            + "\n务公开科审核。\n（三）平台建设方面\n 2020 年，我局无舆情事件；另有说明！";
    assertThat(Narrative.split(body))
        .containsExactly(
            "(一)信息公开方面。",
            "全年无依申请公开信息。",
            "(二)政府信息管理方面。",
            "编制并在政府官网上公开了《吴忠市应急管理局政府信息公开指南》,暂未公开政府信息主务公开科审核。",
            "(三)平台建设方面",
            "2020年,我局无舆情事件;",
            "另有说明!");
  }
}
