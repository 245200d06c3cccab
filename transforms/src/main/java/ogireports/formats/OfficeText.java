package ogireports.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads Word ({@code .docx}, {@code .doc}, and {@code .wps} where it is Word-compatible) and Excel
 * ({@code .xlsx}, {@code .xls}) reports into the lines the text reader understands.
 *
 * <p>Apache POI parses the containers (XWPF and HWPF for Word, XSSF and HSSF for Excel) and guards
 * against zip bombs ({@link ZipSecureFile}: entries at most {@link #MAX_ZIP_ENTRY_BYTES} and
 * inflating at most 100 times). What is hand-written is the rendering, the same as the HTML
 * reader's: a paragraph is a line; a table row is one line of tab-separated cells with merged cells
 * expanded into empty fields (the text in the first), so a row keeps its columns (a row whose only
 * text is its first cell, a title across the table, is a plain line); an Excel sheet is a table,
 * its name first. A {@code .docx} body is walked by {@link WordBody}, which also prints what Word
 * prints outside a paragraph's runs (list labels, text boxes, the content of layout tables). At
 * most {@link #MAX_ROWS} table rows are read (a million-row sheet is not a report): past that the
 * lines end with a note.
 */
public final class OfficeText {

  /** Table and sheet rows read from one file. */
  public static final int MAX_ROWS = 20_000;

  /** Largest entry of an OOXML ZIP once inflated. */
  static final long MAX_ZIP_ENTRY_BYTES = 256L << 20;

  static {
    ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
    ZipSecureFile.setMinInflateRatio(0.01);
  }

  private OfficeText() {}

  /** A ZIP: a .docx, a .xlsx, an .odt or .ods, or something else. */
  public static ExtractedText readZip(byte[] bytes) {
    if (contains(bytes, "word/document")) {
      return guarded("DOCX", () -> docx(bytes));
    }
    if (contains(bytes, "xl/workbook")) {
      return guarded("XLSX", () -> workbook("XLSX", bytes));
    }
    if (contains(bytes, "content.xml") && contains(bytes, "mimetype")) {
      return OpenDocument.read(bytes);
    }
    return new ExtractedText.Failure(
        "ZIP",
        ExtractedText.Problem.UNSUPPORTED,
        "a ZIP file that is neither a Word (.docx), an Excel (.xlsx) nor an OpenDocument (.odt,"
            + " .ods) document");
  }

  /** An OLE2 compound file: a .doc (or Word-compatible .wps), a .xls, or something else. */
  public static ExtractedText readOle2(byte[] bytes) {
    List<String> entries = new ArrayList<>();
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      root.getEntryNames().forEach(entries::add);
    } catch (IOException | RuntimeException e) {
      return new ExtractedText.Failure(
          "OLE2", ExtractedText.Problem.CORRUPT, "POI cannot read the OLE2 file: " + message(e));
    }
    if (entries.contains("EncryptedPackage")) {
      return new ExtractedText.Failure(
          "OOXML", ExtractedText.Problem.ENCRYPTED, "the Office document is password-protected");
    }
    if (entries.contains("WordDocument")) {
      return guarded("DOC", () -> doc(bytes));
    }
    if (entries.contains("Workbook") || entries.contains("Book")) {
      return guarded("XLS", () -> workbook("XLS", bytes));
    }
    return new ExtractedText.Failure(
        "OLE2",
        ExtractedText.Problem.UNSUPPORTED,
        "an OLE2 file that is neither Word nor Excel (entries "
            + String.join(", ", entries.subList(0, Math.min(6, entries.size())))
            + "): a WPS or PowerPoint file POI cannot read");
  }

  private interface Reader {
    ExtractedText read() throws IOException;
  }

  private static ExtractedText guarded(String format, Reader reader) {
    try {
      return reader.read();
    } catch (EncryptedDocumentException e) {
      return new ExtractedText.Failure(
          format, ExtractedText.Problem.ENCRYPTED, "the document is password-protected");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      String m = message(e);
      boolean bomb = m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds");
      return new ExtractedText.Failure(
          format,
          bomb ? ExtractedText.Problem.DECOMPRESSION_LIMIT : ExtractedText.Problem.CORRUPT,
          "POI cannot read the " + format + " file: " + m);
    }
  }

  private static String message(Throwable e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** Lines being gathered, with the row budget. */
  static final class Out {
    final List<String> lines = new ArrayList<>();
    int rows;
    boolean truncated;

    void text(String text) {
      for (String line : LINE_BREAK.split(text)) {
        lines.add(line.strip());
      }
    }

    /**
     * A table: its rows as lines, every row as wide as the widest (a blank last cell keeps its
     * column, as in the HTML reader), rows with no text left out; false when the row budget is
     * spent.
     */
    boolean grid(List<String[]> grid) {
      int width = 0;
      for (String[] row : grid) {
        int w = row.length;
        while (w > 0 && (row[w - 1] == null || row[w - 1].isBlank())) {
          w--;
        }
        width = Math.max(width, w);
      }
      for (String[] row : grid) {
        if (++rows > MAX_ROWS) {
          truncated = true;
          return false;
        }
        int filled = 0;
        for (String cell : row) {
          filled += cell == null || cell.isBlank() ? 0 : 1;
        }
        if (filled == 0) {
          continue;
        }
        if (filled == 1 && row[0] != null && !row[0].isBlank()) {
          lines.add(cellText(row[0])); // a title across the table, not a row of cells
          continue;
        }
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < width; c++) {
          if (c > 0) {
            line.append('\t');
          }
          line.append(c >= row.length || row[c] == null ? "" : cellText(row[c]));
        }
        lines.add(line.toString());
      }
      return true;
    }

    ExtractedText.Lines done(String format) {
      return new ExtractedText.Lines(
          format,
          lines,
          null,
          null,
          truncated ? "only the first " + MAX_ROWS + " table rows were read" : null);
    }
  }

  /**
   * A line break in a paragraph's text (Word's vertical tab for a manual break among them). The
   * patterns are compiled once: {@code String.split} and {@code replaceAll} compile theirs at every
   * call, for every paragraph and cell.
   */
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u000b");

  /** A run of a cell's line breaks and tabs (and Word's end-of-cell mark). */
  private static final Pattern CELL_BREAKS = Pattern.compile("[\\t\\r\\n\\u000b\\u0007]+");

  /** A cell's text on one line: its own line breaks and tabs become spaces. */
  private static String cellText(String text) {
    return CELL_BREAKS.matcher(text).replaceAll(" ").strip();
  }

  private static ExtractedText docx(byte[] bytes) throws IOException {
    Out out = new Out();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      new WordBody(doc, out).read(doc.getDocument().getBody().getDomNode());
    }
    return out.done("DOCX");
  }

  private static ExtractedText doc(byte[] bytes) throws IOException {
    Out out = new Out();
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
      Range range = doc.getRange();
      int n = range.numParagraphs();
      for (int i = 0; i < n; i++) {
        Paragraph p = range.getParagraph(i);
        if (p.isInTable()) {
          Table table = range.getTable(p);
          List<String[]> grid = new ArrayList<>();
          for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            String[] fields = new String[row.numCells()];
            for (int c = 0; c < fields.length; c++) {
              TableCell cell = row.getCell(c);
              boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
              fields[c] = continued ? "" : cell.text();
            }
            grid.add(fields);
          }
          if (!out.grid(grid)) {
            break;
          }
          i += Math.max(1, table.numParagraphs()) - 1;
        } else {
          out.text(p.text().replace("\u0007", ""));
        }
      }
    }
    return out.done("DOC");
  }

  private static ExtractedText workbook(String format, byte[] bytes) throws IOException {
    Out out = new Out();
    DataFormatter formatter = new DataFormatter();
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : book) {
        out.text(sheet.getSheetName());
        List<String[]> grid = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS);
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= last; r++) {
          Row row = sheet.getRow(r);
          if (row == null || row.getLastCellNum() <= 0) {
            grid.add(new String[0]);
            continue;
          }
          String[] fields = new String[Math.min(row.getLastCellNum(), 256)];
          for (int c = 0; c < fields.length; c++) {
            fields[c] = value(row.getCell(c), formatter);
          }
          grid.add(fields);
        }
        if (sheet.getLastRowNum() > MAX_ROWS) {
          out.truncated = true;
        }
        // merged regions: the text stays in the first cell, the others are empty fields
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
          for (int r = merged.getFirstRow(); r <= merged.getLastRow(); r++) {
            int index = r - Math.max(0, sheet.getFirstRowNum());
            if (index < 0 || index >= grid.size()) {
              continue;
            }
            String[] fields = grid.get(index);
            for (int c = merged.getFirstColumn();
                c <= merged.getLastColumn() && c < fields.length;
                c++) {
              if (r != merged.getFirstRow() || c != merged.getFirstColumn()) {
                fields[c] = "";
              }
            }
          }
        }
        if (!out.grid(grid)) {
          break;
        }
      }
    }
    return out.done(format);
  }

  /** A cell as shown; a formula by its cached result (never evaluated here). */
  private static String value(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.FORMULA) {
      return switch (cell.getCachedFormulaResultType()) {
        case NUMERIC ->
            formatter.formatRawCellContents(
                cell.getNumericCellValue(),
                cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString());
        case STRING -> cell.getStringCellValue();
        case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
        default -> "";
      };
    }
    return formatter.formatCellValue(cell);
  }

  private static boolean contains(byte[] bytes, String ascii) {
    byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
