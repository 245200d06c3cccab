package ogireports.model;

/**
 * One of the six numbered sections of a report, as a range of lines of the decoded document.
 *
 * @param number 1 (一、总体情况) to 6 (六、其他需要报告的事项)
 * @param headingLine 1-based line of the heading, or 0 when the heading is missing and the start
 *     was inferred (seed 001 lost its 四、 heading)
 * @param firstLine 1-based first line of the body (the line after the heading)
 * @param lastLine 1-based last line of the body, inclusive
 * @param text the body text, lines joined with '\n'
 */
public record Section(int number, int headingLine, int firstLine, int lastLine, String text) {}
