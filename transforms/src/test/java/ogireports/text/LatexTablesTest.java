package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicationRowId;
import ogireports.model.ParsedReport;
import ogireports.places.PlaceResolver;
import ogireports.tables.ApplicationTotals;
import org.junit.jupiter.api.Test;

/** Tables an OCR model printed as LaTeX (probe42's Nougat and GOT-OCR texts) read as pipe rows. */
class LatexTablesTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);
  private static final Path PROBE42 = Path.of("..", "fixtures", "written", "probe42");

  @Test
  void aRowsMergedCellsAreOneCellEachAndRulesGo() {
    List<String> lines =
        List.of(
            "## 三、收到和处理政府信息公开申请情况",
            "\\begin{tabular}{|c|c|c|}",
            "\\hline",
            "\\multicolumn{2}{|c|}{\\multirow{2}{*}{一、本年新收}} & 5 \\\\ \\hline",
            "\\multirow{20}{*}{三、本年度办理结果} & \\textbf{（一）予以公开} & $3$ \\\\",
            " & 50\\% & 1 \\& 2 \\\\ \\hline",
            "\\end{tabular}",
            "四、…");
    LatexTables.Rewritten r = LatexTables.rewrite(lines);
    assertThat(r.changed()).isTrue();
    assertThat(r.lines())
        .containsExactly(
            "## 三、收到和处理政府信息公开申请情况",
            "| 一、本年新收 | 5 |",
            "| 三、本年度办理结果 | （一）予以公开 | 3 |",
            "|  | 50% | 1 & 2 |",
            "四、…");
    assertThat(r.sourceLine()).containsExactly(1, 4, 5, 6, 8);
  }

  @Test
  void aTextWithoutTabularIsLeftAsItIs() {
    List<String> lines = List.of("路径 C:\\new\\table", "一、总体情况");
    assertThat(LatexTables.rewrite(lines).changed()).isFalse();
    assertThat(LatexTables.rewrite(lines).lines()).isSameAs(lines);
  }

  private static ParsedReport read(String text) {
    ReadOutcome o = READER.read(new Document("x.md", text.getBytes(StandardCharsets.UTF_8)));
    return ((ReadOutcome.Accepted) o).report();
  }

  private static Long total(ParsedReport r, ApplicationRowId id) {
    return ApplicationTotals.total(r.tables().applications(), id); // the row's 总计
  }

  @Test
  void theProbesLatexTablesReadTheirPrintedTotals() throws IOException {
    // f19: Nougat's \multicolumn / \multirow under ## headings (合肥市蜀山区 2020)
    String f19 = Files.readString(PROBE42.resolve("f19.txt"), StandardCharsets.UTF_8);
    ParsedReport r = read(f19);
    assertThat(total(r, ApplicationRowId.NEW)).isEqualTo(69L);
    assertThat(total(r, ApplicationRowId.CARRY_IN)).isEqualTo(8L);
    assertThat(total(r, ApplicationRowId.R_TOTAL)).isEqualTo(77L);
    assertThat(r.tables().reviewLitigation().groups().get(0).cells().get(4).asCount())
        .isEqualTo(3L);
    // the same tables with the rules on lines of their own and the rows' ends on the next line
    String moved = f19.replace(" \\\\ \\hline", "\n\\\\\n\\hline");
    assertThat(moved).isNotEqualTo(f19);
    ParsedReport again = read(moved);
    assertThat(total(again, ApplicationRowId.NEW)).isEqualTo(69L);
    assertThat(total(again, ApplicationRowId.R_TOTAL)).isEqualTo(77L);
  }
}
