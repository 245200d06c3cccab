package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ogireports.model.ReportTables;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts typed with their unit ({@code 21件}) in tables 三 and 四 of text a PDF extractor printed by
 * columns (poppler's {@code pdftotext}, default mode: one number per line, the labels apart): every
 * value of the hand-checked 洪泽区 reports is read, as it is without the units.
 */
class CountUnitsTest {

  /** Every line of tables 三 and 四 that is one number, with 件 after it. */
  static List<String> withUnits(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean inTables = false;
    for (String line : lines) {
      if (line.startsWith("三、收到和处理")) {
        inTables = true;
      } else if (line.startsWith("五、")) {
        inTables = false;
      }
      out.add(inTables && line.matches("\\d+") ? line + "件" : line);
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"hongze-2023", "hongze-2024"})
  void countsWithTheirUnitAreRead(String report) throws IOException {
    List<String> lines =
        withUnits(
            PdfTextTablesTest.lines(PdfTextTablesTest.PDF.resolve(report + ".pdftotext.txt")));
    assertThat(lines).contains("0件", "1件");
    ReportTables tables = TableReader.read(lines, SectionSplitter.split(lines));
    Map<String, Double> expected = PdfTextTablesTest.expected(report + ".pdf");
    expected.keySet().removeIf(k -> k.startsWith("T2."));
    // before: a count with a unit ended the reading by columns (140 of 176 values lost)
    assertThat(PdfTextTablesTest.differences(expected, TableValuesDump.of(tables))).isEmpty();
  }
}
