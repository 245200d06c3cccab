package ogireports.document;

import java.util.List;
import ogireports.model.LineOrigin;
import ogireports.text.Script;

/**
 * A document decoded to text and split into lines.
 *
 * @param charset the encoding detected (UTF-8, UTF-16LE, UTF-16BE, GB18030), or for a file read by
 *     {@link ogireports.formats} its format ({@code PDF}, {@code DOCX}, {@code DOC}, {@code XLSX},
 *     {@code XLS})
 * @param lines the text's lines, without line terminators; line i is {@code lines.get(i - 1)}
 * @param origin where each line is in the input when it is not the input's own line i (a PDF's page
 *     and line in page), else null
 * @param traditional whether the text is printed in Traditional script ({@link
 *     Script#isTraditional(List)} of the lines)
 * @param lessThan whether a line holds a '<' ({@link #anyLessThan}): without one the text is no
 *     HTML page, and the decoder tells it as it decodes
 * @param openEnd whether the text ends inside its last line, with no line break after its last
 *     character (as a crawl's excerpt cut at a number of bytes does); false for the text of a PDF,
 *     Word or Excel file
 * @param traditionalOnly how many of its characters only Traditional script writes ({@link
 *     Script#writtenOnlyInTraditional}), as the decoder counts them: a Simplified text that holds
 *     few is not looked at for lines in Traditional ({@link Script#mayHoldTraditionalLines})
 * @param markdownMarks whether a line holds a '|', '#', '*' or '-' ({@link #anyMarkdownMark}):
 *     without one the text holds no Markdown ({@link ogireports.text.MarkdownSyntax#isMarkdown}
 *     needs a table's bar, a heading's '#', a bold line's "**" or a multiline table's dash rule),
 *     and the decoder tells it as it decodes
 */
public record DecodedText(
    String charset,
    List<String> lines,
    LineOrigin origin,
    boolean traditional,
    boolean lessThan,
    boolean openEnd,
    int traditionalOnly,
    boolean markdownMarks) {

  public DecodedText {
    lines = List.copyOf(lines);
  }

  /**
   * Text whose Traditional-only characters are counted and whose Markdown marks are looked for in
   * its lines ({@link #anyMarkdownMark}).
   */
  public DecodedText(
      String charset,
      List<String> lines,
      LineOrigin origin,
      boolean traditional,
      boolean lessThan,
      boolean openEnd) {
    this(
        charset,
        lines,
        origin,
        traditional,
        lessThan,
        openEnd,
        Script.traditionalOnly(lines),
        anyMarkdownMark(lines));
  }

  /** True when a line holds a '|', '#', '*' or '-'. */
  public static boolean anyMarkdownMark(List<String> lines) {
    for (String line : lines) {
      if (line.indexOf('|') >= 0
          || line.indexOf('#') >= 0
          || line.indexOf('*') >= 0
          || line.indexOf('-') >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Text whose last line is ended by a line break, or of a file that has none. */
  public DecodedText(
      String charset,
      List<String> lines,
      LineOrigin origin,
      boolean traditional,
      boolean lessThan) {
    this(charset, lines, origin, traditional, lessThan, false);
  }

  /** Text whose '<' are looked for in its lines ({@link #anyLessThan}). */
  public DecodedText(String charset, List<String> lines, LineOrigin origin, boolean traditional) {
    this(charset, lines, origin, traditional, anyLessThan(lines));
  }

  /** Text whose script is told from its lines ({@link Script#isTraditional(List)}). */
  public DecodedText(String charset, List<String> lines, LineOrigin origin) {
    this(charset, lines, origin, Script.isTraditional(lines));
  }

  /** True when a line holds a '<'. */
  public static boolean anyLessThan(List<String> lines) {
    for (String line : lines) {
      if (line.indexOf('<') >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Text whose line i is the input's line i. */
  public DecodedText(String charset, List<String> lines) {
    this(charset, lines, null);
  }

  /** The first {@code n} characters of the text, lines joined with '\n'. */
  public String head(int n) {
    return headOf(lines, n);
  }

  /** The first {@code n} characters of {@code lines} joined with '\n'. */
  public static String headOf(List<String> lines, int n) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      if (out.length() >= n) {
        break;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line);
    }
    return out.length() <= n ? out.toString() : out.substring(0, n);
  }
}
