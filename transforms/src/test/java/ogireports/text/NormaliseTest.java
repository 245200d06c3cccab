package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class NormaliseTest {

  @Test
  void everyCharacterTakenAsPlainlyNfkcIsLeftAsItIsByNfkc() {
    int plain = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = String.valueOf(c);
      if (Normalise.isPlainlyNfkc(s)) {
        plain++;
        assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC))
            .as("U+%04X", (int) c)
            .isEqualTo(s);
      }
    }
    assertThat(plain).as("ASCII, tab, the CJK block and 18 marks").isEqualTo(95 + 1 + 20992 + 18);
  }

  /** ICU4J's word for it: beyond ASCII, a plain character is one NFKC never changes nor joins. */
  @Test
  void everyPlainCharacterBeyondAsciiIsInertUnderNfkc() {
    com.ibm.icu.text.Normalizer2 nfkc = com.ibm.icu.text.Normalizer2.getNFKCInstance();
    for (char c = 0x80; c < Character.MAX_VALUE; c++) {
      if (Normalise.isPlainChar(c)) {
        assertThat(nfkc.isInert(c)).as("U+%04X", (int) c).isTrue();
      }
    }
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

  @Test
  void quotesAreUnifiedOpenAndCloseInTurnFromTheFirst() {
    assertThat(Normalise.labelOfSqueezed("本机关\"放管服\"改革「一网通办」”")).isEqualTo("本机关“放管服”改革“一网通办”“");
    assertThat(Normalise.labelOfSqueezed("”开头")).isEqualTo("“开头");
    String noQuote = "没有引号的一行";
    assertThat(Normalise.labelOfSqueezed(noQuote)).isSameAs(noQuote);
  }

  /**
   * The character-by-character path (full-width forms, U+3000, NBSP) gives exactly what the general
   * normaliser gives, on texts that mix them with plain characters, with characters it leaves to
   * the general normaliser (ellipsis, half-width katakana, combining marks, Hangul) and with ASCII
   * letters that a combining mark would compose with.
   */
  @Property(tries = 5000, seed = "5150", shrinking = ShrinkingMode.FULL)
  void theSimplePathIsNfkc(@ForAll("mixedTexts") String s) {
    assertThat(Normalise.nfkc(s)).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC));
  }

  /** The one-pass squeeze gives what NFKC then removing every space gives. */
  @Property(tries = 5000, seed = "5151", shrinking = ShrinkingMode.FULL)
  void squeezeIsNfkcWithoutSpaces(@ForAll("mixedTexts") String s) {
    assertThat(Normalise.squeeze(s)).isEqualTo(Normalise.stripSpaces(Normalise.nfkc(s)));
  }

  @Test
  void squeezeOfEveryCharacterIsNfkcWithoutSpaces() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = "a" + c + " 二" + c;
      assertThat(Normalise.squeeze(s))
          .as("U+%04X", (int) c)
          .isEqualTo(Normalise.stripSpaces(Normalise.nfkc(s)));
    }
  }

  @Test
  void theOnePassSqueezeOfEveryCharacterIsTheSqueezeOrNothing() {
    char[] scratch = new char[16];
    int plain = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = "a" + c + " 二\u3000" + c;
      String onePass = Normalise.squeezePlain(s, scratch);
      if (onePass != null) {
        plain++;
        assertThat(onePass).as("U+%04X", (int) c).isEqualTo(Normalise.squeeze(s));
        assertThat(s).as("U+%04X", (int) c).doesNotContain("\n");
      }
    }
    assertThat(plain)
        .as("ASCII but the space, the CJK block, 18 marks, full-width forms and 4 spaces")
        .isEqualTo(94 + 20992 + 18 + 94 + 4);
  }

  @Test
  void linesSqueezedInOnePassHoldNoNewline() {
    LineForms forms =
        LineForms.of(java.util.Arrays.asList("一、总体情况", "甲\n乙", null, "", "（二）\u3000公开", "a\u0301"));
    for (int i = 0; i < forms.size(); i++) {
      String line = forms.line(i);
      boolean noNewline = line == null || !line.contains("\n");
      assertThat(forms.holdsNoNewline(i)).as("line %d before", i).isEqualTo(noNewline);
      forms.squeezed(i);
      assertThat(forms.holdsNoNewline(i)).as("line %d after", i).isEqualTo(noNewline);
    }
  }

  @Test
  void everyCharacterOfTheSimplePathMapsAsNfkcDoes() {
    int mapped = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = String.valueOf(c);
      String simple = Normalise.simpleNfkc(s);
      if (simple != null && !simple.equals(s)) {
        mapped++;
        assertThat(simple)
            .as("U+%04X", (int) c)
            .isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC));
      }
    }
    assertThat(mapped).as("U+FF01..U+FF5E, U+3000 and NBSP").isEqualTo(94 + 2);
  }

  @Provide
  Arbitrary<String> mixedTexts() {
    Arbitrary<Character> chars =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.chars().range('\uFF01', '\uFF5E')),
            Tuple.of(4, Arbitraries.chars().range('!', '~')),
            Tuple.of(4, Arbitraries.chars().range('\u4E00', '\u4E40')),
            Tuple.of(2, Arbitraries.of('\u3000', '\u00A0', '、', '。', '“', '”', '—', '\t')),
            Tuple.of(
                1,
                Arbitraries.of(
                    '…', '\u0301', '\u0308', '\uFF76', '\uFF9E', '\uAC00', '\u1100', '\u2460',
                    '\uFFE5', '\u2F00', '\u00BD', '\uFB01')));
    return chars
        .list()
        .ofMaxSize(16)
        .map(
            l -> {
              StringBuilder b = new StringBuilder();
              l.forEach(b::append);
              return b.toString();
            });
  }
}
