package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFormsTest {

  @Test
  void firstPrintedIsTheFirstCharacterNotWhitespaceAndMinusOneForABlankLine() {
    LineForms forms =
        LineForms.of(Arrays.asList("二、主动公开", " \t\u3000（一）", "", " \u00A0\t", null, "\t0"));
    assertThat(forms.firstPrinted(0)).isEqualTo('二');
    assertThat(forms.firstPrinted(1)).isEqualTo('（');
    assertThat(forms.firstPrinted(2)).isEqualTo(-1);
    assertThat(forms.firstPrinted(3)).isEqualTo(-1);
    assertThat(forms.firstPrinted(4)).isEqualTo(-1);
    assertThat(forms.firstPrinted(5)).isEqualTo('0');
  }

  @Test
  void aLineIsBlankExactlyWhenItHasNoFirstPrintedCharacter() {
    List<String> lines = List.of("\u200B", "\uFEFF 1", "　", "a", "\u2028");
    LineForms forms = LineForms.of(lines);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(forms.firstPrinted(i) < 0)
          .as(lines.get(i))
          .isEqualTo(Normalise.isBlank(lines.get(i)));
    }
  }
}
