package ogireports.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import ogireports.text.MarkdownSyntax;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * A report published as an HTML page, turned into the text lines the table readers understand.
 *
 * <p>{@link #render} parses the page (jsoup, source positions tracked), drops page chrome (scripts,
 * styles, navigation, headers, footers, sidebars), finds the report's content container ({@link
 * ContentFinder}) and renders it ({@link Renderer}): every data table row becomes one tab-separated
 * line with rowspan and colspan expanded into empty placeholder fields, so label and value columns
 * line up; paragraphs, line breaks and other blocks become lines of their own; {@code &nbsp;} stays
 * U+00A0. Each rendered line remembers the 1-based HTML source line it started on.
 */
public final class HtmlPage {

  /** How far into the bytes a {@code <meta>} charset declaration is looked for. */
  static final int META_SCAN_BYTES = 4096;

  /** How far into the text the HTML sniffing looks. */
  private static final int SNIFF_CHARS = 65_536;

  /**
   * A rendered page.
   *
   * @param lines the rendered text lines
   * @param sourceLine for each rendered line (same index), the 1-based HTML source line where it
   *     started
   */
  public record Rendered(List<String> lines, int[] sourceLine) {

    public Rendered {
      lines = List.copyOf(lines);
      sourceLine = sourceLine.clone();
    }

    @Override
    public int[] sourceLine() {
      return sourceLine.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Rendered r
          && r.lines.equals(lines)
          && java.util.Arrays.equals(r.sourceLine, sourceLine);
    }

    @Override
    public int hashCode() {
      return 31 * lines.hashCode() + java.util.Arrays.hashCode(sourceLine);
    }

    @Override
    public String toString() {
      return "Rendered[" + lines.size() + " lines]";
    }
  }

  private static final List<String> DOCUMENT_MARKERS = List.of("<html", "<!doctype html", "<body");

  private static final List<String> TAG_MARKERS =
      List.of(
          "<table", "<p>", "<p ", "<div", "<td", "<tr", "<br", "<span", "</p>", "</div>", "</td>",
          "<th", "<h1", "<h2", "<h3");

  private HtmlPage() {}

  /**
   * {@link #looksLikeHtml(String)} of {@code lines} joined with '\n', without joining them when no
   * line holds a {@code <} in the first 64 K characters (most text reports).
   */
  public static boolean linesLookLikeHtml(List<String> lines) {
    long seen = 0;
    for (String line : lines) {
      if (seen >= SNIFF_CHARS) {
        return false;
      }
      int at = line.indexOf('<');
      if (at >= 0) {
        if (seen + at >= SNIFF_CHARS) {
          return false;
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < lines.size() && head.length() < SNIFF_CHARS; i++) {
          if (i > 0) {
            head.append('\n');
          }
          head.append(lines.get(i));
        }
        return looksLikeHtml(head.toString());
      }
      seen += line.length() + 1;
    }
    return false;
  }

  /**
   * True for an HTML page or fragment: an {@code <html>}/{@code <!DOCTYPE html>}/{@code <body>}
   * tag, or at least two block or table tags ({@code <table}, {@code <p>}, {@code <div}, {@code
   * <td}…) in the first 64 K characters, as tags or escaped ({@code &lt;table}). Plain text with a
   * stray {@code <} is not HTML.
   */
  public static boolean looksLikeHtml(String decodedText) {
    if (decodedText == null || decodedText.isEmpty()) {
      return false;
    }
    int firstTag = decodedText.indexOf('<');
    if (firstTag < 0 || firstTag >= SNIFF_CHARS) {
      return false; // every marker starts with '<' (most text reports have none)
    }
    String head =
        decodedText
            .substring(0, Math.min(decodedText.length(), SNIFF_CHARS))
            .toLowerCase(Locale.ROOT);
    if (head.contains("&lt;")) {
      head = head.replace("&lt;", "<"); // a page's markup escaped in an XML or RSS wrapper
    }
    for (String m : DOCUMENT_MARKERS) {
      if (head.contains(m)) {
        return true;
      }
    }
    if (head.stripLeading().startsWith("<?xml")) {
      return true; // an XML document: its markup is no text of the report either
    }
    int tags = 0;
    boolean breaksOnly = true;
    for (String m : TAG_MARKERS) {
      int at = head.indexOf(m);
      while (at >= 0 && tags < 2) {
        tags++;
        breaksOnly &= m.equals("<br");
        at = head.indexOf(m, at + m.length());
      }
      if (tags >= 2) {
        // Markdown a crawler wrote keeps a cell's line break as <br>: no page for that alone
        return !breaksOnly || !MarkdownSyntax.isMarkdown(List.of(head.split("\n", -1)));
      }
    }
    return false;
  }

  /**
   * The charset a page declares in a {@code <meta charset=…>} or {@code <meta http-equiv=
   * "Content-Type" content="…; charset=…">} tag within its first 4 KB, as a Java charset name
   * ({@code gb2312}, {@code gbk}, {@code x-gbk} and {@code cp936} all become {@code GBK}, as
   * browsers decode them), or null when none is declared or the name is unknown.
   */
  public static String declaredCharset(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int meta = head.indexOf("<meta");
    while (meta >= 0) {
      int end = head.indexOf('>', meta);
      String tag = head.substring(meta, end < 0 ? head.length() : end);
      String name = charsetIn(tag);
      if (name != null) {
        return javaName(name);
      }
      meta = end < 0 ? -1 : head.indexOf("<meta", end);
    }
    return null;
  }

  /**
   * Renders a page (never throws; an empty or unreadable page renders to no lines). A page whose
   * report is markup held as text, in a {@code <![CDATA[…]]>} section or escaped ({@code
   * &lt;table&gt;}), as an XML or RSS wrapper around a site's article holds it, renders that markup
   * (one level deep); its lines keep the wrapper's source lines.
   */
  public static Rendered render(String html) {
    if (html == null || html.isEmpty()) {
      return new Rendered(List.of(), new int[0]);
    }
    Document doc = parse(html);
    TextNode embedded = embeddedPage(doc);
    if (embedded == null) {
      if (isXmlRecord(html)) {
        // parsed as XML, not by HTML's rules (which move a <head> or a <row> out of its place)
        Document xml = Parser.xmlParser().setTrackPosition(true).parseInput(html, "");
        for (Element row : xml.select("row")) {
          row.tagName("tr"); // a text extractor's (TEI's) table rows and cells
        }
        for (Element cell : xml.select("cell")) {
          cell.tagName("td");
        }
        return renderFields(xml);
      }
      return renderContent(doc);
    }
    int at = Math.max(embedded.sourceRange().start().lineNumber(), 1);
    Rendered page = renderContent(parse(embedded.getWholeText()));
    embedded.remove();
    Rendered wrapper = renderFields(doc.body());
    // the wrapper's lines (an article's title, date, source) before and after the page it holds
    List<String> lines = new ArrayList<>();
    int[] sourceLine = new int[wrapper.lines.size() + page.lines.size()];
    int w = 0;
    for (; w < wrapper.lines.size() && wrapper.sourceLine[w] <= at; w++) {
      sourceLine[lines.size()] = wrapper.sourceLine[w];
      lines.add(wrapper.lines.get(w));
    }
    for (int i = 0; i < page.lines.size(); i++) {
      sourceLine[lines.size()] = page.sourceLine[i] + at - 1;
      lines.add(page.lines.get(i));
    }
    for (; w < wrapper.lines.size(); w++) {
      sourceLine[lines.size()] = wrapper.sourceLine[w];
      lines.add(wrapper.lines.get(w));
    }
    return new Rendered(lines, sourceLine);
  }

  /**
   * True for an XML document that is no XHTML page: its elements are a record's fields (or a PDF
   * converter's text runs), not a page's blocks.
   */
  private static boolean isXmlRecord(String text) {
    String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
    return head.stripLeading().startsWith("<?xml")
        && !head.contains("<html")
        && !head.contains("<!doctype html");
  }

  /**
   * The text of {@code doc} with every element (a wrapper's field) ending a line, and a record's
   * title held in an attribute ({@code <doc title="…">}, as text extractors write their XML) a line
   * at the start of its element.
   */
  private static Rendered renderFields(Element root) {
    // a table's rows and cells, and what a cell holds, are left out: the table's rendering makes
    // their lines (one pass, whatever the nesting)
    List<Element> fields = new ArrayList<>();
    root.filter(
        (node, depth) -> {
          if (!(node instanceof Element e)) {
            return NodeFilter.FilterResult.CONTINUE;
          }
          if (e.nameIs("tr") || e.nameIs("td") || e.nameIs("th")) {
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
          }
          if (e != root && !e.nameIs("br")) {
            fields.add(e);
          }
          return NodeFilter.FilterResult.CONTINUE;
        });
    for (Element e : fields) {
      String title = e.attr("title").strip();
      if (!title.isEmpty() && !e.nameIs("html") && !e.nameIs("body")) {
        e.prependChild(new Element("br")).prependText(title);
      }
      e.after(new Element("br"));
    }
    return Renderer.render(root);
  }

  private static Document parse(String html) {
    return Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
  }

  private static Rendered renderContent(Document doc) {
    String search = searchTitle(doc);
    Rendered r = renderArticle(doc);
    if (search == null) {
      return r;
    }
    // a search's results page: the hit rendered is one of many, under the page's words that say so
    List<String> lines = new ArrayList<>(r.lines.size() + 1);
    lines.add(search);
    lines.addAll(r.lines);
    int[] sourceLine = new int[r.sourceLine.length + 1];
    sourceLine[0] = 1;
    System.arraycopy(r.sourceLine, 0, sourceLine, 1, r.sourceLine.length);
    return new Rendered(lines, sourceLine);
  }

  /** Words of a page's title that say it lists a search's results. */
  private static final String[] SEARCH_TITLES = {"搜索结果", "检索结果"};

  /** The page's title when it names a search's results ({@code 搜索结果_…人民政府}), else null. */
  private static String searchTitle(Document doc) {
    String title = doc.title().strip();
    for (String w : SEARCH_TITLES) {
      if (title.contains(w)) {
        return title;
      }
    }
    return null;
  }

  private static Rendered renderArticle(Document doc) {
    Chrome.strip(doc);
    Element content = ContentFinder.find(doc);
    Rendered body = Renderer.render(content);
    if (titled(body.lines)) {
      return body;
    }
    Element title = ContentFinder.titleBefore(content);
    if (title == null) {
      return body;
    }
    // the page's heading over the article the report was found in: its title
    Rendered heading = Renderer.render(title);
    List<String> lines = new ArrayList<>(heading.lines);
    lines.addAll(body.lines);
    int[] sourceLine = Arrays.copyOf(heading.sourceLine, lines.size());
    System.arraycopy(
        body.sourceLine, 0, sourceLine, heading.sourceLine.length, body.sourceLine.length);
    return new Rendered(lines, sourceLine);
  }

  /** How many of the content's first lines are looked at for its own title. */
  private static final int TITLE_LINES = 3;

  /** Whether one of the first lines is already a report's title ({@code …年度报告}, {@code …年报}). */
  private static boolean titled(List<String> lines) {
    for (int i = 0; i < Math.min(TITLE_LINES, lines.size()); i++) {
      if (ContentFinder.isTitle(lines.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first text of {@code doc} (a CDATA section's, or a text whose tags were escaped and are
   * unescaped by the parser) that is itself a page by {@link #looksLikeHtml}, or null. The text of
   * a {@code <textarea>} or {@code <title>} is no page.
   */
  private static TextNode embeddedPage(Document doc) {
    TextNode[] found = new TextNode[1];
    doc.body()
        .traverse(
            (node, depth) -> {
              if (found[0] == null
                  && node instanceof TextNode text
                  && !(node.parent() instanceof Element e
                      && (e.nameIs("textarea") || e.nameIs("title")))
                  && text.getWholeText().indexOf('<') >= 0
                  && looksLikeHtml(text.getWholeText())) {
                found[0] = text;
              }
            });
    return found[0];
  }

  /** The charset token after {@code charset=} in a meta tag, or null. */
  private static String charsetIn(String tag) {
    int at = tag.indexOf("charset");
    while (at >= 0) {
      int i = at + "charset".length();
      while (i < tag.length() && (tag.charAt(i) == ' ' || tag.charAt(i) == '\t')) {
        i++;
      }
      if (i < tag.length() && tag.charAt(i) == '=') {
        i++;
        while (i < tag.length() && " \t\"'".indexOf(tag.charAt(i)) >= 0) {
          i++;
        }
        int start = i;
        while (i < tag.length() && isNameChar(tag.charAt(i))) {
          i++;
        }
        if (i > start) {
          return tag.substring(start, i);
        }
      }
      at = tag.indexOf("charset", at + 1);
    }
    return null;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == ':';
  }

  /** A declared charset label as a Java charset name, or null when Java does not know it. */
  static String javaName(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    switch (l) {
      case "gb2312",
          "gbk",
          "x-gbk",
          "cp936",
          "gb_2312-80",
          "csgb2312",
          "chinese",
          "iso-ir-58",
          "windows-936",
          "ms936" -> {
        return "GBK";
      }
      case "gb18030" -> {
        return "GB18030";
      }
      case "utf-8", "utf8", "unicode-1-1-utf-8" -> {
        return "UTF-8";
      }
      case "big5", "big5-hkscs", "cn-big5", "x-x-big5" -> {
        return "Big5";
      }
      default -> {
        try {
          return Charset.isSupported(l) ? Charset.forName(l).name() : null;
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
  }
}
