package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.model.ApplicationRowId;
import org.junit.jupiter.api.Test;

/**
 * A 更正说明 page printing table 三 before its correction ({@code 更正前：}) and the corrected one ({@code
 * 更正后：}; fixtures/written/probe19/a05-2023.txt, result total 51 before, 48 after): the corrected
 * table is the report's.
 */
class CorrectedTableTest {

  private static String text() throws IOException {
    return Files.readString(
        Path.of("..", "fixtures", "written", "probe19", "a05-2023.txt"), StandardCharsets.UTF_8);
  }

  private static Double result(String text) {
    return ApplicationTotals.value(
        ApplicationTotals.read("a05.txt", text), ApplicationRowId.R_TOTAL);
  }

  @Test
  void theTableAfterTheVoidOneIsTheReports() throws IOException {
    assertThat(result(text())).isEqualTo(48d);
    assertThat(result(text().replace("更正前：", "更正前（已作废）："))).isEqualTo(48d);
    assertThat(result(text().replace("更正前：", "原表："))).isEqualTo(48d);
  }

  @Test
  void theCorrectedTableFirstOrAloneReadsTheSame() throws IOException {
    String text = text();
    int before = text.indexOf("更正前：");
    int after = text.indexOf("更正后：");
    int end = text.indexOf("特此说明");
    String correctedFirst =
        text.substring(0, before)
            + text.substring(after, end)
            + text.substring(before, after)
            + text.substring(end);
    assertThat(result(correctedFirst)).isEqualTo(48d);
    String alone = text.substring(0, before) + text.substring(after);
    assertThat(result(alone)).isEqualTo(48d);
  }

  @Test
  void theVoidTableAloneGivesNoValue() throws IOException {
    // an excerpt cut before 更正后： keeps only the withdrawn table: none of its values is the report's
    String text = text();
    String cut = text.substring(0, text.indexOf("更正后："));
    assertThat(result(cut)).isNull();
    // the same table without the mark over it is read as printed
    assertThat(result(cut.replace("更正前：", ""))).isEqualTo(51d);
  }

  @Test
  void thePageWithItsLinesJoinedReadsTheSame() throws IOException {
    // a crawler that kept the text without its line breaks runs 更正前： into the sentence before it
    // and the table's note after it
    assertThat(result(text().replace("\n", ""))).isEqualTo(48d);
    assertThat(result(text().replace("\n", " "))).isEqualTo(48d);
  }
}
