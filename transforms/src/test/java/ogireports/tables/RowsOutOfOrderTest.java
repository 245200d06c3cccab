package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.model.ApplicationRowId;
import org.junit.jupiter.api.Test;

/**
 * Table 三 pipe rows a crawl printed out of order (fixtures/written/probe19/b05-2022.txt: {@code
 * 二、上年结转…} before {@code 一、本年新收…}, {@code 四、结转下年度继续办理} before {@code (七)总计}): with whole labels
 * each row is read by its label.
 */
class RowsOutOfOrderTest {

  private static final String CARRY_IN = "二、上年结转政府信息公开申请数量 | 0 | 1 | 0 | 0 | 0 | 0 | 1 |\n";
  private static final String NEW = "一、本年新收政府信息公开申请数量 | 19 | 12 | 2 | 1 | 3 | 3 | 40 |\n";
  private static final String CARRY_OUT = "四、结转下年度继续办理 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n";
  private static final String TOTAL = "(七)总计 | 16 | 13 | 2 | 1 | 3 | 3 | 38 |\n";

  private static String text() throws IOException {
    return Files.readString(
        Path.of("..", "fixtures", "written", "probe19", "b05-2022.txt"), StandardCharsets.UTF_8);
  }

  private static Double total(String text, ApplicationRowId row) {
    return ApplicationTotals.value(ApplicationTotals.read("b05.txt", text), row);
  }

  private static void assertTotals(String text) {
    assertThat(total(text, ApplicationRowId.NEW)).isEqualTo(40d);
    assertThat(total(text, ApplicationRowId.CARRY_IN)).isEqualTo(1d);
    assertThat(total(text, ApplicationRowId.R_TOTAL)).isEqualTo(38d);
    assertThat(total(text, ApplicationRowId.CARRY_OUT)).isEqualTo(3d);
  }

  @Test
  void rowsOutOfOrderAreReadByTheirLabels() throws IOException {
    String text = text();
    assertThat(text).contains(CARRY_IN + NEW).contains(CARRY_OUT + TOTAL);
    assertTotals(text);
  }

  @Test
  void eachPairAloneOutOfOrderAndBothInOrderReadTheSame() throws IOException {
    String text = text();
    String inOrder =
        text.replace(CARRY_IN + NEW, NEW + CARRY_IN).replace(CARRY_OUT + TOTAL, TOTAL + CARRY_OUT);
    assertTotals(inOrder);
    assertTotals(text.replace(CARRY_OUT + TOTAL, TOTAL + CARRY_OUT));
    assertTotals(text.replace(CARRY_IN + NEW, NEW + CARRY_IN));
  }

  @Test
  void rowsOutOfOrderAsTabSeparatedRows() throws IOException {
    StringBuilder tabs = new StringBuilder();
    for (String line : text().split("\n")) {
      tabs.append(line.contains(" | ") ? line.replace(" | ", "\t").replaceAll(" \\|$", "") : line)
          .append('\n');
    }
    assertTotals(tabs.toString());
  }

  @Test
  void aRowWithoutItsLabelIsNotMovedAndNoOtherRowsNumbersAreRead() throws IOException {
    // 一's label lost: the rows stay where printed; no row takes another's total
    String text = text().replace("一、本年新收政府信息公开申请数量 |", "|");
    assertThat(total(text, ApplicationRowId.NEW)).isIn(null, 40d);
    assertThat(total(text, ApplicationRowId.CARRY_IN)).isIn(null, 1d);
  }

  @Test
  void aTotalPrintedFirstAmongTheResultsIsReadAsTheTotal() throws IOException {
    // probe46 m13 (市场监管总局 2022, tab rows): 三、本年度办理结果 | （七）总计 | … before （一）予以公开
    Path m13 = Path.of("..", "fixtures", "written", "probe46", "m13.txt");
    String text = Files.readString(m13, StandardCharsets.UTF_8);
    String first = "三、本年度办理结果\t（七）总计\t\t11,182\t3,393\t437\t401\t812\t782\t17,007\n";
    String open = "\t（一）予以公开\t\t3,587";
    String carryOut = "四、结转下年度继续办理";
    assertThat(text).contains(first + open).contains(carryOut);
    for (String form :
        new String[] {
          text,
          // the template's order: the total last, the group's label on （一）'s line
          text.replace(first + open, "三、本年度办理结果" + open)
              .replace(
                  carryOut, "\t（七）总计\t\t11,182\t3,393\t437\t401\t812\t782\t17,007\n" + carryOut)
        }) {
      ApplicationTotals.read("m13.txt", form);
      assertThat(total(form, ApplicationRowId.R_TOTAL)).isEqualTo(17007d);
      assertThat(total(form, ApplicationRowId.R_OPEN)).isEqualTo(5947d);
      assertThat(total(form, ApplicationRowId.CARRY_OUT)).isEqualTo(893d);
    }
  }
}
