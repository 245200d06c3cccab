package ogireports.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ParsedReport;
import ogireports.model.ReportTables;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewLitigationRow;
import ogireports.tables.TableValuesDump;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports printed to PDF the way most are made, from a word processor's tables ({@code
 * fixtures/written/pdf}: the values of the hand-checked 洪泽区 PDFs and of seeds 002 and 004, in the
 * national templates' tables with their merged cells, printed by a word processor), each read as
 * printed:
 *
 * <ul>
 *   <li>cells centred, table 三 going on over a page break: the rows below the break, (七)总计 and
 *       四、结转下年度继续办理 among them, are read; a heading after the table is no group label to move up
 *       beside the rows, even where the rows' centred labels stand right of it;
 *   <li>cells left-aligned: a label that fills its cell ends less than a font size before its row's
 *       first number ({@code 3.危及“三安全一稳定”} / {@code 0}); the two are cut apart, in table 三 and in
 *       table 二's one-number rows ({@code 行政事业性收费} / {@code 0}).
 * </ul>
 */
class WordProcessorPdfTest {

  static final Path WRITTEN = Path.of("..", "fixtures", "written", "pdf");

  @ParameterizedTest
  @CsvSource({"hongze-2023-centred.pdf, hongze-2023.pdf", "hongze-2024-left.pdf, hongze-2024.pdf"})
  void theHandCheckedValuesAreReadAsPrinted(String file, String handChecked) throws IOException {
    ParsedReport r = read(file);
    JsonNode e = PdfReportsTest.expected(handChecked);
    List<String> misses = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> rows = e.get("t3_cells").fields();
    int cells = 0;
    while (rows.hasNext()) {
      Map.Entry<String, JsonNode> row = rows.next();
      ApplicationRow read =
          r.tables().applications().row(PdfReportsTest.rowId(row.getKey())).orElse(null);
      for (int c = 0; c < 7; c++) {
        cells++;
        Double got = read == null ? null : read.cell(ApplicantColumn.values()[c]).value();
        if (got == null || got != row.getValue().get(c).asDouble()) {
          misses.add(row.getKey() + "." + ApplicantColumn.values()[c] + " " + got);
        }
      }
    }
    assertThat(cells).isEqualTo(7 * e.get("t3_cells").size()).isGreaterThan(150);
    assertThat(misses).as("table 三 cells read otherwise than printed").isEmpty();
    List<Double> t4 = new ArrayList<>();
    for (ReviewLitigationRow g : r.tables().reviewLitigation().groups()) {
      for (ReviewCell c : ReviewCell.values()) {
        t4.add(g.cell(c).value());
      }
    }
    List<Double> printed = new ArrayList<>();
    e.get("t4_cells").forEach(n -> printed.add(n.asDouble()));
    assertThat(t4).isEqualTo(printed);
    assertThat(r.metadata().agency()).isEqualTo("淮安市洪泽区人民政府");
    assertThat(r.metadata().year()).isEqualTo(e.get("year").asInt());
  }

  @ParameterizedTest
  @CsvSource({
    "kaifeng-gulou-2020-centred.pdf, 004_fde4949a32fb326a.txt, 开封市鼓楼区应急管理局",
    "pingyang-2021-left.pdf, 002_4ed26dfb9e6e6758.txt, 县应急管理局"
  })
  void aSeedsValuesAreReadAsFromItsText(String file, String seed, String agency)
      throws IOException {
    ParsedReport pdf = read(file);
    Path text = Path.of("..", "fixtures", "seeds", seed);
    ReadOutcome outcome =
        PdfReportsTest.READER.read(
            new Document(text.toString(), Files.readString(text).getBytes(StandardCharsets.UTF_8)));
    Map<String, Double> want = values(((ReadOutcome.Accepted) outcome).report().tables());
    assertThat(want).hasSizeGreaterThan(150).doesNotContainValue(null);
    assertThat(values(pdf.tables())).isEqualTo(want);
    // (the printed page has no title: the body names the bureau as 县应急管理局)
    assertThat(pdf.metadata().agency()).isEqualTo(agency);
  }

  private static ParsedReport read(String file) throws IOException {
    byte[] bytes = Files.readAllBytes(WRITTEN.resolve(file));
    ReadOutcome outcome = PdfReportsTest.READER.read(new Document(file, bytes));
    assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
    return ((ReadOutcome.Accepted) outcome).report();
  }

  /** Every value of the tables by cell ({@code T3.NEW.TOTAL}, {@code T2.RULE.MADE}). */
  private static Map<String, Double> values(ReportTables t) {
    return TableValuesDump.of(t);
  }
}
