package ogireports.tables;

import static ogireports.tables.ApplicationTotals.totals;
import static ogireports.tables.SpacedCharactersTest.tables;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import org.junit.jupiter.api.Test;

/**
 * Table 三 printed with two blocks of the seven columns, one under the report's year and one under
 * the year before ({@code 2023年度 | … | 2022年度}, probe16 t06): the later year's block is read, in
 * whichever order the blocks stand; nothing of last year's block is taken. Captions that do not
 * tell which block is the report's leave the table unread.
 */
class YearsBlocksTest {

  private static final Path T06 = Path.of("..", "fixtures", "written", "probe16", "t06-2023.txt");

  private static String text() throws IOException {
    return Files.readString(T06, StandardCharsets.UTF_8);
  }

  private static ApplicationTable read(String text) {
    return tables("t06-2023.txt", text).applications();
  }

  /** The text with the two blocks of each row of 17 fields (3 label fields, 7 and 7) swapped. */
  private static String blocksSwapped(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String[] f = line.split("\\|", -1);
      // "| a | b | c | 7 | 7 |": an empty field before the first pipe and after the last
      if (f.length == 19) {
        String[] g = f.clone();
        for (int k = 0; k < 7; k++) {
          g[4 + k] = f[11 + k];
          g[11 + k] = f[4 + k];
        }
        line = String.join("|", g);
      }
      out.add(line);
    }
    return String.join("\n", out);
  }

  @Test
  void theReportsYearsBlockIsRead() throws IOException {
    ApplicationTable t = read(text());
    assertThat(totals(t)).containsExactly(5L, 1L, 6L, 0L);
    assertThat(t.row(ApplicationRowId.CARRY_OUT).orElseThrow().cells())
        .extracting(CellValue::asCount)
        .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L);
  }

  @Test
  void lastYearsBlockFirstOrAsTabRowsIsReadTheSame() throws IOException {
    String swapped = blocksSwapped(text());
    assertThat(swapped).contains("| 2022年度 |").contains("| 3 | 0 | 0 | 0 | 0 | 0 | 3 | 5 |");
    assertThat(totals(read(swapped))).containsExactly(5L, 1L, 6L, 0L);
    String tabs =
        Arrays.stream(text().split("\n", -1))
            .map(
                l -> l.startsWith("|") ? l.replaceAll("^\\| ?| ?\\|$", "").replace(" | ", "\t") : l)
            .reduce((a, b) -> a + "\n" + b)
            .orElseThrow();
    assertThat(totals(read(tabs))).containsExactly(5L, 1L, 6L, 0L);
  }

  @Test
  void captionsThatDoNotTellTheReportsBlockLeaveTheTableUnread() throws IOException {
    for (String later : List.of("2023年度", "2021年度", "本期")) {
      String text = text().replace("| 2022年度 |", "| " + later + " |");
      List<Long> totals = totals(read(text));
      assertThat(totals).as(later).containsExactly(null, null, null, null);
    }
  }
}
