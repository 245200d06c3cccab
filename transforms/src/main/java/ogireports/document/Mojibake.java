package ogireports.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report's text garbled by a crawl that decoded its bytes in the web's default charset
 * (ISO-8859-1, or Windows-1252 as browsers read that label) and saved what it got as UTF-8: GBK's
 * {@code 政府} became {@code ÕþžÏ}, UTF-8's became {@code æ”¿åºœ}. Every character of such a text
 * stands for one of the original bytes, so the bytes are given back and decoded again, as the
 * decoder decodes any document. A text is taken for such only when it holds no Chinese character at
 * all and at least {@link #MIN_LATIN} characters of those charsets' upper half, and the bytes given
 * back decode to Chinese; any other text is left as it is.
 *
 * <p>Written here because the JDK's Windows-1252 encoder refuses the five bytes that charset leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), which browsers, and so the garbled text, map to the
 * control characters of the same number, and which UTF-8's Chinese holds often.
 */
final class Mojibake {

  private Mojibake() {}

  /** Upper-half characters a garbled text holds at least (a Western name or a © is not one). */
  static final int MIN_LATIN = 16;

  /** Windows-1252's characters for the bytes 0x80 to 0x9F (U+0000 where the byte is undefined). */
  private static final String CP1252_HIGH =
      "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u0000\u017D\u0000"
          + "\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u0000\u017E\u0178";

  /** How far into the bytes a Chinese character's UTF-8 lead byte tells a text is not garbled. */
  static final int HEAD_BYTES = 4096;

  /**
   * The bytes a garbled document stands for, when they decode to Chinese; null for any other
   * document (most are told by a Chinese character's UTF-8 lead byte in their first bytes).
   */
  static byte[] repaired(byte[] bytes) {
    int upper = 0;
    for (int i = 0; i < Math.min(bytes.length, HEAD_BYTES); i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0xE3 && b <= 0xE9) {
        return null; // UTF-8's Chinese (or GBK's): no garbled Latin text
      }
      if (b == 0xC2 || b == 0xC3) {
        upper++;
      }
    }
    if (upper < MIN_LATIN) {
      return null;
    }
    byte[] original = originalBytes(bytes);
    if (original == null) {
      return null;
    }
    Decoder.Result decoded = Decoder.decode(original);
    return decoded.isText() && holdsHan(decoded.text().lines()) ? original : null;
  }

  private static boolean holdsHan(List<String> lines) {
    for (String line : lines) {
      for (int i = 0; i < line.length(); i++) {
        if (Character.UnicodeScript.of(line.charAt(i)) == Character.UnicodeScript.HAN) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when decoded lines look garbled this way: no Chinese character at all, and at least {@link
   * #MIN_LATIN} characters of the charsets' upper half.
   */
  static boolean looksGarbled(List<String> lines) {
    int latin = 0;
    for (String line : lines) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c >= 0x3000) {
          return false; // Chinese (or anything past the Latin scripts): not garbled this way
        }
        if (c >= 0x80) {
          latin++;
        }
      }
    }
    return latin >= MIN_LATIN;
  }

  /**
   * The bytes a garbled document's UTF-8 characters stand for, one for each (line breaks, no-break
   * spaces and all), or null when its bytes are no UTF-8 or a character is in neither charset.
   */
  static byte[] originalBytes(byte[] utf8) {
    int from = utf8.length >= 3 && (utf8[0] & 0xFF) == 0xEF && (utf8[1] & 0xFF) == 0xBB ? 3 : 0;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(utf8, from, utf8.length - from))
              .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    if (!looksGarbled(List.of(text))) {
      return null;
    }
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      int b = byteOf(text.charAt(i));
      if (b < 0) {
        return null;
      }
      bytes[i] = (byte) b;
    }
    return bytes;
  }

  /** The byte a character stands for in ISO-8859-1 or Windows-1252, or -1. */
  private static int byteOf(char c) {
    if (c <= 0xFF) {
      return c;
    }
    int at = CP1252_HIGH.indexOf(c);
    return at >= 0 && c != 0 ? 0x80 + at : -1;
  }
}
