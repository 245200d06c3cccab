package ogireports.meta;

/**
 * A title wrapped right after the name of the government whose body reports: centred titles on
 * portals and in PDFs often break after {@code 海南省人民政府} or {@code 石门县人民政府}, so the body's own name
 * starts the next line ({@code 办公厅2023年政府信息公开工作年度报告}, {@code 教育局2021年…}). A county's portal also
 * prints its name alone above a department's title that names no place. Either way the body is that
 * government's, named as governments name their bodies: the government's own office is {@code
 * X人民政府办公室} / {@code X人民政府办公厅} (with the other offices of the government itself, its 研究室 and 参事室),
 * and its departments are the place's ({@code 石门县教育局}), never {@code X人民政府教育局}.
 */
final class GovernmentWrappedTitle {

  /** Endings of the bodies a government names after itself ({@code 海南省人民政府办公厅}). */
  private static final String[] OWN_OFFICES = {"办公室", "办公厅", "研究室", "参事室"};

  /** The shortest government's name: a place of two characters and 人民政府. */
  private static final int MIN_GOVERNMENT = 6;

  private GovernmentWrappedTitle() {}

  /**
   * True when {@code above} is a county's or higher government's name alone and {@code title}
   * (squeezed) starts with a body's name that names no place ({@code 办公室2022年…}, {@code
   * 教育局2021年…}).
   */
  static boolean wraps(String above, String title) {
    if (above.length() < MIN_GOVERNMENT
        || !above.endsWith("人民政府")
        || !AgencyFinder.allHan(above)
        || !AgencyFinder.isGovernment(above)) {
      return false;
    }
    String body = new TitleFinder.Title(title, title, 0, 0).agencyPrefix();
    return body != null
        && title.startsWith(body)
        && AgencyFinder.allHan(body)
        && AgencyFinder.hasOrganSuffix(body)
        && !AgencyFinder.isQualified(body)
        && !body.endsWith("政府")
        && (!startsWithLevel(body) || body.charAt(0) == level(placeOf(above)));
  }

  /**
   * True when a body's name starts with the short form of its place, its level ({@code 县教育局},
   * {@code 市财政局}); the 市 of {@code 市场监督管理局} is the name's own.
   */
  private static boolean startsWithLevel(String body) {
    return Chars.isDivisionLevel(body.charAt(0)) && !body.startsWith("市场");
  }

  private static char level(String place) {
    return place.charAt(place.length() - 1);
  }

  /** The government's place: its name without 人民政府, the last character its level. */
  private static String placeOf(String government) {
    return government.substring(0, government.length() - "人民政府".length());
  }

  /**
   * The title {@code title} wrapped after the government {@code above} (when {@link #wraps}) as it
   * names its body: {@code 海南省人民政府办公厅2023年…}, {@code 石门县教育局2021年…}.
   */
  static String joined(String above, String title) {
    String body = new TitleFinder.Title(title, title, 0, 0).agencyPrefix();
    if (isOwnOffice(body)) {
      return above + title;
    }
    String place = placeOf(above);
    // 石门县人民政府 / 县教育局2021年…: the body's 县 is the place's
    return place + (startsWithLevel(title) ? title.substring(1) : title);
  }

  /** True for an office of the government itself ({@code 办公厅}), not a department's office. */
  static boolean isOwnOffice(String body) {
    if (body.contains("局") || body.contains("委")) {
      return false;
    }
    for (String office : OWN_OFFICES) {
      if (body.endsWith(office)) {
        return true;
      }
    }
    return false;
  }
}
