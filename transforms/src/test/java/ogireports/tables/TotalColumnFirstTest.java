package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ogireports.model.ReportTables;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Table 三 printed with its 总计 column first, before 自然人 (the header names it first, every row prints
 * its total before its six applicant cells): each value goes to its own column, never the total to
 * 自然人. Real texts with the column moved: pypdf's text of the hand-checked 洪泽区 PDFs ({@code label v1
 * … v7} rows) and a real web page's pipe rows.
 */
class TotalColumnFirstTest {

  /** Seven counts at the end of a line. */
  private static final Pattern SEVEN = Pattern.compile("(.*?)((?:\\d+ ){6}\\d+)");

  /** The header line 总计 moved before 自然人, each row's last count moved before its first. */
  static List<String> totalFirstInLines(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    int natural = out.indexOf("自然人");
    int total = out.indexOf("总计");
    assertThat(total).isGreaterThan(natural).isPositive();
    out.add(natural, out.remove(total));
    for (int i = natural; i < out.size(); i++) {
      Matcher m = SEVEN.matcher(out.get(i));
      if (m.matches()) {
        String[] v = m.group(2).split(" ");
        out.set(i, m.group(1) + v[6] + " " + String.join(" ", List.of(v).subList(0, 6)));
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"hongze-2023", "hongze-2024"})
  void rowsPrintedTotalFirstAreRead(String report) throws IOException {
    List<String> lines =
        totalFirstInLines(
            PdfTextTablesTest.lines(PdfTextTablesTest.PDF.resolve(report + ".pypdf.txt")));
    String applied = report.endsWith("2023") ? "21" : "95";
    assertThat(lines).contains("一、本年新收政府信息公开申请数量 " + applied + " " + applied + " 0 0 0 0 0");
    ReportTables tables = TableReader.read(lines, SectionSplitter.split(lines));
    Map<String, Double> expected = PdfTextTablesTest.expected(report + ".pdf");
    expected.keySet().removeIf(k -> !k.startsWith("T3."));
    // before: every row's total read as its 自然人 cell, 自然人 as 商业企业, …
    assertThat(PdfTextTablesTest.differences(expected, TableValuesDump.of(tables))).isEmpty();
  }

  /** 101.txt's pipe rows with the 总计 field moved before the first count. */
  static List<String> totalFirstInPipeRows(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      List<String> fields = new ArrayList<>(List.of(line.split(" \\| ", -1)));
      if (line.startsWith("自然人 | ")) {
        out.add("总计 | 自然人 | 法人或其他组织 |");
        continue;
      }
      int first = -1;
      for (int k = 0; k < fields.size(); k++) {
        if (fields.get(k).matches("\\d+")) {
          first = first < 0 ? k : first;
        }
      }
      String last = fields.get(fields.size() - 1);
      if (first > 0 && fields.size() - first == 7 && last.matches("\\d+ \\|")) {
        fields.remove(fields.size() - 1);
        fields.set(fields.size() - 1, fields.get(fields.size() - 1) + " |");
        fields.add(first, last.substring(0, last.length() - 2));
        out.add(String.join(" | ", fields));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  @Test
  void pipeRowsPrintedTotalFirstAreRead() throws IOException {
    Path file = TextVariantsTest.FIXTURES.resolve("101.txt");
    List<String> original = PdfTextTablesTest.lines(file);
    List<String> lines = totalFirstInPipeRows(original);
    assertThat(lines).contains("一、本年新收政府信息公开申请数量 | 66 | 58 | 7 | 0 | 0 | 1 | 0 |");
    Map<String, Double> asPrinted =
        TableValuesDump.of(TableReader.read(original, SectionSplitter.split(original)));
    assertThat(asPrinted)
        .containsEntry("T3.NEW.TOTAL", 66.0)
        .containsEntry("T3.R_PARTIAL.TOTAL", 17.0);
    Map<String, Double> read =
        TableValuesDump.of(TableReader.read(lines, SectionSplitter.split(lines)));
    assertThat(read).isEqualTo(asPrinted);
  }
}
