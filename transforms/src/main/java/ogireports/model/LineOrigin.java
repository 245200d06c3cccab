package ogireports.model;

import java.util.Arrays;

/**
 * Maps the lines the parser read to the lines of the input document. Identity for text; for HTML,
 * the parser reads a rendering of the page and each rendered line remembers its HTML source line;
 * for a PDF each line remembers its page and its line within that page.
 */
public final class LineOrigin {

  private static final LineOrigin IDENTITY = new LineOrigin(null, null);

  private final int[] sourceLine;
  private final int[] sourcePage; // null: the input has no pages

  private LineOrigin(int[] sourceLine, int[] sourcePage) {
    this.sourceLine = sourceLine;
    this.sourcePage = sourcePage;
  }

  public static LineOrigin identity() {
    return IDENTITY;
  }

  /** {@code sourceLine[i]} is the 1-based input line of parsed line {@code i + 1}. */
  public static LineOrigin of(int[] sourceLine) {
    return new LineOrigin(sourceLine.clone(), null);
  }

  /**
   * Lines of a paged input (a PDF): parsed line {@code i + 1} is line {@code lineInPage[i]} of page
   * {@code page[i]}, both 1-based.
   */
  public static LineOrigin ofPages(int[] page, int[] lineInPage) {
    if (page.length != lineInPage.length) {
      throw new IllegalArgumentException("a page for every line");
    }
    return new LineOrigin(lineInPage.clone(), page.clone());
  }

  /**
   * The origin of lines derived from the lines this origin maps: derived line {@code i + 1} came
   * from line {@code lines[i]} (1-based) of those, so it maps to that line's input line and page.
   */
  public LineOrigin through(int[] lines) {
    int[] line = new int[lines.length];
    int[] page = sourcePage == null ? null : new int[lines.length];
    for (int i = 0; i < lines.length; i++) {
      line[i] = sourceLine(lines[i]);
      if (page != null) {
        Integer p = sourcePage(lines[i]);
        page[i] = p == null ? 0 : p;
      }
    }
    return new LineOrigin(line, page);
  }

  /** The 1-based page of a 1-based parsed line, or null when the input has no pages. */
  public Integer sourcePage(int parsedLine) {
    if (sourcePage == null || parsedLine <= 0 || parsedLine > sourcePage.length) {
      return null;
    }
    return sourcePage[parsedLine - 1];
  }

  /**
   * The input line of a 1-based parsed line (0 stays 0: unknown); for a PDF the line within its
   * page.
   */
  public int sourceLine(int parsedLine) {
    if (sourceLine == null || parsedLine <= 0 || parsedLine > sourceLine.length) {
      return parsedLine;
    }
    return sourceLine[parsedLine - 1];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LineOrigin l
        && Arrays.equals(l.sourceLine, sourceLine)
        && Arrays.equals(l.sourcePage, sourcePage);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sourceLine) * 31 + Arrays.hashCode(sourcePage);
  }
}
