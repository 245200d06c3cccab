package ogireports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders a content container into text lines with their HTML source lines.
 *
 * <ul>
 *   <li>Inline text is joined into the current line; runs of ASCII whitespace become one space,
 *       U+00A0 ({@code &nbsp;}) is kept.
 *   <li>Block elements ({@code p}, {@code div}, {@code br}, headings, list items…) end the line.
 *   <li>A {@code <pre>} block keeps its line breaks, blank lines and tabs as written: crawled
 *       reports are often plain text pasted into one, and their tables are rows of tab-separated
 *       cells with blank lines between rows (layouts A and B), which collapsing would run together.
 *   <li>A data table becomes one line per row, cells separated by tabs, with rowspan and colspan
 *       expanded into empty fields so the columns line up. A row with fewer cells than the table is
 *       not padded at its end: a table typed without its spans (a row of table 三 missing the group
 *       label the rows above print) ends in its 总计 like the others, and padding would put an empty
 *       field where the reader looks for the total. A cell's own paragraphs are joined with a
 *       space. A spreadsheet previewer's frame (column letters and row numbers, {@link
 *       SpreadsheetFrame}) is left out. A row of empty cells is kept (its cells are blanks); a
 *       {@code <tr>} without cells is not printed.
 *   <li>A layout table (one holding another table, or prose-long cells) is rendered as blocks: CMS
 *       pages nest the report inside such tables.
 * </ul>
 *
 * Nesting deeper than {@link #MAX_DEPTH} is flattened to its text, and spans are capped, so any
 * page renders in time linear in its size.
 */
final class Renderer {

  /** Deepest element nesting rendered structurally. */
  static final int MAX_DEPTH = 128;

  /** Largest colspan or rowspan honoured. */
  static final int MAX_SPAN = 64;

  /** Longest cell text of a data table; longer cells make the table a layout table. */
  private static final int MAX_DATA_CELL_CHARS = 300;

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "section",
          "article",
          "main",
          "blockquote",
          "pre",
          "center",
          "hr",
          "address",
          "figure",
          "figcaption",
          "caption",
          "form",
          "fieldset",
          "legend",
          "body",
          "html",
          "tr",
          "td",
          "th",
          "table",
          "tbody",
          "thead",
          "tfoot");

  private final List<String> lines = new ArrayList<>();
  private final List<Integer> sources = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private int lineSource = 0;
  private boolean pendingSpace;
  private int preDepth; // > 0 inside a <pre> block: whitespace is kept

  private Renderer() {}

  /** Renders an element and everything in it. */
  static HtmlPage.Rendered render(Element root) {
    Renderer r = new Renderer();
    r.node(root, 0, sourceLine(root, 1));
    r.flush();
    int[] source = new int[r.sources.size()];
    for (int i = 0; i < source.length; i++) {
      source[i] = r.sources.get(i);
    }
    return new HtmlPage.Rendered(r.lines, source);
  }

  private void node(Node n, int depth, int fallbackLine) {
    if (n instanceof TextNode t) {
      text(t.getWholeText(), sourceLine(t, fallbackLine));
      return;
    }
    if (!(n instanceof Element e)) {
      return;
    }
    int here = sourceLine(e, fallbackLine);
    if (depth >= MAX_DEPTH) {
      text(e.wholeText(), here);
      return;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      flush();
      return;
    }
    if (tag.equals("table") && !isLayoutTable(e)) {
      flush();
      table(e, depth, here);
      return;
    }
    if (tag.equals("pre")) {
      flush();
      preDepth++;
      for (Node child : e.childNodes()) {
        node(child, depth + 1, here);
      }
      preDepth--;
      flush();
      return;
    }
    boolean block = BLOCKS.contains(tag);
    if (block) {
      flush();
    }
    for (Node child : e.childNodes()) {
      node(child, depth + 1, here);
    }
    if (block) {
      flush();
    }
  }

  /** Appends inline text; whitespace runs collapse to one space, NBSP is kept. */
  private void text(String s, int source) {
    if (preDepth > 0) {
      preformatted(s, source);
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pendingSpace = line.length() > 0;
        continue;
      }
      if (line.length() == 0) {
        lineSource = source;
      }
      if (pendingSpace) {
        line.append(' ');
        pendingSpace = false;
      }
      line.append(c);
    }
  }

  /** Appends the text of a {@code <pre>} block: every line break ends a line, blank ones too. */
  private void preformatted(String s, int source) {
    int lineNo = source;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        continue;
      }
      if (c == '\n') {
        lines.add(line.toString());
        sources.add(line.length() > 0 ? lineSource : lineNo);
        line.setLength(0);
        pendingSpace = false;
        lineNo++;
        continue;
      }
      if (line.length() == 0) {
        lineSource = lineNo;
      }
      if (pendingSpace) {
        line.append(' ');
        pendingSpace = false;
      }
      line.append(c);
    }
  }

  /** Ends the current line (blank lines are dropped). */
  private void flush() {
    if (line.length() > 0) {
      lines.add(line.toString());
      sources.add(lineSource);
    }
    line.setLength(0);
    pendingSpace = false;
  }

  /** Renders a data table: one tab-separated line per row, spans expanded into empty fields. */
  private void table(Element table, int depth, int tableLine) {
    List<Element> rows = rowsOf(table);
    List<String[]> grid = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    List<Boolean> hasCells = new ArrayList<>(); // rows of spans only are not printed
    List<Integer> remaining = new ArrayList<>(); // per column: rows a rowspan still covers
    for (Element caption : table.children()) {
      if (caption.normalName().equals("caption")) {
        node(caption, depth + 1, tableLine);
        flush();
      }
    }
    for (Element tr : rows) {
      boolean[] occupied = new boolean[remaining.size()];
      for (int c = 0; c < occupied.length; c++) {
        occupied[c] = remaining.get(c) > 0;
      }
      List<String> fields = new ArrayList<>();
      int col = 0;
      int firstLine = 0;
      int cells = 0;
      int trLine = sourceLine(tr, tableLine);
      for (Element td : tr.children()) {
        String tag = td.normalName();
        if (!tag.equals("td") && !tag.equals("th")) {
          continue;
        }
        while (col < occupied.length && occupied[col]) {
          set(fields, col++, "");
        }
        cells++;
        String text = cellText(td, depth + 1, trLine);
        if (firstLine == 0 && !text.isBlank()) {
          firstLine = sourceLine(td, trLine);
        }
        int colspan = span(td.attr("colspan"));
        int rowspan = span(td.attr("rowspan"));
        for (int k = 0; k < colspan; k++) {
          set(fields, col, k == 0 ? text : "");
          while (remaining.size() <= col) {
            remaining.add(0);
          }
          remaining.set(col, rowspan);
          col++;
        }
      }
      for (int c = 0; c < remaining.size(); c++) {
        if (remaining.get(c) > 0) {
          set(fields, c, c < fields.size() ? fields.get(c) : "");
          remaining.set(c, remaining.get(c) - 1);
        }
      }
      grid.add(fields.toArray(new String[0]));
      rowLines.add(firstLine == 0 ? trLine : firstLine);
      hasCells.add(cells > 0);
    }
    int letters = SpreadsheetFrame.lettersRow(grid);
    if (letters >= 0) {
      // a spreadsheet previewer's column letters and row numbers: the viewer's, not the sheet's
      SpreadsheetFrame.strip(grid, rowLines, hasCells, letters);
    }
    for (int r = 0; r < grid.size(); r++) {
      String[] fields = grid.get(r);
      StringBuilder out = new StringBuilder();
      for (int c = 0; c < fields.length; c++) {
        if (c > 0) {
          out.append('\t');
        }
        out.append(fields[c] != null ? fields[c] : "");
      }
      if (hasCells.get(r)) {
        lines.add(out.toString());
        sources.add(rowLines.get(r));
      }
    }
  }

  /** The text of one data cell: its lines joined with a space, tabs removed. */
  private String cellText(Element td, int depth, int fallback) {
    Renderer inner = new Renderer();
    for (Node child : td.childNodes()) {
      inner.node(child, depth + 1, fallback);
    }
    inner.flush();
    return String.join(" ", inner.lines).replace('\t', ' ');
  }

  /** The rows of a table itself (not of tables nested in it), in order. */
  private static List<Element> rowsOf(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String tag = child.normalName();
      if (tag.equals("tr")) {
        rows.add(child);
      } else if (tag.equals("tbody") || tag.equals("thead") || tag.equals("tfoot")) {
        for (Element tr : child.children()) {
          if (tr.normalName().equals("tr")) {
            rows.add(tr);
          }
        }
      }
    }
    return rows;
  }

  /** A table used for page layout: it holds a table or prose-long cells. */
  private static boolean isLayoutTable(Element table) {
    for (Element tr : rowsOf(table)) {
      for (Element td : tr.children()) {
        if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
          continue;
        }
        if (!td.getElementsByTag("table").isEmpty()) {
          return true;
        }
        if (td.text().length() > MAX_DATA_CELL_CHARS) {
          return true;
        }
      }
    }
    return false;
  }

  private static int span(String attr) {
    if (attr == null || attr.isBlank()) {
      return 1;
    }
    int n = 0;
    for (int i = 0; i < attr.length(); i++) {
      char c = attr.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      n = Math.min(MAX_SPAN, n * 10 + (c - '0'));
    }
    return Math.max(1, n);
  }

  private static void set(List<String> fields, int col, String text) {
    while (fields.size() <= col) {
      fields.add("");
    }
    fields.set(col, text);
  }

  /** The 1-based source line an element or text node starts on, or the fallback when unknown. */
  static int sourceLine(Node n, int fallback) {
    try {
      int line = n.sourceRange().start().lineNumber();
      return line > 0 ? line : fallback;
    } catch (RuntimeException e) {
      return fallback;
    }
  }
}
