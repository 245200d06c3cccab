package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ogireports.model.ReportTables;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table 三 rows printed as {@code label v1 … v7} (PDF text) whose lines a crawl glued two by two,
 * the second row's label right after the first row's last value ({@code …申请数量 95 0 0 0 0 0
 * 95二、上年结转…}): every value of the hand-checked 洪泽区 reports is still read.
 */
class GluedRowsTest {

  /** A line ending in a row's last value. */
  private static final Pattern ENDS_A_ROW =
      Pattern.compile(".*\\D \\d+ \\d+ \\d+ \\d+ \\d+ \\d+ \\d+");

  /** Each line ending in a row's values with the next such line after it, glued with nothing. */
  static List<String> gluedInPairs(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i + 1 < lines.size()
          && ENDS_A_ROW.matcher(line).matches()
          && ENDS_A_ROW.matcher(lines.get(i + 1)).matches()) {
        out.add(line + lines.get(++i));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  static final Path WRITTEN = Path.of("..", "fixtures", "written", "pdf");

  @ParameterizedTest
  @CsvSource({
    "written, hongze-2023-centred.pdftotext-raw.txt, hongze-2023",
    "written, hongze-2024-left.pdftotext-raw.txt, hongze-2024",
    "published, hongze-2023.pypdf.txt, hongze-2023",
    "published, hongze-2024.pypdf.txt, hongze-2024"
  })
  void everyValueOfRowsGluedInPairsIsRead(String folder, String file, String report)
      throws IOException {
    Path dir = folder.equals("written") ? WRITTEN : PdfTextTablesTest.PDF;
    List<String> lines = gluedInPairs(PdfTextTablesTest.lines(dir.resolve(file)));
    assertThat(lines).anyMatch(l -> l.matches(".* \\d+二、上年结转.*"));
    ReportTables tables = TableReader.read(lines, SectionSplitter.split(lines));
    Map<String, Double> expected = PdfTextTablesTest.expected(report + ".pdf");
    expected.keySet().removeIf(k -> !k.startsWith("T3."));
    // before, in the word processor's texts: the reading by lines, which had only the rows whose
    // lines it split back from their digits, was kept over the reading by labels, which read
    // every row (112 and 119 of 161 values lost)
    assertThat(PdfTextTablesTest.differences(expected, TableValuesDump.of(tables))).isEmpty();
  }
}
