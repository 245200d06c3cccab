package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.model.ApplicationRowId;
import org.junit.jupiter.api.Test;

/**
 * A report printing two years' tables 三 in its section 三 under captions naming the years
 * (fixtures/written/probe14/s02-2020.txt: 表1 2019年度… with 2 applications, then 表2 2020年度… with 6):
 * the later year's table is the report's.
 */
class TwoYearsTablesTest {

  private static String text() throws IOException {
    return Files.readString(
        Path.of("..", "fixtures", "written", "probe14", "s02-2020.txt"), StandardCharsets.UTF_8);
  }

  private static Double total(String text, ApplicationRowId row) {
    return ApplicationTotals.value(ApplicationTotals.read("s02.txt", text), row);
  }

  @Test
  void lastYearsTableAloneGivesNoValue() throws IOException {
    // an excerpt cut before 表2: only 表1　2019年度… is left, in a report on 2020
    String text = text();
    String cut = text.substring(0, text.indexOf("表2　2020年度"));
    assertThat(total(cut, ApplicationRowId.NEW)).isNull();
    assertThat(total(cut, ApplicationRowId.CARRY_IN)).isNull();
    // its caption naming the report's year, it is the report's
    assertThat(total(cut.replace("表1　2019年度", "表1　2020年度"), ApplicationRowId.NEW)).isEqualTo(2d);
  }

  @Test
  void theLaterYearsTableIsTheReports() throws IOException {
    String text = text();
    assertThat(total(text, ApplicationRowId.NEW)).isEqualTo(6d);
    assertThat(total(text, ApplicationRowId.R_TOTAL)).isEqualTo(6d);
    assertThat(total(text, ApplicationRowId.CARRY_IN)).isEqualTo(0d);
  }

  @Test
  void theLaterYearsTableIsTheReportsWhenTheLinesAreLost() throws IOException {
    // the page's lines joined: the captions are cut into words (表, 2, 2020, 年度…) or glued to the
    // header; in the lines, each row's digits run together (表22020年度…)
    String joined = String.join("", text().split("\n"));
    assertThat(total(joined, ApplicationRowId.NEW)).isEqualTo(6d);
    assertThat(total(joined, ApplicationRowId.R_TOTAL)).isEqualTo(6d);
    StringBuilder digitsRunTogether = new StringBuilder();
    for (String line : text().split("\n")) {
      boolean digits = line.chars().anyMatch(Character::isDigit);
      digitsRunTogether.append(digits ? line.replaceAll("[\t| \u3000]", "") : line).append('\n');
    }
    assertThat(total(digitsRunTogether.toString(), ApplicationRowId.NEW)).isEqualTo(6d);
  }

  @Test
  void theReportsOwnTableFirstStaysTheOneRead() throws IOException {
    // the same report printing last year's table after its own
    String text = text();
    int t1 = text.indexOf("表1　2019年度");
    int t2 = text.indexOf("表2　2020年度");
    int end = text.indexOf("四、政府信息公开行政复议");
    String swapped =
        text.substring(0, t1)
            + text.substring(t2, end)
            + text.substring(t1, t2)
            + text.substring(end);
    assertThat(total(swapped, ApplicationRowId.NEW)).isEqualTo(6d);
  }

  @Test
  void captionsOfOneYearChangeNothing() throws IOException {
    // two tables of the same year (a body's own and a subordinate's): the first stays
    String text = text().replace("表1　2019年度", "表1　2020年度");
    assertThat(total(text, ApplicationRowId.NEW)).isEqualTo(2d);
  }
}
