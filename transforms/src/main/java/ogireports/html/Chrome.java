package ogireports.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes page chrome before the report is looked for: elements that never hold report text
 * (scripts, styles, forms' widgets, frames), structural chrome ({@code nav}, {@code header}, {@code
 * footer}, {@code aside}) and elements whose id or class names navigation, menus, breadcrumbs,
 * footers or sidebars, unless they hold the report's own markers (two or more: a breadcrumb ending
 * in 年度报告 is still chrome).
 */
final class Chrome {

  /** Markers that make a chrome-named element part of the report after all. */
  private static final int MIN_CONTENT_MARKERS = 2;

  private static final Set<String> NEVER_CONTENT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "object",
          "embed",
          "svg",
          "canvas",
          "select",
          "button",
          "input",
          "textarea",
          "head",
          "link",
          "meta");

  private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside");

  private static final List<String> CHROME_NAMES =
      List.of(
          "nav",
          "menu",
          "breadcrumb",
          "crumb",
          "footer",
          "foot",
          "header",
          "head",
          "sidebar",
          "side",
          "banner",
          "topbar",
          "copyright",
          "share",
          "position",
          "location",
          "dh",
          "daohang",
          "bottom");

  private Chrome() {}

  /** Removes chrome from the document in place. */
  static void strip(Document doc) {
    List<Element> drop = new ArrayList<>();
    List<Element> framed = new ArrayList<>();
    MarkerIndex markers = null;
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (framedContent(e)) {
        framed.add(e);
      } else if (NEVER_CONTENT.contains(tag)) {
        drop.add(e);
      } else if (CHROME_TAGS.contains(tag) || hasChromeName(e)) {
        if (markers == null) {
          markers = new MarkerIndex(doc);
        }
        if (markers.score(e) < MIN_CONTENT_MARKERS) {
          drop.add(e);
        }
      }
    }
    for (Element e : drop) {
      if (e.parent() != null) {
        e.remove();
      }
    }
    for (Element e : framed) {
      if (e.parent() != null) {
        inline(e);
      }
    }
  }

  /**
   * True for a frame or fallback that holds the page's content: an {@code iframe} whose {@code
   * srcdoc} is a page with a table (a CMS that shows a report's tables in a frame written into the
   * page), a {@code noscript} with a table (what a browser without scripts, as a crawler, shows
   * where a script would draw the tables).
   */
  private static boolean framedContent(Element e) {
    if (e.nameIs("iframe")) {
      return e.attr("srcdoc").contains("<table");
    }
    return e.nameIs("noscript") && (!e.select("table").isEmpty() || e.data().contains("<table"));
  }

  /**
   * The frame's or fallback's page put in its place: its body's nodes, rid of their own chrome (a
   * frame's page is parsed without positions: its lines are the frame's line).
   */
  private static void inline(Element e) {
    if (e.nameIs("noscript") && !e.select("table").isEmpty()) {
      e.unwrap();
      return;
    }
    String html = e.nameIs("iframe") ? e.attr("srcdoc") : e.data();
    Document inner = Parser.htmlParser().parseInput(html, "");
    for (Element nested : inner.select("iframe[srcdoc]")) {
      nested.remove(); // a frame in a frame: not followed
    }
    strip(inner);
    for (Node n : new ArrayList<>(inner.body().childNodes())) {
      e.before(n);
    }
    e.remove();
  }

  /**
   * What separates the words of an id or class name ({@code main-nav}, {@code foot_links}),
   * compiled once: {@code String.split} compiles a pattern of more than one character at every call
   * (2% of the parser's time on the real texts of fixtures/, most of them web pages).
   */
  private static final Pattern NAME_WORD_SEPARATOR = Pattern.compile("[-_ ]");

  /**
   * True when the id or a class of the element names page chrome ({@code nav}, {@code footer}…).
   */
  private static boolean hasChromeName(Element e) {
    if (e.normalName().equals("body") || e.normalName().equals("html")) {
      return false;
    }
    List<String> names = new ArrayList<>(e.classNames());
    names.add(e.id());
    for (String raw : names) {
      String n = raw.toLowerCase(Locale.ROOT);
      for (String token : NAME_WORD_SEPARATOR.split(n)) {
        if (CHROME_NAMES.contains(token)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code ContentFinder.score(e.text())} for every element without building each element's text:
   * the page's text is squeezed once (as {@link ContentFinder#mask} squeezes it), each element
   * remembers the span of it that its descendants' text nodes cover, and a marker counts for an
   * element when one of its occurrences lies inside that span. Calling {@code e.text()} for every
   * chrome-named element took time quadratic in the nesting depth (16,000 nested {@code <div
   * class="nav">}, 370 KB, took 16 s).
   */
  static final class MarkerIndex {
    private final Map<Element, int[]> spans = new IdentityHashMap<>();
    private final int[][] occurrences = new int[ContentFinder.MARKERS.size()][];

    MarkerIndex(Element root) {
      StringBuilder text = new StringBuilder();
      NodeTraversor.traverse(
          new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
              if (node instanceof Element e) {
                spans.put(e, new int[] {text.length(), text.length()});
              } else if (node instanceof TextNode t) {
                ContentFinder.squeezeInto(t.getWholeText(), text);
              }
            }

            @Override
            public void tail(Node node, int depth) {
              if (node instanceof Element e) {
                spans.get(e)[1] = text.length();
              }
            }
          },
          root);
      String all = text.toString();
      for (int i = 0; i < occurrences.length; i++) {
        String marker = ContentFinder.MARKERS.get(i);
        int[] at = new int[8];
        int n = 0;
        for (int j = all.indexOf(marker); j >= 0; j = all.indexOf(marker, j + 1)) {
          if (n == at.length) {
            at = Arrays.copyOf(at, n * 2);
          }
          at[n++] = j;
        }
        occurrences[i] = Arrays.copyOf(at, n);
      }
    }

    /** How many of the report markers the element's text holds. */
    int score(Element e) {
      int[] span = spans.get(e);
      if (span == null) {
        return ContentFinder.score(e.text());
      }
      int score = 0;
      for (int i = 0; i < occurrences.length; i++) {
        int[] at = occurrences[i];
        int k = Arrays.binarySearch(at, span[0]);
        int first = k >= 0 ? k : -k - 1;
        if (first < at.length && at[first] + ContentFinder.MARKERS.get(i).length() <= span[1]) {
          score++;
        }
      }
      return score;
    }
  }
}
