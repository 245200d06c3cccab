package ogireports.meta;

import java.time.LocalDate;
import java.util.List;
import ogireports.model.ReportMetadata;
import ogireports.text.LineForms;
import ogireports.text.ParseBudget;

/**
 * Reads title, agency (and its kind), covered year (reconciled with the statistics period,
 * publication and sign-off dates) and publication date from a report's lines (spec §7).
 *
 * <p>All matching is done on NFKC-normalised text with whitespace removed, so full-width digits and
 * punctuation work. The title is returned as printed (whitespace collapsed); the agency as printed
 * without whitespace. Never throws: bad input gives nulls.
 */
public final class MetadataReader {

  /** The phase named when the parse budget runs out here. */
  public static final String PHASE = "metadata";

  private MetadataReader() {}

  /** The metadata of the report made of {@code lines} (may be null or hold nulls). */
  public static ReportMetadata read(List<String> lines) {
    return read(lines, ParseBudget.UNLIMITED);
  }

  /**
   * Like {@link #read(List)}, checking {@code budget} (phase {@code metadata}) in the loops over
   * the lines.
   *
   * @throws ParseBudget.Exceeded when the budget runs out
   */
  public static ReportMetadata read(List<String> lines, ParseBudget budget) {
    return read(lines, null, budget);
  }

  /**
   * The page's own URL when the text prints it in its page furniture ({@code 原文链接: https://…}),
   * else null: a crawler dump carries the URL of the page it came from.
   */
  public static String pageUrl(List<String> lines) {
    return new ReportLines(
            lines == null
                ? null
                : lines.subList(0, Math.min(lines.size(), ReportLines.PAGE_URL_LINES)))
        .pageUrl();
  }

  /**
   * The metadata of a report ({@link #read(List, List, ParseBudget)}) and, from the same reading of
   * its lines, the page's own URL ({@link #pageUrl(List)} of {@code lines}).
   */
  public static final class Reading {
    private final ReportMetadata metadata;
    private final List<String> lines;
    private final ReportLines doc; // null: the URL is read from the lines when asked

    private Reading(ReportMetadata metadata, List<String> lines, ReportLines doc) {
      this.metadata = metadata;
      this.lines = lines;
      this.doc = doc;
    }

    public ReportMetadata metadata() {
      return metadata;
    }

    /** {@link #pageUrl(List)} of the lines read. */
    public String pageUrl() {
      return doc != null ? doc.pageUrl() : MetadataReader.pageUrl(lines);
    }
  }

  /**
   * {@link #read(List, List, ParseBudget)} with {@link #pageUrl(List)} of {@code lines}, the lines
   * read once for both.
   *
   * @throws ParseBudget.Exceeded when the budget runs out
   */
  public static Reading readWithPageUrl(
      List<String> lines, List<String> asPrinted, ParseBudget budget) {
    return readWithPageUrl(LineForms.of(lines), asPrinted, budget);
  }

  /** {@link #readWithPageUrl(List, List, ParseBudget)} of lines whose squeezed forms are shared. */
  public static Reading readWithPageUrl(
      LineForms lines, List<String> asPrinted, ParseBudget budget) {
    ReportLines[] built = new ReportLines[1];
    ReportMetadata metadata = read(lines, asPrinted, budget, built);
    // A doc of lines read as printed is the one pageUrl builds, over more lines.
    return new Reading(metadata, lines.lines(), asPrinted == null ? built[0] : null);
  }

  /**
   * Like {@link #read(List, ParseBudget)} for a document printed in Traditional script: {@code
   * lines} are its lines in Simplified (what is read), {@code asPrinted} the same lines as printed
   * (null when the document was read as printed). The agency keeps the name as printed.
   *
   * @throws ParseBudget.Exceeded when the budget runs out
   */
  public static ReportMetadata read(
      List<String> lines, List<String> asPrinted, ParseBudget budget) {
    return read(LineForms.of(lines), asPrinted, budget, new ReportLines[1]);
  }

  private static ReportMetadata read(
      LineForms lines, List<String> asPrinted, ParseBudget budget, ReportLines[] built) {
    try {
      ReportLines doc = new ReportLines(lines, asPrinted, budget);
      built[0] = doc;
      TitleFinder.Title title = TitleFinder.find(doc);
      // a page may print later reports after its own: its body, sign-off and year are its own
      // report's
      int own = LaterReports.firstLine(doc, title);
      String agency = doc.asPrinted(AgencyFinder.find(doc, title, own));
      LocalDate published = DateFinder.published(doc);
      LocalDate signOff = DateFinder.signOffDate(doc, own);
      YearFinder.Reconciled year = YearFinder.reconcile(doc, title, published, signOff, own);
      return new ReportMetadata(
          title == null ? null : title.text(),
          agency,
          year.year(),
          published != null ? published : signOff,
          AgencyKind.of(ogireports.text.Script.simplified(agency)),
          year.conflict());
    } catch (ParseBudget.Exceeded e) {
      throw e;
    } catch (RuntimeException e) {
      return new ReportMetadata(null, null, null, null);
    }
  }

  /**
   * The metadata with the body of a region's own report: a title that names a division alone
   * ({@code 宁夏回族自治区2020年政府信息公开工作年度报告}) is the report of that region's people's government, which
   * the 条例 (第五十条) charges with the report of its administrative region; the agency read is then the
   * division's name, {@code region}, and becomes {@code 宁夏回族自治区人民政府}. A township's name is no such
   * region here (its body is named by the township readers), nor a 兵团 division's ({@code
   * 新疆生产建设兵团第一师阿拉尔市} is the body's own name). The division may be named with the divisions above it
   * ({@code 保定市竞秀区}, {@code 河北省保定市竞秀区}): {@code above} lists their names, nearest first.
   */
  public static ReportMetadata governmentOfRegion(
      ReportMetadata metadata, String region, String... above) {
    String agency = metadata.agency();
    if (agency == null
        || region == null
        || region.length() < 2
        || !namesRegion(ogireports.text.Script.simplified(agency), region, above)
        || region.contains("兵团")
        || !Chars.isDivisionLevel(region.charAt(region.length() - 1))) {
      return metadata;
    }
    return new ReportMetadata(
        metadata.title(),
        agency + "人民政府",
        metadata.year(),
        metadata.publishedDate(),
        AgencyKind.GOVERNMENT,
        metadata.yearConflict());
  }

  /**
   * True when {@code name} is {@code region}'s name, alone or after the names of divisions above it
   * ({@code above}, nearest first), each at most once and in their order from the top.
   */
  private static boolean namesRegion(String name, String region, String... above) {
    if (!name.endsWith(region)) {
      return false;
    }
    String before = name.substring(0, name.length() - region.length());
    for (String a : above) {
      if (a != null && !a.isEmpty() && before.endsWith(a)) {
        before = before.substring(0, before.length() - a.length());
      }
    }
    return before.isEmpty();
  }
}
