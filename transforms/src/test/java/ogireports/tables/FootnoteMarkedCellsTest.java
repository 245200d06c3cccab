package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.model.ApplicationRowId;
import org.junit.jupiter.api.Test;

/**
 * Table 三 cells with footnote marks after their numbers (fixtures/written/probe19/b06-2023.txt: the
 * new total printed {@code 11件*}, the carry-in total {@code 0①}, a 注 under the table): the value is
 * the number before the mark, never the mark read as a digit.
 */
class FootnoteMarkedCellsTest {

  private static String text() throws IOException {
    return Files.readString(
        Path.of("..", "fixtures", "written", "probe19", "b06-2023.txt"), StandardCharsets.UTF_8);
  }

  private static Double total(String text, ApplicationRowId row) {
    return ApplicationTotals.value(ApplicationTotals.read("b06.txt", text), row);
  }

  @Test
  void theNumberBeforeTheMarkIsTheCells() throws IOException {
    String text = text();
    assertThat(total(text, ApplicationRowId.NEW)).isEqualTo(11d);
    assertThat(total(text, ApplicationRowId.CARRY_IN)).isEqualTo(0d);
  }

  @Test
  void everyKindOfMarkLeavesTheNumber() throws IOException {
    String text = text();
    for (String mark : new String[] {"①", "¹", "⑴", "*", "＊", "※", "❶"}) {
      String marked =
          text.replace("| 11件* |", "| 11" + mark + " |").replace("| 0① |", "| 0" + mark + " |");
      assertThat(total(marked, ApplicationRowId.NEW)).as(mark).isEqualTo(11d);
      assertThat(total(marked, ApplicationRowId.CARRY_IN)).as(mark).isEqualTo(0d);
    }
    // the marks removed: the same values
    String plain = text.replace("| 11件* |", "| 11件 |").replace("| 0① |", "| 0 |");
    assertThat(total(plain, ApplicationRowId.NEW)).isEqualTo(11d);
    assertThat(total(plain, ApplicationRowId.CARRY_IN)).isEqualTo(0d);
  }

  @Test
  void marksInTabSeparatedRowsToo() throws IOException {
    StringBuilder tabs = new StringBuilder();
    for (String line : text().split("\n")) {
      tabs.append(line.contains(" | ") ? line.replace(" | ", "\t").replaceAll(" \\|$", "") : line)
          .append('\n');
    }
    assertThat(total(tabs.toString(), ApplicationRowId.NEW)).isEqualTo(11d);
    assertThat(total(tabs.toString(), ApplicationRowId.CARRY_IN)).isEqualTo(0d);
  }
}
