package ogireports.pipeline.report;

/**
 * A small HTML/SVG writer for the quality report. Every text and attribute value goes through
 * {@link #escape}: agency names, messages and paths come from scraped documents and are never
 * written raw. Tag and attribute names are the caller's constants.
 */
final class QualityHtml {

  private final StringBuilder out = new StringBuilder();

  /** Opens {@code tag} with attributes given as name, value pairs (a null value is left out). */
  QualityHtml open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  QualityHtml close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding escaped text. */
  QualityHtml element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** An element with no content, written {@code <tag …/>} (for SVG shapes). */
  QualityHtml empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** A void HTML element ({@code <meta>}). */
  QualityHtml tag(String tag, String... attributes) {
    return open(tag, attributes);
  }

  QualityHtml text(String text) {
    out.append(escape(text == null ? "" : text));
    return this;
  }

  /** Markup written as is: only for the report's own constants (doctype, style sheet). */
  QualityHtml raw(String constant) {
    out.append(constant);
    return this;
  }

  QualityHtml newline() {
    out.append('\n');
    return this;
  }

  private void attributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] == null) {
        continue;
      }
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(escape(attributes[i + 1]))
          .append('"');
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * Escapes text for HTML content and quoted attributes; control characters, lone surrogates and
   * non-characters become U+FFFD so the file stays valid whatever the input held.
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (!printable(cp)) {
            b.append('\uFFFD');
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
    }
    return b.toString();
  }

  static boolean printable(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return true;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return false;
    }
    if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
      return false;
    }
    return (cp & 0xFFFE) != 0xFFFE && !(cp >= 0xFDD0 && cp <= 0xFDEF);
  }
}
