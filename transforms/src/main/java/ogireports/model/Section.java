package ogireports.model;

import java.util.List;
import java.util.Objects;

/**
 * One of the six numbered sections of a report, as a range of lines of the decoded document.
 *
 * <p>A value with the accessors, equality and string form of a record of these five components. A
 * section made of a report's lines ({@link #ofLines}) joins its text only when it is asked for: the
 * rules read most sections from the report's lines, and a text joined for each section is a copy of
 * most of the report.
 */
public final class Section {

  private final int number;
  private final int headingLine;
  private final int firstLine;
  private final int lastLine;

  /** The body text; null until joined from {@link #body} (or a section without text). */
  private String text;

  /** The lines the text is joined from, null when it was given. */
  private final String[] body;

  /** The length of the text. */
  private final int textLength;

  /**
   * @param number 1 (一、总体情况) to 6 (六、其他需要报告的事项)
   * @param headingLine 1-based line of the heading, or 0 when the heading is missing and the start
   *     was inferred (seed 001 lost its 四、 heading)
   * @param firstLine 1-based first line of the body (the line after the heading)
   * @param lastLine 1-based last line of the body, inclusive
   * @param text the body text, lines joined with '\n'
   */
  public Section(int number, int headingLine, int firstLine, int lastLine, String text) {
    this.number = number;
    this.headingLine = headingLine;
    this.firstLine = firstLine;
    this.lastLine = lastLine;
    this.text = text;
    this.body = null;
    this.textLength = text == null ? -1 : text.length();
  }

  private Section(int number, int headingLine, int firstLine, int lastLine, String[] body) {
    this.number = number;
    this.headingLine = headingLine;
    this.firstLine = firstLine;
    this.lastLine = lastLine;
    this.body = body;
    long length = Math.max(0, body.length - 1); // the '\n' between the lines
    for (String line : body) {
      length += line == null ? 4 : line.length(); // a null line joins as "null"
    }
    this.textLength = (int) Math.min(length, Integer.MAX_VALUE);
  }

  /**
   * The section whose text is {@code body} (lines of the report; the list itself is not kept)
   * joined with '\n', as {@code String.join} joins them; joined when first asked for.
   */
  public static Section ofLines(
      int number, int headingLine, int firstLine, int lastLine, List<String> body) {
    return new Section(number, headingLine, firstLine, lastLine, body.toArray(new String[0]));
  }

  public int number() {
    return number;
  }

  public int headingLine() {
    return headingLine;
  }

  public int firstLine() {
    return firstLine;
  }

  public int lastLine() {
    return lastLine;
  }

  /** The body text, lines joined with '\n'. */
  public String text() {
    String t = text;
    if (t == null && body != null) {
      t = String.join("\n", body);
      text = t;
    }
    return t;
  }

  /** True when {@link #text()} is not null, told without joining it. */
  public boolean hasText() {
    return textLength >= 0;
  }

  /** The length of {@link #text()}, told without joining it (-1 for a section without text). */
  public int textLength() {
    return textLength;
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || (o instanceof Section s
            && number == s.number
            && headingLine == s.headingLine
            && firstLine == s.firstLine
            && lastLine == s.lastLine
            && Objects.equals(text(), s.text()));
  }

  @Override
  public int hashCode() {
    int h = Integer.hashCode(number);
    h = 31 * h + Integer.hashCode(headingLine);
    h = 31 * h + Integer.hashCode(firstLine);
    h = 31 * h + Integer.hashCode(lastLine);
    return 31 * h + Objects.hashCode(text());
  }

  @Override
  public String toString() {
    return "Section[number="
        + number
        + ", headingLine="
        + headingLine
        + ", firstLine="
        + firstLine
        + ", lastLine="
        + lastLine
        + ", text="
        + text()
        + "]";
  }
}
