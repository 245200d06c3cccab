package ogireports.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the year a report covers (spec §7 Year), in order: the title ({@code 2020 年}, {@code
 * 2019年度}); the statistics period ({@code 统计期限为2020年1月1日至2020年12月31日}); the end of the covered year
 * ({@code 截至2023年12月31日}); an intro sentence naming the report ({@code …2023年政府信息公开工作年度报告}); the
 * year that opens the 总体情况 section ({@code 2022年，我镇…}). Full dates in general, cited documents
 * ({@code 《2019年政务公开工作要点》}), years elsewhere in the prose and forward-looking years in 五 are never
 * taken: a year the text does not determine stays null.
 *
 * <p>Only a report that states its year nowhere (the short reports of the first years, {@code
 * 政府信息公开工作年度报告} with its year only in the sign-off {@code 2013年1月15日}; a page whose title lacks the
 * year, cut before its prose gives one, under {@code 发布日期：2024-01-18}) is dated by its sign-off or
 * publication date, when that falls in January to March: the 条例 has each body publish its report on
 * the year before by 31 March (by 31 January for departments since 2019), so the date determines
 * it.
 */
final class YearFinder {

  private YearFinder() {}

  /** The covered year and, when the sources disagree, the sentence naming both values. */
  record Reconciled(Integer year, String conflict) {}

  /**
   * The covered year (as {@link #find}) reconciled with the statistics period, the publication date
   * and the sign-off date (spec §7 Year). The title's year governs; a statistics period starting in
   * another year is a conflict, and so is a publication or sign-off date outside the year after the
   * covered one (a sign-off in (Y+1) January–March is the normal case).
   */
  static Reconciled reconcile(
      ReportLines doc, TitleFinder.Title title, LocalDate published, LocalDate signOff, int own) {
    Integer year = find(doc, title, own);
    if (year == null) {
      year = dueYear(signOff);
    }
    if (year == null) {
      year = dueYear(published);
    }
    if (year == null) {
      return new Reconciled(null, null);
    }
    List<String> conflicts = new ArrayList<>();
    Integer titleYear = title == null ? null : title.year();
    Integer period = statisticsPeriod(doc, own);
    if (titleYear != null && period != null && !titleYear.equals(period)) {
      conflicts.add(
          "the title says "
              + titleYear
              + " but the statistics period starts in "
              + period
              + "; "
              + titleYear
              + " taken from the title");
    }
    dateConflict(conflicts, "publication date", published, year);
    if (signOff != null && !signOff.equals(published)) {
      dateConflict(conflicts, "sign-off date", signOff, year);
    }
    return new Reconciled(year, conflicts.isEmpty() ? null : String.join("; ", conflicts));
  }

  /**
   * The year a report dated {@code date} covers when the date falls in the months by whose end the
   * 条例 has the report on the year before published (January to March), else null.
   */
  static Integer dueYear(LocalDate date) {
    return date != null && date.getMonthValue() <= 3 ? date.getYear() - 1 : null;
  }

  private static void dateConflict(List<String> out, String what, LocalDate date, int year) {
    if (date == null || date.getYear() == year + 1) {
      return;
    }
    String when =
        date.getYear() <= year
            ? "before the covered year " + year + " ended"
            : "more than a year after the covered year " + year;
    out.add("the " + what + " " + date + " falls " + when);
  }

  /**
   * The covered year, or null when it cannot be determined; read in the page's own report, the
   * lines before {@code own} (where a later report starts: {@link LaterReports}).
   */
  static Integer find(ReportLines doc, TitleFinder.Title title, int own) {
    if (title != null && title.year() != null) {
      return title.year();
    }
    Integer y = statisticsPeriod(doc, own);
    if (y != null) {
      return y;
    }
    y = yearEnd(doc, own);
    if (y != null) {
      return y;
    }
    y = namedReport(doc, own);
    if (y != null) {
      return y;
    }
    return overviewOpening(doc, own);
  }

  /** {@code 统计(时限|期限)…YYYY年1月1日…至…12月31日} before line {@code own}: the start year. */
  static Integer statisticsPeriod(ReportLines doc, int own) {
    int end = Math.min(doc.head(40), own);
    for (int i = 0; i < end; i++) {
      doc.check();
      String sq = doc.prose(i);
      int from = 0;
      int at;
      while ((at = sq.indexOf("统计", from)) >= 0) {
        Integer y = periodStart(sq, at + 2, 30);
        if (y == null) {
          y = firstOfJanuary(sq, at + 2, 30);
        }
        if (y != null) {
          return y;
        }
        from = at + 2;
      }
    }
    for (int i = 0; i < end; i++) {
      doc.check();
      String sq = doc.prose(i);
      Integer y = periodStart(sq, 0, sq.length());
      if (y != null && (sq.indexOf("12月31日") > 0 || wholeYear(sq, y))) {
        return y;
      }
      y = numericWholeYear(sq);
      if (y != null) {
        return y;
      }
    }
    return null;
  }

  /**
   * The year of a period written in numeric dates from its 1 January to its 31 December, without
   * the word 统计 ({@code 报告期：2012.1.1—2012.12.31}), or null.
   */
  private static Integer numericWholeYear(String sq) {
    Integer start = firstOfJanuary(sq, 0, sq.length());
    if (start == null) {
      return null;
    }
    for (int i = 0; i < sq.length(); i++) {
      if (Chars.isDigit(sq.charAt(i)) && (i == 0 || !Chars.isDigit(sq.charAt(i - 1)))) {
        LocalDate d = Chars.dateAt(sq, i);
        if (d != null
            && d.getYear() == start
            && d.getMonthValue() == 12
            && d.getDayOfMonth() == 31) {
          return start;
        }
      }
    }
    return null;
  }

  /**
   * How a period that starts with the year goes on ({@code 2022年1月1日}, {@code 2022年1-12月}, and
   * {@code 2022年11日至1231日}, a crawl's copy that lost the 月 of each date).
   */
  private static final String[] PERIOD_STARTS = {
    "1月1日", "01月01日", "1月至", "1月到", "1-12月", "1月-12月", "1月份至", "01月至", "一月一日", "一月至", "11日至",
    "11日到", "11日起"
  };

  /**
   * True when the line states the whole of year {@code y} as a period without 12月31日: {@code
   * 2022年1-12月}, {@code 2022年1月至12月}.
   */
  private static boolean wholeYear(String sq, int y) {
    String year = y + "年";
    for (String start : PERIOD_STARTS) {
      int at = sq.indexOf(year + start);
      if (at >= 0 && sq.indexOf("12月", at + year.length() + 1) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The year of the first period start ({@code YYYY年1月1日}, {@code YYYY年1月至…}, {@code YYYY年1-12月})
   * within {@code window} chars after {@code from}.
   */
  private static Integer periodStart(String sq, int from, int window) {
    int end = Math.min(sq.length(), from + window);
    int y = Chars.indexOfYearNian(sq, from);
    while (y >= 0 && y < end) {
      for (String start : PERIOD_STARTS) {
        if (sq.startsWith(start, y + 5)) {
          return Chars.yearAt(sq, y);
        }
      }
      y = Chars.indexOfYearNian(sq, y + 5);
    }
    return null;
  }

  /**
   * The year of the first 1 January written as a numeric date ({@code 2023.1.1—2023.12.31}, {@code
   * 2023-01-01至2023-12-31}, {@code 2023/1/1}) within {@code window} chars after {@code from}, or
   * null.
   */
  private static Integer firstOfJanuary(String sq, int from, int window) {
    int end = Math.min(sq.length(), from + window);
    for (int i = from; i < end; i++) {
      if (Chars.isDigit(sq.charAt(i)) && (i == 0 || !Chars.isDigit(sq.charAt(i - 1)))) {
        LocalDate d = Chars.dateAt(sq, i);
        if (d != null && d.getMonthValue() == 1 && d.getDayOfMonth() == 1) {
          return d.getYear();
        }
      }
    }
    return null;
  }

  /**
   * {@code 截至2023年12月31日} / {@code 截止2023年12月31日} in the lines before section 二 (the state at the
   * end of the covered year); the first such year.
   */
  static Integer yearEnd(ReportLines doc, int own) {
    int end = Math.min(Math.min(doc.size(), own), doc.sectionStart('三', 1));
    for (int i = 0; i < end; i++) {
      doc.check();
      String sq = doc.prose(i);
      for (String word : new String[] {"截至", "截止", "截止到", "截至到"}) {
        int at = sq.indexOf(word);
        while (at >= 0) {
          int y = at + word.length();
          if (Chars.yearAt(sq, y) > 0 && sq.startsWith("年12月31日", y + 4)) {
            return Chars.yearAt(sq, y);
          }
          at = sq.indexOf(word, at + 1);
        }
      }
    }
    return null;
  }

  /** {@code YYYY年(度)?政府信息公开…} in the first lines (report named inside a sentence). */
  static Integer namedReport(ReportLines doc, int own) {
    int end = Math.min(doc.head(8), own);
    for (int i = 0; i < end; i++) {
      doc.check();
      String sq = doc.prose(i);
      // a line that continues a sentence may start inside a citation opened on the line before
      // (…公开发布《国家新闻出版署 / 2021年政府信息公开工作年度报告》…)
      boolean citing =
          doc.continuesSentence(i) && insideBookTitle(doc.sq(i - 1), doc.sq(i - 1).length());
      int y = Chars.indexOfYearNian(sq, 0);
      while (y >= 0) {
        int after = y + 5;
        if (after < sq.length() && sq.charAt(after) == '度') {
          after++;
        }
        boolean namesReport =
            sq.startsWith("政府信息公开", after) || AgencyFinder.reportNameAfter(sq, after) > 0;
        boolean cited = insideBookTitle(sq, y) || (citing && sq.lastIndexOf('》', y) < 0);
        if (namesReport && !cited) { // 公布2023年度张店区政府信息公开工作年度报告
          return Chars.yearAt(sq, y);
        }
        y = Chars.indexOfYearNian(sq, y + 5);
      }
    }
    return null;
  }

  /** Lines of the 总体情况 section searched for a paragraph opening with the year. */
  private static final int OVERVIEW_LINES = 15;

  /**
   * The year that opens a paragraph of the 总体情况 section ({@code 一、总体情况} / {@code 2022年，我镇认真贯彻…},
   * {@code 2023年以来，…}): the report's account of its year starts with it. A year anywhere else in
   * the prose is not taken: plans, earlier reports and cited documents name other years.
   */
  static Integer overviewOpening(ReportLines doc, int own) {
    int heading = doc.sectionStart('一', 0);
    int end = Math.min(Math.min(doc.size(), own), heading + 1 + OVERVIEW_LINES);
    for (char next : "二三四五六".toCharArray()) {
      end = Math.min(end, doc.sectionStart(next, heading + 1));
    }
    for (int i = heading + 1; i < Math.min(end, doc.size()); i++) {
      doc.check();
      String sq = doc.sq(i);
      int y = Chars.yearAt(sq, 0);
      if (y > 0 && sq.length() > 6 && sq.charAt(4) == '年') {
        int after = sq.charAt(5) == '度' ? 6 : 5;
        if (",、我全本".indexOf(sq.charAt(after)) >= 0 || sq.startsWith("以来", after)) {
          return y;
        }
      }
    }
    return null;
  }

  /** True when position {@code at} lies inside 《…》 or 〔…〕 / […] (a cited document). */
  static boolean insideBookTitle(String sq, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char c = sq.charAt(i);
      if (c == '《' || c == '〔' || c == '[' || c == '<') {
        depth++;
      } else if ((c == '》' || c == '〕' || c == ']' || c == '>') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }
}
