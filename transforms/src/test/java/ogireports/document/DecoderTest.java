package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecoderTest {

  private static final Path SEED_002 = Path.of("../samples/002_4ed26dfb9e6e6758.txt");

  @Test
  void utf8SeedDecodesWithItsTitleOnTheFirstLine() throws IOException {
    Decoder.Result r = Decoder.decode(Files.readAllBytes(SEED_002));
    assertThat(r.isText()).isTrue();
    assertThat(r.text().charset()).isEqualTo("UTF-8");
    assertThat(r.text().lines().get(0)).isEqualTo("平阳县应急管理局2021年政府信息公开工作年度报告");
    assertThat(r.text().lines()).hasSize(610);
  }

  @Test
  void gbkCopyDecodesToTheSameLinesAsTheUtf8Original() throws IOException {
    String text = Files.readString(SEED_002, StandardCharsets.UTF_8);
    byte[] gbk = text.getBytes(Charset.forName("GB18030"));
    Decoder.Result utf8 = Decoder.decode(Files.readAllBytes(SEED_002));
    Decoder.Result decoded = Decoder.decode(gbk);
    assertThat(decoded.isText()).as("GBK bytes are read as text").isTrue();
    assertThat(decoded.text().charset()).isEqualTo("GB18030");
    assertThat(decoded.text().lines()).isEqualTo(utf8.text().lines());
  }

  /**
   * A GB18030 page whose editor left a zero-width space after every punctuation mark (and a
   * byte-order mark): the characters that print as nothing are no sign of bytes that are not
   * Chinese. They had made 3% of the text, and the page was rejected UNDECODABLE.
   */
  @Test
  void zeroWidthSpacesDoNotMakeGb18030TextUndecodable() throws IOException {
    String text = Files.readString(SEED_002, StandardCharsets.UTF_8);
    // as an editor leaves them: around each punctuation mark, at the start and end of each line
    String spaced =
        "\uFEFF"
            + text.replaceAll("([，。、：；（）《》“”,.:;()])", "\u200B$1\u200B")
                .replaceAll("(?m)^|$", "\u200B");
    Decoder.Result decoded = Decoder.decode(spaced.getBytes(Charset.forName("GB18030")));
    assertThat(decoded.isText()).as("GB18030 with zero-width spaces is text").isTrue();
    assertThat(decoded.text().charset()).isEqualTo("GB18030");
    assertThat(decoded.text().lines())
        .isEqualTo(Decoder.decode(Files.readAllBytes(SEED_002)).text().lines());
  }

  @Test
  void byteOrderMarksDecideTheEncodingAndAreDropped() {
    String text = "淄博市应急局\r\n2019年度政府信息公开工作年度报告\r\n";
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(Decoder.decode(withBom).text().lines())
        .containsExactly("淄博市应急局", "2019年度政府信息公开工作年度报告");

    byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    Decoder.Result r = Decoder.decode(utf16);
    assertThat(r.text().charset()).isEqualTo("UTF-16LE");
    assertThat(r.text().lines()).containsExactly("淄博市应急局", "2019年度政府信息公开工作年度报告");
  }

  @Test
  void emptyAndWhitespaceOnlyDocumentsAreEmpty() {
    assertThat(Decoder.decode(new byte[0]).reason()).isEqualTo(RejectReason.EMPTY);
    assertThat(Decoder.decode(" \n\t\u3000\n".getBytes(StandardCharsets.UTF_8)).reason())
        .isEqualTo(RejectReason.EMPTY);
  }

  @Test
  void nulBytesAndRandomBytesAreBinary() {
    byte[] nuls = new byte[64];
    assertThat(Decoder.decode(nuls).reason()).isEqualTo(RejectReason.BINARY);
    byte[] random = new byte[8192];
    new Random(42).nextBytes(random);
    assertThat(Decoder.decode(random).reason()).isIn(RejectReason.BINARY, RejectReason.UNDECODABLE);
  }

  /**
   * A Traditional report saved as the central government's Big5 gateway serves it (real text 132,
   * 西藏自治區人民政府 2009) decodes as Big5 to the same lines as its UTF-8 copy.
   */
  @Test
  void big5CopyDecodesToTheSameLinesAsTheUtf8Original() throws IOException {
    Charset big5 = Charset.forName("Big5");
    java.nio.charset.CharsetEncoder encoder = big5.newEncoder();
    // the text with the few characters Big5 has not (some punctuation) as spaces
    StringBuilder b = new StringBuilder();
    Files.readString(Path.of("..", "fixtures", "real-reports", "132.txt"))
        .chars()
        .forEach(c -> b.append(encoder.canEncode((char) c) ? (char) c : ' '));
    String text = b.toString();
    assertThat(text).contains("西藏自治區人民政府2009年政府信息公開年度報告").hasSizeGreaterThan(500);
    Decoder.Result decoded = Decoder.decode(text.getBytes(big5));
    assertThat(decoded.isText()).as("Big5 bytes are read as text").isTrue();
    assertThat(decoded.text().charset()).isEqualTo("Big5");
    assertThat(decoded.text().lines())
        .isEqualTo(Decoder.decode(text.getBytes(StandardCharsets.UTF_8)).text().lines());
  }

  @Test
  void latin1TextThatIsNeitherUtf8NorChineseIsUndecodable() {
    byte[] latin1 = "Ça coûte très cher à Zürich, señor".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Decoder.decode(latin1).reason()).isEqualTo(RejectReason.UNDECODABLE);
  }

  @Test
  void aDocumentCutInsideItsLastCharacterLosesOnlyThatCharacter() {
    byte[] gbk = "政府信息公开工作年度报告".getBytes(Charset.forName("GBK"));
    Decoder.Result r = Decoder.decode(Arrays.copyOf(gbk, gbk.length - 1));
    assertThat(r.isText()).as("a crawler's byte limit must not lose the report").isTrue();
    assertThat(r.text().lines()).containsExactly("政府信息公开工作年度报");
    byte[] utf8 = "政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8);
    assertThat(Decoder.decode(Arrays.copyOf(utf8, utf8.length - 2)).text().lines())
        .containsExactly("政府信息公开工作年度报");
  }

  @Test
  void invalidBytesInsideTheTextAreNeverDecodedLeniently() {
    byte[] gbk = "政府信息公开工作年度报告".getBytes(Charset.forName("GBK"));
    byte[] broken = Arrays.copyOf(gbk, gbk.length);
    broken[4] = (byte) 0xFF;
    broken[5] = (byte) 0x80;
    assertThat(Decoder.decode(broken).reason()).isEqualTo(RejectReason.UNDECODABLE);
  }

  @Test
  void linesSplitOnEveryTerminator() {
    assertThat(Decoder.splitLines("a\r\nb\rc\nd")).containsExactly("a", "b", "c", "d");
    assertThat(Decoder.splitLines("a\n\nb\n")).containsExactly("a", "", "b");
  }

  @Test
  void aSoftHyphenPrintsAsNothing() {
    Decoder.Result r =
        Decoder.decode("解放\u00AD碑街道办事处\n申请2\u00AD0件\n".getBytes(StandardCharsets.UTF_8));
    assertThat(r.text().lines()).containsExactly("解放碑街道办事处", "申请20件");
  }

  @Test
  void aUtf8TextWithALinePastedInGbkIsReadLineByLine() throws IOException {
    String report = Files.readString(SEED_002, StandardCharsets.UTF_8);
    String[] lines = report.split("\n", -1);
    int pasted = 5;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < lines.length; i++) {
      Charset c = i == pasted ? Charset.forName("GBK") : StandardCharsets.UTF_8;
      out.writeBytes((lines[i] + (i + 1 < lines.length ? "\n" : "")).getBytes(c));
    }
    Decoder.Result r = Decoder.decode(out.toByteArray());
    assertThat(r.isText()).as(r.detail()).isTrue();
    assertThat(r.text().lines()).contains(lines[pasted].strip());
    // half of the lines in GBK: no UTF-8 text with lines pasted in; read as GB18030 or rejected,
    // never with a line mis-decoded
    java.io.ByteArrayOutputStream half = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < lines.length; i++) {
      Charset c = i % 2 == 0 ? Charset.forName("GBK") : StandardCharsets.UTF_8;
      half.writeBytes((lines[i] + "\n").getBytes(c));
    }
    Decoder.Result mixed = Decoder.decode(half.toByteArray());
    if (mixed.isText()) {
      assertThat(mixed.text().charset()).isNotEqualTo("UTF-8");
    }
  }

  @Test
  void aNulByteOrTwoInALongTextAreSlipsManyAreBinary() throws IOException {
    byte[] text = Files.readAllBytes(SEED_002);
    byte[] slip = new byte[text.length + 1];
    System.arraycopy(text, 0, slip, 0, 100);
    System.arraycopy(text, 100, slip, 101, text.length - 100);
    Decoder.Result r = Decoder.decode(slip);
    assertThat(r.isText()).isTrue();
    assertThat(String.join("\n", r.text().lines())).doesNotContain("\u0000");
    byte[] many = Arrays.copyOf(text, text.length);
    for (int i = 0; i < many.length; i += 97) {
      many[i] = 0;
    }
    assertThat(Decoder.decode(many).reason()).isEqualTo(RejectReason.BINARY);
  }

  @Test
  void aBig5HkscsPageIsRead() {
    Charset hkscs = Charset.forName("Big5-HKSCS");
    String page = "香港特別行政區政府\n二〇二一年政府信息公開工作年度報告\n峯";
    byte[] bytes = page.getBytes(hkscs);
    // 峯 is HKSCS's, not plain Big5's
    assertThat(new String(bytes, Charset.forName("Big5"))).contains("\uFFFD");
    Decoder.Result r = Decoder.decode(bytes);
    assertThat(r.isText()).as(r.detail()).isTrue();
    assertThat(r.text().lines()).contains("峯");
  }
}
