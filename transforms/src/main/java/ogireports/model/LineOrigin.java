package ogireports.model;

import java.util.Arrays;

/**
 * Maps the lines the parser read to the lines of the input document. Identity for text; for HTML,
 * the parser reads a rendering of the page and each rendered line remembers its HTML source line.
 */
public final class LineOrigin {

  private static final LineOrigin IDENTITY = new LineOrigin(null);

  private final int[] sourceLine;

  private LineOrigin(int[] sourceLine) {
    this.sourceLine = sourceLine;
  }

  public static LineOrigin identity() {
    return IDENTITY;
  }

  /** {@code sourceLine[i]} is the 1-based input line of parsed line {@code i + 1}. */
  public static LineOrigin of(int[] sourceLine) {
    return new LineOrigin(sourceLine.clone());
  }

  /** The input line of a 1-based parsed line (0 stays 0: unknown). */
  public int sourceLine(int parsedLine) {
    if (sourceLine == null || parsedLine <= 0 || parsedLine > sourceLine.length) {
      return parsedLine;
    }
    return sourceLine[parsedLine - 1];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LineOrigin l && Arrays.equals(l.sourceLine, sourceLine);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sourceLine);
  }
}
