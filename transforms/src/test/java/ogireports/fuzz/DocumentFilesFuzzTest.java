package ogireports.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import ogireports.formats.ExtractedText;
import ogireports.formats.FileFormat;
import ogireports.formats.OfficeText;
import ogireports.formats.PdfText;

/**
 * The readers of PDF, Word, Excel, RTF and OpenDocument files on arbitrary bytes: never throw, and
 * every outcome is lines of text or a failure with a problem and a detail (which the decoder turns
 * into a reject). Each target starts from the file's magic bytes, so the fuzzer spends its time
 * inside PDFBox and POI rather than in front of them.
 *
 * <p>Regression inputs: {@code DocumentFilesFuzzTestInputs/<target>/}. Fuzz: {@code scripts/fuzz.sh
 * 600 DocumentFilesFuzzTest#pdf}.
 */
class DocumentFilesFuzzTest {

  @FuzzTest
  void pdf(byte[] bytes) {
    check(Guard.run("PdfText.read", () -> PdfText.read(withMagic("%PDF-1.4\n", bytes))));
  }

  @FuzzTest
  void ooxml(byte[] bytes) {
    check(
        Guard.run(
            "OfficeText.readZip", () -> OfficeText.readZip(withMagic("PK\u0003\u0004", bytes))));
  }

  @FuzzTest
  void ole2(byte[] bytes) {
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    check(Guard.run("OfficeText.readOle2", () -> OfficeText.readOle2(withMagic(magic, bytes))));
  }

  @FuzzTest
  void rtf(byte[] bytes) {
    check(
        Guard.run("FileFormat.RTF.read", () -> FileFormat.RTF.read(withMagic("{\\rtf1 ", bytes))));
  }

  @FuzzTest
  void openDocument(byte[] bytes) {
    // a ZIP holding a mimetype and a content.xml: the fuzzer's bytes are the content
    check(Guard.run("OfficeText.readZip", () -> OfficeText.readZip(odt(bytes))));
  }

  private static byte[] odt(byte[] content) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
      zip.write(
          "application/vnd.oasis.opendocument.text"
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
      zip.write(content);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void check(ExtractedText text) {
    assertThat(text).isNotNull();
    if (text instanceof ExtractedText.Failure f) {
      assertThat(f.problem()).isNotNull();
      assertThat(f.detail()).isNotNull();
    } else if (text instanceof ExtractedText.Lines l) {
      assertThat(l.lines()).isNotNull().doesNotContainNull();
    }
  }

  private static byte[] withMagic(String magic, byte[] bytes) {
    return withMagic(magic.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), bytes);
  }

  /** The bytes, behind the format's magic unless they already start with it. */
  private static byte[] withMagic(byte[] magic, byte[] bytes) {
    if (bytes.length >= magic.length
        && java.util.Arrays.equals(java.util.Arrays.copyOf(bytes, magic.length), magic)) {
      return bytes;
    }
    byte[] out = new byte[magic.length + bytes.length];
    System.arraycopy(magic, 0, out, 0, magic.length);
    System.arraycopy(bytes, 0, out, magic.length, bytes.length);
    return out;
  }
}
