package ogireports.meta;

import java.time.LocalDate;
import java.util.List;
import ogireports.model.ReportMetadata;
import ogireports.text.ParseBudget;

/**
 * Reads title, agency (and its kind), covered year (reconciled with the statistics period,
 * publication and sign-off dates) and publication date from a report's lines (spec §7).
 *
 * <p>All matching is done on NFKC-normalised text with whitespace removed, so full-width digits
 * and punctuation work. The title is returned as printed (whitespace collapsed); the agency as
 * printed without whitespace. Never throws: bad input gives nulls.
 */
public final class MetadataReader {

  /** The phase named when the parse budget runs out here. */
  public static final String PHASE = "metadata";

  private MetadataReader() {}

  /** The metadata of the report made of {@code lines} (may be null or hold nulls). */
  public static ReportMetadata read(List<String> lines) {
    return read(lines, ParseBudget.UNLIMITED);
  }

  /**
   * Like {@link #read(List)}, checking {@code budget} (phase {@code metadata}) in the loops over
   * the lines.
   *
   * @throws ParseBudget.Exceeded when the budget runs out
   */
  public static ReportMetadata read(List<String> lines, ParseBudget budget) {
    try {
      Doc doc = new Doc(lines, budget);
      TitleFinder.Title title = TitleFinder.find(doc);
      String agency = AgencyFinder.find(doc, title);
      LocalDate published = DateFinder.published(doc);
      LocalDate signOff = DateFinder.signOffDate(doc);
      YearFinder.Reconciled year = YearFinder.reconcile(doc, title, published, signOff);
      return new ReportMetadata(
          title == null ? null : title.text(),
          agency,
          year.year(),
          published != null ? published : signOff,
          AgencyKind.of(agency),
          year.conflict());
    } catch (ParseBudget.Exceeded e) {
      throw e;
    } catch (RuntimeException e) {
      return new ReportMetadata(null, null, null, null);
    }
  }
}
