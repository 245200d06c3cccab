package ogireports.formats;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An RTF document (what Word and WPS save as "Rich Text Format", and what sites publish under a
 * .doc name) as the lines Word would print: paragraphs, and table rows with their columns.
 *
 * <p>Written here because no well-kept Java library keeps what a report's reader needs: Tika's
 * {@code RTFParser} prints every table cell as a paragraph of its own (a table 三 loses its rows)
 * and decodes a double-byte run by its font's charset (a Chinese cell in a font marked ANSI comes
 * out as Latin-1 mojibake); Swing's {@code RTFEditorKit} drops tables and reads {@code \'xx} bytes
 * one by one. What is read:
 *
 * <ul>
 *   <li>Text: {@code \'xx} bytes and raw bytes decoded together in the code page of the font in use
 *       ({@code \fcharset134} GBK, 136 Big5, 128 Shift-JIS, 129 Korean), or the document's {@code
 *       \ansicpg} for a font marked ANSI; &#92;uN characters with their &#92;ucN substitutes
 *       skipped; the symbols Word writes as control words (dashes, quotes, spaces).
 *   <li>Paragraphs end at {@code \par}, {@code \line}, {@code \page} and {@code \sect}; list labels
 *       ({@code \listtext}, {@code \pntext}) are printed text and kept; a text box's text ({@code
 *       \shptxt}) is read where it stands.
 *   <li>Tables: the cells of a row end at {@code \cell}, the row at {@code \row}; each cell's right
 *       edge ({@code \cellx}) places it in the table's columns (edges within {@link #SAME_EDGE}
 *       twips are one), a cell across several columns is followed by empty fields, a vertically
 *       merged continuation ({@code \clvmrg}) and a horizontal one ({@code \clmrg}) are empty
 *       fields. Cells of a table nested in a cell are read into that cell's text (not also the copy
 *       Word writes for readers without nested tables, {@code \nonesttables}).
 *   <li>Not printed, so not read: the font, colour, style and list tables, document properties,
 *       pictures, objects' data, field instructions (their results are read), headers, footers,
 *       footnotes and comments, and every destination marked {@code \*} but the text box's.
 * </ul>
 */
final class RichText {

  /** Cell edges closer than this (in twips, 1/1440 inch: about 0.5 mm) are one column edge. */
  static final int SAME_EDGE = 30;

  /** Groups nested deeper than this are not read (a hostile file nests without end). */
  static final int MAX_DEPTH = 256;

  /** Destinations whose content is not printed text. */
  private static final Set<String> SKIPPED =
      Set.of(
          "fonttbl",
          "colortbl",
          "stylesheet",
          "info",
          "pict",
          "objdata",
          "objclass",
          "fldinst",
          "header",
          "headerl",
          "headerr",
          "headerf",
          "footer",
          "footerl",
          "footerr",
          "footerf",
          "footnote",
          "annotation",
          "atnid",
          "atnauthor",
          "listtable",
          "listoverridetable",
          "revtbl",
          "rsidtbl",
          "generator",
          "xmlnstbl",
          "themedata",
          "colorschememapping",
          "datastore",
          "latentstyles",
          "filetbl",
          "nonshppict",
          "nonesttables",
          "shprslt",
          "sp",
          "bkmkstart",
          "bkmkend",
          "template",
          "userprops",
          "docvar",
          "mmathPr",
          "pgdsctbl");

  /** Destinations marked {@code \*} whose content is still read. */
  private static final Set<String> READ_ALTHOUGH_STARRED = Set.of("shpinst", "shptxt");

  private static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("emdash", "\u2014"),
          Map.entry("endash", "\u2013"),
          Map.entry("bullet", "\u2022"),
          Map.entry("lquote", "\u2018"),
          Map.entry("rquote", "\u2019"),
          Map.entry("ldblquote", "\u201c"),
          Map.entry("rdblquote", "\u201d"),
          Map.entry("emspace", "\u2003"),
          Map.entry("enspace", "\u2002"),
          Map.entry("qmspace", "\u2005"));

  /** What a group sets and its closing brace restores. */
  private static final class State {
    int font = -1;
    int skipAfterUnicode = 1;
    boolean skipped;
    boolean inTable;
    boolean fontTable;
    boolean listLabel;

    State copy() {
      State s = new State();
      s.font = font;
      s.skipAfterUnicode = skipAfterUnicode;
      s.skipped = skipped;
      s.inTable = inTable;
      s.fontTable = fontTable;
      s.listLabel = listLabel;
      return s;
    }
  }

  /** A cell as a row's definition gives it: its right edge and whether it continues a merge. */
  private record CellEdge(int right, boolean continues) {}

  /** A row read: its cells' edges and texts. */
  private record Row(int left, List<CellEdge> edges, List<String> texts) {}

  private final byte[] rtf;
  private final OfficeText.Out out = new OfficeText.Out();
  private final Map<Integer, Charset> fontCharsets = new HashMap<>();
  private Charset documentCharset = Charset.forName("windows-1252");
  private int defaultFont = 0;

  private final Deque<State> stack = new ArrayDeque<>();
  private State state = new State();

  private final StringBuilder text = new StringBuilder();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private Charset bytesCharset;
  private int substitutesToSkip;

  private int rowLeft;
  private final List<CellEdge> rowEdges = new ArrayList<>();
  private boolean cellContinues;
  private final List<String> rowTexts = new ArrayList<>();
  private final List<Row> table = new ArrayList<>();
  private boolean stopped;

  /** In the font table: the font being defined. */
  private int definingFont = -1;

  private RichText(byte[] rtf) {
    this.rtf = rtf;
  }

  static ExtractedText read(byte[] rtf) {
    RichText reader = new RichText(rtf);
    reader.parse();
    return reader.out.done("RTF");
  }

  private void parse() {
    int depth = 0;
    int i = 0;
    boolean groupOpened = false; // waiting for the first control word of a group just opened
    boolean starred = false;
    while (i < rtf.length && !stopped) {
      int b = rtf[i] & 0xff;
      if (b == '{') {
        flushBytes();
        if (++depth > MAX_DEPTH) {
          break;
        }
        stack.push(state);
        state = state.copy();
        groupOpened = true;
        starred = false;
        i++;
      } else if (b == '}') {
        flushBytes();
        if (stack.isEmpty()) {
          break;
        }
        state = stack.pop();
        depth--;
        substitutesToSkip = 0;
        groupOpened = false;
        i++;
      } else if (b == '\\' && i + 1 < rtf.length) {
        int c = rtf[i + 1] & 0xff;
        if (c == '\'') {
          int hi = i + 2 < rtf.length ? Character.digit(rtf[i + 2], 16) : -1;
          int lo = i + 3 < rtf.length ? Character.digit(rtf[i + 3], 16) : -1;
          if (hi >= 0 && lo >= 0 && !state.skipped) {
            byteOfText(hi * 16 + lo);
          }
          groupOpened = false;
          i += 4;
        } else if (isLetter(c)) {
          int j = i + 1;
          while (j < rtf.length && j - i <= 32 && isLetter(rtf[j] & 0xff)) {
            j++;
          }
          String word = new String(rtf, i + 1, j - i - 1, StandardCharsets.US_ASCII);
          int k = j < rtf.length && rtf[j] == '-' ? j + 1 : j;
          int digits = k;
          long value = 0;
          while (k < rtf.length && k - digits < 10 && rtf[k] >= '0' && rtf[k] <= '9') {
            value = value * 10 + (rtf[k] - '0');
            k++;
          }
          boolean hasParameter = k > digits;
          if (!hasParameter) {
            k = j; // a '-' after a word without digits is text
          }
          int parameter =
              (int) Math.min(Integer.MAX_VALUE, k > j && rtf[j] == '-' ? -value : value);
          if (k < rtf.length && rtf[k] == ' ') {
            k++; // the space that ends a control word is part of it
          }
          i = k;
          if (word.equals("bin")) {
            i = (int) Math.min(rtf.length, (long) i + Math.max(0, parameter));
            continue;
          }
          if (groupOpened) {
            destination(word, starred);
          }
          groupOpened = false;
          controlWord(word, hasParameter, parameter);
        } else {
          i += 2;
          if (c == '*') {
            starred = true;
            continue; // the destination's word follows
          }
          groupOpened = false;
          if (!state.skipped) {
            controlSymbol(c);
          }
        }
      } else {
        i++;
        if (b == '\r' || b == '\n' || b == 0) {
          continue; // line ends in an RTF file are not text
        }
        groupOpened = false;
        if (state.skipped) {
          continue;
        }
        if (b >= 0x80) {
          byteOfText(b); // a writer that puts the code page's bytes in raw
        } else {
          character((char) b);
        }
      }
    }
    flushBytes();
    endParagraph();
    flushTable();
  }

  /** The first control word of a group: what the group is. */
  private void destination(String word, boolean starred) {
    if (word.equals("fonttbl")) {
      state.fontTable = true;
      state.skipped = true;
    } else if (SKIPPED.contains(word) || (starred && !READ_ALTHOUGH_STARRED.contains(word))) {
      state.skipped = true;
    } else if (word.equals("listtext") || word.equals("pntext")) {
      state.listLabel = true;
    }
  }

  private void controlSymbol(int c) {
    switch (c) {
      case '\\', '{', '}' -> character((char) c);
      case '~' -> character('\u00a0');
      case '_' -> character('-');
      case '\n', '\r' -> paragraphEnd(); // a backslash before a line end is a \par
      default -> {} // \- (an optional hyphen), \| and \: (formulas, index entries)
    }
  }

  private static boolean isLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private void controlWord(String word, boolean hasParameter, int parameter) {
    switch (word) {
      case "ansicpg" -> {
        Charset cs = codePage(parameter);
        if (cs != null) {
          documentCharset = cs;
        }
        return;
      }
      case "deff" -> {
        defaultFont = parameter;
        return;
      }
      case "f" -> {
        flushBytes();
        if (state.fontTable) {
          definingFont = parameter;
        }
        state.font = parameter;
        return;
      }
      case "fcharset" -> {
        if (definingFont >= 0) {
          Charset cs = charsetOf(parameter);
          if (cs != null) {
            fontCharsets.put(definingFont, cs);
          }
        }
        return;
      }
      case "uc" -> {
        state.skipAfterUnicode = Math.max(0, parameter);
        return;
      }
      default -> {}
    }
    if (state.skipped) {
      return;
    }
    switch (word) {
      case "u" -> {
        flushBytes();
        if (hasParameter) {
          character((char) (parameter < 0 ? parameter + 65536 : parameter));
        }
        substitutesToSkip = state.skipAfterUnicode;
      }
      case "par", "line", "page", "sect", "nestrow" -> paragraphEnd();
      case "pard" -> state.inTable = false;
      case "intbl" -> state.inTable = true;
      case "nestcell" -> character(' ');
      case "tab" -> {
        if (!state.listLabel) {
          character('\t'); // a list label's tab is the space after the label, not a column
        }
      }
      case "cell" -> cellEnd();
      case "row" -> rowEnd();
      case "trowd" -> {
        rowEdges.clear();
        rowLeft = 0;
        cellContinues = false;
      }
      case "trleft" -> rowLeft = parameter;
      case "clvmrg", "clmrg" -> cellContinues = true;
      case "cellx" -> {
        rowEdges.add(new CellEdge(parameter, cellContinues));
        cellContinues = false;
      }
      default -> {
        String symbol = SYMBOLS.get(word);
        if (symbol != null) {
          for (int k = 0; k < symbol.length(); k++) {
            character(symbol.charAt(k));
          }
        }
      }
    }
  }

  private void byteOfText(int b) {
    if (substitutesToSkip > 0) {
      substitutesToSkip--;
      return;
    }
    Charset cs = fontCharsets.getOrDefault(state.font < 0 ? defaultFont : state.font, null);
    if (cs == null) {
      cs = documentCharset;
    }
    if (bytesCharset != null && !bytesCharset.equals(cs)) {
      flushBytes();
    }
    bytesCharset = cs;
    bytes.write(b);
  }

  private void flushBytes() {
    if (bytes.size() > 0) {
      text.append(new String(bytes.toByteArray(), bytesCharset));
      bytes.reset();
    }
    bytesCharset = null;
  }

  private void character(char c) {
    if (state.skipped) {
      return;
    }
    if (substitutesToSkip > 0) {
      substitutesToSkip--;
      return;
    }
    flushBytes();
    text.append(c);
  }

  /** A paragraph's end: a line of its own, or a line break in the cell being read. */
  private void paragraphEnd() {
    flushBytes();
    if (state.inTable) {
      text.append('\n');
      return;
    }
    endParagraph();
  }

  private void endParagraph() {
    flushTable();
    out.text(text.toString());
    text.setLength(0);
  }

  private void cellEnd() {
    flushBytes();
    rowTexts.add(text.toString());
    text.setLength(0);
  }

  private void rowEnd() {
    flushBytes();
    if (!text.isEmpty() && !text.toString().isBlank()) {
      rowTexts.add(text.toString());
    }
    text.setLength(0);
    table.add(new Row(rowLeft, List.copyOf(rowEdges), List.copyOf(rowTexts)));
    rowTexts.clear();
  }

  /** The rows read since the last paragraph outside a table, laid out in their columns. */
  private void flushTable() {
    if (!rowTexts.isEmpty()) {
      table.add(new Row(rowLeft, List.copyOf(rowEdges), List.copyOf(rowTexts)));
      rowTexts.clear();
    }
    if (table.isEmpty()) {
      return;
    }
    TreeSet<Integer> raw = new TreeSet<>();
    for (Row row : table) {
      for (CellEdge e : row.edges()) {
        raw.add(e.right());
      }
    }
    List<Integer> edges = new ArrayList<>(); // one per column: the columns' right edges
    for (int e : raw) {
      if (edges.isEmpty() || e - edges.get(edges.size() - 1) > SAME_EDGE) {
        edges.add(e);
      }
    }
    List<String[]> grid = new ArrayList<>();
    for (Row row : table) {
      List<String> fields = new ArrayList<>();
      int column = 0;
      while (column < edges.size() && edges.get(column) <= row.left() + SAME_EDGE) {
        fields.add(""); // the row starts right of the table's first column
        column++;
      }
      for (int c = 0; c < row.texts().size(); c++) {
        String cell = row.texts().get(c);
        if (c < row.edges().size()) {
          CellEdge edge = row.edges().get(c);
          int last = columnOf(edges, edge.right());
          fields.add(edge.continues() ? "" : cell);
          column++;
          while (column <= last) {
            fields.add("");
            column++;
          }
        } else {
          fields.add(cell);
          column++;
        }
      }
      grid.add(fields.toArray(new String[0]));
    }
    table.clear();
    if (!out.grid(grid)) {
      stopped = true;
    }
  }

  /**
   * The column whose right edge is this cell's (the nearest, as edges within a few twips are one).
   */
  private static int columnOf(List<Integer> edges, int right) {
    int best = 0;
    for (int i = 0; i < edges.size(); i++) {
      if (Math.abs(edges.get(i) - right) < Math.abs(edges.get(best) - right)) {
        best = i;
      }
    }
    return best;
  }

  private static Charset codePage(int page) {
    return switch (page) {
      case 936 -> Charset.forName("GB18030");
      case 950 -> Charset.forName("Big5");
      case 932 -> Charset.forName("windows-31j");
      case 949 -> Charset.forName("x-windows-949");
      case 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258 -> charset("windows-" + page);
      case 10000 -> charset("x-MacRoman");
      case 65001 -> StandardCharsets.UTF_8;
      default -> null;
    };
  }

  private static Charset charsetOf(int fcharset) {
    return switch (fcharset) {
      case 134 -> Charset.forName("GB18030");
      case 136 -> Charset.forName("Big5");
      case 128 -> Charset.forName("windows-31j");
      case 129 -> Charset.forName("x-windows-949");
      default -> null; // ANSI and the rest: the document's code page
    };
  }

  private static Charset charset(String name) {
    return Charset.isSupported(name) ? Charset.forName(name) : null;
  }
}
