package ogireports.formats;

import java.util.List;

/**
 * What a PDF, Word or Excel file gives the report reader: the lines it would read in a text file,
 * or why there are none.
 */
public sealed interface ExtractedText {

  /**
   * The lines of a document, table rows as one line of tab-separated cells.
   *
   * @param format what the bytes were ({@code PDF}, {@code DOCX}, {@code DOC}, {@code XLSX}, {@code
   *     XLS})
   * @param lines the lines, in reading order
   * @param pages for a paged format (PDF) the 1-based page of each line; null otherwise
   * @param linesInPage for a paged format the 1-based line of each line within its page; null
   *     otherwise
   * @param note what was left out, in a sentence (pages past the page limit), or null
   */
  record Lines(String format, List<String> lines, int[] pages, int[] linesInPage, String note)
      implements ExtractedText {
    public Lines {
      lines = List.copyOf(lines);
      if ((pages == null) != (linesInPage == null)
          || (pages != null
              && (pages.length != lines.size() || linesInPage.length != lines.size()))) {
        throw new IllegalArgumentException("a page and a line in page for every line, or none");
      }
      pages = pages == null ? null : pages.clone();
      linesInPage = linesInPage == null ? null : linesInPage.clone();
    }

    /** Lines of a format without pages. */
    static Lines unpaged(String format, List<String> lines) {
      return new Lines(format, lines, null, null, null);
    }
  }

  /** Why a recognised file gives no lines. */
  enum Problem {
    /** A PDF that opens only with a password. */
    ENCRYPTED,
    /** A PDF whose pages hold no text, only images (a scan): OCR would be needed. */
    NO_TEXT_LAYER,
    /** More pages than a report ever has ({@link PdfText#MAX_PAGES}). */
    TOO_MANY_PAGES,
    /** The library cannot parse the file (broken beyond its lenient repair). */
    CORRUPT,
    /** A container the readers do not handle (a .wps POI cannot read, a ZIP that is no OOXML). */
    UNSUPPORTED,
    /** A zip bomb or an oversized part: over the decompression limits. */
    DECOMPRESSION_LIMIT
  }

  /** A recognised file with no usable lines. */
  record Failure(String format, Problem problem, String detail) implements ExtractedText {}
}
