package ogireports.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ogireports.text.Normalise;
import ogireports.values.Numbers;

/**
 * Finds the publication date the page prints: {@code 发布时间:2022-01-19} / {@code 发布日期} anywhere; a
 * date field of the page furniture above the report ({@code 发文日期: 2023年01月12日}, {@code
 * 时间:2024-01-31} after {@code 来源:}); a bare {@code 日期:} in the page header; a date standing in a
 * furniture line beside the source or the site's name ({@code 中央政府门户网站 www.gov.cn 2010年04月06日
 * 来源:…}); else the sign-off date at the end ({@code 2020年1月16日}).
 *
 * <p>A date that is something else is never taken: the statistics period ({@code
 * 2023年1月1日至12月31日}), a date inside a sentence, the dates a page gives a document's validity
 * ({@code 生效日期}, {@code 废止日期}) or its last edit ({@code 更新时间}). A furniture value counts only when
 * it is a date alone (a time of day may follow).
 */
final class DateFinder {

  private DateFinder() {}

  /**
   * Keys of a furniture field whose date is the page's publication: {@code 成文日期} (the day the text
   * was signed, which such pages print in place of a publication date) and {@code 生成日期} (the 信息公开目录
   * template's date of the entry) count too. Other date keys ({@code 生效日期}, {@code 废止日期}, {@code
   * 更新时间}) date something else.
   */
  private static final List<String> PUBLICATION_KEYS =
      List.of("发布时间", "发布日期", "发文日期", "成文日期", "印发日期", "公开日期", "生成日期", "生成时间", "时间", "日期");

  /** Keys naming where the text comes from; a date beside one is the page's. */
  private static final List<String> SOURCE_KEYS = List.of("来源", "信息来源", "文章来源", "稿件来源");

  /** A furniture line is short; a longer line is report text. */
  private static final int MAX_FURNITURE_LINE = 100;

  /** Sentence punctuation (NFKC): a line holding one is prose, not furniture. */
  private static final String SENTENCE_MARKS = "。,;!?、";

  /** The publication date, else the sign-off date, or null. */
  static LocalDate find(ReportLines doc) {
    LocalDate published = published(doc);
    return published != null ? published : signOffDate(doc);
  }

  /**
   * The publication date the page prints ({@code 发布时间}, {@code 发布日期}, a date field of the page
   * furniture, header {@code 日期}, a date beside the source or site name), or null.
   */
  static LocalDate published(ReportLines doc) {
    for (int i = 0; i < doc.size(); i++) {
      doc.check();
      String sq = doc.sq(i);
      if (sq.indexOf("发布") < 0) {
        continue; // most lines: neither key, told by one search
      }
      for (String key : new String[] {"发布时间", "发布日期"}) {
        int at = sq.indexOf(key);
        if (at >= 0) {
          LocalDate d = dateAfterKey(sq, at + key.length(), 8);
          if (d != null) {
            return d;
          }
        }
      }
    }
    int head = furnitureHead(doc);
    LocalDate d = dateField(doc, head);
    if (d != null) {
      return d;
    }
    for (int i = 0; i < Math.min(doc.size(), 6); i++) {
      String sq = doc.sq(i);
      int at = sq.indexOf("日期");
      // the whole key must date the publication: 生效日期 or 废止日期 in the header do not
      if (at >= 0 && at <= 4 && isPublicationKey(stripBullets(sq.substring(0, at)) + "日期")) {
        d = dateAfterKey(sq, at + 2, 4);
        if (d != null) {
          return d;
        }
      }
    }
    return besideSource(doc, head);
  }

  /**
   * The first date within {@code window} characters after a key ending at {@code from} in the
   * squeezed line {@code sq}, or null; null too when that date opens a period ({@code
   * 日期:2023-01-01至2023-12-31}): the statistics period is not when the page was published.
   */
  private static LocalDate dateAfterKey(String sq, int from, int window) {
    int end = Math.min(sq.length(), from + window);
    for (int i = Math.max(0, from); i < end; i++) {
      if (Chars.isDigit(sq.charAt(i))) {
        LocalDate d = Chars.dateAt(sq, i);
        if (d != null) {
          int after = Chars.dateEnd(sq, i);
          return after < sq.length() && RANGE_MARKS.indexOf(sq.charAt(after)) >= 0 ? null : d;
        }
      }
    }
    return null;
  }

  /** What joins the two ends of a period ({@code 至}, {@code 起}, {@code -}, {@code ~}, …), NFKC. */
  private static final String RANGE_MARKS = "至到起止-—–~";

  /**
   * The end of the lines page furniture may stand on: above the report's first section heading
   * ({@code 一、总体情况}) and within the lines whose furniture is read.
   */
  private static int furnitureHead(ReportLines doc) {
    return Math.min(doc.sectionStart('一', 0), Math.min(doc.size(), FURNITURE_LINES));
  }

  /** The lines whose page furniture {@link ReportLines} reads. */
  private static final int FURNITURE_LINES = 40;

  /**
   * The date of the first publication-date field in the furniture of the first {@code head} lines
   * ({@code 发文日期: 2023年01月12日}, {@code 来源:… 时间:2024-01-31}), or null. The value must be a date
   * alone: {@code 时间: 2023年1月1日至2023年12月31日} is a period, not a publication.
   */
  private static LocalDate dateField(ReportLines doc, int head) {
    for (int i = 0; i < head; i++) {
      List<PageFurniture.Field> fields = doc.furniture(i);
      for (int k = 0; k < fields.size(); k++) {
        PageFurniture.Field f = fields.get(k);
        if (f.kind() == PageFurniture.Kind.DATE && isPublicationKey(f.key())) {
          LocalDate d = dateAlone(f.value());
          if (d != null) {
            return d;
          }
        }
      }
    }
    return null;
  }

  private static boolean isPublicationKey(String key) {
    return PUBLICATION_KEYS.contains(key);
  }

  /**
   * A date printed without a key in the page furniture of the first {@code head} lines, or null: on
   * a line that also names the source or the site ({@code 中央政府门户网站 www.gov.cn 2010年04月06日
   * 来源:西藏自治区人民政府网站}), or alone on a line next to such a line ({@code • 2024年01月31日} above {@code •
   * 来源: …}). The date must stand apart, the only one on its line, and the line be no prose.
   */
  private static LocalDate besideSource(ReportLines doc, int head) {
    for (int i = 0; i < head; i++) {
      String sq = doc.sq(i);
      if (sq.length() > MAX_FURNITURE_LINE || !hasDigit(sq)) {
        continue; // most lines: no date can stand there
      }
      String[] tokens = tokens(doc, i);
      if (tokens == null) {
        continue;
      }
      LocalDate date = null;
      boolean source = false;
      int others = 0;
      for (int k = 0; k < tokens.length; k++) {
        String t = tokens[k];
        LocalDate d = dateAlone(t);
        if (d != null) {
          if (date != null) {
            date = null; // two dates on one line: a period or a list, not a publication
            break;
          }
          date = d;
          if (k + 1 < tokens.length && isTimeOfDay(tokens[k + 1])) {
            k++;
          }
        } else {
          source |= isSourceOrSite(t);
          others++;
        }
      }
      if (date == null) {
        continue;
      }
      if (source
          || (others == 0 && (namesSource(doc, i - 1, head) || namesSource(doc, i + 1, head)))) {
        return date;
      }
    }
    return null;
  }

  /** True when line {@code i} (within {@code head}) names the source or the site. */
  private static boolean namesSource(ReportLines doc, int i, int head) {
    if (i < 0 || i >= head || doc.sq(i).length() > MAX_FURNITURE_LINE) {
      return false;
    }
    String[] tokens = tokens(doc, i);
    if (tokens == null) {
      return false;
    }
    for (String t : tokens) {
      if (isSourceOrSite(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The whitespace-separated words of line {@code i} (NFKC, leading bullets removed), or null when
   * the line is prose (it holds sentence punctuation or a period's {@code 至}).
   */
  private static String[] tokens(ReportLines doc, int i) {
    String s = stripBullets(Normalise.nfkc(doc.printed(i)).trim());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (SENTENCE_MARKS.indexOf(c) >= 0 || c == '至') {
        return null;
      }
    }
    return s.isEmpty() ? null : s.split("\\s+");
  }

  /**
   * A source field ({@code 来源:…}) or a site's name or address ({@code …网站}, {@code www.gov.cn}).
   */
  private static boolean isSourceOrSite(String token) {
    for (String key : SOURCE_KEYS) {
      if (token.startsWith(key)
          && (token.length() == key.length() || token.charAt(key.length()) == ':')) {
        return true;
      }
    }
    return token.endsWith("网站")
        || token.startsWith("www.")
        || token.startsWith("http://")
        || token.startsWith("https://")
        || token.endsWith(".gov.cn");
  }

  private static boolean hasDigit(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (Chars.isDigit(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** The bullets and brackets a furniture line or key may start with. */
  private static String stripBullets(String s) {
    int k = 0;
    while (k < s.length() && "•·●○■□◆◇▪▫*-【[|".indexOf(s.charAt(k)) >= 0) {
      k++;
    }
    return s.substring(k).trim();
  }

  /**
   * The date when {@code v} is a date alone ({@code 2024-01-31}, {@code 2023年01月12日}, {@code
   * 2024/1/31}), a time of day possibly following ({@code 2026-01-16 18:22:45} squeezed), else
   * null.
   */
  static LocalDate dateAlone(String v) {
    if (v == null || v.isEmpty() || !Chars.isDigit(v.charAt(0))) {
      return null;
    }
    LocalDate d = Chars.dateAt(v, 0);
    if (d == null) {
      return null;
    }
    int end = Chars.dateEnd(v, 0);
    return end == v.length() || isTimeOfDay(v.substring(end)) ? d : null;
  }

  /** {@code 18:22}, {@code 18:22:45}. */
  private static boolean isTimeOfDay(String s) {
    return TIME_OF_DAY.matcher(s).matches();
  }

  private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");

  /**
   * A date alone on one of the last four non-empty lines, in digits or written in Chinese numerals
   * as formal documents sign off ({@code 二〇一一年三月十日}).
   */
  static LocalDate signOffDate(ReportLines doc) {
    return signOffDate(doc, doc.size());
  }

  /**
   * The sign-off date ({@link #signOffDate(ReportLines)}) of the report that ends before line
   * {@code end}: on a page that prints later reports after its own ({@link LaterReports}), the
   * page's last lines sign off the last of them.
   */
  static LocalDate signOffDate(ReportLines doc, int end) {
    int n = Math.min(end, doc.size());
    for (int i = n - 1; i >= Math.max(0, n - 4); i--) {
      String sq = doc.sq(i);
      if (Chars.isDateLine(sq)) {
        return Chars.dateAt(sq, 0);
      }
      LocalDate written = chineseDate(sq);
      if (written != null) {
        return written;
      }
    }
    return null;
  }

  private static final Pattern CHINESE_DATE =
      Pattern.compile("([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");

  /**
   * A line that is a date in Chinese numerals ({@code 二〇一一年三月十日}, {@code 二○一三年一月二十八日}), or null.
   */
  static LocalDate chineseDate(String sq) {
    Matcher m = CHINESE_DATE.matcher(sq);
    if (!m.matches()) {
      return null;
    }
    int year = Chars.yearAt(m.group(1), 0);
    Long month = Numbers.parseChinese(m.group(2));
    Long day = Numbers.parseChinese(m.group(3));
    if (year < 0 || month == null || day == null) {
      return null;
    }
    try {
      return LocalDate.of(year, month.intValue(), day.intValue());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
