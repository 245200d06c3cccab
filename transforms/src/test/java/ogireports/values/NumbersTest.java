package ogireports.values;

import static org.assertj.core.api.Assertions.assertThat;

import ogireports.values.Numbers.Numerals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "零, 0",
    "一, 1",
    "两, 2",
    "二, 2",
    "十, 10",
    "十二, 12",
    "二十, 20",
    "二十五, 25",
    "一百, 100",
    "一百零五, 105",
    "一百二十三, 123",
    "三千二百, 3200",
    "一万二千, 12000",
    "两万, 20000",
  })
  void chineseNumerals(String text, long value) {
    assertThat(Numbers.parseChinese(text)).isEqualTo(value);
  }

  @Test
  void notANumeral() {
    assertThat(Numbers.parseChinese("二三")).isNull();
    assertThat(Numbers.parseChinese("")).isNull();
  }

  @Test
  void ordinalNumeralsAreTheOnesThatNumberItems() {
    for (char c : "一二三四五六七八九十".toCharArray()) {
      assertThat(Numbers.isNumeral(c, Numerals.ORDINAL)).isTrue();
      assertThat(Numbers.isNumeral(c, Numerals.COUNT)).isTrue();
    }
    for (char c : "零〇两百千万".toCharArray()) {
      assertThat(Numbers.isNumeral(c, Numerals.ORDINAL)).isFalse();
      assertThat(Numbers.isNumeral(c, Numerals.COUNT)).isTrue();
    }
    assertThat(Numbers.isNumeral('1', Numerals.COUNT)).isFalse();
    assertThat(Numbers.isNumeral('亿', Numerals.COUNT)).isFalse();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234|1234",
        "1,234|1234",
        "12,345,678.5|12345678.5",
        "12,34|null",
        "1234,567|null",
        ",123|null",
        "1,234.5,6|null",
      })
  void thousandsSeparators(String text, String expected) {
    assertThat(String.valueOf(Numbers.withoutThousandsSeparators(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "收到12件|12@2",
        "收到1,234件|1234@2",
        "其中12,34件|34@5",
        "收到0.5件|null",
        "收到一百二十三件|123@2",
        "收到件|null",
        "收到1234567890123件|null",
      })
  void theNumberEndingAtAnIndex(String text, String expected) {
    Numbers.Found found = Numbers.endingAt(text, text.lastIndexOf('件'));
    assertThat(found == null ? "null" : found.value() + "@" + found.start()).isEqualTo(expected);
  }
}
