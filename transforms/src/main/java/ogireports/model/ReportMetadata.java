package ogireports.model;

import java.time.LocalDate;

/**
 * What a report says about itself.
 *
 * @param title the title as printed (lines joined, whitespace collapsed), or null when none
 * @param agency the issuing body's fullest name as printed, or null when none is found
 * @param year the year the report covers (not the publication or sign-off year), or null
 * @param publishedDate the publication date ({@code 发布时间}, sign-off date), or null
 * @param agencyKind the kind of issuing body: 人民政府, 办公厅/办公室, 部门, 乡镇/街道, 开发区/管委会, 中央部门; null when
 *     unknown
 * @param yearConflict when the title, the statistics period, the publication date and the sign-off
 *     date disagree on the year: a sentence naming both values (for META_YEAR_CONFLICT); else null
 */
public record ReportMetadata(
    String title,
    String agency,
    Integer year,
    LocalDate publishedDate,
    String agencyKind,
    String yearConflict) {

  public ReportMetadata(String title, String agency, Integer year, LocalDate publishedDate) {
    this(title, agency, year, publishedDate, null, null);
  }

  /** The same metadata with another agency name. */
  public ReportMetadata withAgency(String otherAgency) {
    return new ReportMetadata(title, otherAgency, year, publishedDate, agencyKind, yearConflict);
  }
}
