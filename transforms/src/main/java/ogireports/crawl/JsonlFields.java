package ogireports.crawl;

import java.util.List;

/**
 * The JSON field names read from each JSONL object; for each role the first name present with a
 * non-null value is used.
 *
 * @param url the page URL; default {@code url}, {@code source_url}, {@code page_url}
 * @param fetchedAt the fetch time: an ISO-8601 string kept as written, or a number of epoch
 *     seconds (or milliseconds when above 10^11) written as ISO-8601 UTC; default {@code
 *     fetched_at}, {@code fetch_time}, {@code timestamp}
 * @param content the page as text or HTML (a JSON string, encoded to UTF-8 for the document);
 *     default {@code content}, {@code text}, {@code html}, {@code body}
 */
public record JsonlFields(List<String> url, List<String> fetchedAt, List<String> content) {

  /** The default names. */
  public static final JsonlFields DEFAULTS = new JsonlFields(
      List.of("url", "source_url", "page_url"),
      List.of("fetched_at", "fetch_time", "timestamp"),
      List.of("content", "text", "html", "body"));

  public JsonlFields {
    url = List.copyOf(url);
    fetchedAt = List.copyOf(fetchedAt);
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("at least one content field name is needed");
    }
  }

  /**
   * Parses an option such as {@code url=link,fetched_at=crawl_time,content=page|raw}: roles
   * separated by commas, names of a role by {@code |}; roles not given keep their defaults.
   */
  public static JsonlFields parse(String option) {
    if (option == null || option.isBlank()) {
      return DEFAULTS;
    }
    List<String> url = DEFAULTS.url;
    List<String> fetched = DEFAULTS.fetchedAt;
    List<String> content = DEFAULTS.content;
    for (String part : option.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("expected role=name|name, got " + part);
      }
      String role = part.substring(0, eq).trim();
      List<String> names = List.of(part.substring(eq + 1).trim().split("\\|"));
      switch (role) {
        case "url" -> url = names;
        case "fetched_at" -> fetched = names;
        case "content" -> content = names;
        default -> throw new IllegalArgumentException(
            "unknown JSONL field role " + role + " (url, fetched_at, content)");
      }
    }
    return new JsonlFields(url, fetched, content);
  }
}
