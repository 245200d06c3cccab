package ogireports.meta;

import java.time.LocalDate;

/**
 * Finds the publication date: {@code 发布时间:2022-01-19} / {@code 发布日期} anywhere, a bare {@code 日期:}
 * in the page header, else the sign-off date at the end ({@code 2020年1月16日}).
 */
final class DateFinder {

  private DateFinder() {}

  /** The publication date, else the sign-off date, or null. */
  static LocalDate find(ReportLines doc) {
    LocalDate published = published(doc);
    return published != null ? published : signOffDate(doc);
  }

  /** The publication date of the page ({@code 发布时间}, {@code 发布日期}, header {@code 日期}), or null. */
  static LocalDate published(ReportLines doc) {
    for (int i = 0; i < doc.size(); i++) {
      doc.check();
      String sq = doc.sq(i);
      for (String key : new String[] {"发布时间", "发布日期"}) {
        int at = sq.indexOf(key);
        if (at >= 0) {
          LocalDate d = Chars.firstDateAfter(sq, at + key.length(), 8);
          if (d != null) {
            return d;
          }
        }
      }
    }
    for (int i = 0; i < Math.min(doc.size(), 6); i++) {
      String sq = doc.sq(i);
      int at = sq.indexOf("日期");
      if (at >= 0 && at <= 4) {
        LocalDate d = Chars.firstDateAfter(sq, at + 2, 4);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** A date alone on one of the last four non-empty lines. */
  static LocalDate signOffDate(ReportLines doc) {
    int n = doc.size();
    for (int i = n - 1; i >= Math.max(0, n - 4); i--) {
      String sq = doc.sq(i);
      if (Chars.isDateLine(sq)) {
        return Chars.dateAt(sq, 0);
      }
    }
    return null;
  }
}
