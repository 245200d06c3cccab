package ogireports.meta;

/**
 * Where a page that holds more than one report leaves its own. Portals post the 全市 or 全县 report
 * with its departments' or townships' reports below it ({@code 市直部门政府信息公开工作年度报告} / {@code
 * 鄂尔多斯市发展和改革委员会2022年…}), a 汇总 page of several bodies' reports, or a related report appended after
 * the page's ({@code 附：霍邱县城关镇人民政府2021年…}). The report whose title opens the page is the page's; the
 * later reports speak of their own bodies ({@code 我委}, {@code 我镇}, their contact sentences and
 * sign-offs), so what tells the page's body is read up to the next report's title.
 *
 * <p>The next report's title is a title line after the page's report has begun (its {@code 一、}
 * heading) that names another body than the page's title ({@code 鄂尔多斯市教育局} after {@code 鄂尔多斯市}), or
 * the same body's report of another year. The page's own title printed again (a page's copies saved
 * together, the pages of an article joined) names the same body and year and ends nothing; so does
 * a title that names no body (a running head).
 */
final class LaterReports {

  /** Short labels a page sets before an appended report's title ({@code 附：}, {@code 附件1：}). */
  private static final int MAX_LABEL = 4;

  private LaterReports() {}

  /**
   * The first line of the first report printed after the page's own (titled {@code title}), or
   * {@code doc.size()} when the page holds one report or its title names no body.
   */
  static int firstLine(ReportLines doc, TitleFinder.Title title) {
    String body = title == null ? null : title.agencyPrefix();
    if (body == null) {
      return doc.size();
    }
    int from = title.firstLine() < 0 ? 0 : title.lastLine() + 1;
    int opened = doc.sectionStart('一', from);
    for (int k = opened + 1; k < doc.size(); k++) {
      doc.check();
      if (doc.isFurniture(k)) {
        continue;
      }
      String sq = withoutLabel(doc.sq(k));
      if (!TitleFinder.isTitleLine(sq)) {
        continue;
      }
      TitleFinder.Title later = new TitleFinder.Title(sq, sq, k, k);
      String other = later.agencyPrefix();
      if (other == null) {
        continue;
      }
      Integer year = title.year();
      Integer otherYear = later.year();
      if (!sameBody(body, other)
          || (year != null && otherYear != null && !year.equals(otherYear))) {
        return k;
      }
    }
    return doc.size();
  }

  /** {@code sq} without a short label before a colon ({@code 附:}, {@code 附件1:}). */
  private static String withoutLabel(String sq) {
    // the first colon, looked for among the label's characters only: most lines are long
    int colon = -1;
    for (int i = 0, end = Math.min(sq.length(), MAX_LABEL + 1); i < end && colon < 0; i++) {
      colon = sq.charAt(i) == ':' ? i : -1;
    }
    return colon > 0 ? sq.substring(colon + 1) : sq;
  }

  /**
   * True when two titles' bodies are one: equal once a government's {@code 人民政府} or {@code 政府} is
   * dropped ({@code 鄂尔多斯市} and {@code 鄂尔多斯市人民政府}), or one ends the other ({@code 市应急管理局} in {@code
   * 张家港市应急管理局}).
   */
  static boolean sameBody(String a, String b) {
    String x = place(a);
    String y = place(b);
    return x.endsWith(y) || y.endsWith(x);
  }

  private static String place(String body) {
    String s = RelatedLinks.withoutBullet(body);
    for (String word : new String[] {"人民政府", "政府"}) {
      if (s.endsWith(word) && s.length() > word.length()) {
        return s.substring(0, s.length() - word.length());
      }
    }
    return s;
  }
}
