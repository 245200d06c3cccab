package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SimplifiedConversion} gives what ICU4J's transliterator gives: on every character, every
 * rule alone, doubled and between other characters, random strings of the rules' characters, and
 * the lines of every real report, as printed and turned into Traditional script.
 */
class SimplifiedConversionTest {

  private static Transliterator icu;
  private static List<String> froms;

  @BeforeAll
  static void rules() {
    icu = Transliterator.getInstance(SimplifiedConversion.ID);
    froms = new ArrayList<>();
    for (String line : icu.toRules(false).split("\n")) {
      froms.add(line.substring(0, line.indexOf(" > ")));
    }
  }

  private static void assertSameAsIcu(String text) {
    assertThat(SimplifiedConversion.convert(text))
        .as("converted %s", text)
        .isEqualTo(icu.transliterate(text));
  }

  @Test
  void theBundledRulesAreAppliedHereNotByTheTransliterator() {
    assertThat(SimplifiedConversion.appliesRules()).isTrue();
    assertThat(froms).hasSizeGreaterThan(4000);
    assertThat(SimplifiedConversion.convert("廣州市國資委政府信息公開工作年度報告")).isEqualTo("广州市国资委政府信息公开工作年度报告");
    // a phrase rule wins over its characters' own rules, and 乾 stays in 乾隆 but not in 乾淨
    assertThat(SimplifiedConversion.convert("崑崙山")).isEqualTo(icu.transliterate("崑崙山"));
    assertThat(SimplifiedConversion.convert("乾隆乾淨")).isEqualTo(icu.transliterate("乾隆乾淨"));
  }

  @Test
  void everyCharacterAloneAndAllTogether() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      assertSameAsIcu(String.valueOf((char) c));
      all.append((char) c);
    }
    assertSameAsIcu(all.toString());
    assertSameAsIcu(new StringBuilder(all).reverse().toString());
  }

  @Test
  void everyRuleAloneDoubledAndAmongOtherCharacters() {
    for (String from : froms) {
      assertSameAsIcu(from);
      assertSameAsIcu(from + from);
      assertSameAsIcu("的" + from + "年");
      assertSameAsIcu(from.substring(0, from.length() - 1));
      assertSameAsIcu(from.substring(1) + from);
    }
  }

  @Test
  void randomStringsOfTheRulesCharacters() {
    StringBuilder alphabet = new StringBuilder("的年报告，。 \n1a");
    for (String from : froms) {
      alphabet.append(from);
    }
    alphabet.append("\uD840\uDC00\uD87E\uDC00"); // two characters beyond the BMP
    Random random = new Random(20261206);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int k = 0; k < length; k++) {
        if (random.nextInt(4) == 0) {
          s.append(froms.get(random.nextInt(froms.size()))); // whole rules and their neighbours
        } else {
          s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      assertSameAsIcu(s.toString());
    }
  }

  @Test
  void everyRealReportAsPrintedAndInTraditionalScript() throws IOException {
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("real-reports", "seeds")) {
      try (Stream<Path> s = Files.walk(Path.of("..", "fixtures", dir))) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(60);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertSameAsIcu(text);
      assertSameAsIcu(toTraditional.transliterate(text));
      for (String line : text.split("\n")) {
        assertSameAsIcu(toTraditional.transliterate(line));
      }
    }
  }

  @Test
  void rulesOfAnotherFormLeaveTheConversionToTheTransliterator() {
    assertThat(SimplifiedConversion.of("國 > 国;\n門 > 门;\n").appliesItsRules()).isTrue();
    for (String rules :
        List.of(
            "國 > 国;\n'a' > b;\n",
            "國 } 家 > 国;\n",
            "$x = 國;\n",
            "國 > 国\n",
            "國 → 国;\n",
            "\uDC00 > 国;\n",
            "")) {
      assertThat(SimplifiedConversion.of(rules).appliesItsRules()).as(rules).isFalse();
    }
  }
}
