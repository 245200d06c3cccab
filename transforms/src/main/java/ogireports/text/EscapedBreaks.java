package ogireports.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text saved with its line breaks and tabs still escaped, as a string of a program's source or of
 * JSON written out without decoding: {@code 醴陵市人民政府网\n首页 > …\n…\t21\t0\t…} on one line, a backslash
 * and an {@code n} where each line ends. Such a text gets its lines and tabs back: {@code \n} and
 * {@code \r\n} end a line, {@code \t} is a tab, {@code \"} and {@code \\} the characters they stand
 * for.
 *
 * <p>Only a text whose escaped breaks outnumber its real ones is read so ({@link #MIN_ESCAPES} of
 * them at least, more than {@link #ESCAPES_PER_LINE} times its lines): a report that quotes a
 * backslash or a path (C:\new) keeps its text as it is.
 */
public final class EscapedBreaks {

  /** The fewest escaped line breaks that tell a text escaped as a whole. */
  static final int MIN_ESCAPES = 5;

  /** How many times a text's real lines its escaped breaks must be. */
  static final int ESCAPES_PER_LINE = 3;

  /** The lines, and for each the 1-based line of the input it comes from. */
  public record Rewritten(List<String> lines, int[] sourceLine, boolean changed) {}

  private EscapedBreaks() {}

  /** The first lines looked at for an escaped break: a text escaped as a whole shows one there. */
  private static final int FIRST_LINES = 5;

  private static boolean startsEscaped(List<String> lines) {
    for (int i = 0; i < Math.min(lines.size(), FIRST_LINES); i++) {
      String line = lines.get(i);
      if (line != null && line.indexOf('\\') >= 0 && line.contains("\\n")) {
        return true;
      }
    }
    return false;
  }

  /** The lines with their escaped breaks and tabs undone, when the text is escaped as a whole. */
  public static Rewritten rewrite(List<String> lines) {
    if (!startsEscaped(lines)) {
      return new Rewritten(lines, null, false); // (most texts: a look at their first lines)
    }
    int escapes = 0;
    for (String line : lines) {
      if (line == null || line.indexOf('\\') < 0) {
        continue;
      }
      for (int at = line.indexOf("\\n"); at >= 0; at = line.indexOf("\\n", at + 2)) {
        escapes++;
      }
    }
    if (escapes < MIN_ESCAPES || escapes <= ESCAPES_PER_LINE * lines.size()) {
      return new Rewritten(lines, null, false);
    }
    List<String> out = new ArrayList<>(escapes + lines.size());
    int[] source = new int[escapes + lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line == null) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < line.length(); k++) {
        char c = line.charAt(k);
        char next = k + 1 < line.length() ? line.charAt(k + 1) : 0;
        if (c != '\\' || next == 0) {
          b.append(c);
          continue;
        }
        switch (next) {
          case 'n' -> {
            source[out.size()] = i + 1;
            out.add(b.toString());
            b.setLength(0);
          }
          case 'r' -> {
            if (!line.startsWith("\\n", k + 2)) {
              source[out.size()] = i + 1;
              out.add(b.toString());
              b.setLength(0);
            }
          }
          case 't' -> b.append('\t');
          case '"', '\\', '/' -> b.append(next);
          default -> {
            b.append(c).append(next);
          }
        }
        k++;
      }
      source[out.size()] = i + 1;
      out.add(b.toString());
    }
    return new Rewritten(out, Arrays.copyOf(source, out.size()), true);
  }
}
