package ogireports.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import ogireports.html.HtmlPage;
import ogireports.meta.MetadataReader;
import ogireports.model.LineOrigin;
import ogireports.model.Flag;
import ogireports.model.ParsedReport;
import ogireports.model.Place;
import ogireports.model.ReportMetadata;
import ogireports.model.ReportTables;
import ogireports.model.Section;
import ogireports.places.PlaceResolver;
import ogireports.rules.RuleBook;
import ogireports.tables.TableReader;
import ogireports.text.Normalise;
import ogireports.text.SectionSplitter;

/**
 * Reads one document end to end: decode, split sections, read tables and metadata, resolve the
 * place, evaluate the rules. Plain Java; the Beam DoFn is a thin wrapper around {@link #read}.
 *
 * <p>Never throws for bad input: every document becomes an {@link ReadOutcome.Accepted} report
 * or a {@link ReadOutcome.Rejected} with a reason. Unexpected exceptions become
 * {@link RejectReason#INTERNAL_ERROR}.
 */
public final class ReportReader {

  /** Version of the parsing logic, written to {@code reports.parser_version}. */
  public static final String PARSER_VERSION = "0.1.0";

  static final int HEAD_CHARS = 200;

  private final PlaceResolver places;

  public ReportReader(PlaceResolver places) {
    this.places = places;
  }

  /** Reads one document. */
  public ReadOutcome read(Document document) {
    byte[] bytes = document.bytes();
    String reportId = sha256(bytes);
    String head = null;
    try {
      Decoder.Result decoded = Decoder.decode(bytes);
      if (!decoded.isText()) {
        return rejected(document, decoded.reason(), decoded.detail(), null, reportId);
      }
      List<String> lines = decoded.text().lines();
      head = decoded.text().head(HEAD_CHARS);
      LineOrigin origin = null;
      boolean html = HtmlPage.looksLikeHtml(String.join("\n", lines));
      if (html) {
        DecodedText declared = Decoder.decodeAs(bytes, HtmlPage.declaredCharset(bytes));
        if (declared != null && !declared.charset().equals(decoded.text().charset())) {
          lines = declared.lines();
        }
        HtmlPage.Rendered page = HtmlPage.render(String.join("\n", lines));
        lines = page.lines();
        origin = LineOrigin.of(page.sourceLine());
      }

      List<Section> sections = SectionSplitter.split(lines);
      ReportTables tables = TableReader.read(lines, sections);
      if (html && !"none".equals(tables.layout())) {
        tables =
            new ReportTables(
                tables.template(),
                tables.activeDisclosure(),
                tables.applications(),
                tables.reviewLitigation(),
                "html",
                tables.legacyIndicators());
      }
      ReportMetadata metadata = MetadataReader.read(lines);

      boolean reportTitle = isReportTitle(metadata.title());
      if (!reportTitle && sections.size() < 2 && tables.isEmpty()) {
        return rejected(
            document,
            RejectReason.NOT_A_REPORT,
            "no report title, "
                + sections.size()
                + " of the 6 section headings and none of tables 二, 三, 四",
            head,
            reportId);
      }
      if (metadata.year() == null) {
        return rejected(
            document,
            RejectReason.NO_YEAR,
            "a report, but the year it covers is stated neither in a title nor in a statistics period",
            head,
            reportId);
      }
      Place place =
          places.resolve(metadata.agency(), lines, metadata.year(), document.sourceUrl());
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
      List<Flag> flags = RuleBook.evaluate(report);
      return new ReadOutcome.Accepted(report, flags);
    } catch (RuntimeException | StackOverflowError e) {
      return rejected(
          document,
          RejectReason.INTERNAL_ERROR,
          e.getClass().getName() + ": " + e.getMessage(),
          head,
          reportId);
    }
  }

  /** A title counts as a report title when it names the disclosure report. */
  static boolean isReportTitle(String title) {
    if (title == null) {
      return false;
    }
    String t = Normalise.squeeze(title);
    return t.contains("信息公开") && (t.contains("报告"));
  }

  private static ReadOutcome.Rejected rejected(
      Document document, RejectReason reason, String detail, String head, String reportId) {
    return new ReadOutcome.Rejected(
        document.sourceUri(), reason, detail, document.bytes().length, head, reportId);
  }

  /** Lower-case hex SHA-256: the {@code report_id} of a document. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Convenience for tests and tools: reads text given as a string. */
  public ReadOutcome read(String sourceUri, String text) {
    return read(new Document(sourceUri, text.getBytes(StandardCharsets.UTF_8)));
  }
}
