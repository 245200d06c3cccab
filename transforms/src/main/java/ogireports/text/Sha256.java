package ogireports.text;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex: the project's one digest, of a document's bytes (its {@code
 * report_id}) and of a report's squeezed text (its content fingerprint). Each thread keeps its own
 * {@link MessageDigest}: looking the algorithm up cost a fifth of hashing a report.
 *
 * <p>Text is digested as its UTF-8 bytes, exactly those {@code String.getBytes(UTF_8)} gives (an
 * unpaired surrogate is {@code '?'}), encoded a chunk at a time into a buffer of the thread's
 * rather than a new byte array per line: the JDK's encoders either allocate the array or, through
 * {@code CharsetEncoder}, take the slow path for a {@code String}'s characters.
 */
public final class Sha256 {

  private Sha256() {}

  private static final ThreadLocal<MessageDigest> OF_BYTES = ThreadLocal.withInitial(Sha256::sha);
  private static final ThreadLocal<Text> OF_TEXT = ThreadLocal.withInitial(Text::new);

  /** The digest of {@code bytes}. */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(OF_BYTES.get().digest(bytes));
  }

  /**
   * A digest of UTF-8 text, empty, to {@link Text#add add} pieces to and {@link Text#hex finish}.
   * It is the calling thread's own: finish it before asking for the next.
   */
  public static Text text() {
    Text t = OF_TEXT.get();
    t.sha.reset();
    return t;
  }

  /** A running digest of text, as the UTF-8 bytes of the pieces added one after the other. */
  public static final class Text {
    /** Characters encoded at a time: the buffers stay small whatever the length of a line. */
    static final int CHUNK = 8192;

    private final MessageDigest sha = sha();
    private final char[] chars = new char[CHUNK];
    private final byte[] bytes = new byte[3 * CHUNK];

    private Text() {}

    /** Adds the UTF-8 bytes of {@code s}. */
    public Text add(String s) {
      int n = s.length();
      for (int from = 0; from < n; ) {
        int to = Math.min(n, from + CHUNK);
        if (to < n && Character.isHighSurrogate(s.charAt(to - 1))) {
          to--; // a surrogate pair stays in one chunk
        }
        encode(s, from, to);
        from = to;
      }
      return this;
    }

    private void encode(String s, int from, int to) {
      int n = to - from;
      s.getChars(from, to, chars, 0);
      char[] c = chars;
      byte[] b = bytes;
      int k = 0;
      for (int i = 0; i < n; i++) {
        char ch = c[i];
        if (ch < 0x80) {
          b[k++] = (byte) ch;
        } else if (ch < 0x800) {
          b[k++] = (byte) (0xC0 | ch >> 6);
          b[k++] = (byte) (0x80 | ch & 0x3F);
        } else if (!Character.isSurrogate(ch)) {
          b[k++] = (byte) (0xE0 | ch >> 12);
          b[k++] = (byte) (0x80 | ch >> 6 & 0x3F);
          b[k++] = (byte) (0x80 | ch & 0x3F);
        } else if (Character.isHighSurrogate(ch)
            && i + 1 < n
            && Character.isLowSurrogate(c[i + 1])) {
          int cp = Character.toCodePoint(ch, c[++i]);
          b[k++] = (byte) (0xF0 | cp >> 18);
          b[k++] = (byte) (0x80 | cp >> 12 & 0x3F);
          b[k++] = (byte) (0x80 | cp >> 6 & 0x3F);
          b[k++] = (byte) (0x80 | cp & 0x3F);
        } else {
          b[k++] = '?';
        }
      }
      sha.update(b, 0, k);
    }

    /** The digest of what was added. */
    public String hex() {
      return HexFormat.of().formatHex(sha.digest());
    }
  }

  private static MessageDigest sha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
