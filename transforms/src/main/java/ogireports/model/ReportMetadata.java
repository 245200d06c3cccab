package ogireports.model;

import java.time.LocalDate;

/**
 * What a report says about itself.
 *
 * @param title the title as printed (lines joined, whitespace collapsed), or null when none
 * @param agency the issuing body's fullest name as printed, or null when none is found
 * @param year the year the report covers (not the publication or sign-off year), or null
 * @param publishedDate the publication date ({@code 发布时间}, sign-off date), or null
 */
public record ReportMetadata(String title, String agency, Integer year, LocalDate publishedDate) {}
