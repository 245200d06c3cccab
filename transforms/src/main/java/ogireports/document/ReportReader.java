package ogireports.document;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import ogireports.formats.WebArchive;
import ogireports.html.HtmlPage;
import ogireports.meta.MetadataReader;
import ogireports.meta.ReportEvidence;
import ogireports.meta.TitleNavigation;
import ogireports.model.Flag;
import ogireports.model.LineOrigin;
import ogireports.model.ParsedReport;
import ogireports.model.Place;
import ogireports.model.ReportMetadata;
import ogireports.model.ReportTables;
import ogireports.model.Section;
import ogireports.model.Template;
import ogireports.places.PlaceResolver;
import ogireports.rules.RuleBook;
import ogireports.tables.CorrectionNotice;
import ogireports.tables.TableReader;
import ogireports.text.BlockTuples;
import ogireports.text.BoxDrawnTables;
import ogireports.text.CommaSeparatedRows;
import ogireports.text.CrawlerHeader;
import ogireports.text.CutOffNumber;
import ogireports.text.EscapedBreaks;
import ogireports.text.LatexTables;
import ogireports.text.LineBreaks;
import ogireports.text.LineForms;
import ogireports.text.MarkdownSyntax;
import ogireports.text.PageNumbers;
import ogireports.text.ParseBudget;
import ogireports.text.Script;
import ogireports.text.SectionSplitter;
import ogireports.text.Sha256;

/**
 * Reads one document end to end: decode, split sections, read tables and metadata, resolve the
 * place, evaluate the rules. Plain Java; the Beam DoFn is a thin wrapper around {@link #read}.
 *
 * <p>A document is read as a report when it shows any of a report's own evidence ({@link
 * ReportEvidence}: a report title, a table, the statistics period, the skeleton), so that a cut or
 * partial report becomes a report with null for what is not visible; without evidence it is a
 * {@link RejectReason#NOT_A_REPORT}, and a report whose text states no covered year a {@link
 * RejectReason#NO_YEAR} naming its evidence. A document printed in Traditional script is read in
 * Simplified ({@link Script}), its agency kept as printed.
 *
 * <p>Never throws for bad input: every document becomes an {@link ReadOutcome.Accepted} report or a
 * {@link ReadOutcome.Rejected} with a reason. Unexpected exceptions become {@link
 * RejectReason#INTERNAL_ERROR}.
 *
 * <p>Each document has a parse budget counted in work, not time ({@link ParseBudget#DEFAULT_STEPS}
 * steps unless given to the constructor): each check counts a step and the phases that scan
 * characters charge them, so the same document gives the same outcome on any machine. It is checked
 * between the phases (decode, html, sections, tables, metadata, place, rules) and inside the loops
 * of the section splitter, the metadata reader, the tables' label scan, the line-break restorer and
 * the narrative rules. A document that uses it up becomes a {@link RejectReason#PARSE_BUDGET}
 * reject whose detail names the budget and the phase reached. Nothing is interrupted: the step
 * running when the budget runs out (one line, one table) ends first. A wall-clock watchdog ({@link
 * ParseBudget#DEFAULT_WATCHDOG}, 5 minutes) stays as a last resort that real input never reaches.
 */
public final class ReportReader {

  /** Version of the parsing logic, written to {@code reports.parser_version}. */
  public static final String PARSER_VERSION = "0.2.0";

  static final int HEAD_CHARS = 200;

  /** The last year whose reports predate the 2019 templates. */
  static final int LAST_PRE2019_YEAR = 2018;

  /** The parse budget of a document unless another is given, in steps. */
  public static final long DEFAULT_PARSE_STEPS = ParseBudget.DEFAULT_STEPS;

  private final PlaceResolver places;
  private final long maxParseSteps; // Long.MAX_VALUE: none
  private final Duration watchdog; // null: none
  private final LongSupplier nanoClock;

  /** A reader with the default parse budget ({@link #DEFAULT_PARSE_STEPS}) and watchdog. */
  public ReportReader(PlaceResolver places) {
    this(places, DEFAULT_PARSE_STEPS);
  }

  /**
   * A reader whose documents may each use {@code maxParseSteps} steps to parse, {@code 0} or less
   * for no step budget (the form of a command-line option), with the default wall-clock watchdog.
   */
  public ReportReader(PlaceResolver places, long maxParseSteps) {
    this(places, maxParseSteps, ParseBudget.DEFAULT_WATCHDOG);
  }

  /**
   * A reader with the default step budget and a wall-clock watchdog of {@code watchdog} (null for
   * none; zero rejects every text document at its first check). Before the budget counted steps
   * this duration was the budget itself; callers that passed null for "no budget, so nothing
   * depends on the machine" keep that property, since the step budget does not depend on it.
   *
   * @throws IllegalArgumentException when the watchdog is negative
   */
  public ReportReader(PlaceResolver places, Duration watchdog) {
    this(places, DEFAULT_PARSE_STEPS, watchdog);
  }

  /**
   * A reader with a budget of {@code maxParseSteps} steps ({@code 0} or less: none) and a
   * wall-clock watchdog of {@code watchdog} (null: none).
   *
   * @throws IllegalArgumentException when the watchdog is negative
   */
  public ReportReader(PlaceResolver places, long maxParseSteps, Duration watchdog) {
    this(places, maxParseSteps, watchdog, System::nanoTime);
  }

  /**
   * Like {@link #ReportReader(PlaceResolver, long, Duration)} on a given nanosecond clock (tests).
   */
  ReportReader(
      PlaceResolver places, long maxParseSteps, Duration watchdog, LongSupplier nanoClock) {
    if (watchdog != null && watchdog.isNegative()) {
      throw new IllegalArgumentException("a parse watchdog cannot be negative: " + watchdog);
    }
    this.places = places;
    this.maxParseSteps = maxParseSteps > 0 ? maxParseSteps : Long.MAX_VALUE;
    this.watchdog = watchdog;
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /**
   * A reader whose wall-clock watchdog is {@code maxParseMillis} milliseconds ({@code 0} or less:
   * none), with the default step budget.
   *
   * @deprecated the parse budget counts steps ({@link #ReportReader(PlaceResolver, long,
   *     Duration)}); this sets only the watchdog of last resort, the former --maxParseMillis.
   */
  @Deprecated
  public static ReportReader withParseBudgetMillis(PlaceResolver places, long maxParseMillis) {
    return new ReportReader(places, maxParseMillis > 0 ? Duration.ofMillis(maxParseMillis) : null);
  }

  /** The parse budget of each document in steps, or 0 when there is none. */
  public long maxParseSteps() {
    return maxParseSteps == Long.MAX_VALUE ? 0 : maxParseSteps;
  }

  /** The wall-clock watchdog of each document, or null when there is none. */
  public Duration parseWatchdog() {
    return watchdog;
  }

  /** A new budget for one document, as {@link #read(Document)} uses. */
  public ParseBudget newBudget() {
    return ParseBudget.of(maxParseSteps, watchdog, nanoClock);
  }

  /** Reads one document. */
  public ReadOutcome read(Document document) {
    return read(document, newBudget());
  }

  /**
   * Reads one document whose {@code report_id} ({@link #sha256} of its bytes) the caller has
   * computed already: an {@code --append} run looks it up before reading, and its bytes are not
   * hashed twice.
   */
  public ReadOutcome read(Document document, String reportId) {
    return read(document, newBudget(), reportId);
  }

  /**
   * Reads one document within {@code budget}, which is left holding the steps used ({@link
   * ParseBudget#used()}: tests measure documents with {@link ParseBudget#counting()}).
   */
  public ReadOutcome read(Document document, ParseBudget budget) {
    return read(document, budget, sha256(document.bytes()));
  }

  private ReadOutcome read(Document document, ParseBudget budget, String reportId) {
    byte[] bytes = document.bytes();
    byte[] archived = WebArchive.page(bytes); // a page saved as MHTML is read as the page
    if (archived != null) {
      bytes = archived;
    }
    byte[] garbled = Mojibake.repaired(bytes); // read in the wrong charset by a crawl
    if (garbled != null) {
      bytes = garbled;
    }
    DecodedText text = null; // the head of a rejected text is taken from it
    try {
      Decoder.Result decoded = Decoder.decode(bytes);
      if (!decoded.isText()) {
        return rejected(document, decoded.reason(), decoded.detail(), (String) null, reportId);
      }
      text = decoded.text();
      List<String> lines = decoded.text().lines();
      budget.check("decode", bytes.length); // every byte decoded
      LineOrigin origin = decoded.text().origin(); // a PDF's pages (ogireports.formats)
      boolean traditional = decoded.text().traditional();
      int traditionalOnly = decoded.text().traditionalOnly();
      // (no line holds the '<' of a tag: no HTML, as most text reports, told without a look)
      boolean html =
          origin == null && decoded.text().lessThan() && HtmlPage.linesLookLikeHtml(lines);
      boolean escaped = false;
      if (!html && origin == null) {
        // a page's character references left in a text (&nbsp;, &#20013;, &lt;td&gt;): decoded,
        // and the text read as a page if it is one
        List<String> unescaped = LeftoverEntities.decoded(lines);
        if (unescaped != null) {
          lines = unescaped;
          html = HtmlPage.linesLookLikeHtml(lines);
          escaped = true;
        }
      }
      if (html) {
        // a page that declares another charset than the one its bytes were decoded in is read
        // in the declared one where its bytes are valid in it (not decoded again in the same)
        String declaredName = HtmlPage.declaredCharset(bytes);
        DecodedText declared =
            escaped || Decoder.names(declaredName, decoded.text().charset())
                ? null
                : Decoder.decodeAs(bytes, declaredName);
        if (declared != null && !declared.charset().equals(decoded.text().charset())) {
          lines = declared.lines();
          traditionalOnly = declared.traditionalOnly();
        }
        HtmlPage.Rendered page = HtmlPage.render(String.join("\n", lines));
        lines = page.lines();
        // a page whose text was escaped once more (&amp;nbsp;) still holds references
        List<String> unescaped = LeftoverEntities.decoded(lines);
        if (unescaped != null) {
          lines = unescaped;
        }
        traditional = Script.isTraditional(lines);
        origin = LineOrigin.of(page.sourceLine());
        budget.check("html", bytes.length); // the page decoded again and rendered
      }

      boolean plainText = !html && origin == null;
      if (plainText) {
        // a text saved with its line breaks escaped (醴陵市…\n首页 > …\n…\t21\t0): its lines back
        EscapedBreaks.Rewritten unescaped = EscapedBreaks.rewrite(lines);
        if (unescaped.changed()) {
          lines = unescaped.lines();
          origin = LineOrigin.identity().through(unescaped.sourceLine());
        }
      }
      // A PDF's text blocks saved as PyMuPDF's tuples ((x0, y0, x1, y1, '…\n…', n, 0)): their text.
      if (plainText) {
        BlockTuples.Rewritten blocks = BlockTuples.rewrite(lines);
        if (blocks.changed()) {
          lines = blocks.lines();
          origin = (origin == null ? LineOrigin.identity() : origin).through(blocks.sourceLine());
        }
      }
      // Tables an OCR model printed as LaTeX (\begin{tabular}, cells between &): pipe rows.
      LatexTables.Rewritten latex = LatexTables.rewrite(lines);
      if (latex.changed()) {
        lines = latex.lines();
        origin = (origin == null ? LineOrigin.identity() : origin).through(latex.sourceLine());
      }
      // Tables drawn with box-drawing characters or in ASCII (a text browser's dump, a table
      // printer's grid): rows of cells again, before a '|' of theirs is taken for Markdown's.
      BoxDrawnTables.Rewritten drawn = BoxDrawnTables.rewrite(lines);
      if (drawn.changed()) {
        lines = drawn.lines();
        origin = (origin == null ? LineOrigin.identity() : origin).through(drawn.sourceLine());
      }
      // Tables pasted as comma-separated values: rows of tab-separated cells.
      CommaSeparatedRows.Rewritten csv = CommaSeparatedRows.rewrite(lines);
      if (csv.changed()) {
        lines = csv.lines();
        origin = (origin == null ? LineOrigin.identity() : origin).through(csv.sourceLine());
      }
      // A page a crawler saved as Markdown: its marks (## headings, **emphasis**, a table's
      // |---| row) are no text of the report.
      if (plainText) {
        // and the header a crawler wrote above it (Title:, URL Source:, front matter), in the
        // report's words, a line for a line
        List<String> rewritten = CrawlerHeader.rewrite(lines);
        // (a text that holds no '|', '#' nor '*' holds no Markdown, told without a look)
        if (rewritten != lines || decoded.text().markdownMarks()) {
          MarkdownSyntax.Stripped plain = MarkdownSyntax.strip(rewritten);
          if (plain.changed()) {
            rewritten = plain.lines();
            origin = (origin == null ? LineOrigin.identity() : origin).through(plain.sourceLine());
          }
        }
        lines = rewritten;
      }
      // The title and date a crawl record kept beside the text, as the page printed them: the
      // text's first lines (they map to no line of the text).
      List<String> recordFields = CrawlerHeader.ofRecord(document.title(), document.published());
      if (!recordFields.isEmpty()) {
        List<String> withFields = new ArrayList<>(recordFields.size() + lines.size());
        withFields.addAll(recordFields);
        withFields.addAll(lines);
        int[] from = new int[withFields.size()];
        for (int i = recordFields.size(); i < from.length; i++) {
          from[i] = i - recordFields.size() + 1;
        }
        lines = withFields;
        origin = (origin == null ? LineOrigin.identity() : origin).through(from);
      }
      // Text that lost its line structure (a page flattened by a crawler) gets lines back.
      LineBreaks.Restored restored = LineBreaks.restore(lines, budget);
      if (restored.changed()) {
        lines = restored.lines();
        origin = (origin == null ? LineOrigin.identity() : origin).through(restored.sourceLine());
      }
      // The page numbers and running headers of a printed report are no part of it.
      PageNumbers.Stripped stripped = PageNumbers.strip(lines);
      if (stripped.changed()) {
        lines = stripped.lines();
        origin = (origin == null ? LineOrigin.identity() : origin).through(stripped.sourceLine());
      }
      // A crawl's excerpt cut inside a number does not determine it (a page's text cut where its
      // source was: the text before HTML was rendered ends in the number too).
      if (decoded.text().openEnd() && CutOffNumber.endsInNumber(decoded.text().lines())) {
        lines = CutOffNumber.strip(lines);
      }
      // A document printed in Traditional script is read in Simplified; the agency keeps its
      // name as printed. (Restoring line breaks keeps every character but blank pieces, so the
      // script told before stands.)
      List<String> asPrinted = null;
      if (traditional) {
        asPrinted = lines;
        lines = simplified(lines);
      } else if (Script.mayHoldTraditionalLines(traditionalOnly)) {
        // a Simplified text may print some lines in Traditional (a table pasted from a
        // Traditional source): those lines are read in Simplified too (a page's count holds
        // its rendered text's)
        List<String> read = Script.withTraditionalLinesSimplified(lines);
        if (read != lines) {
          asPrinted = lines;
          lines = read;
        }
      }
      boolean converted = asPrinted != null;
      // the lines in their squeezed form too, each squeezed once for the sections, all the
      // readers below and the rules (the report keeps this very list)
      lines = List.copyOf(lines);
      LineForms forms = LineForms.shared(lines);
      if (decoded.text().openEnd() && !html) {
        forms.markLastLineCut(); // its last row may have lost cells
      }
      List<Section> sections = SectionSplitter.split(forms, budget);
      budget.check("tables");
      ReportTables tables = TableReader.read(forms, sections, budget);
      budget.check("tables");
      if ((html || drawn.changed()) && !"none".equals(tables.layout())) {
        tables =
            new ReportTables(
                tables.template(),
                tables.activeDisclosure(),
                tables.applications(),
                tables.reviewLitigation(),
                html ? "html" : "drawn",
                tables.legacyIndicators());
      }
      MetadataReader.Reading reading = MetadataReader.readWithPageUrl(forms, asPrinted, budget);
      ReportMetadata metadata = reading.metadata();
      if (metadata.agency() != null) {
        // a site's navigation glued before the name in a flattened page is no part of it;
        // matched in Simplified, the agency keeps its printed script (the same length here)
        String printed = metadata.agency();
        String name =
            TitleNavigation.strip(
                simplifiedName(printed, traditional, converted), forms, places::divisionNameAt);
        if (name.length() < printed.length()) {
          metadata = metadata.withAgency(printed.substring(printed.length() - name.length()));
        }
      }

      ReportEvidence evidence =
          ReportEvidence.of(
              forms,
              metadata.title(),
              metadata.agency() == null || !traditional
                  ? metadata.agency()
                  : Script.simplified(metadata.agency()),
              sections.size(),
              tables.hasReadings(),
              tables.hasFormatRows());
      if (!evidence.isReport()) {
        return rejected(
            document, RejectReason.NOT_A_REPORT, evidence.whyNotAReport(), text, reportId);
      }
      if (metadata.year() == null) {
        return rejected(
            document,
            RejectReason.NO_YEAR,
            "a report ("
                + evidence
                + "), but the year it covers is stated neither in a title nor in a statistics"
                + " period",
            text,
            reportId);
      }
      tables = TableReader.ofTheReportsYear(tables, forms, metadata.year());
      tables = CorrectionNotice.applied(tables, lines);
      if (tables.template() == Template.UNKNOWN && metadata.year() <= LAST_PRE2019_YEAR) {
        // The national templates start with the reports on 2019: an earlier report follows the
        // old format whether or not its tables were read.
        tables =
            new ReportTables(
                Template.PRE2019,
                tables.activeDisclosure(),
                tables.applications(),
                tables.reviewLitigation(),
                tables.layout(),
                tables.legacyIndicators());
      }
      budget.check("place");
      // The URL the input carries: the crawl record's, else one the text prints (原文链接: …).
      // A plain text file that prints none is placed by its text alone.
      String pageUrl = document.sourceUrl() != null ? document.sourceUrl() : reading.pageUrl();
      Place place =
          places.resolve(
              simplifiedName(metadata.agency(), traditional, converted),
              lines,
              metadata.year(),
              pageUrl);
      if (place.township() == null) {
        metadata =
            place.county() != null
                ? MetadataReader.governmentOfRegion(
                    metadata, place.county(), place.city(), place.province())
                : place.city() != null
                    ? MetadataReader.governmentOfRegion(metadata, place.city(), place.province())
                    : MetadataReader.governmentOfRegion(metadata, place.province());
      }
      ParsedReport report =
          new ParsedReport(
              reportId,
              document.sourceUri(),
              lines,
              sections,
              metadata,
              place,
              tables,
              document.sourceUrl(),
              document.fetchedAt(),
              origin);
      budget.check("place");
      List<Flag> flags = RuleBook.evaluate(report, budget);
      return new ReadOutcome.Accepted(report, flags);
    } catch (ParseBudget.Exceeded e) {
      return rejected(document, RejectReason.PARSE_BUDGET, e.getMessage(), text, reportId);
    } catch (RuntimeException | StackOverflowError e) {
      return rejected(
          document,
          RejectReason.INTERNAL_ERROR,
          e.getClass().getName() + ": " + e.getMessage(),
          text,
          reportId);
    }
  }

  /**
   * A name as printed in Simplified: converted in a Traditional text; in a Simplified text with
   * lines in Traditional, converted when it is printed in Traditional (else a Simplified name's
   * {@code 乾} would be changed); else as printed.
   */
  private static String simplifiedName(String name, boolean traditional, boolean converted) {
    if (traditional || (converted && Script.isTraditional(name, 1))) {
      return Script.simplified(name);
    }
    return name;
  }

  private static List<String> simplified(List<String> lines) {
    List<String> out = new java.util.ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(Script.simplified(line));
    }
    return out;
  }

  private static ReadOutcome.Rejected rejected(
      Document document, RejectReason reason, String detail, String head, String reportId) {
    return new ReadOutcome.Rejected(
        document.sourceUri(), reason, detail, document.bytes().length, head, reportId);
  }

  /** A rejection of decoded {@code text} (null: not decoded), with its first characters. */
  private static ReadOutcome.Rejected rejected(
      Document document, RejectReason reason, String detail, DecodedText text, String reportId) {
    String head = text == null ? null : text.head(HEAD_CHARS);
    return rejected(document, reason, detail, head, reportId);
  }

  /** Lower-case hex SHA-256 of a document's bytes: its {@code report_id}. */
  public static String sha256(byte[] bytes) {
    return Sha256.hex(bytes);
  }

  /** Convenience for tests and tools: reads text given as a string. */
  public ReadOutcome read(String sourceUri, String text) {
    return read(new Document(sourceUri, text.getBytes(StandardCharsets.UTF_8)));
  }
}
