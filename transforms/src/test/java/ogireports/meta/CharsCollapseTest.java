package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import ogireports.text.Normalise;
import org.junit.jupiter.api.Test;

class CharsCollapseTest {

  /** The collapse by code points that {@link Chars#collapse} does character by character. */
  private static String byCodePoints(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Normalise.isSpace(cp)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  @Test
  void everyCharacterCollapsesAsByCodePoints() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      for (String s :
          new String[] {
            "a" + c + " 二\u3000 " + c, " " + c + "b", "甲乙" + c, c + "\t\uD83D\uDE00 \uD83D"
          }) {
        assertThat(Chars.collapse(s)).as("U+%04X", (int) c).isEqualTo(byCodePoints(s));
      }
    }
  }

  @Test
  void supplementaryCodePointsAreNeverSpaces() {
    for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
      assertThat(Normalise.isSpace(cp)).as("U+%X", cp).isFalse();
    }
  }
}
