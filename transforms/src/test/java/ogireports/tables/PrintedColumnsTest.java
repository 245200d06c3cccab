package ogireports.tables;

import static ogireports.tables.ApplicationTotals.totals;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.ReportTables;
import ogireports.model.RowStatus;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Table 三 printed with other columns than the template's seven ({@code fixtures/written/tables5}):
 * its 总计 column only, 自然人 | 法人或其他组织 | 总计, or an extra 合计 column repeating 总计. The printed columns
 * are read into their places and the others are not-printed cells (never a value taken from another
 * column); a header the rows do not bear out leaves the table as the template reads it.
 */
class PrintedColumnsTest {

  private static final Path TABLES5 = Path.of("..", "fixtures", "written", "tables5");
  private static final Path TABLES4 = Path.of("..", "fixtures", "written", "tables4");

  private static ApplicationTable read(List<String> lines) {
    ReportTables tables = TableReader.read(lines, SectionSplitter.split(lines));
    return tables.applications();
  }

  /** The reading by lines alone: no other reading makes up for a header misread. */
  private static ApplicationTable readByLines(List<String> lines) {
    return TableReader.readByLines(lines, SectionSplitter.split(lines)).applications();
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"totonlypipe-2021.txt", "totonlycell-2019.txt", "totonlyqty-2021.txt"})
  void totalColumnOnly(String file) throws IOException {
    ApplicationTable t = read(lines(TABLES5.resolve(file)));
    assertThat(totals(t)).as("一, 二, (七), 四 总计").containsExactly(37L, 4L, 38L, 3L);
    for (ApplicationRow r : t.rows()) {
      assertThat(r.status()).as(r.rowId() + " read").isEqualTo(RowStatus.OK);
      assertThat(r.cell(ApplicantColumn.NATURAL_PERSON).isNotPrinted()).isTrue();
      assertThat(r.cell(ApplicantColumn.OTHER_ORG).isNotPrinted()).isTrue();
    }
    assertThat(t.columnsNotPrinted()).hasSize(6).doesNotContain(ApplicantColumn.TOTAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nplegtsv-2019.txt", "nplegcell-2021.txt", "nplegpipe-2019.txt"})
  void naturalPersonsLegalPersonsAndTotal(String file) throws IOException {
    ApplicationTable t = read(lines(TABLES5.resolve(file)));
    assertThat(totals(t)).containsExactly(37L, 4L, 38L, 3L);
    ApplicationRow first = t.row(ApplicationRowId.NEW).orElseThrow();
    assertThat(first.cell(ApplicantColumn.NATURAL_PERSON).asCount()).isEqualTo(30L);
    // 法人或其他组织 (7) is the sum of five columns: none of them is known
    assertThat(first.cell(ApplicantColumn.COMMERCIAL_ENTERPRISE).isNotPrinted()).isTrue();
    assertThat(t.columnsNotPrinted())
        .containsExactlyInAnyOrder(
            ApplicantColumn.COMMERCIAL_ENTERPRISE,
            ApplicantColumn.RESEARCH_INSTITUTION,
            ApplicantColumn.SOCIAL_WELFARE_ORG,
            ApplicantColumn.LEGAL_SERVICE_ORG,
            ApplicantColumn.OTHER_ORG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hejipipe-2021.txt", "hejicell-2019.txt", "hejitsv-2021.txt"})
  void totalRepeatedInAHejiColumn(String file) throws IOException {
    ApplicationTable t = read(lines(TABLES5.resolve(file)));
    assertThat(totals(t)).containsExactly(37L, 4L, 38L, 3L);
    ApplicationRow first = t.row(ApplicationRowId.NEW).orElseThrow();
    List<Long> counts = first.cells().stream().map(CellValue::asCount).toList();
    assertThat(counts).containsExactly(30L, 4L, 0L, 1L, 2L, 0L, 37L);
    assertThat(t.columnsNotPrinted()).isEmpty();
  }

  /** The lines of a form with each row's values replaced by {@code swap} of them. */
  private static List<String> withRowValues(
      List<String> lines, java.util.function.UnaryOperator<List<String>> swap) {
    List<String> out = new ArrayList<>();
    boolean inTable = false;
    for (String line : lines) {
      if (line.startsWith("三、收到")) {
        inTable = true;
      } else if (line.startsWith("四、政府信息公开行政复议")) {
        inTable = false;
      }
      List<String> fields = new ArrayList<>(List.of(line.split(" \\| ")));
      int first = 0;
      while (first < fields.size() && !fields.get(first).matches("\\d+( \\|)?")) {
        first++;
      }
      if (!inTable || first == fields.size()) {
        out.add(line);
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String v : fields.subList(first, fields.size())) {
        values.add(v.replace(" |", ""));
      }
      List<String> row = new ArrayList<>(fields.subList(0, first));
      row.addAll(swap.apply(values));
      out.add(String.join(" | ", row) + " |");
    }
    return out;
  }

  @Test
  void personsHeaderOverValuesThatDoNotAddUpIsNotTrusted() throws IOException {
    // 自然人 | 法人或其他组织 | 总计 over rows printing 自然人, 总计, 法人…: 总计 ≠ 自然人 + 法人 on every
    // row that is not all zeros, so the header does not tell the columns, and no total is read
    List<String> lines =
        withRowValues(
            lines(TABLES5.resolve("nplegpipe-2021.txt")),
            v -> List.of(v.get(0), v.get(2), v.get(1)));
    assertThat(lines).contains("一、本年新收政府信息公开申请数量 | 30 | 37 | 7 |");
    ApplicationTable t = read(lines);
    assertThat(totals(t)).containsOnlyNulls();
  }

  @Test
  void hejiThatIsNotTheTotalIsNotTrusted() throws IOException {
    // a 合计 column that differs from 总计 on a row: which is the table's total is not known
    List<String> lines =
        withRowValues(
            lines(TABLES5.resolve("hejipipe-2021.txt")),
            v -> {
              List<String> out = new ArrayList<>(v);
              out.set(7, String.valueOf(Long.parseLong(v.get(7)) + 1));
              return out;
            });
    assertThat(lines).contains("一、本年新收政府信息公开申请数量 | 30 | 4 | 0 | 1 | 2 | 0 | 37 | 38 |");
    assertThat(totals(read(lines))).containsOnlyNulls();
  }

  @Test
  void fullRowsUnderAShortHeaderKeepTheTemplateColumns() throws IOException {
    // the sub-header 商业企业 … 其他 lost: the header names 3 columns, the rows print 7
    List<String> lines = new ArrayList<>(lines(TABLES4.resolve("pipe-2021.txt")));
    assertThat(lines.remove("商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |")).isTrue();
    ApplicationTable t = readByLines(lines);
    assertThat(totals(t)).containsExactly(37L, 4L, 38L, 3L);
    assertThat(t.row(ApplicationRowId.NEW).orElseThrow().cell(ApplicantColumn.OTHER_ORG).asCount())
        .isEqualTo(0L);
    assertThat(t.columnsNotPrinted()).isEmpty();

    // 总计 alone over rows printing two values: not a 总计-only table
    List<String> two =
        withRowValues(
            lines(TABLES5.resolve("totonlypipe-2021.txt")), v -> List.of(v.get(0), v.get(0)));
    assertThat(totals(readByLines(two))).containsOnlyNulls();
  }
}
