package ogireports.document;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * A text that still holds a page's HTML character references: a crawl that took the tags out of a
 * page but not its entities ({@code &nbsp;0&nbsp;}, {@code &#12288;&#12288;}, {@code &ldquo;}), a
 * page whose every Chinese character was written as a numeric reference ({@code
 * &#30928;&#23433;…}), or the escaped markup an article interface or a feed holds ({@code
 * &lt;td&gt;3&lt;/td&gt;}); and a page's text escaped twice ({@code &amp;nbsp;}), which still holds
 * references once rendered. Its lines are given with the references decoded, a line for a line
 * (jsoup's decoder: the named references of HTML 5, numeric ones in decimal and hexadecimal), the
 * characters they stand for as the decoder leaves a line's ({@link #asCut}); whether the decoded
 * text is a page to render is the reader's question, as for any text.
 *
 * <p>Only a text holding at least {@value #MIN_REFERENCES} references is decoded: a report's own
 * {@code &} (in a name, {@code R&D}) is left as it is.
 */
final class LeftoverEntities {

  /** References a text holds at least to be taken for one a crawl left them in. */
  static final int MIN_REFERENCES = 5;

  private LeftoverEntities() {}

  /**
   * The lines with their references decoded, twice where they were escaped twice ({@code
   * &amp;nbsp;}), or null when the text holds too few.
   */
  static List<String> decoded(List<String> lines) {
    List<String> once = decodedOnce(lines);
    if (once == null) {
      return null;
    }
    List<String> twice = decodedOnce(once);
    return twice == null ? once : twice;
  }

  private static List<String> decodedOnce(List<String> lines) {
    int found = 0;
    for (String line : lines) {
      found += references(line, MIN_REFERENCES - found);
      if (found >= MIN_REFERENCES) {
        break;
      }
    }
    if (found < MIN_REFERENCES) {
      return null;
    }
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(line.indexOf('&') < 0 ? line : asCut(Parser.unescapeEntities(line, false)));
    }
    return out;
  }

  /**
   * A decoded line as the decoder cuts lines: a no-break space ({@code &nbsp;}) a space, the
   * characters that print as nothing ({@code &#8203;}, {@code &zwj;}) left out, a line break
   * ({@code &#10;}) a space, so that a line stays a line.
   */
  private static String asCut(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\u00A0' || c == '\n' || c == '\r') {
        out.append(' ');
      } else if (!LineCutter.invisible(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The references in a line, up to {@code enough}: {@code &} then a name of letters and digits or
   * {@code #} and digits (hexadecimal after {@code x}), then {@code ;}.
   */
  private static int references(String line, int enough) {
    int n = 0;
    for (int at = line.indexOf('&'); at >= 0 && n < enough; at = line.indexOf('&', at + 1)) {
      int i = at + 1;
      int end = Math.min(line.length(), at + 12);
      if (i < end && line.charAt(i) == '#') {
        i++;
        if (i < end && (line.charAt(i) == 'x' || line.charAt(i) == 'X')) {
          i++;
        }
      }
      int start = i;
      while (i < end && Character.isLetterOrDigit(line.charAt(i)) && line.charAt(i) < 128) {
        i++;
      }
      if (i > start && i < line.length() && line.charAt(i) == ';') {
        n++;
      }
    }
    return n;
  }
}
