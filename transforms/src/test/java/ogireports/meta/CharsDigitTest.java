package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsDigitTest {

  @Test
  void everyCharacterIsAnyDigitAsCharacterIsDigitSays() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(Chars.isAnyDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isDigit((char) c));
    }
  }
}
