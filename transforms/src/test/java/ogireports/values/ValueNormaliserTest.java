package ogireports.values;

import static org.assertj.core.api.Assertions.assertThat;

import ogireports.model.CellValue;
import ogireports.values.ValueNormaliser.ColumnKind;
import org.junit.jupiter.api.Test;

/** One test per row of spec §5, plus hostile input. */
class ValueNormaliserTest {

  private static CellValue count(String raw) {
    return ValueNormaliser.read(raw, ColumnKind.COUNT);
  }

  private static CellValue delta(String raw) {
    return ValueNormaliser.read(raw, ColumnKind.DELTA);
  }

  private static CellValue amount(String raw) {
    return ValueNormaliser.read(raw, ColumnKind.AMOUNT);
  }

  @Test
  void plainAndFullWidthIntegers() {
    assertThat(count("0").value()).isEqualTo(0d);
    assertThat(count("12").value()).isEqualTo(12d);
    assertThat(count("０").value()).as("full-width zero").isEqualTo(0d);
    CellValue fullWidth = count("１２");
    assertThat(fullWidth.value()).isEqualTo(12d);
    assertThat(fullWidth.raw()).as("raw kept as printed").isEqualTo("１２");
    assertThat(fullWidth.notes()).isEmpty();
    assertThat(fullWidth.blank()).isFalse();
  }

  @Test
  void zeroAsAChineseInputMethodTypesIt() {
    // 〇 (the numeral) and ○ (the circle typed for it, as in 二○二三年) alone in a cell are 0, the
    // raw form kept; with a unit or a space too; they are no digit inside a longer number
    for (String raw : new String[] {"〇", "○", "〇件", " 〇 "}) {
      CellValue v = count(raw);
      assertThat(v.value()).as(raw).isEqualTo(0d);
      assertThat(v.isUnreadable()).as(raw).isFalse();
      assertThat(v.raw()).isEqualTo(raw);
    }
    assertThat(count("1〇").isUnreadable()).isTrue();
    assertThat(count("〇〇").isUnreadable()).isTrue();
    assertThat(count("二〇").isUnreadable()).isTrue();
  }

  @Test
  void whitespaceIncludingNbspIsStrippedAndNoted() {
    for (String raw : new String[] {"0\u00a0", "\u00a00", "0 ", "\u30000"}) {
      CellValue v = count(raw);
      assertThat(v.value()).as(raw).isEqualTo(0d);
      assertThat(v.notes()).as(raw).containsExactly(ValueNormaliser.WS_STRIPPED);
      assertThat(v.raw()).isEqualTo(raw);
    }
    assertThat(count("0").notes()).doesNotContain(ValueNormaliser.WS_STRIPPED);
  }

  @Test
  void thousandsSeparators() {
    assertThat(count("1,234").value()).isEqualTo(1234d);
    assertThat(count("1，234").value()).isEqualTo(1234d);
    assertThat(count("12,345,678").value()).isEqualTo(12345678d);
    assertThat(count("1,23").isUnreadable()).as("misplaced separator").isTrue();
    assertThat(count(",123").isUnreadable()).isTrue();
  }

  @Test
  void countUnitSuffixIsDropped() {
    for (String raw : new String[] {"4件", "4条", "4项", "4个"}) {
      CellValue v = count(raw);
      assertThat(v.value()).as(raw).isEqualTo(4d);
      assertThat(v.notes()).as(raw).contains(ValueNormaliser.UNIT_SUFFIX);
    }
    assertThat(count("件").isUnreadable()).as("a unit alone").isTrue();
  }

  @Test
  void increaseFormsInDeltaColumns() {
    for (String raw : new String[] {"增4", "增加4", "新增4", "+4", "＋4"}) {
      assertThat(delta(raw).value()).as(raw).isEqualTo(4d);
    }
    assertThat(count("增4").isUnreadable()).as("增 only in DELTA").isTrue();
  }

  @Test
  void decreaseFormsAndMinusVariants() {
    assertThat(delta("减592").value()).isEqualTo(-592d);
    assertThat(delta("减少592").value()).isEqualTo(-592d);
    assertThat(delta("减19").value()).as("seed 003").isEqualTo(-19d);
    assertThat(delta("-19").value()).isEqualTo(-19d);
    assertThat(delta("－19").value()).as("U+FF0D").isEqualTo(-19d);
    assertThat(delta("−19").value()).as("U+2212").isEqualTo(-19d);
    assertThat(count("减19").isUnreadable()).as("减 only in DELTA").isTrue();
  }

  @Test
  void explicitPlusSign() {
    CellValue v = delta("+43");
    assertThat(v.value()).as("seed 001").isEqualTo(43d);
    assertThat(v.raw()).isEqualTo("+43");
  }

  @Test
  void noChangeWordsAreZeroInDelta() {
    assertThat(delta("持平").value()).isEqualTo(0d);
    assertThat(delta("无变化").value()).isEqualTo(0d);
    assertThat(count("持平").isUnreadable()).isTrue();
  }

  @Test
  void amountInYuan() {
    CellValue v = amount("462780元");
    assertThat(v.value()).as("seed 000").isEqualTo(462780d);
    assertThat(v.unit()).isEqualTo("元");
    assertThat(count("462780元").isUnreadable()).as("元 is no count unit").isTrue();
  }

  @Test
  void amountInWan() {
    CellValue v = amount("46.28万元");
    assertThat(v.value()).isEqualTo(46.28d);
    assertThat(v.unit()).isEqualTo("万元");
    assertThat(v.notes()).isEmpty();
  }

  @Test
  void amountWithoutUnit() {
    CellValue v = amount("23400400");
    assertThat(v.value()).as("seed 003").isEqualTo(23400400d);
    assertThat(v.unit()).isNull();
  }

  @Test
  void decimalsAreLegalOnlyInAmounts() {
    assertThat(amount("0.5").value()).isEqualTo(0.5d);
    assertThat(amount("12.36").notes()).isEmpty();
    CellValue inCount = count("12.36");
    assertThat(inCount.value()).isEqualTo(12.36d);
    assertThat(inCount.notes()).containsExactly(ValueNormaliser.NON_INTEGER);
    assertThat(inCount.isInteger()).isFalse();
  }

  @Test
  void floatArtifactInCountColumn() {
    CellValue v = count("4.0");
    assertThat(v.value()).isEqualTo(4d);
    assertThat(v.asCount()).isEqualTo(4L);
    assertThat(v.notes()).containsExactly(ValueNormaliser.FLOAT_ARTIFACT);
  }

  @Test
  void blankMarkers() {
    for (String raw : new String[] {"—", "–", "-", "/", "／", "无", "空", "\\", "", " ", "\u00a0"}) {
      CellValue v = count(raw);
      assertThat(v.blank()).as("[" + raw + "]").isTrue();
      assertThat(v.value()).as("[" + raw + "]").isNull();
      assertThat(v.raw()).isEqualTo(raw);
    }
    assertThat(delta("-").blank()).as("a lone minus is blank, not a sign").isTrue();
    assertThat(count(null).blank()).isTrue();
  }

  @Test
  void anythingElseIsUnreadable() {
    for (String raw : new String[] {"abc", "约5", "5%", "1.", ".5", "1.2.3", "4件件", "--5", "十"}) {
      CellValue v = count(raw);
      assertThat(v.isUnreadable()).as(raw).isTrue();
      assertThat(v.raw()).isEqualTo(raw);
    }
  }

  @Test
  void numbersTooLargeForACountAreUnreadable() {
    assertThat(count("99999999999999999999999").isUnreadable()).isTrue();
    assertThat(count("9223372036854775808").isUnreadable()).isTrue();
    assertThat(count("123456789012").value()).isEqualTo(123456789012d);
  }

  @Test
  void negativeCountsAreReadSoTheRulesCanFailThem() {
    assertThat(count("-3").value()).isEqualTo(-3d);
  }

  @Test
  void hostileInputDoesNotThrow() {
    String longDigits = "1".repeat(100_000);
    assertThat(count(longDigits).isUnreadable()).isTrue();
    assertThat(count("1,".repeat(50_000)).isUnreadable()).isTrue();
    assertThat(ValueNormaliser.read("5", null).value()).isEqualTo(5d);
  }
}
