package ogireports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * The characters {@link Script} reads from {@value Script#CHARACTERS} are ICU4J's: for each
 * conversion, exactly the CJK characters its transliterator changes. When ICU4J is upgraded and its
 * answer changes, this test fails and writes the new list to {@code target/script-characters.txt},
 * to be copied over the resource.
 */
class ScriptCharactersTest {

  @Test
  void theListedCharactersAreThoseIcuChanges() throws IOException {
    String listed;
    try (InputStream in = Script.class.getResourceAsStream(Script.CHARACTERS)) {
      listed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String fromIcu = listFromIcu();
    if (!fromIcu.equals(listed)) {
      Files.writeString(Path.of("target", Script.CHARACTERS), fromIcu, StandardCharsets.UTF_8);
    }
    assertEquals(
        fromIcu,
        listed,
        "ICU4J's conversions changed: copy target/"
            + Script.CHARACTERS
            + " to src/main/resources/ogireports/text/");
  }

  @Test
  void theListsHoldTheCharactersTheReadersRelyOn() {
    // Traditional-only: converted to Simplified; Simplified-only: never in a Traditional text.
    for (char c : "國們這廣區縣書".toCharArray()) {
      assertTrue(Script.isTraditionalOnly(c), String.valueOf(c));
    }
    for (char c : "国们这广区县书政府信息公开年度报告".toCharArray()) {
      assertTrue(!Script.isTraditionalOnly(c), String.valueOf(c));
    }
    assertTrue(Script.isTraditional("廣州市國資委政府信息公開工作年度報告"));
    assertTrue(!Script.isTraditional("广州市国资委政府信息公开工作年度报告"));
  }

  @Test
  void theCharacterTablesAgreeWithIcuOnEveryCharacter() {
    BitSet traditional = changedBy(SimplifiedConversion.ID);
    BitSet simplified = changedBy("Simplified-Traditional");
    for (int c = 0; c < 0x10000; c++) {
      boolean t = traditional.get(c);
      boolean s = simplified.get(c);
      int only = t && !s ? 1 : s && !t ? 2 : 0;
      assertEquals(t, Script.isTraditionalOnly((char) c), "isTraditionalOnly " + c);
      assertEquals(only, Script.writtenOnlyIn((char) c), "writtenOnlyIn " + c);
      assertEquals(only & 1, Script.writtenOnlyInTraditional((char) c), "Traditional " + c);
    }
    assertTrue(traditional.cardinality() > 2_000 && simplified.cardinality() > 2_000);
  }

  private static String listFromIcu() {
    StringBuilder out =
        new StringBuilder(
            "# For each conversion of ICU4J's (one line each: its id, a space, the characters),\n"
                + "# the BMP CJK characters (U+3400..U+9FFF, U+F900..U+FAFF) it changes when"
                + " alone.\n"
                + "# Made by ScriptCharactersTest from ICU4J "
                + com.ibm.icu.util.VersionInfo.ICU_VERSION
                + "; read by Script.\n");
    for (String id : Script.CONVERSIONS) {
      BitSet changed = changedBy(id);
      out.append(id).append(' ');
      changed.stream().forEach(c -> out.append((char) c));
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Every BMP CJK character (U+3400..U+9FFF, U+F900..U+FAFF) the conversion {@code id} changes,
   * each transliterated on a line of its own.
   */
  private static BitSet changedBy(String id) {
    Transliterator t = Transliterator.getInstance(id);
    StringBuilder all = new StringBuilder();
    forEachCjk(c -> all.append(c).append('\n'));
    String[] converted = t.transliterate(all.toString()).split("\n", -1);
    BitSet set = new BitSet(0x10000);
    int[] i = {0};
    forEachCjk(
        c -> {
          if (!converted[i[0]++].equals(String.valueOf(c))) {
            set.set(c);
          }
        });
    return set;
  }

  private interface CharConsumer {
    void accept(char c);
  }

  private static void forEachCjk(CharConsumer action) {
    for (int c = 0x3400; c <= 0x9FFF; c++) {
      action.accept((char) c);
    }
    for (int c = 0xF900; c <= 0xFAFF; c++) {
      action.accept((char) c);
    }
  }
}
