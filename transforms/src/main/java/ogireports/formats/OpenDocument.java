package ogireports.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An OpenDocument file (a LibreOffice or WPS {@code .odt} text, an {@code .ods} spreadsheet) as the
 * lines its office program would print: paragraphs and headings, table rows with their columns,
 * each sheet's rows.
 *
 * <p>The document is the {@code content.xml} of its ZIP, read with the JDK's XML parser (no
 * document type, no external entities): the ODF Toolkit and Tika's {@code OpenDocumentParser} would
 * each bring a tree of dependencies to walk the same few elements, and Tika's leaves a spanned
 * cell's columns out. What is read, as {@link WordBody} reads a {@code .docx}:
 *
 * <ul>
 *   <li>Paragraphs and headings ({@code text:p}, {@code text:h}) in lists and sections, with the
 *       list label LibreOffice writes beside a numbered heading ({@code text:number}), spaces
 *       ({@code text:s}), tabs and line breaks; a frame's text box is read after its paragraph.
 *   <li>Tables: each row's cells in their columns, a cell across several columns followed by empty
 *       fields, a covered cell (under a row or column span) an empty field; a table whose cells
 *       hold tables, or of a single cell, frames its content and is read as blocks.
 *   <li>Not printed, so not read: footnotes, comments, deleted changes, the table of contents.
 * </ul>
 */
final class OpenDocument {

  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

  /** A sheet row or cell repeated more than this many times is kept this many times. */
  static final int MAX_REPEAT = 256;

  private final OfficeText.Out out = new OfficeText.Out();
  private boolean stopped;

  private OpenDocument() {}

  /** The text of an OpenDocument ZIP, or why there is none. */
  static ExtractedText read(byte[] bytes) {
    String mimetype = null;
    byte[] content = null;
    boolean encrypted = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        switch (entry.getName()) {
          case "mimetype" -> mimetype = new String(limited(zip), StandardCharsets.US_ASCII).strip();
          case "content.xml" -> content = limited(zip);
          case "META-INF/manifest.xml" ->
              encrypted =
                  new String(limited(zip), StandardCharsets.UTF_8).contains("encryption-data");
          default -> {}
        }
      }
    } catch (TooLarge e) {
      return new ExtractedText.Failure(
          "ODF",
          ExtractedText.Problem.DECOMPRESSION_LIMIT,
          "a part of the OpenDocument file inflates past "
              + (OfficeText.MAX_ZIP_ENTRY_BYTES >> 20)
              + " MB");
    } catch (IOException | RuntimeException e) {
      return new ExtractedText.Failure(
          "ODF", ExtractedText.Problem.CORRUPT, "the OpenDocument ZIP cannot be read: " + e);
    }
    String format =
        mimetype != null && mimetype.endsWith(".spreadsheet")
            ? "ODS"
            : mimetype != null && mimetype.contains(".text") ? "ODT" : "ODF";
    if (encrypted) {
      return new ExtractedText.Failure(
          format, ExtractedText.Problem.ENCRYPTED, "the document is password-protected");
    }
    if (format.equals("ODF") || content == null) {
      return new ExtractedText.Failure(
          format,
          ExtractedText.Problem.UNSUPPORTED,
          content == null
              ? "an OpenDocument file without content.xml"
              : "an OpenDocument file that is neither a text nor a spreadsheet (" + mimetype + ")");
    }
    Element root;
    try {
      root = parser().parse(new ByteArrayInputStream(content)).getDocumentElement();
    } catch (IOException | SAXException | RuntimeException e) {
      return new ExtractedText.Failure(
          format, ExtractedText.Problem.CORRUPT, "its content.xml is not well-formed XML: " + e);
    }
    OpenDocument reader = new OpenDocument();
    Element body = child(root, OFFICE, "body");
    if (body != null) {
      for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && OFFICE.equals(e.getNamespaceURI())) {
          reader.blocks(e, 0);
        }
      }
    }
    return reader.out.done(format);
  }

  private static final class TooLarge extends IOException {
    TooLarge() {
      super("too large");
    }
  }

  /** An entry's bytes, at most {@link OfficeText#MAX_ZIP_ENTRY_BYTES} of them. */
  private static byte[] limited(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) OfficeText.MAX_ZIP_ENTRY_BYTES + 1);
    if (bytes.length > OfficeText.MAX_ZIP_ENTRY_BYTES) {
      throw new TooLarge();
    }
    return bytes;
  }

  private static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      f.setXIncludeAware(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(
          new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
              throw e; // thrown to the caller, not also printed to standard error
            }
          });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    }
  }

  /** The block-level content of an element: paragraphs, headings, lists, sections, tables. */
  private void blocks(Element parent, int depth) {
    for (Node n = parent.getFirstChild(); n != null && !stopped; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        block(e, depth);
      }
    }
  }

  private void block(Element e, int depth) {
    String ns = e.getNamespaceURI();
    String name = e.getLocalName();
    if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
      StringBuilder line = new StringBuilder();
      List<Element> frames = new ArrayList<>();
      inline(e, line, frames);
      out.text(line.toString());
      for (Element frame : frames) {
        frameText(frame, depth);
      }
    } else if (TABLE.equals(ns) && name.equals("table")) {
      table(e, depth);
    } else if (DRAW.equals(ns) && name.equals("frame")) {
      frameText(e, depth);
    } else if (skipped(ns, name)) {
      // not printed, or printed from elsewhere
    } else if (depth < WordBody.MAX_DEPTH) {
      blocks(e, depth + 1); // lists, list items, sections, the spreadsheet's body
    }
  }

  private static boolean skipped(String ns, String name) {
    return (TEXT.equals(ns)
            && (name.equals("tracked-changes")
                || name.equals("table-of-content")
                || name.equals("sequence-decls")
                || name.equals("variable-decls")
                || name.equals("user-field-decls")
                || name.equals("alphabetical-index")
                || name.equals("illustration-index")))
        || (OFFICE.equals(ns) && (name.equals("forms") || name.equals("annotation")))
        || (TABLE.equals(ns)
            && (name.equals("named-expressions")
                || name.equals("database-ranges")
                || name.equals("calculation-settings")
                || name.equals("content-validations")));
  }

  /** A frame's text box (its paragraphs and tables) as blocks. */
  private void frameText(Element frame, int depth) {
    if (depth >= WordBody.MAX_DEPTH) {
      return;
    }
    for (Node n = frame.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && DRAW.equals(e.getNamespaceURI())) {
        if (e.getLocalName().equals("text-box")) {
          blocks(e, depth + 1);
        }
      }
    }
  }

  /** The printed text of a paragraph; frames anchored in it are gathered to be read after it. */
  private static void inline(Element parent, StringBuilder line, List<Element> frames) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        line.append(n.getNodeValue());
      } else if (n instanceof Element e) {
        String ns = e.getNamespaceURI();
        String name = e.getLocalName();
        if (TEXT.equals(ns)) {
          switch (name) {
            case "s" -> line.append(" ".repeat(Math.min(MAX_REPEAT, count(e, TEXT, "c"))));
            case "tab" -> line.append('\t');
            case "line-break" -> line.append('\n');
            case "note", "deletion", "bookmark-ref", "soft-page-break" -> {}
            default -> inline(e, line, frames);
          }
        } else if (DRAW.equals(ns) && name.equals("frame")) {
          frames.add(e);
        } else if (OFFICE.equals(ns) && name.equals("annotation")) {
          // a comment
        } else if (!DRAW.equals(ns)) {
          inline(e, line, frames);
        }
      }
    }
  }

  private void table(Element table, int depth) {
    List<List<Element>> rows = new ArrayList<>();
    List<Integer> repeats = new ArrayList<>();
    rowsOf(table, rows, repeats, 0);
    int cells = 0;
    boolean nested = false;
    for (List<Element> row : rows) {
      for (Element cell : row) {
        cells++;
        nested |= cell.getElementsByTagNameNS(TABLE, "table").getLength() > 0;
      }
    }
    if (table.hasAttributeNS(TABLE, "name") && isSheet(table)) {
      out.text(table.getAttributeNS(TABLE, "name"));
    }
    if (nested || cells == 1) {
      // a layout table: its cells frame the content
      for (List<Element> row : rows) {
        for (Element cell : row) {
          if (depth < WordBody.MAX_DEPTH) {
            blocks(cell, depth + 1);
          }
        }
      }
      return;
    }
    List<String[]> grid = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> fields = new ArrayList<>();
      for (Element cell : rows.get(r)) {
        int repeat =
            Math.max(1, Math.min(MAX_REPEAT, count(cell, TABLE, "number-columns-repeated")));
        String text = cell.getLocalName().equals("covered-table-cell") ? "" : cellText(cell);
        if (text.isEmpty() && fields.size() + repeat > MAX_REPEAT) {
          repeat = Math.max(0, MAX_REPEAT - fields.size());
        }
        int span = Math.max(1, Math.min(MAX_REPEAT, count(cell, TABLE, "number-columns-spanned")));
        for (int k = 0; k < repeat && fields.size() < MAX_REPEAT * 4; k++) {
          fields.add(text);
          // the covered cells under a span follow in the row, each an empty field
        }
        if (span > 1 && !cell.getLocalName().equals("covered-table-cell")) {
          // LibreOffice writes the covered cells after a spanned one; a writer that leaves them
          // out still gives the span its columns
          int covered = coveredAfter(cell);
          for (int k = covered; k < span - 1; k++) {
            fields.add("");
          }
        }
      }
      int times = fields.stream().allMatch(String::isEmpty) ? 1 : repeats.get(r);
      for (int k = 0; k < times; k++) {
        grid.add(fields.toArray(new String[0]));
      }
    }
    if (!out.grid(grid)) {
      stopped = true;
    }
  }

  private static boolean isSheet(Element table) {
    Node parent = table.getParentNode();
    return parent instanceof Element p
        && OFFICE.equals(p.getNamespaceURI())
        && p.getLocalName().equals("spreadsheet");
  }

  /** The covered cells written right after a spanned cell (at most its span less one). */
  private static int coveredAfter(Element cell) {
    int covered = 0;
    for (Node n = cell.getNextSibling(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        if (!TABLE.equals(e.getNamespaceURI()) || !e.getLocalName().equals("covered-table-cell")) {
          break;
        }
        covered += Math.max(1, count(e, TABLE, "number-columns-repeated"));
      }
    }
    return covered;
  }

  private static void rowsOf(
      Element parent, List<List<Element>> rows, List<Integer> repeats, int depth) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !TABLE.equals(e.getNamespaceURI())) {
        continue;
      }
      switch (e.getLocalName()) {
        case "table-row" -> {
          if (rows.size() > OfficeText.MAX_ROWS) {
            return;
          }
          List<Element> cells = new ArrayList<>();
          for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce
                && TABLE.equals(ce.getNamespaceURI())
                && (ce.getLocalName().equals("table-cell")
                    || ce.getLocalName().equals("covered-table-cell"))) {
              cells.add(ce);
            }
          }
          rows.add(cells);
          repeats.add(Math.max(1, Math.min(MAX_REPEAT, count(e, TABLE, "number-rows-repeated"))));
        }
        case "table-header-rows", "table-rows", "table-row-group" -> {
          if (depth < WordBody.MAX_DEPTH) {
            rowsOf(e, rows, repeats, depth + 1);
          }
        }
        default -> {}
      }
    }
  }

  /** A cell's paragraphs on one line each (the grid joins them with spaces). */
  private static String cellText(Element cell) {
    StringBuilder text = new StringBuilder();
    List<Element> frames = new ArrayList<>();
    for (Node n = cell.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        if (!text.isEmpty()) {
          text.append('\n');
        }
        inline(e, text, frames);
      }
    }
    return text.toString().strip();
  }

  private static int count(Element e, String ns, String attribute) {
    String value = e.getAttributeNS(ns, attribute);
    if (value.isEmpty()) {
      return 1;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException ex) {
      return 1;
    }
  }

  private static Element child(Element parent, String ns, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }
}
