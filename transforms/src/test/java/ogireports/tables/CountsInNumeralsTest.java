package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.ReportTables;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.text.SectionSplitter;
import ogireports.values.ChineseNumerals;
import org.junit.jupiter.api.Test;

/** Table cells written in Chinese numerals (probe24 n01, n04: pipe rows). */
class CountsInNumeralsTest {

  @Test
  void numeralsAreTheCountsIcuWritesAndNoRunOfDigits() {
    assertThat(ChineseNumerals.countOf("三十八")).isEqualTo(38);
    assertThat(ChineseNumerals.countOf("两")).isEqualTo(2);
    assertThat(ChineseNumerals.countOf("十二")).isEqualTo(12);
    assertThat(ChineseNumerals.countOf("一百零五")).isEqualTo(105);
    assertThat(ChineseNumerals.countOf("〇")).isEqualTo(0);
    // 12, or the cells 1 and 2; 20 written by place
    assertThat(ChineseNumerals.countOf("一二")).isEqualTo(-1);
    assertThat(ChineseNumerals.countOf("二〇")).isEqualTo(-1);
    assertThat(ChineseNumerals.countOf("三件")).isEqualTo(-1);
    assertThat(ChineseNumerals.countOf("")).isEqualTo(-1);
  }

  private static ReportTables read(List<String> lines) {
    return TableReader.read(lines, SectionSplitter.split(lines));
  }

  private static Double total(ReportTables t, ApplicationRowId id) {
    return t.applications().row(id).orElseThrow().cell(ApplicantColumn.TOTAL).value();
  }

  @Test
  void pipeRowsInNumeralsReadAsTheirCounts() throws IOException {
    List<String> n04 =
        Files.readAllLines(Path.of("..", "fixtures", "written", "probe24", "n04-2022.txt"));
    ReportTables t = read(n04);
    assertThat(total(t, ApplicationRowId.NEW)).isEqualTo(37.0);
    assertThat(total(t, ApplicationRowId.CARRY_IN)).isEqualTo(2.0); // 两 | 0 | … | 两
    assertThat(total(t, ApplicationRowId.R_TOTAL)).isEqualTo(38.0); // 三十 … 三十八
    // table 四's row of counts, no label in it: 两 | 0 | 0 | 1 | 三 | …
    assertThat(
            t.reviewLitigation()
                .group(ReviewGroup.REVIEW)
                .orElseThrow()
                .cell(ReviewCell.TOTAL)
                .value())
        .isEqualTo(3.0);
  }

  @Test
  void aNumeralBeforeTheRowsLabelIsItsNumberNotACount() {
    List<Cell> cells =
        CellCutter.cut(List.of("一 | 本年新收政府信息公开申请数量 | 四 | 一 | 0 | 0 | 0 | 0 | 五"), Set.of());
    assertThat(cells.get(0).isValue()).isFalse();
    assertThat(cells.get(1).isValue()).isFalse();
    assertThat(cells.subList(2, cells.size())).allMatch(Cell::isValue);
    // prose cut at its pipes keeps its numerals as words
    List<Cell> prose = CellCutter.cut(List.of("一 | 二 | 三"), Set.of());
    assertThat(prose).noneMatch(Cell::isValue);
  }
}
