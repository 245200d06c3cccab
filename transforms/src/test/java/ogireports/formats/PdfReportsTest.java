package ogireports.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.CellValue;
import ogireports.model.ParsedReport;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.output.OutputRows;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two real PDFs ({@code fixtures/real-reports/pdf}, every cell checked by hand in {@code
 * expected.jsonl}): what the PDF layer owns (each table row one line with its numbers in order,
 * page numbers dropped, pages in order) is required; what the whole reader makes of the lines is
 * printed, and its metadata and table 三 cells required.
 */
class PdfReportsTest {

  static final Path PDFS = Path.of("..", "fixtures", "real-reports", "pdf");
  static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  static JsonNode expected(String file) throws IOException {
    for (String line : Files.readAllLines(PDFS.resolve("expected.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode node = new ObjectMapper().readTree(line);
      if (node.get("file").asText().equals(file)) {
        return node;
      }
    }
    throw new IllegalArgumentException(file);
  }

  static ExtractedText.Lines lines(String file) throws IOException {
    ExtractedText text = PdfText.read(Files.readAllBytes(PDFS.resolve(file)));
    assertThat(text).isInstanceOf(ExtractedText.Lines.class);
    return (ExtractedText.Lines) text;
  }

  static List<String> numbers(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"hongze-2023.pdf", "hongze-2024.pdf"})
  void eachTableRowIsOneLineWithItsNumbersInOrder(String file) throws IOException {
    JsonNode e = expected(file);
    ExtractedText.Lines text = lines(file);
    List<String> lines = text.lines();
    Iterator<Map.Entry<String, JsonNode>> rows = e.get("t3_cells").fields();
    while (rows.hasNext()) {
      Map.Entry<String, JsonNode> row = rows.next();
      String label = e.get("t3_row_labels").get(row.getKey()).asText();
      List<String> cells = numbers(row.getValue());
      String printed = printedLabel(label);
      assertThat(lines)
          .as("table 三 row %s (%s) as one line: its label, then its 7 numbers", row.getKey(), label)
          .anySatisfy(
              line -> {
                List<String> fields = List.of(line.split("\t"));
                assertThat(fields.get(fields.size() > 8 ? 1 : 0)).contains(printed);
                assertThat(fields.subList(fields.size() - 7, fields.size())).isEqualTo(cells);
              });
    }
    List<String> t4 = numbers(e.get("t4_cells"));
    assertThat(lines).as("table 四's 15 numbers on one line").contains(String.join("\t", t4));
    assertThat(lines).as("page numbers dropped").noneMatch(l -> l.matches("[-－\\s]*\\d+[-－\\s]*"));
    assertThat(lines.get(0)).contains("洪泽区人民政府");
    assertThat(text.pages()).isSorted();
    assertThat(text.pages()[0]).isEqualTo(1);
    assertThat(text.pages()[text.pages().length - 1]).isEqualTo(5);
    assertThat(lines)
        .as("the vertical header 三、本年度办理结果 is not glued to a row")
        .noneMatch(l -> l.startsWith("本\t") || l.startsWith("三\t") || l.contains("\t本\t"));
  }

  /** The label as the PDF prints it, without what the fixture's labels normalise away. */
  private static String printedLabel(String label) {
    return switch (label) {
      case "其他法律行政法规禁止公开" -> "其他法律行政止公开"; // the PDF's own typo
      default -> label;
    };
  }

  /**
   * The PDFs, and their text as poppler's {@code pdftohtml -xml} writes it (one {@code <text>}
   * element per run of text, with its position in attributes): an XML document, whose numbers in
   * attributes are no values.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "hongze-2023.pdf",
        "hongze-2024.pdf",
        "hongze-2023.pdftohtml.xml",
        "hongze-2024.pdftohtml.xml"
      })
  void theWholeReaderReadsThePdf(String file) throws IOException {
    JsonNode e = expected(file.substring(0, file.indexOf('.')) + ".pdf");
    byte[] bytes = Files.readAllBytes(PDFS.resolve(file));
    ReadOutcome outcome = READER.read(new Document(PDFS.resolve(file).toString(), bytes));
    assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
    ReadOutcome.Accepted accepted = (ReadOutcome.Accepted) outcome;
    ParsedReport r = accepted.report();

    int right = 0;
    int scored = 0;
    List<String> misses = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> rows = e.get("t3_cells").fields();
    while (rows.hasNext()) {
      Map.Entry<String, JsonNode> row = rows.next();
      ApplicationRowId id = rowId(row.getKey());
      for (int c = 0; c < 7; c++) {
        ApplicantColumn column = ApplicantColumn.values()[c];
        Long actual =
            r.tables().applications() == null
                ? null
                : r.tables().applications().row(id).map(x -> count(x.cell(column))).orElse(null);
        scored++;
        if (Long.valueOf(row.getValue().get(c).asLong()).equals(actual)) {
          right++;
        } else {
          misses.add(id + "." + column + " expected " + row.getValue().get(c) + " got " + actual);
        }
      }
    }
    int t3Right = right;
    int t3Scored = scored;
    List<String> t4 = numbers(e.get("t4_cells"));
    for (int g = 0; g < 3; g++) {
      for (int c = 0; c < 5; c++) {
        ReviewGroup group = ReviewGroup.values()[g];
        ReviewCell cell = ReviewCell.values()[c];
        Long actual =
            r.tables().reviewLitigation() == null
                ? null
                : r.tables()
                    .reviewLitigation()
                    .group(group)
                    .map(x -> count(x.cell(cell)))
                    .orElse(null);
        scored++;
        if (Long.valueOf(t4.get(g * 5 + c)).equals(actual)) {
          right++;
        } else {
          misses.add(group + "." + cell + " expected " + t4.get(g * 5 + c) + " got " + actual);
        }
      }
    }
    System.out.printf(
        "PDF %s: table 三 %d/%d cells right, table 四 %d/%d, template %s, layout %s, agency %s, year"
            + " %s, county %s%n",
        file,
        t3Right,
        t3Scored,
        right - t3Right,
        scored - t3Scored,
        r.tables().template(),
        r.tables().layout(),
        r.metadata().agency(),
        r.year(),
        r.place().county());
    misses.forEach(m -> System.out.println("  miss " + m));
    accepted.flags().forEach(f -> System.out.println("  flag " + f));

    assertThat(r.year()).isEqualTo(e.get("year").asInt());
    assertThat(r.metadata().agency()).endsWith("洪泽区人民政府");
    assertThat(r.place().county()).isEqualTo(e.get("county").asText());
    assertThat(r.place().province()).isEqualTo(e.get("province").asText());
    // every cell of tables 三 and 四 as printed, checked by hand on the rendered pages
    assertThat(misses).as("cells that differ from the hand-checked values").isEmpty();
    assertThat(t3Right).as("table 三 cells").isEqualTo(161);
    assertThat(right - t3Right).as("table 四 cells").isEqualTo(15);
    // the hybrid （六） is a WARN, and the only ERRORs are the filer's own: 2023's table 四
    List<String> errors =
        accepted.flags().stream()
            .filter(
                f ->
                    f.severity() == ogireports.model.Flag.Severity.ERROR
                        && f.outcome() == ogireports.model.Flag.Outcome.FAIL)
            .map(f -> f.ruleId() + ":" + f.rowId())
            .toList();
    assertThat(errors)
        .containsExactlyInAnyOrderElementsOf(
            file.contains("2023")
                ? List.of("T4_GROUP_TOTAL:REVIEW", "T4_GROUP_TOTAL:LITIGATION_AFTER_REVIEW")
                : List.of());
    assertThat(accepted.flags())
        .anyMatch(
            f ->
                f.ruleId().equals("T3_TEMPLATE_VARIANT")
                    && f.severity() == ogireports.model.Flag.Severity.WARN);

    // provenance: each table row knows its page and its line in that page
    OutputRows.ReportRows out = OutputRows.of(accepted, "test");
    assertThat(out.report().getParseStatus()).as("every table read whole").isEqualTo("COMPLETE");
    assertThat(out.applications()).isNotEmpty();
    if (file.endsWith(".pdf")) {
      assertThat(out.applications()).allSatisfy(a -> assertThat(a.getSourcePage()).isBetween(3, 4));
      assertThat(out.applications().get(0).getSourceLine()).isLessThan(40);
    } else {
      // the XML's own lines: table 三 starts on page 3 of the document, past its first 100 lines
      assertThat(out.applications()).allSatisfy(a -> assertThat(a.getSourcePage()).isNull());
      assertThat(out.applications().get(0).getSourceLine()).isGreaterThan(100);
    }
  }

  private static Long count(CellValue cell) {
    return cell == null ? null : cell.asCount();
  }

  static ApplicationRowId rowId(String key) {
    return ogireports.evaluation.ExpectedReport.rowOfKey(key);
  }
}
