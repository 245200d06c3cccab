package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ReportTables;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.RowStatus;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * Written reports whose tables run on into what follows once their lines or separators are lost:
 * the last row of table 三 before an appended 附表 (probe15 m03), rows printed after the labels
 * (probe12 b23), table 四's 总计 glued to its first value (probe15 n03). A total is read right or left
 * null.
 */
class RunOnRowsTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static String text(String file) throws IOException {
    return Files.readString(Path.of("..", "fixtures", "written", file), StandardCharsets.UTF_8);
  }

  private static ReportTables tables(String text) {
    ReadOutcome o = READER.read(new Document("t.txt", text.getBytes(StandardCharsets.UTF_8)));
    return ((ReadOutcome.Accepted) o).report().tables();
  }

  @Test
  void theLastRowEndsAtTheAppendedTable() throws IOException {
    // "四、结转下年度继续办理174000021" then 附表：2021年市直部门… with its own rows
    String text = text("probe15/m03-2021.txt").replace("\t", "").replace("|", "");
    ApplicationRow carryOut =
        tables(text).applications().row(ApplicationRowId.CARRY_OUT).orElseThrow();
    assertThat(carryOut.status()).isEqualTo(RowStatus.RECOVERED);
    assertThat(carryOut.cell(ApplicantColumn.TOTAL).value()).isEqualTo(21d);
  }

  @Test
  void aLastRowRunningOnIntoRowsPrintedAfterTheLabelsIsIncomplete() throws IOException {
    // the rows printed after the labels, the lines joined: 12 2 0 0 0 0 141 0 0 0 0 0 16 …
    String text = String.join("", text("probe12/b23-2021.txt").split("\n"));
    ApplicationRow carryOut =
        tables(text).applications().row(ApplicationRowId.CARRY_OUT).orElseThrow();
    assertThat(carryOut.status()).isEqualTo(RowStatus.INCOMPLETE);
    assertThat(carryOut.cell(ApplicantColumn.TOTAL)).isNull();
  }

  @Test
  void aValueGluedToTheHeadersTotalIsTheFirstCell() throws IOException {
    // "…尚未审结 | 总计１件 | ０件 | …"
    String text = String.join("", text("probe15/n03-2021.txt").split("\n"));
    var review = tables(text).reviewLitigation().group(ReviewGroup.REVIEW).orElseThrow();
    assertThat(review.cell(ReviewCell.UPHELD).value()).isEqualTo(1d);
    assertThat(review.cell(ReviewCell.TOTAL).value()).isEqualTo(1d);
  }
}
