package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * A 更正说明 printed with the report that corrects cells of its tables: the corrected value is read,
 * and a T3_CORRECTED / T4_CORRECTED note keeps the printed one. probe25 d03 and d04 (a notice after
 * the sign-off) and seed 003 (淄博市应急管理局 2019, table 三 （七）总计 4 in 自然人 and 总计) with notices appended:
 * applied only where the row, the column and the printed value are all found.
 */
class CorrectionNoticeTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);
  private static final Path FIXTURES = Path.of("..", "fixtures");

  private static ReadOutcome.Accepted read(String name, String text) {
    return (ReadOutcome.Accepted)
        READER.read(new Document(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(String path) throws IOException {
    return Files.readString(FIXTURES.resolve(path), StandardCharsets.UTF_8);
  }

  private static Double total(ReadOutcome.Accepted a, ApplicationRowId row) {
    return a.report()
        .tables()
        .applications()
        .row(row)
        .map(x -> x.cell(ApplicantColumn.TOTAL).value())
        .orElse(null);
  }

  private static List<String> notes(ReadOutcome.Accepted a) {
    return a.flags().stream()
        .filter(f -> f.ruleId().endsWith("_CORRECTED"))
        .map(
            f ->
                f.ruleId()
                    + " "
                    + f.rowId()
                    + " "
                    + f.columnId()
                    + " "
                    + f.actual()
                    + "→"
                    + f.expected())
        .toList();
  }

  @Test
  void theNoticeAfterTheSignOffCorrectsTheCellsItNames() throws IOException {
    ReadOutcome.Accepted d03 = read("d03.txt", text("written/probe25/d03-2023.txt"));
    assertThat(total(d03, ApplicationRowId.R_TOTAL)).isEqualTo(55d);
    assertThat(notes(d03)).containsExactly("T3_CORRECTED R_TOTAL total 35.0→55.0");
    ReadOutcome.Accepted d04 = read("d04.txt", text("written/probe25/d04-2020.txt"));
    assertThat(total(d04, ApplicationRowId.CARRY_OUT)).isEqualTo(2d);
    assertThat(
            d04.report()
                .tables()
                .reviewLitigation()
                .group(ReviewGroup.REVIEW)
                .orElseThrow()
                .cell(ReviewCell.TOTAL)
                .value())
        .isEqualTo(2d);
    assertThat(notes(d04))
        .containsExactly(
            "T3_CORRECTED CARRY_OUT total 3.0→2.0", "T4_CORRECTED REVIEW total 3.0→2.0");
  }

  @Test
  void aNoticeIsAppliedOnlyWhereItsRowColumnAndPrintedValueAreFound() throws IOException {
    String seed = text("seeds/003_596a166ffff90a0a.txt");
    assertThat(total(read("003.txt", seed), ApplicationRowId.R_TOTAL)).isEqualTo(4d);
    String notice = "\n更正说明\n经核查，本报告表三“（七）总计”行“总计”栏数据“4”有误，应为“5”，特此更正。\n";
    ReadOutcome.Accepted corrected = read("003.txt", seed + notice);
    assertThat(total(corrected, ApplicationRowId.R_TOTAL)).isEqualTo(5d);
    assertThat(notes(corrected)).containsExactly("T3_CORRECTED R_TOTAL total 4.0→5.0");
    // the notice heading on the line before, the statement numbered under it
    ReadOutcome.Accepted numbered =
        read("003.txt", seed + "\n【更正说明】\n现更正如下：\n1.表三“（七）总计”总计栏“4”应为“5”；\n");
    assertThat(total(numbered, ApplicationRowId.R_TOTAL)).isEqualTo(5d);
    // a printed value the cell does not hold, a column not named where two cells hold it, no
    // word of a correction: nothing is changed
    for (String other :
        List.of(
            notice.replace("“4”有误", "“3”有误"),
            notice.replace("行“总计”栏", "行"),
            "\n经核查，表三“（七）总计”行“总计”栏数据“4”应为“5”。\n")) {
      ReadOutcome.Accepted r = read("003.txt", seed + other);
      assertThat(total(r, ApplicationRowId.R_TOTAL)).as(other).isEqualTo(4d);
      assertThat(notes(r)).as(other).isEmpty();
    }
  }
}
