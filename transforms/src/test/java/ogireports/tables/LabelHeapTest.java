package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.model.ApplicationRowId;
import org.junit.jupiter.api.Test;

/**
 * Table 三 printed as a heap of labels and then its rows, one per line ({@code
 * fixtures/written/probe12/b23-2021.txt}: {@code （七）总计⏎四、结转下年度继续办理⏎12 2 0 0 0 0 14⏎1 0 0 0 0 0
 * 1⏎…}), in the excerpts a crawl keeps: cut anywhere among the rows, the first row after the last
 * label is never read as that label's (结转下年度 14 where the report carries 1 over).
 */
class LabelHeapTest {

  private static final Path B23 = Path.of("..", "fixtures", "written", "probe12", "b23-2021.txt");

  /** The line of 四、结转下年度继续办理 and, after it, the rows (0-based). */
  private static final int LAST_LABEL = 59;

  private static Double total(String text, ApplicationRowId row) {
    return ApplicationTotals.value(ApplicationTotals.read("b23.txt", text), row);
  }

  @Test
  void theWholeTableReadsItsRows() throws IOException {
    String text = Files.readString(B23, StandardCharsets.UTF_8);
    assertThat(total(text, ApplicationRowId.NEW)).isEqualTo(14d);
    assertThat(total(text, ApplicationRowId.CARRY_OUT)).isEqualTo(1d);
  }

  @Test
  void cutAmongItsRowsTheLastLabelGetsNoOtherRowsValues() throws IOException {
    List<String> lines = Files.readAllLines(B23, StandardCharsets.UTF_8);
    assertThat(lines.get(LAST_LABEL)).isEqualTo("四、结转下年度继续办理");
    List<String> wrong = new ArrayList<>();
    for (int rows = 1; rows < 25; rows++) {
      for (String end : List.of("\n", "")) {
        String cut = String.join("\n", lines.subList(0, LAST_LABEL + 1 + rows)) + end;
        Double carryOut = total(cut, ApplicationRowId.CARRY_OUT);
        Double news = total(cut, ApplicationRowId.NEW);
        if ((carryOut != null && carryOut != 1d) || (news != null && news != 14d)) {
          wrong.add(
              rows
                  + " rows"
                  + (end.isEmpty() ? ", last line cut" : "")
                  + ": new "
                  + news
                  + ", carried over "
                  + carryOut);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
