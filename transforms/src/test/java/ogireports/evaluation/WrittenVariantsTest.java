package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Variants variant} of every whole report written for the evaluation ({@code
 * fixtures/written/}{@code *}{@code /expected.jsonl}) gives no table total other than its label. A
 * total the text no longer determines is null, never a guess: crawled text that lost its lines or
 * its separators runs a row's digits together with the next section's numbers or a year, glues the
 * last row of table 三 to what follows, or loses a word of table 四's header, and a total read from
 * that is worse than none. A null is allowed in the variants that destroy separators ({@link
 * Variants#mayLoseValues}); in the others only where the text as written reads null too, or where
 * listed in {@link #OPEN_NULLS} (families not fixed yet). Metadata are scored by the evaluation
 * tests, not here.
 */
class WrittenVariantsTest {

  /** Totals still lost (null) in variants that keep the text: variant, file and field. */
  private static final Set<String> OPEN_NULLS =
      Set.of(
          // tables8 l01's pdftotext -layout table 三, its empty cells vanished and labels run
          // together, put in a page: read as its tab-separated text is (rows not the template's in
          // order, so no short row's last number is taken for its 总计); padding the short rows at
          // their end, as pages were rendered before, had read 二's
          "TRADITIONAL_PAGE l01-2024-blank.txt t3_carry_in_total",
          "HTML_TABLE l01-2024-blank.txt t3_carry_in_total",
          "XML_WRAPPED l01-2024-blank.txt t3_carry_in_total",
          "PDF_REWRAPPED a05-2019.txt t3_carry_in_total",
          "PDF_REWRAPPED a05-2019.txt t4_review_total",
          "PAGE_FURNITURE a05-2019.txt t4_review_total",
          "PDF_REWRAPPED d04-2024.txt t4_review_total",
          "ONE_CELL_PER_LINE t01-2022.txt t3_new_total",
          "ONE_CELL_PER_LINE t01-2022.txt t3_carry_in_total",
          "ONE_CELL_PER_LINE t01-2022.txt t3_result_total",
          "ONE_CELL_PER_LINE t01-2022.txt t3_carry_out_total",
          "PDF_REWRAPPED t06-2023.txt t4_review_total",
          "PDF_REWRAPPED vkeptpipe-2021.txt t3_new_total",
          "PDF_REWRAPPED vkeptpipe-2021.txt t3_carry_in_total",
          // OCR'd scans (probe14 p10, p11) spaced, re-wrapped or with 〇 for 0: the rows the
          // confirmation by arithmetic needs are no longer seen
          "PDF_REWRAPPED p10-2020.txt t3_new_total",
          "PDF_REWRAPPED p10-2020.txt t3_carry_in_total",
          "PDF_REWRAPPED p10-2020.txt t3_result_total",
          "PDF_REWRAPPED p10-2020.txt t3_carry_out_total",
          "HAN_SPACED p10-2020.txt t3_new_total",
          "HAN_SPACED p10-2020.txt t3_carry_in_total",
          "HAN_SPACED p10-2020.txt t3_result_total",
          "HAN_SPACED p10-2020.txt t3_carry_out_total",
          "ZERO_IDEOGRAPH p10-2020.txt t3_new_total",
          "ZERO_IDEOGRAPH p10-2020.txt t3_carry_in_total",
          "ZERO_IDEOGRAPH p10-2020.txt t3_result_total",
          "ZERO_IDEOGRAPH p10-2020.txt t3_carry_out_total",
          "ZERO_IDEOGRAPH p10-2020.txt t4_review_total",
          "HAN_SPACED p11-2022.txt t3_new_total",
          "HAN_SPACED p11-2022.txt t3_carry_in_total",
          "HAN_SPACED p11-2022.txt t3_result_total",
          "HAN_SPACED p11-2022.txt t3_carry_out_total",
          "ZERO_IDEOGRAPH p11-2022.txt t3_new_total",
          "ZERO_IDEOGRAPH p11-2022.txt t3_carry_in_total",
          "ZERO_IDEOGRAPH p11-2022.txt t3_result_total",
          "ZERO_IDEOGRAPH p11-2022.txt t3_carry_out_total",
          "ZERO_IDEOGRAPH p11-2022.txt t4_review_total",
          // pandoc grid and multiline tables (probe16 d03, d05) re-laid out by a crawl form (a
          // page,
          // full width, a cell per line, another encoding): their rules and columns are no longer
          // seen
          "HTML_PRE d03-2023.txt t3_carry_in_total",
          "HTML_PRE d03-2023.txt t3_result_total",
          "HTML_PRE d03-2023.txt t3_carry_out_total",
          "HTML_PRE d03-2023.txt t4_review_total",
          "TRADITIONAL_PAGE d03-2023.txt t3_carry_in_total",
          "TRADITIONAL_PAGE d03-2023.txt t3_result_total",
          "TRADITIONAL_PAGE d03-2023.txt t3_carry_out_total",
          "TRADITIONAL_PAGE d03-2023.txt t4_review_total",
          "FULLWIDTH d03-2023.txt t3_carry_in_total",
          "FULLWIDTH d03-2023.txt t3_result_total",
          "FULLWIDTH d03-2023.txt t3_carry_out_total",
          "FULLWIDTH d03-2023.txt t4_review_total",
          "HTML_TABLE d03-2023.txt t3_carry_in_total",
          "HTML_TABLE d03-2023.txt t3_result_total",
          "HTML_TABLE d03-2023.txt t3_carry_out_total",
          "HTML_TABLE d03-2023.txt t4_review_total",
          "MARKDOWN d03-2023.txt t3_new_total",
          "MARKDOWN d03-2023.txt t3_carry_in_total",
          "MARKDOWN d03-2023.txt t4_review_total",
          "CRAWLER_HEADER d03-2023.txt t3_new_total",
          "CRAWLER_HEADER d03-2023.txt t3_carry_in_total",
          "CRAWLER_HEADER d03-2023.txt t4_review_total",
          "XML_WRAPPED d03-2023.txt t3_carry_in_total",
          "XML_WRAPPED d03-2023.txt t3_result_total",
          "XML_WRAPPED d03-2023.txt t3_carry_out_total",
          "XML_WRAPPED d03-2023.txt t4_review_total",
          "GB18030 d03-2023.txt t3_carry_in_total",
          "GB18030 d03-2023.txt t3_result_total",
          "GB18030 d03-2023.txt t3_carry_out_total",
          "GB18030 d03-2023.txt t4_review_total",
          "PDF_REWRAPPED d05-2023.txt t3_result_total",
          "PDF_REWRAPPED d05-2023.txt t4_review_total",
          "HTML_PRE d05-2023.txt t4_review_total",
          "TRADITIONAL_PAGE d05-2023.txt t4_review_total",
          "ONE_CELL_PER_LINE d05-2023.txt t3_new_total",
          "ONE_CELL_PER_LINE d05-2023.txt t3_carry_in_total",
          "ONE_CELL_PER_LINE d05-2023.txt t3_result_total",
          "ONE_CELL_PER_LINE d05-2023.txt t3_carry_out_total",
          "HAN_SPACED d05-2023.txt t3_new_total",
          "HAN_SPACED d05-2023.txt t3_carry_in_total",
          "HAN_SPACED d05-2023.txt t3_result_total",
          "HAN_SPACED d05-2023.txt t3_carry_out_total",
          "FULLWIDTH d05-2023.txt t4_review_total",
          "HTML_TABLE d05-2023.txt t4_review_total",
          "MARKDOWN d05-2023.txt t4_review_total",
          "CRAWLER_HEADER d05-2023.txt t4_review_total",
          "XML_WRAPPED d05-2023.txt t4_review_total",
          "GB18030 d05-2023.txt t4_review_total",
          // OCR with spaced digits, re-wrapped (probe16 f04)
          "PDF_REWRAPPED f04-2024.txt t3_carry_out_total",
          // OCR's digits spaced with 〇 for 0 (f04): 1 〇 put together is no number (a typed zero
          // is a cell of its own), so （一）'s 10 is not read and the table is not confirmed
          "ZERO_IDEOGRAPH f04-2024.txt t3_new_total",
          "ZERO_IDEOGRAPH f04-2024.txt t3_result_total",
          // Traditional table labels in a Simplified text, a cell per line (probe16 e05)
          "ONE_CELL_PER_LINE e05-2022.txt t3_result_total",
          "ONE_CELL_PER_LINE e05-2022.txt t3_carry_out_total",
          // 总计 of the first group, printed first, lost with the page's furniture around a page
          // marker: the order of the cells is no longer shown (it was read 1 for 5)
          "PDF_REWRAPPED otfcell-2019.txt t4_review_total",
          // a table 三 row that lost a zero cell (probe18 d01, d03) re-laid as an HTML table (six
          // cells in a row of seven columns) or its Markdown: not read as a short row
          "TRADITIONAL_PAGE d01-2023.txt t3_new_total",
          "HTML_TABLE d01-2023.txt t3_new_total",
          "MARKDOWN d01-2023.txt t3_new_total",
          "CRAWLER_HEADER d01-2023.txt t3_new_total",
          "XML_WRAPPED d01-2023.txt t3_new_total",
          "GB18030 d01-2023.txt t3_new_total",
          "TRADITIONAL_PAGE d03-2020.txt t3_result_total",
          "HTML_TABLE d03-2020.txt t3_result_total",
          "XML_WRAPPED d03-2020.txt t3_result_total",
          "GB18030 d03-2020.txt t3_result_total",
          // table 四 of probe18's pipe-row reports re-printed as two tables (行政复议, then 行政诉讼):
          // lost as the text reads without this probe's fixes too, not yet looked into
          "T4_SPLIT p04-2020.txt t4_review_total",
          "T4_SPLIT p05-2022.txt t4_review_total",
          "T4_SPLIT p06-2024.txt t4_review_total",
          "T4_SPLIT p07-2025.txt t4_review_total",
          "T4_SPLIT i01-2021.txt t4_review_total",
          "T4_SPLIT i03-2024.txt t4_review_total",
          // a row one cell short, one cell per line (probe19 b12): its cells are not told apart
          "ONE_CELL_PER_LINE b12-2021.txt t3_result_total",
          // tables8's pdftotext -layout copies with empty zero cells, re-laid by a crawl form (a
          // page, an HTML table, a cell per line, spaced Chinese): the short rows' columns and the
          // rows of zeros that print nothing are no longer told apart, so a 总计 is left null
          "ONE_CELL_PER_LINE l01-2024-blank.txt t3_carry_in_total",
          "MARKDOWN l01-2024-blank.txt t3_carry_in_total",
          "PDF_REWRAPPED l03-2024-blank.txt t3_carry_in_total",
          "PDF_REWRAPPED l03-2024-blank.txt t3_carry_out_total",
          "TRADITIONAL_PAGE l03-2024-blank.txt t3_carry_in_total",
          "TRADITIONAL_PAGE l03-2024-blank.txt t3_carry_out_total",
          "ONE_CELL_PER_LINE l03-2024-blank.txt t3_carry_in_total",
          "ONE_CELL_PER_LINE l03-2024-blank.txt t3_carry_out_total",
          "HAN_SPACED l03-2024-blank.txt t3_carry_in_total",
          "HAN_SPACED l03-2024-blank.txt t3_carry_out_total",
          "HTML_TABLE l03-2024-blank.txt t3_carry_in_total",
          "HTML_TABLE l03-2024-blank.txt t3_carry_out_total",
          "MARKDOWN l03-2024-blank.txt t3_carry_in_total",
          "MARKDOWN l03-2024-blank.txt t3_carry_out_total",
          "CRAWLER_HEADER l03-2024-blank.txt t3_carry_in_total",
          "CRAWLER_HEADER l03-2024-blank.txt t3_carry_out_total",
          "XML_WRAPPED l03-2024-blank.txt t3_carry_in_total",
          "XML_WRAPPED l03-2024-blank.txt t3_carry_out_total",
          "GB18030 l03-2024-blank.txt t3_carry_in_total",
          "GB18030 l03-2024-blank.txt t3_carry_out_total",
          "TRADITIONAL_PAGE l05-2022-blank.txt t3_carry_in_total",
          "TRADITIONAL_PAGE l05-2022-blank.txt t3_carry_out_total",
          "HAN_SPACED l05-2022-blank.txt t3_carry_in_total",
          "HAN_SPACED l05-2022-blank.txt t3_carry_out_total",
          "HTML_TABLE l05-2022-blank.txt t3_carry_in_total",
          "HTML_TABLE l05-2022-blank.txt t3_carry_out_total",
          "XML_WRAPPED l05-2022-blank.txt t3_carry_in_total",
          "XML_WRAPPED l05-2022-blank.txt t3_carry_out_total",
          "HAN_SPACED l06-2023-blank.txt t3_new_total",
          "HAN_SPACED l06-2023-blank.txt t3_carry_in_total",
          "HAN_SPACED l06-2023-blank.txt t3_result_total",
          "HAN_SPACED l06-2023-blank.txt t3_carry_out_total",
          "PDF_REWRAPPED l07-2021-blank.txt t3_carry_in_total",
          "TRADITIONAL_PAGE l07-2021-blank.txt t3_carry_in_total",
          "ONE_CELL_PER_LINE l07-2021-blank.txt t3_carry_in_total",
          "HAN_SPACED l07-2021-blank.txt t3_carry_in_total",
          "HTML_TABLE l07-2021-blank.txt t3_carry_in_total",
          "MARKDOWN l07-2021-blank.txt t3_carry_in_total",
          "XML_WRAPPED l07-2021-blank.txt t3_carry_in_total",
          // probe15 x12's table 三, only in a CSV attachment after the report (read since tables
          // after the sections are): re-wrapped, with page furniture, in full-width forms or on a
          // page in Traditional script, rows of the attachment are no longer read whole
          "PDF_REWRAPPED x12-2022.txt t3_new_total",
          "TRADITIONAL_PAGE x12-2022.txt t3_result_total",
          "TRADITIONAL_PAGE x12-2022.txt t3_carry_out_total",
          "FULLWIDTH x12-2022.txt t3_new_total",
          "FULLWIDTH x12-2022.txt t3_carry_in_total",
          "FULLWIDTH x12-2022.txt t3_result_total",
          "FULLWIDTH x12-2022.txt t3_carry_out_total",
          "PAGE_FURNITURE x12-2022.txt t3_new_total");

  @Test
  void noVariantReadsAWrongTotal() throws IOException {
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath(), null);
    List<String> wrong = new ArrayList<>();
    int texts = 0;
    int seed = 0;
    for (Path labels : labelFiles()) {
      for (ExpectedReport e : ExpectedReport.readAll(labels)) {
        Path file = labels.getParent().resolve(e.file());
        if (!e.file().endsWith(".txt") || !Files.isRegularFile(file)) {
          continue;
        }
        String text;
        try {
          text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException notUtf8) {
          continue; // a report in another encoding: the variants are of UTF-8 text
        }
        texts++;
        Set<Evaluation.Field> lostAsWritten = new HashSet<>();
        ReadOutcome asWritten =
            reader.read(new Document(e.file(), text.getBytes(StandardCharsets.UTF_8)));
        for (Evaluation.Miss m : new Evaluation().score(e, asWritten)) {
          if (m.actual() == null) {
            lostAsWritten.add(m.field());
          }
        }
        for (Variants v : Variants.values()) {
          seed++;
          for (Evaluation.Miss m :
              new Evaluation().score(e, v.read(reader, e.file(), text, seed))) {
            if (!m.field().isTotal()) {
              continue;
            }
            String key = v + " " + e.file() + " " + m.field().json();
            if (m.actual() == null
                && (v.mayLoseValues()
                    || lostAsWritten.contains(m.field())
                    || OPEN_NULLS.contains(key))) {
              continue;
            }
            wrong.add(key + ": " + m.expected() + " -> " + m.actual());
          }
        }
      }
    }
    assertThat(texts).isGreaterThan(300);
    assertThat(wrong).isEmpty();
  }

  /**
   * The written sets of whole reports with labelled totals, in a fixed order (the seeds follow).
   */
  private static final List<String> SETS =
      List.of(
          "probe12", "probe13", "probe14", "probe15", "probe16", "tables4", "tables5", "tables6",
          "tables7", "probe17", "probe18", "probe19", "probe20", "probe21", "tables8");

  private static List<Path> labelFiles() {
    return SETS.stream()
        .map(s -> Path.of("..", "fixtures", "written", s, "expected.jsonl"))
        .toList();
  }
}
