package ogireports.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from one report document: the input for the consistency rules and for the
 * output rows.
 *
 * @param reportId lower-case hex SHA-256 of the document's bytes
 * @param sourceUri where the document came from
 * @param lines the decoded document split into lines (line i is {@code lines.get(i - 1)})
 * @param sections the numbered sections found, in order
 * @param metadata title, agency, year, publication date
 * @param place the issuing body's place chain
 * @param tables tables 二, 三 and 四 and the template
 */
public record ParsedReport(
    String reportId,
    String sourceUri,
    List<String> lines,
    List<Section> sections,
    ReportMetadata metadata,
    Place place,
    ReportTables tables) {

  public ParsedReport {
    lines = List.copyOf(lines);
    sections = List.copyOf(sections);
  }

  public Optional<Section> section(int number) {
    return sections.stream().filter(s -> s.number() == number).findFirst();
  }

  /** The year the report covers (may be null before the year check rejects the document). */
  public Integer year() {
    return metadata.year();
  }
}
