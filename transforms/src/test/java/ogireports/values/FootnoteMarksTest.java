package ogireports.values;

import static org.assertj.core.api.Assertions.assertThat;

import ogireports.values.ValueNormaliser.ColumnKind;
import org.junit.jupiter.api.Test;

/** A footnote mark after a number is no digit of it (probe19 b06: 0① read 1, 11件* null). */
class FootnoteMarksTest {

  private static Double count(String raw) {
    return ValueNormaliser.read(raw, ColumnKind.COUNT).value();
  }

  @Test
  void aMarkAfterANumberIsNotPartOfIt() {
    assertThat(count("0①")).isEqualTo(0d);
    assertThat(count("11①")).isEqualTo(11d);
    assertThat(count("11¹")).isEqualTo(11d);
    assertThat(count("11²")).isEqualTo(11d);
    assertThat(count("11⑴")).isEqualTo(11d);
    assertThat(count("11❶")).isEqualTo(11d);
    assertThat(count("11*")).isEqualTo(11d);
    assertThat(count("11＊")).isEqualTo(11d);
    assertThat(count("11※")).isEqualTo(11d);
    assertThat(count("11件*")).isEqualTo(11d);
    assertThat(count("11件①")).isEqualTo(11d);
    assertThat(count(" 3① ")).isEqualTo(3d);
    assertThat(count("0①②")).isEqualTo(0d);
    assertThat(count("１１①")).isEqualTo(11d);
    assertThat(ValueNormaliser.read("0①", ColumnKind.COUNT).raw()).isEqualTo("0①");
  }

  @Test
  void aMarkWithoutANumberBeforeItIsLeftAsPrinted() {
    assertThat(FootnoteMarks.without("①")).isEqualTo("①");
    assertThat(FootnoteMarks.without("①本机关主动公开")).isEqualTo("①本机关主动公开");
    assertThat(FootnoteMarks.without("（一）予以公开")).isEqualTo("（一）予以公开");
    assertThat(FootnoteMarks.without("注：*含通过热线转办的申请2件；①系以后收到的申请"))
        .isEqualTo("注：*含通过热线转办的申请2件；①系以后收到的申请");
    assertThat(FootnoteMarks.without("2*3")).isEqualTo("2*3");
    assertThat(FootnoteMarks.without("年①")).isEqualTo("年①");
    // a mark standing alone is no number's and no value to invent
    assertThat(ValueNormaliser.read("*", ColumnKind.COUNT).value()).isNull();
  }

  @Test
  void marksAfterNumbersInARowAreDroppedAtTheirBars() {
    assertThat(FootnoteMarks.without("一、本年新收 | 0件 | 11件* | 0① |"))
        .isEqualTo("一、本年新收 | 0件 | 11件 | 0 |");
    assertThat(FootnoteMarks.without("3①\t4²\t5")).isEqualTo("3\t4\t5");
  }
}
