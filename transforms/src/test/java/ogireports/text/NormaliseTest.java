package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NormaliseTest {

  @Test
  void everyCharacterTakenAsPlainlyNfkcIsLeftAsItIsByNfkc() {
    int plain = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = String.valueOf(c);
      if (Normalise.isPlainlyNfkc(s)) {
        plain++;
        assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC)).as("U+%04X", (int) c).isEqualTo(s);
      }
    }
    assertThat(plain).as("ASCII, tab, the CJK block and 16 marks").isEqualTo(95 + 1 + 20992 + 16);
  }

  @Test
  void fullWidthFormsIdeographicSpaceAndEllipsisAreStillNormalised() {
    assertThat(Normalise.nfkc("１２３（二）")).isEqualTo("123(二)");
    assertThat(Normalise.squeeze("主动\u3000公开 …")).isEqualTo("主动公开...");
    assertThat(Normalise.nfkc("政府信息公开“年度报告”。")).isEqualTo("政府信息公开“年度报告”。");
  }

  @Test
  void labelsUnifyQuotesAndLeaveOtherTextAlone() {
    assertThat(Normalise.label("（三）不予公开 「属于 三类」")).isEqualTo("(三)不予公开“属于三类”");
    assertThat(Normalise.label("8. 属 于行 政查 询事 项")).isEqualTo("8.属于行政查询事项");
  }
}
