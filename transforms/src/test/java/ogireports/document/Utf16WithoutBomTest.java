package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * UTF-16 text without a byte-order mark (issue 14): read when it is beyond doubt, the same lines
 * and the same report as the UTF-8 original; binary data with NUL bytes stays BINARY.
 */
class Utf16WithoutBomTest {

  /** The Chinese characters a fixture's text holds to be told as UTF-16 without a BOM. */
  private static final int MIN_CHINESE = 20;

  private static List<Path> fixtures() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("..", "fixtures"))) {
      // probe21 n03 among them: a PDF's text whose table digits map to private-use code points
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void everyRealFixtureReEncodedWithoutBomDecodesToTheSameLines() throws IOException {
    List<Path> files = fixtures();
    assertThat(files).hasSizeGreaterThan(60);
    for (Path p : files) {
      byte[] utf8 = Files.readAllBytes(p);
      Decoder.Result original = Decoder.decode(utf8);
      if (p.toString().contains("probe40") && !original.isText()) {
        continue; // probe40's inputs that are no text (labelled rejects)
      }
      assertThat(original.isText()).as(p.toString()).isTrue();
      String text = String.join("\n", original.text().lines());
      if (text.codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count() < MIN_CHINESE
          || text.indexOf('\uFFFD') >= 0) {
        // mojibake kept as such, or a decoding's losses (probe40 e12, e17): no Chinese text tells
        // its UTF-16
        continue;
      }
      Decoder.Result expected = Decoder.decode(text.getBytes(StandardCharsets.UTF_8));
      for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
        Decoder.Result r = Decoder.decode(text.getBytes(cs));
        assertThat(r.isText()).as("%s in %s: %s", p, cs, r.detail()).isTrue();
        assertThat(r.text().charset()).as(p.toString()).isEqualTo(cs.name());
        assertThat(r.text().lines()).as(p.toString()).isEqualTo(expected.text().lines());
      }
    }
  }

  @Test
  void aReportInUtf16WithoutBomIsReadLikeTheOriginal() throws IOException {
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath());
    Path seed = Path.of("..", "samples", "000_0d9ef2ec1467d7f8.txt");
    String text = Files.readString(seed);
    ReadOutcome.Accepted utf8 =
        (ReadOutcome.Accepted)
            reader.read(new Document("a.txt", text.getBytes(StandardCharsets.UTF_8)));
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      ReadOutcome out = reader.read(new Document("a.txt", text.getBytes(cs)));
      assertThat(out).as(cs.name()).isInstanceOf(ReadOutcome.Accepted.class);
      ReadOutcome.Accepted a = (ReadOutcome.Accepted) out;
      assertThat(a.report().metadata()).isEqualTo(utf8.report().metadata());
      assertThat(a.report().tables()).isEqualTo(utf8.report().tables());
      assertThat(a.flags()).isEqualTo(utf8.flags());
    }
  }

  @Test
  void aCutLastCharacterLosesOnlyThatCharacter() {
    String text = "淄博市应急局\n2019年度政府信息公开工作年度报告\n本机关主动公开信息12条。";
    byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
    Decoder.Result r = Decoder.decode(Arrays.copyOf(le, le.length - 1));
    assertThat(r.isText()).isTrue();
    assertThat(r.text().charset()).isEqualTo("UTF-16LE");
    assertThat(r.text().lines().get(2)).isEqualTo("本机关主动公开信息12条");
  }

  @Test
  void randomBinaryStaysBinary() {
    Random random = new Random(14);
    for (int size : new int[] {4, 5, 16, 100, 1_000, 10_000, 100_000}) {
      for (int i = 0; i < 50; i++) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        bytes[random.nextInt(size)] = 0; // at least one NUL byte
        Decoder.Result r = Decoder.decode(bytes);
        assertThat(r.isText()).as("random bytes of size %d", size).isFalse();
        assertThat(Decoder.utf16WithoutBom(bytes)).isNull();
      }
    }
  }

  @Test
  void binaryWithNulsOnEveryOtherByteStaysBinary() {
    // NUL bytes on every other byte, the other bytes random: UTF-16 of rare characters, not text
    Random random = new Random(7);
    byte[] bytes = new byte[20_000];
    for (int i = 0; i < bytes.length; i += 2) {
      bytes[i] = (byte) (0x80 + random.nextInt(0x80)); // Latin-1 supplement and controls
      bytes[i + 1] = 0;
    }
    assertThat(Decoder.decode(bytes).reason()).isEqualTo(RejectReason.BINARY);
    // a small integer array (little-endian ints): NULs on both parities
    java.nio.ByteBuffer ints =
        java.nio.ByteBuffer.allocate(40_000).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < 10_000; i++) {
      ints.putInt(random.nextInt(100_000));
    }
    assertThat(Decoder.decode(ints.array()).reason()).isEqualTo(RejectReason.BINARY);
    // UTF-8 text with NUL characters in it stays BINARY, as before
    byte[] nulLaden = "一、总体情况\u0000申请\u00001\u0000".repeat(100).getBytes(StandardCharsets.UTF_8);
    assertThat(Decoder.decode(nulLaden).reason()).isEqualTo(RejectReason.BINARY);
  }
}
