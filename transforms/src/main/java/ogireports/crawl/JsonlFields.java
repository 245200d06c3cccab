package ogireports.crawl;

import java.util.List;

/**
 * The JSON field names read from each JSONL object; for each role the first name present with a
 * non-null value is used: in the object's top level, else in its nested objects, the shallowest
 * first; a dotted name ({@code data.content}) is a path from the top.
 *
 * @param url the page URL; default {@code url}, {@code source_url}, {@code page_url}
 * @param fetchedAt the fetch time: an ISO-8601 string kept as written, or a number of epoch seconds
 *     (or milliseconds when above 10^11) written as ISO-8601 UTC; default {@code fetched_at},
 *     {@code fetch_time}, {@code timestamp}
 * @param content the page as text or HTML (a JSON string, encoded to UTF-8 for the document);
 *     default {@code content}, {@code text}, {@code html}, {@code body}
 * @param contentBase64 the document's bytes in base64 (a PDF, Word or Excel file, or a page as
 *     fetched); used before {@code content} when present; default {@code content_base64}, {@code
 *     body_base64}
 * @param title the page's title as the crawl kept it beside the text (a crawler's extractor takes
 *     the {@code <h1>} or {@code <title>} out of the body); read as the text's first line; default
 *     {@code title}, {@code page_title}, {@code headline}
 * @param published the page's publication date as the site gave it; read as a {@code 发布时间} line;
 *     default {@code published}, {@code published_at}, {@code publish_time}, {@code publish_date},
 *     {@code pub_date}, {@code pubdate}, {@code release_time}, their camel-case forms ({@code
 *     publishTime}, {@code pubDate}…), {@code date}
 */
public record JsonlFields(
    List<String> url,
    List<String> fetchedAt,
    List<String> content,
    List<String> contentBase64,
    List<String> title,
    List<String> published) {

  private static final List<String> DEFAULTS_BASE64 = List.of("content_base64", "body_base64");

  private static final List<String> DEFAULTS_TITLE = List.of("title", "page_title", "headline");

  private static final List<String> DEFAULTS_PUBLISHED =
      List.of(
          "published",
          "published_at",
          "publish_time",
          "publish_date",
          "pub_date",
          "pubdate",
          "release_time",
          "publishTime",
          "publishDate",
          "pubDate",
          "releaseTime",
          "publishedAt",
          "publishedtime",
          "publishedTime",
          "pubtime",
          "pubTime",
          "DOCRELTIME",
          "docreltime",
          "createtime",
          "createTime",
          "date");

  /** The default names. */
  public static final JsonlFields DEFAULTS =
      new JsonlFields(
          List.of("url", "source_url", "page_url"),
          List.of("fetched_at", "fetch_time", "timestamp"),
          List.of(
              "content",
              "text",
              "html",
              "body",
              "contentText",
              "content_text",
              "contentHtml",
              "content_html"),
          DEFAULTS_BASE64,
          DEFAULTS_TITLE,
          DEFAULTS_PUBLISHED);

  /** Names for the three text roles, the other roles under the default names. */
  public JsonlFields(List<String> url, List<String> fetchedAt, List<String> content) {
    this(url, fetchedAt, content, DEFAULTS_BASE64, DEFAULTS_TITLE, DEFAULTS_PUBLISHED);
  }

  public JsonlFields {
    url = List.copyOf(url);
    fetchedAt = List.copyOf(fetchedAt);
    content = List.copyOf(content);
    contentBase64 = List.copyOf(contentBase64);
    title = List.copyOf(title);
    published = List.copyOf(published);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("at least one content field name is needed");
    }
  }

  /**
   * Parses an option such as {@code url=link,fetched_at=crawl_time,content=page|raw} or {@code
   * content_base64=body_b64}: roles separated by commas, names of a role by {@code |}; roles not
   * given keep their defaults.
   */
  public static JsonlFields parse(String option) {
    if (option == null || option.isBlank()) {
      return DEFAULTS;
    }
    List<String> url = DEFAULTS.url;
    List<String> fetched = DEFAULTS.fetchedAt;
    List<String> content = DEFAULTS.content;
    List<String> base64 = DEFAULTS.contentBase64;
    List<String> title = DEFAULTS.title;
    List<String> published = DEFAULTS.published;
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
        case "content_base64" -> base64 = names;
        case "title" -> title = names;
        case "published" -> published = names;
        default ->
            throw new IllegalArgumentException(
                "unknown JSONL field role "
                    + role
                    + " (url, fetched_at, content, content_base64, title, published)");
      }
    }
    return new JsonlFields(url, fetched, content, base64, title, published);
  }
}
