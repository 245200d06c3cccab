package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report garbled by a crawl's wrong charset gets its bytes back; no other text is touched. */
class MojibakeTest {

  private static final String TITLE = "微山县两城镇人民政府2020年政府信息公开工作年度报告\n一、总体情况";

  @Test
  void gbkReadAsLatin1IsDecodedAgain() {
    String garbled =
        new String(TITLE.getBytes(Charset.forName("GB18030")), StandardCharsets.ISO_8859_1);
    Decoder.Result r = Decoder.decode(Mojibake.repaired(garbled.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.isText()).isTrue();
    assertThat(r.text().lines()).containsExactly("微山县两城镇人民政府2020年政府信息公开工作年度报告", "一、总体情况");
  }

  @Test
  void utf8ReadAsWindows1252IsDecodedAgain() {
    byte[] utf8 = TITLE.getBytes(StandardCharsets.UTF_8);
    StringBuilder garbled = new StringBuilder();
    Charset cp1252 = Charset.forName("windows-1252");
    for (byte b : utf8) {
      String c = new String(new byte[] {b}, cp1252);
      garbled.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0)); // as browsers read it
    }
    assertThat(garbled.toString()).contains("æ”¿åºœ").doesNotContain("政府"); // 政府
    Decoder.Result r =
        Decoder.decode(Mojibake.repaired(garbled.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(r.text().lines()).containsExactly("微山县两城镇人民政府2020年政府信息公开工作年度报告", "一、总体情况");
  }

  @Test
  void otherTextsAreLeftAsTheyAre() {
    // a report that quotes a Western name keeps it
    String quoted = "淄博市应急管理局 Café Müller Ångström ÉÈÊË ÀÂÄ ÔÖ ÛÜ Çç ñ ß æø";
    assertThat(Mojibake.repaired(quoted.getBytes(StandardCharsets.UTF_8))).isNull();
    // Latin text without Chinese that gives no Chinese back
    String latin = "Ã©tÃ© Ã  la cafÃ© du monde, trÃ¨s bien, dÃ©jÃ  vu, Ã§a va, garÃ§on";
    assertThat(Mojibake.repaired(latin.getBytes(StandardCharsets.UTF_8))).isNull();
    // a garbled text that lost bytes (U+FFFD) cannot be given back
    assertThat(Mojibake.originalBytes("ä¸\uFFFDã".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(Mojibake.looksGarbled(List.of("政府信息公开 é"))).isFalse();
  }

  /**
   * A GBK page declaring {@code gb2312}, garbled the same way: read whole, its charset declaration
   * applied to the bytes given back (not to the garbled ones).
   */
  @Test
  void aGarbledPageDeclaringItsCharsetIsReadWhole() throws java.io.IOException {
    String page =
        java.nio.file.Files.readString(
                java.nio.file.Path.of(
                    "..", "fixtures", "written", "pdf", "kaifeng-gulou-2020-centred.html"))
            .replace("charset=\"utf-8\"", "charset=\"gb2312\"");
    assertThat(page).contains("gb2312");
    String garbled =
        new String(page.getBytes(Charset.forName("GB18030")), StandardCharsets.ISO_8859_1);
    ReadOutcome o =
        new ReportReader(ogireports.places.PlaceResolver.fromClasspath(), null)
            .read(new Document("garbled.html", garbled.getBytes(StandardCharsets.UTF_8)));
    assertThat(o).isInstanceOf(ReadOutcome.Accepted.class);
    ogireports.model.ParsedReport r = ((ReadOutcome.Accepted) o).report();
    assertThat(r.metadata().agency()).isEqualTo("开封市鼓楼区应急管理局");
    assertThat(r.year()).isEqualTo(2020);
    assertThat(r.tables().layout()).isEqualTo("html");
  }
}
