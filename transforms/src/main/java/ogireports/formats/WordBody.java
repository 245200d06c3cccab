package ogireports.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Node;

/**
 * A {@code .docx} body in reading order, as the lines Word would print: paragraphs, tables, and
 * what Word shows that is not in a paragraph's own runs.
 *
 * <p>Walked here over the WordprocessingML itself (POI parses the package; its paragraph text
 * leaves out or flattens what reports are built with):
 *
 * <ul>
 *   <li>List numbering: a heading typed as 总体情况 with the list label 一、 from {@code numbering.xml}
 *       prints 一、总体情况; the label is rendered from the level's format and text ({@code
 *       chineseCounting} and {@code %1、} give 一、, {@code （%2）} gives （一）), counting the list's
 *       paragraphs in document order, the numbering coming from the paragraph or its style. A
 *       format not known here gives no label rather than a guessed one.
 *   <li>Text boxes: a drawing's or VML shape's {@code txbxContent} is read as blocks after its
 *       paragraph (its tables stay tables), once (the {@code mc:AlternateContent} choice, not also
 *       its fallback).
 *   <li>Layout tables: a table whose cells hold tables, or a single cell, frames the content rather
 *       than tabulating it: its cells are read as blocks.
 *   <li>Content controls ({@code w:sdt}), custom XML and inserted revisions are read through;
 *       deleted and moved-from revisions, field codes and hidden runs are not printed, so not read.
 *   <li>Table rows keep their columns: {@code gridBefore}, {@code gridSpan}, and vertical or
 *       horizontal merge continuations become empty fields.
 * </ul>
 */
final class WordBody {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  /**
   * Tables inside tables or text boxes read at most this deep (a hostile file nests without end).
   */
  static final int MAX_DEPTH = 16;

  /** One level of a list: its number format, label text, start and what follows the label. */
  record Level(String format, String text, int start, String suffix, boolean legal) {}

  private final OfficeText.Out out;
  private final Map<Integer, Integer> abstractOfNum = new HashMap<>();
  private final Map<Integer, Map<Integer, Level>> levels = new HashMap<>();
  private final Map<Integer, Map<Integer, Level>> levelOverrides = new HashMap<>();
  private final Map<Integer, Map<Integer, Integer>> startOverrides = new HashMap<>();

  /** Counters per list, one per level; {@link #UNSET} before the level's first paragraph. */
  private final Map<Integer, int[]> counters = new HashMap<>();

  private static final int UNSET = Integer.MIN_VALUE;
  private final Set<Integer> numsSeen = new HashSet<>();
  private final XWPFStyles styles;
  private boolean stopped;

  WordBody(XWPFDocument doc, OfficeText.Out out) {
    this.out = out;
    this.styles = doc.getStyles();
    XWPFNumbering numbering = doc.getNumbering();
    if (numbering != null) {
      for (XWPFAbstractNum a : numbering.getAbstractNums()) {
        Node node = a.getCTAbstractNum().getDomNode();
        Integer id = intAttr(node, "abstractNumId");
        if (id != null) {
          levels.put(id, levelsOf(node));
        }
      }
      for (XWPFNum n : numbering.getNums()) {
        Node node = n.getCTNum().getDomNode();
        Integer id = intAttr(node, "numId");
        Node abs = child(node, "abstractNumId");
        if (id == null || abs == null || intAttr(abs, "val") == null) {
          continue;
        }
        abstractOfNum.put(id, intAttr(abs, "val"));
        for (Node o : children(node, "lvlOverride")) {
          Integer ilvl = intAttr(o, "ilvl");
          if (ilvl == null) {
            continue;
          }
          Node start = child(o, "startOverride");
          if (start != null && intAttr(start, "val") != null) {
            startOverrides
                .computeIfAbsent(id, k -> new HashMap<>())
                .put(ilvl, intAttr(start, "val"));
          }
          Node lvl = child(o, "lvl");
          if (lvl != null) {
            levelOverrides.computeIfAbsent(id, k -> new HashMap<>()).put(ilvl, level(lvl));
          }
        }
      }
    }
  }

  /** Reads the document's body; false when the row budget ran out. */
  boolean read(Node body) {
    blocks(body, 0);
    return !stopped;
  }

  private void blocks(Node container, int depth) {
    for (Node n = container.getFirstChild(); n != null && !stopped; n = n.getNextSibling()) {
      if (isW(n, "p")) {
        List<Node> boxes = new ArrayList<>();
        out.text(paragraph(n, boxes));
        for (Node box : boxes) {
          if (depth < MAX_DEPTH) {
            blocks(box, depth + 1);
          }
        }
      } else if (isW(n, "tbl")) {
        table(n, depth);
      } else if (isW(n, "sdt")) {
        Node content = child(n, "sdtContent");
        if (content != null) {
          blocks(content, depth);
        }
      } else if (isW(n, "customXml") || isW(n, "ins")) {
        blocks(n, depth);
      } else if (isMc(n, "AlternateContent")) {
        Node chosen = alternative(n);
        if (chosen != null) {
          blocks(chosen, depth);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tables

  private void table(Node tbl, int depth) {
    List<Node> rows = new ArrayList<>();
    collect(tbl, "tr", rows);
    List<List<Node>> cells = new ArrayList<>();
    boolean nested = false;
    int count = 0;
    for (Node tr : rows) {
      List<Node> tcs = new ArrayList<>();
      collect(tr, "tc", tcs);
      cells.add(tcs);
      count += tcs.size();
      for (Node tc : tcs) {
        nested |= hasTable(tc);
      }
    }
    if ((nested || count == 1) && depth < MAX_DEPTH) {
      // a frame around content, not a table of values: its cells are read as blocks
      for (List<Node> tcs : cells) {
        for (Node tc : tcs) {
          blocks(tc, depth + 1);
        }
      }
      return;
    }
    List<String[]> grid = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> fields = new ArrayList<>();
      Node trPr = child(rows.get(r), "trPr");
      int before = trPr == null ? 0 : val(child(trPr, "gridBefore"), 0);
      for (int k = 0; k < Math.min(before, 64); k++) {
        fields.add("");
      }
      for (Node tc : cells.get(r)) {
        Node tcPr = child(tc, "tcPr");
        boolean continued = continues(child(tcPr, "vMerge")) || continues(child(tcPr, "hMerge"));
        fields.add(continued ? skipCell(tc) : cellText(tc, depth));
        int span = val(child(tcPr, "gridSpan"), 1);
        for (int k = 1; k < Math.min(span, 64); k++) {
          fields.add("");
        }
      }
      grid.add(fields.toArray(new String[0]));
    }
    if (!out.grid(grid)) {
      stopped = true;
    }
  }

  /** A merge continuation: no text of its own (its paragraphs still count in their lists). */
  private String skipCell(Node tc) {
    cellText(tc, MAX_DEPTH);
    return "";
  }

  private String cellText(Node tc, int depth) {
    StringBuilder text = new StringBuilder();
    cellText(tc, depth, text);
    return text.toString();
  }

  private void cellText(Node container, int depth, StringBuilder text) {
    for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isW(n, "p")) {
        List<Node> boxes = new ArrayList<>();
        String p = paragraph(n, boxes);
        if (!p.isBlank()) {
          text.append(text.isEmpty() ? "" : "\n").append(p);
        }
        for (Node box : boxes) {
          if (depth < MAX_DEPTH) {
            cellText(box, depth + 1, text);
          }
        }
      } else if (isW(n, "sdt")) {
        Node content = child(n, "sdtContent");
        if (content != null) {
          cellText(content, depth, text);
        }
      } else if (isW(n, "customXml") || isW(n, "ins")) {
        cellText(n, depth, text);
      }
    }
  }

  private static boolean continues(Node merge) {
    if (merge == null) {
      return false;
    }
    String v = attr(merge, "val");
    return v == null || v.equals("continue");
  }

  private static boolean hasTable(Node tc) {
    if (tc == null) {
      return false;
    }
    for (Node n = tc.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isW(n, "tbl")
          || (isW(n, "sdt") && hasTable(child(n, "sdtContent")))
          || (isW(n, "customXml") && hasTable(n))) {
        return true;
      }
    }
    return false;
  }

  /** Rows of a table or cells of a row, through content controls and custom XML. */
  private static void collect(Node parent, String name, List<Node> into) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isW(n, name)) {
        into.add(n);
      } else if (isW(n, "sdt")) {
        Node content = child(n, "sdtContent");
        if (content != null) {
          collect(content, name, into);
        }
      } else if (isW(n, "customXml")) {
        collect(n, name, into);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Paragraphs

  /** A paragraph's printed text: its list label, then its runs; text boxes go to {@code boxes}. */
  private String paragraph(Node p, List<Node> boxes) {
    StringBuilder text = new StringBuilder();
    inline(p, text, boxes);
    String label = label(child(p, "pPr"));
    return label == null ? text.toString() : label + text;
  }

  private void inline(Node parent, StringBuilder text, List<Node> boxes) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isW(n, "r")) {
        run(n, text, boxes);
      } else if (isW(n, "hyperlink")
          || isW(n, "smartTag")
          || isW(n, "ins")
          || isW(n, "moveTo")
          || isW(n, "fldSimple")
          || isW(n, "customXml")
          || isW(n, "dir")
          || isW(n, "bdo")) {
        inline(n, text, boxes);
      } else if (isW(n, "sdt")) {
        Node content = child(n, "sdtContent");
        if (content != null) {
          inline(content, text, boxes);
        }
      } else if (isMc(n, "AlternateContent")) {
        Node chosen = alternative(n);
        if (chosen != null) {
          inline(chosen, text, boxes);
        }
      }
      // w:del and w:moveFrom (removed text), w:pPr: nothing printed
    }
  }

  private void run(Node r, StringBuilder text, List<Node> boxes) {
    Node rPr = child(r, "rPr");
    if (rPr != null && on(child(rPr, "vanish"))) {
      return; // hidden text is not printed
    }
    for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isW(n, "t")) {
        text.append(textOf(n));
      } else if (isW(n, "tab") || isW(n, "ptab")) {
        text.append('\t');
      } else if (isW(n, "br") || isW(n, "cr")) {
        text.append('\n');
      } else if (isW(n, "noBreakHyphen")) {
        text.append('-');
      } else if (isW(n, "drawing") || isW(n, "pict") || isW(n, "object")) {
        textBoxes(n, boxes);
      } else if (isMc(n, "AlternateContent")) {
        Node chosen = alternative(n);
        if (chosen != null) {
          run(chosen, text, boxes);
        }
      }
      // w:instrText (a field's code, its result follows in runs), w:delText, w:fldChar: not printed
    }
  }

  /** The outermost text box contents under a drawing or VML shape. */
  private static void textBoxes(Node n, List<Node> boxes) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (isW(c, "txbxContent")) {
        boxes.add(c);
      } else if (isMc(c, "AlternateContent")) {
        Node chosen = alternative(c);
        if (chosen != null) {
          textBoxes(chosen, boxes);
        }
      } else if (c.getNodeType() == Node.ELEMENT_NODE) {
        textBoxes(c, boxes);
      }
    }
  }

  /** The branch of markup-compatibility content that is read: the first choice, else fallback. */
  private static Node alternative(Node alternateContent) {
    Node fallback = null;
    for (Node c = alternateContent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (isMc(c, "Choice")) {
        return c;
      }
      if (isMc(c, "Fallback")) {
        fallback = c;
      }
    }
    return fallback;
  }

  // ---------------------------------------------------------------------------------------------
  // List numbering

  /** The label Word prints before a paragraph, or null (none, or a format not known here). */
  private String label(Node pPr) {
    Integer numId = null;
    Integer ilvl = null;
    Node numPr = child(pPr, "numPr");
    if (numPr != null) {
      numId = val(child(numPr, "numId"));
      ilvl = val(child(numPr, "ilvl"));
    }
    if (numId == null) {
      int[] fromStyle = styleNumbering(attr(child(pPr, "pStyle"), "val"));
      if (fromStyle != null) {
        numId = fromStyle[0];
        ilvl = ilvl != null ? ilvl : fromStyle[1];
      }
    }
    if (numId == null || numId == 0 || !abstractOfNum.containsKey(numId)) {
      return null;
    }
    int level = ilvl == null ? 0 : Math.max(0, Math.min(8, ilvl));
    int abs = abstractOfNum.get(numId);
    int[] count =
        counters.computeIfAbsent(
            abs,
            k -> {
              int[] fresh = new int[9];
              java.util.Arrays.fill(fresh, UNSET);
              return fresh;
            });
    if (numsSeen.add(numId)) {
      for (Map.Entry<Integer, Integer> o :
          startOverrides.getOrDefault(numId, Map.of()).entrySet()) {
        if (o.getKey() >= 0 && o.getKey() < 9) {
          count[o.getKey()] = o.getValue() - 1;
          for (int deeper = o.getKey() + 1; deeper < 9; deeper++) {
            count[deeper] = UNSET;
          }
        }
      }
    }
    Level here = level(numId, abs, level);
    if (here == null) {
      return null;
    }
    count[level] = count[level] == UNSET ? here.start() : count[level] + 1;
    for (int deeper = level + 1; deeper < 9; deeper++) {
      count[deeper] = UNSET;
    }
    if (here.format().equals("bullet") || here.format().equals("none")) {
      return null;
    }
    StringBuilder label = new StringBuilder();
    String text = here.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%'
          && i + 1 < text.length()
          && text.charAt(i + 1) >= '1'
          && text.charAt(i + 1) <= '9') {
        int k = text.charAt(++i) - '1';
        Level of = level(numId, abs, k);
        if (of == null) {
          return null;
        }
        int n = count[k] == UNSET ? of.start() : count[k];
        String number = ListNumber.format(here.legal() ? "decimal" : of.format(), n);
        if (number == null) {
          return null;
        }
        label.append(number);
      } else {
        label.append(c);
      }
    }
    return label + (here.suffix().equals("space") ? " " : "");
  }

  private Level level(int numId, int abs, int ilvl) {
    Level override = levelOverrides.getOrDefault(numId, Map.of()).get(ilvl);
    return override != null ? override : levels.getOrDefault(abs, Map.of()).get(ilvl);
  }

  /** numId and ilvl a paragraph style (or a style it is based on) numbers with, or null. */
  private int[] styleNumbering(String styleId) {
    for (int hops = 0; styleId != null && styles != null && hops < 10; hops++) {
      XWPFStyle style = styles.getStyle(styleId);
      if (style == null) {
        return null;
      }
      Node node = style.getCTStyle().getDomNode();
      Node numPr = child(child(node, "pPr"), "numPr");
      Integer numId = numPr == null ? null : val(child(numPr, "numId"));
      if (numId != null) {
        Integer ilvl = val(child(numPr, "ilvl"));
        return new int[] {numId, ilvl == null ? 0 : ilvl};
      }
      styleId = attr(child(node, "basedOn"), "val");
    }
    return null;
  }

  private static Map<Integer, Level> levelsOf(Node abstractNum) {
    Map<Integer, Level> byLevel = new HashMap<>();
    for (Node lvl : children(abstractNum, "lvl")) {
      Integer ilvl = intAttr(lvl, "ilvl");
      if (ilvl != null) {
        byLevel.put(ilvl, level(lvl));
      }
    }
    return byLevel;
  }

  private static Level level(Node lvl) {
    String format = attr(child(lvl, "numFmt"), "val");
    String text = attr(child(lvl, "lvlText"), "val");
    String suffix = attr(child(lvl, "suff"), "val");
    return new Level(
        format == null ? "decimal" : format,
        text == null ? "" : text,
        val(child(lvl, "start"), 0),
        suffix == null ? "tab" : suffix,
        on(child(lvl, "isLgl")));
  }

  // ---------------------------------------------------------------------------------------------
  // DOM helpers (XmlBeans' DOM has no Level 3 methods such as getTextContent)

  private static String textOf(Node element) {
    StringBuilder b = new StringBuilder();
    for (Node c = element.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        b.append(c.getNodeValue());
      }
    }
    return b.toString();
  }

  static boolean isW(Node n, String name) {
    return n.getNodeType() == Node.ELEMENT_NODE
        && W.equals(n.getNamespaceURI())
        && name.equals(n.getLocalName());
  }

  private static boolean isMc(Node n, String name) {
    return n.getNodeType() == Node.ELEMENT_NODE
        && MC.equals(n.getNamespaceURI())
        && name.equals(n.getLocalName());
  }

  static Node child(Node parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isW(n, name)) {
        return n;
      }
    }
    return null;
  }

  private static List<Node> children(Node parent, String name) {
    List<Node> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isW(n, name)) {
        found.add(n);
      }
    }
    return found;
  }

  static String attr(Node element, String name) {
    if (element == null || element.getAttributes() == null) {
      return null;
    }
    Node a = element.getAttributes().getNamedItemNS(W, name);
    return a == null ? null : a.getNodeValue();
  }

  private static Integer intAttr(Node element, String name) {
    String v = attr(element, name);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer val(Node element) {
    return intAttr(element, "val");
  }

  private static int val(Node element, int absent) {
    Integer v = val(element);
    return v == null ? absent : v;
  }

  /** A toggle property: present and not switched off. */
  private static boolean on(Node element) {
    if (element == null) {
      return false;
    }
    String v = attr(element, "val");
    return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
  }
}
