package ogireports.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text layer of a PDF report into lines the text reader understands.
 *
 * <p>Apache PDFBox parses the file (its lenient parser repairs broken cross-reference tables,
 * decrypts files that open without a password, maps fonts to Unicode) and hands over every glyph
 * with its position. What is hand-written is the layout ({@link PageLayout}): glyphs are grouped
 * into visual rows by their y coordinate and cut into cells at wide x gaps, so that a table row
 * becomes ONE line of tab-separated cells ({@code 一、本年新收政府信息公开申请数量\t21\t0\t…}) even where {@code
 * pdftotext} glues the cells or puts a wrapped label on lines of its own. Page numbers ({@code - 3
 * -}) and running headers and footers are dropped.
 *
 * <p>Limits: at most {@link #MAX_PAGES} pages ({@link ExtractedText.Problem#TOO_MANY_PAGES}
 * beyond); PDFBox keeps at most {@link #MAX_MEMORY_BYTES} of stream data in memory and spills the
 * rest to temporary files. Every failure is an {@link ExtractedText.Failure}, never an exception.
 * No OCR: a PDF without a text layer is {@link ExtractedText.Problem#NO_TEXT_LAYER}.
 */
public final class PdfText {

  /** More pages than any annual report has (they run 5 to 40). */
  public static final int MAX_PAGES = 500;

  /** Stream data PDFBox may hold in memory before spilling to temporary files. */
  static final long MAX_MEMORY_BYTES = 64L << 20;

  /** Fewer printable characters than this on all pages together: no text layer. */
  private static final int MIN_TEXT_CHARS = 20;

  private PdfText() {}

  public static ExtractedText read(byte[] bytes) {
    try (PDDocument pdf =
        Loader.loadPDF(
            bytes, "", null, null, MemoryUsageSetting.setupMixed(MAX_MEMORY_BYTES).streamCache)) {
      int pageCount = pdf.getNumberOfPages();
      if (pageCount > MAX_PAGES) {
        return failure(
            ExtractedText.Problem.TOO_MANY_PAGES,
            pageCount + " pages, over the limit of " + MAX_PAGES + " for a report");
      }
      GlyphCollector collector = new GlyphCollector();
      collector.getText(pdf);
      List<List<Glyph>> pages = collector.pages;
      int chars = 0;
      for (List<Glyph> page : pages) {
        chars += page.size();
      }
      if (chars < MIN_TEXT_CHARS) {
        return failure(
            ExtractedText.Problem.NO_TEXT_LAYER,
            pageCount
                + (pageCount == 1 ? " page" : " pages")
                + " and "
                + chars
                + " characters of text: a scan without a text layer (no OCR)");
      }
      return PageLayout.lines(pages, collector.pageHeights);
    } catch (InvalidPasswordException e) {
      return failure(
          ExtractedText.Problem.ENCRYPTED, "the PDF is encrypted and opens only with a password");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // PDFBox's lenient parser could not repair it (or a nesting too deep for the stack)
      return failure(
          ExtractedText.Problem.CORRUPT,
          "PDFBox cannot read the PDF: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static ExtractedText.Failure failure(ExtractedText.Problem problem, String detail) {
    return new ExtractedText.Failure("PDF", problem, detail);
  }

  /**
   * One glyph as printed: its text, left x, baseline y (from the top of the page), advance width
   * and font size, all in points; {@code upright} false for text printed rotated.
   */
  record Glyph(String text, double x, double y, double width, double size, boolean upright) {
    double end() {
      return x + width;
    }
  }

  /** Collects the glyphs of each page from PDFBox's text engine instead of its text. */
  private static final class GlyphCollector extends PDFTextStripper {
    final List<List<Glyph>> pages = new ArrayList<>();
    final List<Double> pageHeights = new ArrayList<>();
    private List<Glyph> current = new ArrayList<>();

    GlyphCollector() throws IOException {
      setSortByPosition(false);
    }

    /** The current page's /Rotate: text that reads upright on a page shown turned runs with it. */
    private int rotation;

    @Override
    protected void startPage(PDPage page) throws IOException {
      current = new ArrayList<>();
      rotation = page.getRotation();
      super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
      pages.add(current);
      pageHeights.add((double) page.getCropBox().getHeight());
      super.endPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      String text = t.getUnicode();
      if (text == null || text.isBlank()) {
        return;
      }
      if (slanted(t)) {
        return; // a watermark or a stamp printed across the page at a slant (仅供公开), no text of it
      }
      double size = t.getFontSizeInPt();
      if (!(size > 0.5) || size > 200) {
        size = Math.max(t.getHeightDir(), t.getWidthDirAdj());
      }
      Glyph g =
          new Glyph(
              text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, upright(t.getDir()));
      // fake bold: the same glyph printed again a fraction of a point away, over itself; not the
      // next of two same characters, which an OCR text layer squeezes to a quarter of the font
      // size apart (2022), one glyph's width after the other
      double width = g.end() - g.x();
      double overlap = 0.3 * (width > 0 ? Math.min(size, width) : size);
      for (int i = current.size() - 1; i >= Math.max(0, current.size() - 4); i--) {
        Glyph p = current.get(i);
        if (p.text().equals(text)
            && Math.abs(p.x() - g.x()) < overlap
            && Math.abs(p.y() - g.y()) < size * 0.3) {
          return;
        }
      }
      current.add(g);
    }

    /** The most a line of the report's text leans off the page's axes, in degrees. */
    private static final double MAX_LEAN = 5;

    /**
     * True for a glyph printed at a slant, neither along the page's axes nor across them: its text
     * matrix turns it by an angle more than {@link #MAX_LEAN} degrees off every multiple of 90.
     */
    private static boolean slanted(TextPosition t) {
      org.apache.pdfbox.util.Matrix m = t.getTextMatrix();
      double angle = Math.toDegrees(Math.atan2(m.getValue(0, 1), m.getValue(0, 0)));
      double off = Math.abs(angle - 90 * Math.rint(angle / 90));
      return off > MAX_LEAN;
    }

    /**
     * True for text that reads upright on the page as shown: along the page's own direction, which
     * a page stored turned ({@code /Rotate 90}: a landscape table scanned sideways) turns with it.
     */
    private boolean upright(float dir) {
      int relative = Math.floorMod(Math.round(dir) - rotation, 360);
      return relative == 0 || relative == 180;
    }
  }
}
