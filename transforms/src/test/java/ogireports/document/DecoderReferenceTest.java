package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import ogireports.formats.FileFormat;
import ogireports.text.Radicals;
import ogireports.text.Script;
import org.junit.jupiter.api.Test;

/**
 * The decoder cuts UTF-8 into lines as it decodes it ({@link LineCutter}); this checks it against
 * the plain way of the same rules (decode the whole text strictly, then cut it) on many texts: in
 * every encoding, cut anywhere, with byte-order marks, zero-width and no-break spaces, NULs,
 * control characters, stray and ill-formed bytes.
 */
class DecoderReferenceTest {

  private static final Charset GB18030 = Charset.forName("GB18030");

  @Test
  void decodesAnyBytesAsTheWholeTextDecodedThenCutWould() throws IOException {
    String seed = Files.readString(Path.of("../samples/002_4ed26dfb9e6e6758.txt"));
    Random random = new Random(17);
    String[] extras = {
      "\r\n",
      "\r",
      "\n",
      "\u0000",
      "\u0001",
      "\t",
      "\f",
      "\uFEFF",
      "\uFFFD",
      "\u3000",
      "\u00A0",
      "\u200B",
      "\u2060",
      "\uD83D\uDE00",
      "é",
      "廣州市國資委",
      "人⺠政府⻔⿊⻰江",
      "\uF967\uFA10",
      " ",
      "a",
      "|",
      "#",
      "*"
    };
    Charset[] charsets = {
      StandardCharsets.UTF_8, GB18030, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE
    };
    String traditional =
        com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional").transliterate(seed);
    int compared = 0;
    int readAsTraditional = 0;
    for (int round = 0; round < 20_000; round++) {
      String source = random.nextInt(3) == 0 ? traditional : seed;
      int from = random.nextInt(source.length());
      StringBuilder text =
          new StringBuilder(
              source.substring(from, Math.min(source.length(), from + random.nextInt(400))));
      for (int k = random.nextInt(4); k > 0; k--) {
        text.insert(random.nextInt(text.length() + 1), extras[random.nextInt(extras.length)]);
      }
      byte[] body = text.toString().getBytes(charsets[random.nextInt(charsets.length)]);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (random.nextInt(6)) {
        case 0 -> out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, 3);
        case 1 -> out.write(new byte[] {(byte) 0xFF, (byte) 0xFE}, 0, 2);
        default -> {}
      }
      out.write(body, 0, body.length);
      byte[] bytes = out.toByteArray();
      for (int k = random.nextInt(3) == 0 ? random.nextInt(3) : 0; k > 0 && bytes.length > 0; k--) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      if (random.nextBoolean() && bytes.length > 0) {
        bytes = Arrays.copyOf(bytes, bytes.length - random.nextInt(Math.min(5, bytes.length)));
      }
      if (bytes.length == 0 || FileFormat.of(bytes) != FileFormat.OTHER) {
        continue;
      }
      Decoder.Result got = Decoder.decode(bytes);
      Decoder.Result want = reference(bytes);
      String input = Arrays.toString(Arrays.copyOf(bytes, Math.min(bytes.length, 64)));
      assertThat(got.reason()).as(input).isEqualTo(want.reason());
      assertThat(got.detail()).as(input).isEqualTo(want.detail());
      if (want.isText()) {
        assertThat(got.text()).as(input).isEqualTo(want.text());
        readAsTraditional += want.text().traditional() ? 1 : 0;
      }
      compared++;
    }
    assertThat(compared).isGreaterThan(15_000);
    assertThat(readAsTraditional).isGreaterThan(1_000);
  }

  /** The decoding of a text file as it was written first: the whole text, then its lines. */
  private static Decoder.Result reference(byte[] bytes) {
    String text;
    String charset;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = "UTF-8";
      text = strict(StandardCharsets.UTF_8, bytes, 3);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = "UTF-16LE";
      text = strict(StandardCharsets.UTF_16LE, bytes, 2);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = "UTF-16BE";
      text = strict(StandardCharsets.UTF_16BE, bytes, 2);
    } else {
      int nuls = 0;
      for (byte b : bytes) {
        nuls += b == 0 ? 1 : 0;
      }
      Charset utf16 = nuls > 0 ? Decoder.utf16WithoutBom(bytes) : null;
      if (nuls > 0 && utf16 == null && nuls > Decoder.strayNuls(bytes.length)) {
        return new Decoder.Result(
            null,
            RejectReason.BINARY,
            "the document holds " + nuls + " NUL bytes: not a text file");
      }
      if (nuls > 0 && utf16 == null) {
        // a NUL byte or two in a long text are slips: the text without them
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        for (byte b : bytes) {
          if (b != 0) {
            kept.write(b);
          }
        }
        bytes = kept.toByteArray();
      }
      charset = utf16 != null ? utf16.name() : "UTF-8";
      text = strict(utf16 != null ? utf16 : StandardCharsets.UTF_8, bytes, 0);
      if (text == null) {
        // a UTF-8 text with a few lines pasted in GB18030
        byte[] mixed = Decoder.utf8WithGbLines(bytes);
        text = mixed == null ? null : strict(StandardCharsets.UTF_8, mixed, 0);
      }
      if (text == null) {
        charset = "GB18030";
        text = strict(GB18030, bytes, 0);
        if (text != null && !readsAsChinese(text)) {
          text = null;
        }
      }
      for (String big5 : new String[] {"Big5", "Big5-HKSCS"}) {
        if (text == null) {
          charset = big5;
          text = strict(Charset.forName(big5), bytes, 0);
          if (text != null && !readsAsChinese(text)) {
            text = null;
          }
        }
      }
    }
    if (text == null) {
      int n = Math.min(bytes.length, 65_536);
      int controls = 0;
      for (int i = 0; i < n; i++) {
        int b = bytes[i] & 0xFF;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
          controls++;
        }
      }
      return (double) controls / n > 0.05
          ? new Decoder.Result(null, RejectReason.BINARY, "the bytes are not text in any encoding")
          : new Decoder.Result(
              null,
              RejectReason.UNDECODABLE,
              "the bytes are neither UTF-8, UTF-16, GB18030/GBK nor Big5 text");
    }
    // what prints as nothing is dropped (a byte-order mark anywhere), a no-break space is a space,
    // a radical is the ideograph it prints as
    text =
        Radicals.fold(
            text.replaceAll("[\u200B-\u200D\u2060\uFEFF\u00AD]", "").replace('\u00A0', ' '));
    List<String> lines = Decoder.splitLines(text);
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\f' && c != '\n' && c != '\r') {
        controls++;
      }
    }
    if (controls > Math.max(2, text.length() / 100)) {
      return new Decoder.Result(
          null, RejectReason.BINARY, controls + " control characters: not a text document");
    }
    if (text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      return new Decoder.Result(null, RejectReason.EMPTY, "the document holds only whitespace");
    }
    // the text ends inside its last line when no line break follows its last character
    boolean openEnd = !text.endsWith("\n") && !text.endsWith("\r");
    return new Decoder.Result(
        new DecodedText(
            charset,
            lines,
            null,
            Script.isTraditional(lines),
            DecodedText.anyLessThan(lines),
            openEnd),
        null,
        null);
  }

  private static String strict(Charset charset, byte[] bytes, int offset) {
    if (bytes.length == offset && charset == StandardCharsets.UTF_8) {
      return ""; // as the String constructor gave it
    }
    for (int cut = 0; cut <= 3 && bytes.length - cut > offset; cut++) {
      try {
        return charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, offset, bytes.length - cut - offset))
            .toString();
      } catch (CharacterCodingException e) {
        // a shorter cut
      }
    }
    return null;
  }

  private static boolean readsAsChinese(String text) {
    int common = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80
          || (c >= 0x4E00 && c <= 0x9FFF)
          || (c >= 0x3000 && c <= 0x303F)
          || (c >= 0xFF00 && c <= 0xFFEF)
          || "\u201C\u201D\u2018\u2019\u2014\u2026\u00B7\u00A0\u200B\u200C\u200D\u2060\uFEFF"
                  .indexOf(c)
              >= 0) {
        common++;
      }
    }
    return text.length() > 0 && common >= text.length() * 0.97;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  @Test
  void noAsciiCharacterIsWrittenInOneScriptOnly() {
    // the decoder counts the script of the characters beyond ASCII only
    for (char c = 0; c < 0x80; c++) {
      assertThat(Script.writtenOnlyIn(c)).as("U+%04X", (int) c).isZero();
    }
  }
}
