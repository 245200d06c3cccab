package ogireports.output;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The fetch time a crawl record carries, as the UTC instant written to {@code reports.fetched_at}
 * (a timestamp column). WARC-Date is an ISO-8601 instant; JSON Lines dumps write instants, times
 * with an offset, times with no zone ({@code 2024-03-02 10:00:00}), dates, or epoch seconds (made
 * instants when the record is read). A time with no zone is taken as UTC, as crawlers record it; a
 * date as its first instant. Anything else is null: a value the record does not determine.
 */
public final class FetchTime {

  private static final DateTimeFormatter SPACED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

  private FetchTime() {}

  /** The instant of a fetch time as the record writes it, or null when it is not one. */
  public static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException ignored) {
      // other forms below
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException ignored) {
      // other forms below
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // other forms below
    }
    try {
      return LocalDateTime.parse(s, SPACED).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // other forms below
    }
    try {
      return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }
}
