package ogireports.meta;

/**
 * A list of links to other reports that a page prints before its article: the column's list ({@code
 * 相关链接}, {@code 栏目导航}) of the body's earlier reports and of other bodies' reports of the year,
 * which portals set in a left column that comes before the article in the page's source. A crawled
 * text then starts with {@code · 德清县大数据发展管理局2021年政府信息公开工作年度报告}, {@code · …2020年…}, …, and only then
 * the report's own title. Each link is a report's title, but another report's: the list is page
 * furniture, never the title (its first link would give last year's year).
 *
 * <p>A link is told by its list: two or more title lines in a row set with the same bullet ({@code
 * ·}, {@code •}, {@code ◆}…), or, without bullets, a title line followed right away by the title of
 * another report (another year or another body): of such a run, only the last line may be the
 * report's own title, the one the list ends on.
 */
final class RelatedLinks {

  /** Marks a page sets before each link of a list. */
  private static final String BULLETS = "·•●○◎■□◆◇▪▫►▶▸★☆*・";

  private static final String HEADING_MARKS = "#＃";

  private RelatedLinks() {}

  /** True when line {@code k} is a link of a list of other reports' titles. */
  static boolean isLink(ReportLines doc, int k) {
    String sq = doc.sq(k);
    char bullet = sq.charAt(0);
    if (BULLETS.indexOf(bullet) >= 0) {
      return isBulletedTitle(sq, bullet)
          && ((k > 0 && isBulletedTitle(doc.sq(k - 1), bullet))
              || (k + 1 < doc.size() && isBulletedTitle(doc.sq(k + 1), bullet)));
    }
    return k + 1 < doc.size()
        && !doc.isFurniture(k + 1)
        && anotherReportFollows(doc.sq(k), doc.sq(k + 1));
  }

  /**
   * {@code name} without the bullet a page set before it ({@code ·德清县财政局}, the body of a title
   * printed as a list's item) or a Markdown heading's marks ({@code # 第一师阿拉尔市…}, kept when the rest
   * of a Markdown text is not read as Markdown): no name starts with one.
   */
  static String withoutBullet(String name) {
    int i = 0;
    while (i < name.length()
        && (BULLETS.indexOf(name.charAt(i)) >= 0 || HEADING_MARKS.indexOf(name.charAt(i)) >= 0)) {
      i++;
    }
    return name.substring(i);
  }

  /** A report's title after a bullet: {@code ·德清县大数据发展管理局2021年…年度报告}. */
  private static boolean isBulletedTitle(String sq, char bullet) {
    if (sq.length() < 2 || sq.charAt(0) != bullet) {
      return false;
    }
    String title = sq.substring(1);
    return title.length() <= TitleFinder.MAX_TITLE_LINE && TitleFinder.endsWithReport(title);
  }

  /**
   * True when {@code line} and {@code next} are the titles of two reports (each naming its body and
   * its year), not the same one (a page's title line printed again as its heading is the same).
   */
  private static boolean anotherReportFollows(String line, String next) {
    if (line.equals(next)
        || line.length() > TitleFinder.MAX_TITLE_LINE
        || next.length() > TitleFinder.MAX_TITLE_LINE
        || !TitleFinder.endsWithReport(line)
        || !TitleFinder.endsWithReport(next)) {
      return false;
    }
    TitleFinder.Title a = new TitleFinder.Title(line, line, 0, 0);
    TitleFinder.Title b = new TitleFinder.Title(next, next, 0, 0);
    String bodyA = a.agencyPrefix();
    String bodyB = b.agencyPrefix();
    Integer yearA = a.year();
    Integer yearB = b.year();
    return bodyA != null
        && bodyB != null
        && yearA != null
        && yearB != null
        && (!bodyA.equals(bodyB) || !yearA.equals(yearB));
  }
}
