package ogireports.rules.crossyear;

import ogireports.model.Flag;

/**
 * A flag of a cross-year rule and the report it belongs to (the later year's report, or either
 * report of a duplicate pair); {@code flag.relatedReportId()} is the other report.
 */
public record CrossYearFlag(String reportId, Flag flag) {}
