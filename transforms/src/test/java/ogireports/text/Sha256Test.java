package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Sha256Test {

  private static String reference(String... pieces) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String p : pieces) {
      sha.update(p.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String digest(String... pieces) {
    Sha256.Text t = Sha256.text();
    for (String p : pieces) {
      t.add(p);
    }
    return t.hex();
  }

  /** Every character of the BMP, one at a time and all in one piece, as getBytes encodes them. */
  @Test
  void everyBmpCharacterIsEncodedAsGetBytesEncodesIt() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String one = String.valueOf(c);
      assertThat(digest(one)).as("U+%04X", (int) c).isEqualTo(reference(one));
      all.append(c);
    }
    assertThat(digest(all.toString())).isEqualTo(reference(all.toString()));
  }

  @Test
  void surrogatePairsAndUnpairedSurrogates() throws Exception {
    String[] cases = {
      "\uD842\uDFB7", // 𠮷, a pair
      "a\uD842", // a high surrogate at the end
      "\uDFB7b", // a low surrogate first
      "\uD842\uD842\uDFB7", // a high surrogate before a pair
      "\uDFB7\uD842", // reversed
      "淄博\uD83D\uDE00市", // an emoji among Han
    };
    for (String s : cases) {
      assertThat(digest(s)).as(s).isEqualTo(reference(s));
    }
    assertThat(digest(cases)).isEqualTo(reference(cases));
  }

  /** A pair or a lone surrogate where a chunk ends is encoded as if there were no chunks. */
  @Test
  void surrogatesAtTheEndOfAChunk() throws Exception {
    String before = "a".repeat(Sha256.Text.CHUNK - 1);
    String[] cases = {
      before + "\uD842\uDFB7" + "b", // a pair across the boundary
      before + "\uD842" + "b", // a lone high surrogate at the boundary
      before + "\uD842", // and at the very end
      before + "c\uDFB7", // a lone low surrogate just after it
      "\uD842\uDFB7".repeat(Sha256.Text.CHUNK + 3), // pairs all the way through
    };
    for (String s : cases) {
      assertThat(digest(s)).as("length %d", s.length()).isEqualTo(reference(s));
    }
  }

  @Test
  void piecesLongerThanTheBuffersAndTheEmptyText() throws Exception {
    String longLine = "受理申请".repeat(5_000) + "x";
    assertThat(digest("短", longLine, "", "尾")).isEqualTo(reference("短", longLine, "", "尾"));
    assertThat(digest()).isEqualTo(reference());
    assertThat(Sha256.hex("abc".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
