package ogireports.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's text saved as the blocks PyMuPDF returns ({@code page.get_text("blocks")}), one Python
 * tuple per line: {@code (56.7, 112.0, 538.6, 126.2, '本报告依据…\n由金华市婺城区人民\n政府办公室编制。', 1, 0)}, the
 * block's box, its text as a Python string whose lines are joined by a literal {@code \n}, its
 * number and its type. Each such line becomes its text's lines; the box's numbers, which are no
 * count of the report, go.
 *
 * <p>Only a text whose first lines are such tuples ({@link #MIN_TUPLES} of its first {@link
 * #FIRST_LINES} lines) is read so: a report that quotes a tuple keeps its text.
 *
 * <p>Why by hand: the line is a Python literal, which no Java library reads; its string's escapes
 * are the few Python writes (a backslash before n, t, a quote or a backslash; x with two hex
 * digits, u with four).
 */
public final class BlockTuples {

  /** The lines, and for each the 1-based line of the input it comes from. */
  public record Rewritten(List<String> lines, int[] sourceLine, boolean changed) {}

  static final int FIRST_LINES = 10;

  static final int MIN_TUPLES = 3;

  private static final String NUMBER = "\\s*-?\\d+(?:\\.\\d+)?\\s*";

  /** {@code (x0, y0, x1, y1, 'text', block_no, block_type)}, in a list's brackets or not. */
  private static final Pattern TUPLE =
      Pattern.compile(
          "^\\s*\\[?\\s*\\((?:"
              + NUMBER
              + ",){4}\\s*(['\"])(.*)\\1\\s*,"
              + NUMBER
              + ","
              + NUMBER
              + "\\)\\s*[,\\]]?\\s*$");

  private BlockTuples() {}

  /** The lines with each block tuple's text in its place; {@code lines} when the text is none. */
  public static Rewritten rewrite(List<String> lines) {
    int tuples = 0;
    for (int i = 0, seen = 0; i < lines.size() && seen < FIRST_LINES; i++) {
      String line = lines.get(i);
      if (line == null || line.isBlank()) {
        continue;
      }
      seen++;
      if (line.indexOf('(') >= 0 && TUPLE.matcher(line).matches()) {
        tuples++;
      }
    }
    if (tuples < MIN_TUPLES) {
      return new Rewritten(lines, null, false);
    }
    List<String> out = new ArrayList<>(lines.size() * 2);
    int[] source = new int[lines.size() * 2 + 16];
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i) == null ? "" : lines.get(i);
      Matcher m = line.indexOf('(') >= 0 ? TUPLE.matcher(line) : null;
      List<String> pieces = m != null && m.matches() ? textLines(m.group(2)) : List.of(line);
      for (String piece : pieces) {
        if (out.size() == source.length) {
          source = Arrays.copyOf(source, source.length * 2);
        }
        source[out.size()] = i + 1;
        out.add(piece);
      }
    }
    return new Rewritten(out, Arrays.copyOf(source, out.size()), true);
  }

  /** A Python string literal's content as lines (its escapes read; a last empty line dropped). */
  static List<String> textLines(String literal) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c != '\\' || i + 1 == literal.length()) {
        line.append(c);
        continue;
      }
      char e = literal.charAt(++i);
      switch (e) {
        case 'n' -> {
          out.add(line.toString());
          line.setLength(0);
        }
        case 't' -> line.append('\t');
        case 'r' -> {}
        case 'x', 'u' -> {
          int digits = e == 'x' ? 2 : 4;
          if (i + digits < literal.length()) {
            try {
              line.append((char) Integer.parseInt(literal.substring(i + 1, i + 1 + digits), 16));
              i += digits;
            } catch (NumberFormatException notHex) {
              line.append('\\').append(e);
            }
          } else {
            line.append('\\').append(e);
          }
        }
        default -> line.append(e); // \\ \' \"
      }
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }
}
