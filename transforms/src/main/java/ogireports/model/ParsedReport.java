package ogireports.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from one report document: the input for the consistency rules and for the output
 * rows.
 *
 * @param reportId lower-case hex SHA-256 of the document's bytes
 * @param sourceUri where the document came from
 * @param lines the decoded document split into lines (line i is {@code lines.get(i - 1)})
 * @param sections the numbered sections found, in order
 * @param metadata title, agency, year, publication date
 * @param place the issuing body's place chain
 * @param tables tables 二, 三 and 四 and the template
 * @param sourceUrl the page URL when the input came with one (crawl records), else null
 * @param fetchedAt when the crawler fetched the page (ISO-8601), else null
 * @param lineOrigin maps parsed lines to the input document's lines (identity for text)
 */
public record ParsedReport(
    String reportId,
    String sourceUri,
    List<String> lines,
    List<Section> sections,
    ReportMetadata metadata,
    Place place,
    ReportTables tables,
    String sourceUrl,
    String fetchedAt,
    LineOrigin lineOrigin) {

  public ParsedReport {
    lines = List.copyOf(lines);
    sections = List.copyOf(sections);
    lineOrigin = lineOrigin == null ? LineOrigin.identity() : lineOrigin;
  }

  /** A report read from a plain document (no URL, lines as read). */
  public ParsedReport(
      String reportId,
      String sourceUri,
      List<String> lines,
      List<Section> sections,
      ReportMetadata metadata,
      Place place,
      ReportTables tables) {
    this(reportId, sourceUri, lines, sections, metadata, place, tables, null, null, null);
  }

  public Optional<Section> section(int number) {
    for (Section s : sections) {
      if (s.number() == number) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The year the report covers (may be null before the year check rejects the document). */
  public Integer year() {
    return metadata.year();
  }
}
