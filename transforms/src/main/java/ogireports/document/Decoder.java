package ogireports.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ogireports.formats.ExtractedText;
import ogireports.formats.FileFormat;
import ogireports.model.LineOrigin;
import ogireports.text.Radicals;

/**
 * Turns a document's bytes into lines of text, or says why it cannot.
 *
 * <p>Order: a byte-order mark decides (UTF-8, UTF-16LE/BE); NUL bytes mean binary unless the bytes
 * are UTF-16 without a byte-order mark beyond doubt ({@link #utf16WithoutBom}); strict UTF-8;
 * strict GB18030 (a superset of GBK and GB2312), then strict Big5, each accepted only when the
 * result reads as Chinese text. Nothing is decoded leniently, so no mojibake reaches the parser.
 *
 * <p>Before all that, PDF, Word and Excel files are told by their magic bytes ({@link FileFormat}:
 * {@code %PDF-}, OLE2, ZIP) and read by {@link ogireports.formats}; their lines go to the report
 * reader like a text file's (a PDF's with its pages), their failures become rejects ({@link
 * RejectReason#NO_TEXT_LAYER}, {@link RejectReason#ENCRYPTED}, …).
 */
public final class Decoder {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private static final Charset BIG5 = Charset.forName("Big5");

  private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");

  /**
   * The most NUL bytes a text may hold as slips: one in 10,000 bytes, two in a text of 2,000 bytes
   * or more, none in a shorter one (a few bytes with a NUL are no text).
   */
  static int strayNuls(int length) {
    return length < 2_000 ? 0 : Math.max(2, length / 10_000);
  }

  /** {@code bytes} without every {@code b}. */
  private static byte[] without(byte[] bytes, byte b) {
    byte[] out = new byte[bytes.length];
    int n = 0;
    for (byte x : bytes) {
      if (x != b) {
        out[n++] = x;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * How many lines of UTF-8 with Chinese a text holds for each GB18030 line pasted in, at least.
   */
  private static final int MIN_UTF8_CHINESE_PER_GB_LINE = 5;

  /** The most lines of a UTF-8 text that may be GB18030 pasted in, as a share of its lines. */
  private static final double MAX_GB_LINES = 0.1;

  /**
   * The bytes of a UTF-8 text some of whose lines (at most {@link #MAX_GB_LINES} of them, and
   * {@link #MIN_UTF8_CHINESE_PER_GB_LINE} lines of UTF-8 with Chinese for each) are GB18030 pasted
   * in, those lines re-encoded in UTF-8; null when the text is not so (a line valid in neither, or
   * too many lines not UTF-8).
   */
  static byte[] utf8WithGbLines(byte[] bytes) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length + 64);
    int lines = 0;
    int gbLines = 0;
    int utf8Chinese = 0; // lines of UTF-8 holding Chinese
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int to = Math.min(end + 1, bytes.length);
      lines++;
      String utf8 = strict(StandardCharsets.UTF_8, bytes, start, to);
      if (utf8 != null) {
        utf8Chinese += utf8.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF) ? 1 : 0;
        out.write(bytes, start, to - start);
      } else {
        String gb = strict(GB18030, bytes, start, to);
        if (gb == null || gbLines + 1 > utf8Chinese + 2) {
          return null; // a line in neither, or a text in GB18030 from its start
        }
        gbLines++;
        byte[] again = gb.getBytes(StandardCharsets.UTF_8);
        out.write(again, 0, again.length);
      }
      start = to;
    }
    return gbLines > 0
            && gbLines <= MAX_GB_LINES * lines
            && utf8Chinese >= MIN_UTF8_CHINESE_PER_GB_LINE * gbLines
        ? out.toByteArray()
        : null;
  }

  /** The least bytes read as UTF-16 without a byte-order mark. */
  static final int UTF16_MIN_BYTES = 32;

  /** The outcome: text, or a reject reason with a detail sentence. */
  public record Result(DecodedText text, RejectReason reason, String detail) {
    public boolean isText() {
      return text != null;
    }
  }

  private Decoder() {}

  public static Result decode(byte[] bytes) {
    if (bytes.length == 0) {
      return reject(RejectReason.EMPTY, "the document has no bytes");
    }
    FileFormat format = FileFormat.of(bytes);
    if (format != FileFormat.OTHER) {
      return fromFormat(format.read(bytes));
    }
    // UTF-8 (most documents) is decoded and cut into lines in one pass; a text that holds NUL
    // characters is looked at again as the bytes are (UTF-16 without a byte-order mark, else
    // binary), as is one that is not UTF-8.
    String charset;
    LineCutter text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = "UTF-8";
      text = LineCutter.ofUtf8(bytes, 3);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = "UTF-16LE";
      text = strictLines(StandardCharsets.UTF_16LE, bytes, 2);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = "UTF-16BE";
      text = strictLines(StandardCharsets.UTF_16BE, bytes, 2);
    } else {
      charset = "UTF-8";
      text = LineCutter.ofUtf8(bytes, 0);
      if (text == null || text.nuls > 0) {
        int nuls = count(bytes, (byte) 0);
        Charset utf16 = nuls > 0 ? utf16WithoutBom(bytes) : null;
        if (nuls > 0 && utf16 == null && nuls > strayNuls(bytes.length)) {
          return reject(
              RejectReason.BINARY, "the document holds " + nuls + " NUL bytes: not a text file");
        }
        if (nuls > 0 && utf16 == null) {
          // a NUL byte or two in a text (a crawl's or an editor's slip): no character of it
          bytes = without(bytes, (byte) 0);
          text = LineCutter.ofUtf8(bytes, 0);
        }
        if (utf16 != null) {
          charset = utf16.name();
          text = strictLines(utf16, bytes, 0);
        }
        if (text == null) {
          // a UTF-8 text with a line or two pasted in GBK: each such line decoded as GB18030
          byte[] mixed = utf8WithGbLines(bytes);
          text = mixed == null ? null : LineCutter.ofUtf8(mixed, 0);
        }
        // else there is no NUL byte: the text was not UTF-8
        if (text == null) {
          charset = "GB18030";
          text = strictLines(GB18030, bytes, 0);
        }
        if (text == null) {
          // Traditional script as Big5, which pages of the central government's Big5 gateway are,
          // or as Big5-HKSCS, its Hong Kong extension (峯, 𥚃…)
          charset = "Big5";
          text = strictLines(BIG5, bytes, 0);
          if (text == null) {
            charset = "Big5-HKSCS";
            text = strictLines(BIG5_HKSCS, bytes, 0);
          }
        }
      }
    }
    if (text == null) {
      return controlShare(bytes) > 0.05
          ? reject(RejectReason.BINARY, "the bytes are not text in any encoding")
          : reject(
              RejectReason.UNDECODABLE,
              "the bytes are neither UTF-8, UTF-16, GB18030/GBK nor Big5 text");
    }
    if (text.controls > Math.max(2, text.length / 100)) {
      return reject(
          RejectReason.BINARY, text.controls + " control characters: not a text document");
    }
    if (text.blank) {
      return reject(RejectReason.EMPTY, "the document holds only whitespace");
    }
    return new Result(
        new DecodedText(
            charset,
            text.lines,
            null,
            text.traditional,
            text.lessThan,
            text.openEnd,
            text.traditionalOnly,
            text.markdownMarks),
        null,
        null);
  }

  /**
   * {@link #strict} decoding cut into lines, or null; GB18030 only when the text reads as Chinese
   * ({@link #readsAsChinese}). The characters are decoded into the line cutter's scratch.
   */
  private static LineCutter strictLines(Charset charset, byte[] bytes, int offset) {
    CharsetDecoder decoder = strictDecoder(charset);
    char[] chars =
        LineCutter.scratch(
            (int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()));
    for (int cut = 0; cut <= 3 && bytes.length - cut > offset; cut++) {
      CharBuffer out = CharBuffer.wrap(chars);
      CoderResult result =
          decoder
              .reset()
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - cut - offset), out, true);
      if (result.isUnderflow()) {
        result = decoder.flush(out);
      }
      if (result.isOverflow()) {
        throw new IllegalStateException(charset + " gave more characters than it may");
      }
      if (result.isUnderflow()) {
        int n = out.position();
        return (charset != GB18030 && charset != BIG5 && charset != BIG5_HKSCS)
                || readsAsChinese(chars, 0, n)
            ? LineCutter.ofChars(chars, n)
            : null;
      }
    }
    return null;
  }

  /** The lines of a PDF, Word or Excel file as decoded text, or its failure as a reject. */
  private static Result fromFormat(ExtractedText extracted) {
    if (extracted instanceof ExtractedText.Failure f) {
      RejectReason reason =
          switch (f.problem()) {
            case ENCRYPTED -> RejectReason.ENCRYPTED;
            case NO_TEXT_LAYER -> RejectReason.NO_TEXT_LAYER;
            case TOO_MANY_PAGES -> RejectReason.TOO_MANY_PAGES;
            case CORRUPT -> RejectReason.CORRUPT_FILE;
            case UNSUPPORTED -> RejectReason.UNSUPPORTED_FORMAT;
            case DECOMPRESSION_LIMIT -> RejectReason.DECOMPRESSION_LIMIT;
          };
      return reject(reason, f.format() + ": " + f.detail());
    }
    ExtractedText.Lines lines = (ExtractedText.Lines) extracted;
    if (lines.lines().stream().allMatch(String::isBlank)) {
      return reject(RejectReason.EMPTY, "the " + lines.format() + " file holds no text");
    }
    LineOrigin origin =
        lines.pages() == null ? null : LineOrigin.ofPages(lines.pages(), lines.linesInPage());
    // a PDF's text layer may give a radical for the ideograph whose glyph it shares (人⺠政府)
    return new Result(
        new DecodedText(lines.format(), Radicals.fold(lines.lines()), origin), null, null);
  }

  /**
   * Decodes strictly with a charset a page declares (an HTML meta tag), or returns null when the
   * charset is unknown or the bytes are not valid in it.
   */
  public static DecodedText decodeAs(byte[] bytes, String charsetName) {
    Charset charset = charsetNamed(charsetName);
    if (charset == null) {
      return null;
    }
    String text = strict(charset, bytes, 0);
    if (text == null) {
      return null;
    }
    char[] chars = text.toCharArray();
    return new DecodedText(charset.name(), LineCutter.ofChars(chars, chars.length).lines);
  }

  /**
   * True when {@code charsetName} (as a page declares it) names the charset whose canonical name is
   * {@code charset} (as {@link DecodedText#charset} gives it): {@link #decodeAs} would decode the
   * text as it was decoded already.
   */
  public static boolean names(String charsetName, String charset) {
    Charset named = charsetNamed(charsetName);
    return named != null && named.name().equals(charset);
  }

  /** The charset of that name, or null when there is none (or no name). */
  private static Charset charsetNamed(String charsetName) {
    if (charsetName == null) {
      return null;
    }
    try {
      return Charset.forName(charsetName);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Splits on \n, \r\n and lone \r (as {@link #decode} does in its pass, which also drops the
   * characters that print as nothing).
   */
  static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /**
   * Strict decoding; a document cut inside its last character (a crawler's byte limit) loses only
   * that character: up to 3 trailing bytes are dropped when nothing else is wrong.
   */
  private static String strict(Charset charset, byte[] bytes, int offset) {
    if (charset == StandardCharsets.UTF_8) {
      // The String constructor replaces malformed input with U+FFFD: without one, the bytes were
      // valid UTF-8 and this is what the strict decoder gives (much faster).
      String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return text;
      }
    }
    for (int cut = 0; cut <= 3 && bytes.length - cut > offset; cut++) {
      String text = strict(charset, bytes, offset, bytes.length - cut);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  private static String strict(Charset charset, byte[] bytes, int offset, int end) {
    CharsetDecoder decoder = strictDecoder(charset);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, end - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * UTF-16 without a byte-order mark, when it is beyond doubt: the bytes decode strictly in one
   * byte order (no unpaired surrogate) to text that reads as Chinese ({@link #readsAsChinese}: 97%
   * common CJK, CJK punctuation and ASCII) with no NUL character, and not in the other. The byte
   * order the NUL bytes point to (the high byte of ASCII characters: odd offsets in UTF-16LE, even
   * in UTF-16BE) is tried first; swapping the bytes of Chinese text gives mostly rare blocks, so
   * real text never reads both ways, and binary data reads neither way. At least {@value
   * #UTF16_MIN_BYTES} bytes (16 characters): a few random characters may all read as common ones by
   * chance. Null when not.
   */
  static Charset utf16WithoutBom(byte[] bytes) {
    if (bytes.length < UTF16_MIN_BYTES) {
      return null;
    }
    long even = 0;
    long odd = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        if ((i & 1) == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    Charset first = odd >= even ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    Charset second =
        first == StandardCharsets.UTF_16LE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    boolean firstReads = readsAsUtf16Text(first, bytes);
    boolean secondReads = readsAsUtf16Text(second, bytes);
    return firstReads == secondReads ? null : firstReads ? first : second;
  }

  /**
   * Whether the bytes read in {@code charset} as Chinese text. A private-use character (a PDF's
   * glyph that maps to no character: its digits, as some extractors give them) is no evidence
   * either way; swapping the bytes of Chinese text gives mostly other rare blocks, so the other
   * order still fails.
   */
  private static boolean readsAsUtf16Text(Charset charset, byte[] bytes) {
    String text = strict(charset, bytes, 0);
    if (text == null || text.indexOf(0) >= 0) {
      return false;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '\uE000' || c > '\uF8FF') {
        kept.append(c);
      }
    }
    return kept.length() * 2 >= UTF16_MIN_BYTES && readsAsChinese(kept.toString());
  }

  /**
   * GB18030 decodes many byte strings without error; real Chinese text is mostly common CJK
   * ideographs, CJK punctuation and ASCII (and box characters, in a page dumped by a text browser;
   * and the letters of a minority language, on a bilingual page: {@link #isMinorityScript}), while
   * other bytes decode to rare blocks. The characters that print as nothing ({@link
   * LineCutter#invisible}: zero-width spaces a CMS editor leaves after each punctuation mark, a
   * byte-order mark) are no evidence either way.
   */
  private static boolean readsAsChinese(String text) {
    return readsAsChinese(text.toCharArray(), 0, text.length());
  }

  /** {@link #readsAsChinese(String)} of {@code chars[from, to)}. */
  private static boolean readsAsChinese(char[] chars, int from, int to) {
    int common = 0;
    int total = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      total++;
      if (c < 0x80
          || (c >= 0x4E00 && c <= 0x9FFF)
          || (c >= 0x3000 && c <= 0x303F)
          || (c >= 0xFF00 && c <= 0xFFEF)
          || (c >= 0x2500 && c <= 0x257F) // the box characters a text browser draws tables with
          || isMinorityScript(c)
          || (isHangul(c)
              && ((i > from && isHangul(chars[i - 1])) || (i + 1 < to && isHangul(chars[i + 1]))))
          || c == '\u201C'
          || c == '\u201D'
          || c == '\u2018'
          || c == '\u2019'
          || c == '\u2014'
          || c == '\u2026'
          || c == '\u00B7'
          || c == '\u00A0'
          || LineCutter.invisible(c)) {
        common++;
      }
    }
    return total > 0 && common >= total * 0.97;
  }

  /**
   * The letters of the minority languages that sites of autonomous areas print beside Chinese (a
   * title, a menu, or the whole report again): Arabic script (Uyghur, Kazakh, Kyrgyz), Tibetan,
   * traditional Mongolian and Yi. Hangul (延边's pages) counts only in words of two syllables or more
   * ({@link #isHangul}): its eleven thousand syllables, each taken alone, made the UTF-8 bytes of a
   * text with NUL characters read as UTF-16.
   */
  private static boolean isMinorityScript(char c) {
    return (c >= 0x0600 && c <= 0x06FF)
        || (c >= 0x0F00 && c <= 0x0FFF)
        || (c >= 0x1800 && c <= 0x18AF)
        || (c >= 0xA000 && c <= 0xA4CF);
  }

  /** A Hangul syllable. */
  private static boolean isHangul(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  private static double controlShare(byte[] bytes) {
    int n = Math.min(bytes.length, 65_536);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        controls++;
      }
    }
    return n == 0 ? 0 : (double) controls / n;
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

  private static int count(byte[] bytes, byte b) {
    int n = 0;
    for (byte x : bytes) {
      if (x == b) {
        n++;
      }
    }
    return n;
  }

  private static Result reject(RejectReason reason, String detail) {
    return new Result(null, reason, detail);
  }
}
