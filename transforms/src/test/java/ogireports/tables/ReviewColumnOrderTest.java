package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/**
 * Table 四 printed with its five columns in another order than the template's, the header saying so
 * ({@code 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结} in each group, or 结果纠正 before 结果维持): each value goes to
 * the column its header names. Read by position, the 行政复议 总计 was the group's 尚未审结 cell. The
 * hand-checked 洪泽区 2024 PDF (pypdf's text, its header and row moved) and pipe rows as web pages
 * print them.
 */
class ReviewColumnOrderTest {

  private static Map<String, Double> t4(List<String> lines) {
    Map<String, Double> out = new LinkedHashMap<>();
    TableValuesDump.of(TableReader.read(lines, SectionSplitter.split(lines)))
        .forEach(
            (k, v) -> {
              if (k.startsWith("T4.")) {
                out.put(k, v);
              }
            });
    return out;
  }

  /**
   * pypdf's text of the 2024 PDF with 总计 printed first in each group: the header's {@code 总 计}
   * moved before each group's {@code 结果 / 维持} (the line {@code 审结 总 计 结果} between the second and
   * third groups now reads as the third's 总计 first), the row {@code 1 1 0 0 2 1 0 0 0 1 2 0 1 0 3}
   * printed {@code 2 1 1 0 0 1 1 0 0 0 3 2 0 1 0}.
   */
  @Test
  void pdfTextWithTotalFirstIsReadByItsHeader() throws IOException {
    List<String> original =
        PdfTextTablesTest.lines(PdfTextTablesTest.PDF.resolve("hongze-2024.pypdf.txt"));
    List<String> lines = new ArrayList<>();
    int heading = original.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    for (int i = 0; i < original.size(); i++) {
      String line = original.get(i);
      if (i > heading && line.equals("行政复议 行政诉讼")) {
        lines.add(line);
        lines.add("总 计");
      } else if (i > heading && line.equals("审结 总 计")) {
        lines.add("审结");
      } else if (i > heading && line.equals("未经复议直接起诉 复议后起诉")) {
        lines.add(line);
        lines.add("总 计");
      } else if (i > heading && line.equals("1 1 0 0 2 1 0 0 0 1 2 0 1 0 3")) {
        lines.add("2 1 1 0 0 1 1 0 0 0 3 2 0 1 0");
      } else {
        lines.add(line);
      }
    }
    assertThat(lines).contains("2 1 1 0 0 1 1 0 0 0 3 2 0 1 0");
    Map<String, Double> expected = PdfTextTablesTest.expected("hongze-2024.pdf");
    expected.keySet().removeIf(k -> !k.startsWith("T4."));
    assertThat(expected).containsEntry("T4.REVIEW.TOTAL", 2.0);
    // before: 行政复议 总计 read as 0 (its 尚未审结), 结果维持 as 2
    assertThat(PdfTextTablesTest.differences(expected, t4(lines))).isEmpty();
  }

  private static List<String> report(List<String> table四) {
    List<String> lines = new ArrayList<>();
    lines.add("某县交通运输局2023年政府信息公开工作年度报告");
    lines.add("一、总体情况");
    lines.add("2023年，本局全年主动公开政府信息386条。");
    lines.add("四、政府信息公开行政复议、行政诉讼情况");
    lines.addAll(table四);
    lines.add("五、存在的主要问题及改进情况");
    lines.add("一是公开内容还不够全面。");
    return lines;
  }

  @Test
  void pipeRowsWithTotalFirstAreReadByTheirHeader() {
    List<String> lines =
        report(
            List.of(
                "行政复议 | 行政诉讼 |",
                "总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 未经复议直接起诉 | 复议后起诉 |",
                "总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 |",
                "5 | 3 | 1 | 0 | 1 | 3 | 2 | 0 | 1 | 0 | 2 | 1 | 0 | 0 | 1 |"));
    Map<String, Double> read = t4(lines);
    // before: 5.0 read as 结果维持, 1.0 (尚未审结) as 总计
    assertThat(read)
        .containsEntry("T4.REVIEW.UPHELD", 3.0)
        .containsEntry("T4.REVIEW.CORRECTED", 1.0)
        .containsEntry("T4.REVIEW.PENDING", 1.0)
        .containsEntry("T4.REVIEW.TOTAL", 5.0)
        .containsEntry("T4.LITIGATION_DIRECT.TOTAL", 3.0)
        .containsEntry("T4.LITIGATION_AFTER_REVIEW.TOTAL", 2.0)
        .containsEntry("T4.LITIGATION_AFTER_REVIEW.PENDING", 1.0);
  }

  private static final List<String> LITIGATION_FIRST =
      List.of(
          "行政诉讼 | 行政复议 |",
          "未经复议直接起诉 | 复议后起诉 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
          "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
          "1 | 1 | 0 | 1 | 3 | 0 | 0 | 1 | 0 | 1 | 0 | 1 | 0 | 0 | 1 |");

  /** probe19 b08: the groups printed 行政诉讼 first; read by position, the 直接起诉 总计 3 was 行政复议's. */
  @Test
  void groupsPrintedWithTheLitigationFirstAreReadByTheirHeader() {
    Map<String, Double> read = t4(report(LITIGATION_FIRST));
    assertThat(read)
        .containsEntry("T4.REVIEW.CORRECTED", 1.0)
        .containsEntry("T4.REVIEW.TOTAL", 1.0)
        .containsEntry("T4.LITIGATION_DIRECT.UPHELD", 1.0)
        .containsEntry("T4.LITIGATION_DIRECT.TOTAL", 3.0)
        .containsEntry("T4.LITIGATION_AFTER_REVIEW.OTHER", 1.0)
        .containsEntry("T4.LITIGATION_AFTER_REVIEW.TOTAL", 1.0);
    // the same table as tab rows, and one cell per line
    List<String> tabs = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    for (String row : LITIGATION_FIRST) {
      List<String> fields = new ArrayList<>();
      for (String f : row.split("\\|")) {
        if (!f.isBlank()) {
          fields.add(f.strip());
          cells.add(f.strip());
          cells.add("");
        }
      }
      tabs.add(String.join("\t", fields));
    }
    assertThat(t4(report(tabs))).containsEntry("T4.REVIEW.TOTAL", 1.0);
    assertThat(t4(report(cells))).containsEntry("T4.REVIEW.TOTAL", 1.0);
    // a row short of a cell under such a header is not placed
    List<String> shortRow = new ArrayList<>(LITIGATION_FIRST);
    shortRow.set(3, "1 | 1 | 0 | 1 | 3 | 0 | 0 | 1 | 0 | 1 | 0 | 1 | 0 | 1 |");
    assertThat(t4(report(shortRow)).get("T4.REVIEW.TOTAL")).isNull();
  }

  @Test
  void oneCellPerLineWithCorrectionFirstIsReadByItsHeader() {
    List<String> table = new ArrayList<>();
    for (String cell : List.of("行政复议", "行政诉讼", "结果纠正", "结果维持", "其他结果", "尚未审结", "总计")) {
      table.add(cell);
      table.add("");
    }
    table.addAll(List.of("未经复议直接起诉", "", "复议后起诉", ""));
    for (int g = 0; g < 2; g++) {
      for (String cell : List.of("结果", "纠正", "结果", "维持", "其他", "结果", "尚未", "审结", "总计")) {
        table.add(cell);
      }
    }
    for (String v : "1 3 0 1 5 0 2 1 0 3 0 1 0 1 2".split(" ")) {
      table.add(v);
      table.add("");
    }
    Map<String, Double> read = t4(report(table));
    // before: 结果维持 and 结果纠正 swapped in every group
    assertThat(read)
        .containsEntry("T4.REVIEW.UPHELD", 3.0)
        .containsEntry("T4.REVIEW.CORRECTED", 1.0)
        .containsEntry("T4.REVIEW.TOTAL", 5.0)
        .containsEntry("T4.LITIGATION_DIRECT.UPHELD", 2.0)
        .containsEntry("T4.LITIGATION_AFTER_REVIEW.UPHELD", 1.0);
  }

  /**
   * A flip-book page's text: the header's characters one per line (vertical cells), 总计 first in
   * each group, then the fifteen numbers one per line.
   */
  @Test
  void verticalHeaderCharactersWithTotalFirstAreReadByTheirHeader() {
    List<String> table = new ArrayList<>();
    List<String> words =
        List.of(
            "行政复议",
            "行政诉讼",
            "总计",
            "结果维持",
            "结果纠正",
            "其他结果",
            "尚未审结",
            "未经复议直接起诉",
            "复议后起诉",
            "总计",
            "结果维持",
            "结果纠正",
            "其他结果",
            "尚未审结",
            "总计",
            "结果维持",
            "结果纠正",
            "其他结果",
            "尚未审结");
    for (String w : words) {
      for (char ch : w.toCharArray()) {
        table.add(String.valueOf(ch));
      }
    }
    table.addAll(List.of("5 3 1 0 1 3 2 0 1 0 2 1 0 0 1".split(" ")));
    Map<String, Double> read = t4(report(table));
    // before: 行政复议 总计 read as 1 (its 尚未审结)
    assertThat(read)
        .containsEntry("T4.REVIEW.UPHELD", 3.0)
        .containsEntry("T4.REVIEW.TOTAL", 5.0)
        .containsEntry("T4.LITIGATION_DIRECT.TOTAL", 3.0)
        .containsEntry("T4.LITIGATION_AFTER_REVIEW.TOTAL", 2.0);
  }

  @Test
  void valuesThatAddUpInTheTemplateOrderOverruleAHeaderThatMovesTheTotal() {
    // a header word out of place: the row adds up with 总计 last, not first
    List<String> lines =
        report(
            List.of(
                "行政复议 | 行政诉讼 |",
                "总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 未经复议直接起诉 | 复议后起诉 |",
                "总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 |",
                "3 | 1 | 0 | 1 | 5 | 2 | 0 | 1 | 0 | 3 | 1 | 0 | 0 | 1 | 2 |"));
    assertThat(t4(lines))
        .containsEntry("T4.REVIEW.TOTAL", 5.0)
        .containsEntry("T4.REVIEW.UPHELD", 3.0);
  }

  @Test
  void aHeaderOutOfSequenceLeavesTheTemplateOrder() {
    assertThat(ColumnMap.ofReviewHeader("结果维持结果纠正其他结果尚未总计结果结果其他尚未结果结果其他尚未审结总计维持纠正结果审结维持纠正结果审结"))
        .isNull();
    assertThat(ColumnMap.ofReviewHeader("行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉")).isNull();
    assertThat(ColumnMap.ofReviewHeader("行政复议总计结果维持结果纠正其他结果尚未审结").held())
        .containsExactly(4, 0, 1, 2, 3);
  }

  private static List<String> yearRows(String first, String second) {
    return List.of(
        "年度 | 行政复议 | 行政诉讼 |",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
        first + " | 2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |",
        second + " | 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
  }

  /** probe19 b14: last year's row printed first; the first row was read (3 for 2). */
  @Test
  void aRowPerYearGivesTheReportsYearsRow() {
    assertThat(t4(report(yearRows("2019年", "2020年")))).containsEntry("T4.REVIEW.TOTAL", 2.0);
    assertThat(t4(report(yearRows("上年", "本年")))).containsEntry("T4.REVIEW.TOTAL", 2.0);
    // this year's row first
    assertThat(t4(report(yearRows("2020年", "2019年")))).containsEntry("T4.REVIEW.TOTAL", 3.0);
    // labels that do not tell which is this year's: nothing read
    assertThat(t4(report(yearRows("2018年", "2020年"))).get("T4.REVIEW.TOTAL")).isNull();
    assertThat(t4(report(yearRows("本年", "本年"))).get("T4.REVIEW.TOTAL")).isNull();
  }
}
