package ogireports.document;

import java.util.ArrayList;
import java.util.List;
import ogireports.text.Radicals;
import ogireports.text.Script;

/**
 * A document's text cut into lines (on \n, \r\n and a lone \r), with what {@link Decoder} decides
 * on: the control characters, whether any character is not blank, the script.
 *
 * <p>Web pages carry characters that print as nothing or as a plain space: zero-width spaces and
 * joiners (U+200B to U+200D, U+2060) that CMS editors and copy-paste leave between characters, a
 * byte-order mark (U+FEFF) at the start or, where texts were joined, inside, and no-break spaces
 * (U+00A0, from {@code &nbsp;}) for spaces. They carry nothing a reader could want, yet a
 * zero-width space before {@code Page 8 - …} or a no-break space inside {@code 第 3 页} hides the
 * line from every pattern that allows spaces. So the cut drops the invisible ones ({@link
 * #invisible}) and makes a no-break space a space and a radical the ideograph it prints as ({@link
 * Radicals}), in the same pass.
 *
 * <p>Hand-written for speed, since every document passes here: UTF-8 bytes (most documents) are
 * decoded, cut and counted in one pass ({@link #ofUtf8}) into characters this thread keeps for the
 * next document, and each line is copied out of them once; the text is never held as one String,
 * nor copied again to be cut. Other encodings are decoded into the same characters ({@link
 * #ofChars}).
 */
final class LineCutter {

  final List<String> lines;

  /** The characters of the text (without line breaks and invisible characters). */
  int length;

  /** Control characters: below U+0020 and none of \n, \r, \t, \f. */
  int controls;

  /** NUL characters (and NUL bytes of a last character cut off). */
  int nuls;

  /** True when every character is whitespace. */
  boolean blank = true;

  /** True when some character is '<': an HTML page has one, most text reports none. */
  boolean lessThan;

  /**
   * True when some character is '|', '#', '*' or '-', one of which Markdown's marks need ({@link
   * DecodedText#markdownMarks}; '-' for the dash rules of pandoc's multiline tables): most text
   * reports print none.
   */
  boolean markdownMarks;

  /** Whether the text is printed in Traditional script ({@link Script#isTraditional}). */
  boolean traditional;

  /** The characters only Traditional script writes ({@link Script#writtenOnlyInTraditional}). */
  int traditionalOnly;

  /** True when the text ends inside its last line: no line break after its last character. */
  boolean openEnd;

  private static final byte LESS_THAN = 1;
  private static final byte MARKDOWN_MARK = 2;

  /**
   * What an ASCII character tells: {@link #LESS_THAN} for '<', {@link #MARKDOWN_MARK} for '|#*-'.
   */
  private static final byte[] ASCII_MARKS = new byte[128];

  static {
    ASCII_MARKS['<'] = LESS_THAN;
    ASCII_MARKS['|'] = MARKDOWN_MARK;
    ASCII_MARKS['#'] = MARKDOWN_MARK;
    ASCII_MARKS['*'] = MARKDOWN_MARK;
    ASCII_MARKS['-'] = MARKDOWN_MARK;
  }

  /** A cutter of a text of about {@code size} characters or bytes. */
  private LineCutter(int size) {
    // a line of a report is some 30 characters or bytes long, blank lines included
    lines = new ArrayList<>(Math.min(size / 24, 1 << 16) + 16);
  }

  /**
   * Characters of the documents decoded on this thread: a document's lines are copied out of them,
   * so they are reused by the next document.
   */
  private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[0]);

  /** Scratch characters beyond this many are not kept for the next document. */
  private static final int MAX_KEPT_SCRATCH = 1 << 22;

  /** At least {@code size} characters of scratch for this thread's document. */
  static char[] scratch(int size) {
    char[] chars = SCRATCH.get();
    if (chars.length >= size) {
      return chars;
    }
    chars = new char[Math.max(size, Math.min(MAX_KEPT_SCRATCH, 2 * chars.length))];
    if (chars.length <= MAX_KEPT_SCRATCH) {
      SCRATCH.set(chars);
    }
    return chars;
  }

  /**
   * True for a character that prints as nothing: zero-width space, non-joiner and joiner (U+200B to
   * U+200D), word joiner (U+2060), U+FEFF (a byte-order mark, or a zero-width no-break space) and
   * the soft hyphen (U+00AD), which prints only where a line breaks inside a word. Two comparisons
   * for a Chinese character.
   */
  static boolean invisible(int c) {
    return c == 0xFEFF || (c <= 0x2060 && c >= 0x200B && (c <= 0x200D || c == 0x2060)) || c == 0xAD;
  }

  /**
   * The text {@code chars[0, n)}; the characters are written over (the line breaks and invisible
   * characters taken out).
   */
  static LineCutter ofChars(char[] chars, int n) {
    LineCutter cut = new LineCutter(n);
    int o = 0; // characters kept, written back over chars (never ahead of i)
    int start = 0;
    int dropped = 0;
    int crAt = -1; // where a line ended at a \r: a \n with nothing kept since ends no other
    int traditionalOnly = 0; // the script tally, as in ofUtf8 (a line break is neither script's)
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (invisible(c)) {
        dropped++;
        continue;
      }
      if (c == '\u00A0') {
        c = ' ';
      } else if (Radicals.mayBeOne(c)) {
        c = Radicals.ideograph(c);
      }
      if (c == '\n' || c == '\r') {
        if (c == '\n' && o == crAt) {
          crAt = -1; // the \n of \r\n
          continue;
        }
        cut.lines.add(new String(chars, start, o - start));
        crAt = c == '\r' ? o : -1;
        start = o;
        continue;
      }
      traditionalOnly += Script.writtenOnlyInTraditional(c);
      chars[o++] = c;
      if (c == '<') {
        cut.lessThan = true;
      }
      if (c == '|' || c == '#' || c == '*' || c == '-') {
        cut.markdownMarks = true;
      }
      if (c < 0x20 && c != '\t' && c != '\f') {
        cut.controls++;
        if (c == 0) {
          cut.nuls++;
        }
      }
      if (cut.blank && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        cut.blank = false;
      }
    }
    if (start < o) {
      cut.lines.add(new String(chars, start, o - start));
      cut.openEnd = true;
    }
    cut.length = n - dropped;
    cut.traditional = Script.isTraditional(traditionalOnly, chars, 0, o);
    cut.traditionalOnly = traditionalOnly;
    return cut;
  }

  /**
   * The text of {@code bytes} from {@code offset} decoded as strict UTF-8, or null when they are
   * not UTF-8. It accepts exactly the well-formed sequences the JDK's decoder accepts (no overlong
   * forms, no surrogates, nothing above U+10FFFF), and gives what {@link Decoder} gives for UTF-8:
   * a document cut inside its last character loses only that character, so when the first
   * ill-formed sequence starts in the last 3 bytes (and is not the whole text), the characters
   * before it are the text (no shorter cut of a sequence that is ill-formed or cut short is
   * well-formed).
   */
  static LineCutter ofUtf8(byte[] bytes, int offset) {
    char[] chars = scratch(bytes.length - offset);
    LineCutter cut = new LineCutter(bytes.length - offset);
    int end = bytes.length;
    int i = offset;
    int o = 0; // characters written
    int start = 0; // where the line being cut starts in chars
    int crAt = -1; // where a line ended at a \r: a \n with nothing kept since ends no other
    int controls = 0;
    int nuls = 0;
    boolean blank = true;
    int asciiMarks = 0; // ASCII_MARKS of the ASCII characters: a '<', a '|', '#', '*' or '-'
    int traditionalOnly = 0; // the script tally, Simplified-only characters counted at the end
    while (i < end) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        if (b < 0x20) {
          if (b == '\n' || b == '\r') {
            if (b == '\n' && o == crAt) {
              crAt = -1; // the \n of \r\n (an invisible character between them is dropped)
              continue;
            }
            cut.lines.add(new String(chars, start, o - start));
            crAt = b == '\r' ? o : -1;
            start = o;
            continue;
          }
          if (b != '\t' && b != '\f') {
            controls++;
            if (b == 0) {
              nuls++;
            }
          }
        }
        if (blank && !Character.isWhitespace(b) && !Character.isSpaceChar(b)) {
          blank = false;
        }
        asciiMarks |= ASCII_MARKS[b];
        chars[o++] = (char) b;
        continue;
      }
      if ((b & 0xF0) == 0xE0 && !blank) {
        // a run of 3-byte characters (Chinese text), after the start of the text: no need to
        // look for a byte-order mark, a line break or blank characters
        while (i + 2 < end) {
          int b1 = bytes[i];
          int b2 = bytes[i + 1];
          int b3 = bytes[i + 2];
          int c = ((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
          if ((b1 & 0xF0) != 0xE0
              || (b2 & 0xC0) != 0x80
              || (b3 & 0xC0) != 0x80
              || c < 0x800
              || (c >= 0xD800 && c <= 0xDFFF)) {
            break;
          }
          i += 3;
          if (c < 0x3000 || c >= 0xF900) {
            if (invisible(c)) {
              continue;
            }
            c = Radicals.ideograph((char) c);
          }
          chars[o++] = (char) c;
          traditionalOnly += Script.writtenOnlyInTraditional((char) c);
        }
        if (i == end) {
          break;
        }
        b = bytes[i];
        if (b >= 0) {
          continue;
        }
      }
      int lead = b & 0xFF;
      int c = -1; // a character of the Basic Multilingual Plane, else -1
      int length = 0;
      if (lead >= 0xE0 && lead <= 0xEF) {
        if (i + 2 < end) {
          int b2 = bytes[i + 1];
          int b3 = bytes[i + 2];
          int decoded = ((lead & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
          if ((b2 & 0xC0) == 0x80
              && (b3 & 0xC0) == 0x80
              && decoded >= 0x800
              && (decoded < 0xD800 || decoded > 0xDFFF)) {
            c = decoded;
            length = 3;
          }
        }
      } else if (lead >= 0xC2 && lead <= 0xDF) {
        if (i + 1 < end && (bytes[i + 1] & 0xC0) == 0x80) {
          c = ((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
          length = 2;
          if (c == 0xA0) {
            c = ' '; // a no-break space is a space
          }
        }
      } else if (lead >= 0xF0 && lead <= 0xF4 && i + 3 < end) {
        int b2 = bytes[i + 1];
        int b3 = bytes[i + 2];
        int b4 = bytes[i + 3];
        int cp = ((lead & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
        if ((b2 & 0xC0) == 0x80
            && (b3 & 0xC0) == 0x80
            && (b4 & 0xC0) == 0x80
            && cp >= 0x10000
            && cp <= 0x10FFFF) {
          // two characters, neither a control nor blank
          char high = Character.highSurrogate(cp);
          char low = Character.lowSurrogate(cp);
          chars[o++] = high;
          chars[o++] = low;
          traditionalOnly +=
              Script.writtenOnlyInTraditional(high) + Script.writtenOnlyInTraditional(low);
          blank = false;
          i += 4;
          continue;
        }
      }
      if (c < 0) {
        // an ill-formed sequence starts at i, or one cut short by the end of the bytes
        if (end - i <= 3 && i > offset) {
          for (int k = i; k < end; k++) {
            nuls += bytes[k] == 0 ? 1 : 0;
          }
          break;
        }
        return null;
      }
      if (invisible(c)) {
        i += length; // a byte-order mark, a zero-width space: not part of the text
        continue;
      }
      c = Radicals.ideograph((char) c);
      i += length;
      chars[o++] = (char) c;
      traditionalOnly += Script.writtenOnlyInTraditional((char) c);
      if (blank && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        blank = false;
      }
    }
    if (start < o) {
      cut.lines.add(new String(chars, start, o - start));
      cut.openEnd = true;
    }
    cut.length = o;
    cut.controls = controls;
    cut.nuls = nuls;
    cut.blank = blank;
    cut.lessThan = (asciiMarks & LESS_THAN) != 0;
    cut.markdownMarks = (asciiMarks & MARKDOWN_MARK) != 0;
    cut.traditional = Script.isTraditional(traditionalOnly, chars, 0, o);
    cut.traditionalOnly = traditionalOnly;
    return cut;
  }
}
