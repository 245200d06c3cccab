package ogireports.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import ogireports.text.Script;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds the report: the smallest element whose text still holds every report
 * marker the whole page holds (section headings, table captions and headers), so that surrounding
 * chrome is left out, but never a single paragraph ({@link #isParagraph}) nor an element after a
 * whole report (another year's report in a block below the page's: both are kept, the first the
 * page's); when the page holds no marker, the element with the most text of its own paragraphs (the
 * densest text block), else the body.
 */
final class ContentFinder {

  /** Texts that appear in a report's body and hardly ever in chrome. */
  static final List<String> MARKERS =
      List.of(
          "总体情况",
          "概述",
          "主动公开政府信息情况",
          "第二十条第",
          "申请人情况",
          "本年新收",
          "勾稽关系",
          "行政复议",
          "行政诉讼",
          "存在的主要问题",
          "改进",
          "其他需要报告",
          "指标名称",
          "依申请公开",
          "年度报告");

  /** How deep the search descends (guards pathological nesting). */
  private static final int MAX_DEPTH = 256;

  private ContentFinder() {}

  /** The content container of a parsed page. */
  static Element find(Document doc) {
    Element body = doc.body() != null ? doc.body() : doc;
    Map<Element, Integer> masks = masks(body);
    int target = masks.getOrDefault(body, 0);
    if (target == 0) {
      return body;
    }
    Element current = body;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      Element next = null;
      int before = 0; // the markers of the children before the one holding them all
      for (Element child : current.children()) {
        int mask = masks.getOrDefault(child, 0);
        if (mask == target) {
          next = child;
          break;
        }
        before |= mask;
      }
      if (next == null || isInsideTable(next) || isParagraph(next) || before == target) {
        // before == target: a whole report is printed before that child (the page's article, then
        // its 往年报告 block expanded below it): the content is both, the first the page's own
        return current;
      }
      current = next;
    }
    return current;
  }

  /** How many levels above the content, and siblings before it at each, a title is looked for. */
  private static final int TITLE_LEVELS = 3;

  private static final int TITLE_SIBLINGS = 4;

  /** A heading longer than this is no title; a block longer than this ends the search. */
  private static final int MAX_TITLE = 60;

  private static final int MAX_BEFORE_TITLE = 200;

  /**
   * The page's heading that titles the report, printed before the element {@link #find} found it in
   * and left out of it, or null. Pages set the title ({@code <h1>…年度报告</h1>}) above the article's
   * block, whose text alone holds every marker when its intro cites the 年度报告格式: the block is then
   * the content, and the title would be lost. A heading among the few elements before the block (or
   * before the blocks holding it), after the publication line, is taken; links (another report's
   * title in a list of links) are not, and a long block before ends the search.
   */
  static Element titleBefore(Element content) {
    Element node = content;
    for (int level = 0; level < TITLE_LEVELS && node != null && !node.nameIs("body"); level++) {
      Element sibling = node.previousElementSibling();
      for (int n = 0; n < TITLE_SIBLINGS && sibling != null; n++) {
        String text = squeeze(sibling.text());
        if (text.length() > MAX_BEFORE_TITLE) {
          return null;
        }
        if (isTitle(text) && sibling.getElementsByTag("a").isEmpty() && !sibling.nameIs("a")) {
          return sibling;
        }
        sibling = sibling.previousElementSibling();
      }
      node = node.parent();
    }
    return null;
  }

  /**
   * Characters of a breadcrumb ({@code 当前位置：首页 > 信息公开 > 直属单位年报}) or a key–value line, never of a
   * title.
   */
  private static final String NOT_IN_TITLES = ">»:：|/";

  private static boolean holdsAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line, squeezed, is short enough for a title, ends as one and holds nothing of a
   * breadcrumb.
   */
  static boolean isTitle(String line) {
    String text = squeeze(line);
    return text.length() <= MAX_TITLE && endsAsTitle(text) && !holdsAny(text, NOT_IN_TITLES);
  }

  /** A report's title ends so ({@code …工作年度报告}, {@code …工作情况的报告}, {@code …年报}). */
  private static boolean endsAsTitle(String squeezed) {
    return squeezed.endsWith("年度报告")
        || squeezed.endsWith("工作报告")
        || squeezed.endsWith("情况报告")
        || squeezed.endsWith("的报告")
        || squeezed.endsWith("年报");
  }

  /**
   * For every element, the set of markers (one bit each) found in its text nodes and those of its
   * descendants, in one iterative pass. A marker split across elements counts for none, the same
   * way at every level, so the comparison with the body stays consistent.
   */
  private static Map<Element, Integer> masks(Element root) {
    Map<Element, Integer> masks = new IdentityHashMap<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            Node parent = node.parent();
            if (!(parent instanceof Element p) || node == root) {
              return;
            }
            int mask =
                node instanceof TextNode t
                    ? mask(t.getWholeText())
                    : node instanceof Element e ? masks.getOrDefault(e, 0) : 0;
            if (mask != 0) {
              masks.merge(p, mask, (a, b) -> a | b);
            }
          }
        },
        root);
    return masks;
  }

  /**
   * The markers a text holds, one bit per marker; a text in Traditional script ({@code 申請人情況}) is
   * matched in Simplified, or a Traditional page's report is found by the few markers both scripts
   * write alike, often only in its tables, and its prose is cut off as chrome.
   */
  static int mask(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    String t = Script.simplified(squeeze(text));
    int mask = 0;
    for (int i = 0; i < MARKERS.size(); i++) {
      if (t.contains(MARKERS.get(i))) {
        mask |= 1 << i;
      }
    }
    return mask;
  }

  /** Descending into a row or cell would cut a table apart: stop at the table. */
  private static boolean isInsideTable(Element e) {
    String tag = e.normalName();
    return tag.equals("tr")
        || tag.equals("td")
        || tag.equals("th")
        || tag.equals("tbody")
        || tag.equals("thead")
        || tag.equals("tfoot");
  }

  /**
   * A paragraph or heading is a piece of the report, never the report: a short report's summary
   * paragraph can name every section ("本报告包括总体情况、主动公开政府信息情况…") and so hold every marker, and
   * descending into it would lose the title and the tables around it. The element holding the
   * paragraphs is the content (a {@code <pre>} or {@code <div>} holding all is still descended
   * into).
   */
  private static boolean isParagraph(Element e) {
    String tag = e.normalName();
    return tag.equals("p")
        || (tag.length() == 2
            && tag.charAt(0) == 'h'
            && tag.charAt(1) >= '1'
            && tag.charAt(1) <= '6');
  }

  /** How many of the report markers a text holds (whitespace ignored). */
  static int score(String text) {
    return Integer.bitCount(mask(text));
  }

  private static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    squeezeInto(text, out);
    return out.toString();
  }

  /** Appends the text without whitespace, full-width parentheses made ASCII. */
  static void squeezeInto(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
        out.append(c == '（' ? '(' : c == '）' ? ')' : c);
      }
    }
  }
}
