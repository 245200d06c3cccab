package ogireports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes page chrome before the report is looked for: elements that never hold report text
 * (scripts, styles, forms' widgets, frames), structural chrome ({@code nav}, {@code header},
 * {@code footer}, {@code aside}) and elements whose id or class names navigation, menus,
 * breadcrumbs, footers or sidebars, unless they hold the report's own markers (two or more: a
 * breadcrumb ending in 年度报告 is still chrome).
 */
final class Chrome {

  /** Markers that make a chrome-named element part of the report after all. */
  private static final int MIN_CONTENT_MARKERS = 2;

  private static final Set<String> NEVER_CONTENT =
      Set.of("script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
          "canvas", "select", "button", "input", "textarea", "head", "link", "meta");

  private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside");

  private static final List<String> CHROME_NAMES =
      List.of("nav", "menu", "breadcrumb", "crumb", "footer", "foot", "header", "head", "sidebar",
          "side", "banner", "topbar", "copyright", "share", "position", "location", "dh", "daohang",
          "bottom");

  private Chrome() {}

  /** Removes chrome from the document in place. */
  static void strip(Document doc) {
    List<Element> drop = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (NEVER_CONTENT.contains(tag)) {
        drop.add(e);
      } else if ((CHROME_TAGS.contains(tag) || hasChromeName(e))
          && ContentFinder.score(e.text()) < MIN_CONTENT_MARKERS) {
        drop.add(e);
      }
    }
    for (Element e : drop) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  /** True when the id or a class of the element names page chrome ({@code nav}, {@code footer}…). */
  private static boolean hasChromeName(Element e) {
    if (e.normalName().equals("body") || e.normalName().equals("html")) {
      return false;
    }
    List<String> names = new ArrayList<>(e.classNames());
    names.add(e.id());
    for (String raw : names) {
      String n = raw.toLowerCase(Locale.ROOT);
      for (String token : n.split("[-_ ]")) {
        if (CHROME_NAMES.contains(token)) {
          return true;
        }
      }
    }
    return false;
  }
}
