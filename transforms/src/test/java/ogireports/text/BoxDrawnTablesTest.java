package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables drawn by a text browser ({@code w3m -dump}: the real tool's output in {@code
 * fixtures/written/probe22/w0*} and {@code fixtures/written/drawn}) become the rows the table
 * readers know: one tab-separated line per row, a merged cell's text in its first row and column.
 */
class BoxDrawnTablesTest {

  private static final Path WRITTEN = Path.of("..", "fixtures", "written");

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file);
  }

  /** The rewritten lines that came from drawn tables (those holding a tab). */
  private static List<String> rows(List<String> lines) {
    BoxDrawnTables.Rewritten r = BoxDrawnTables.rewrite(lines);
    assertThat(r.changed()).isTrue();
    return r.lines().stream().filter(l -> l.indexOf('\t') >= 0).toList();
  }

  @Test
  void aW3mTableThreeBecomesItsRows() throws IOException {
    List<String> rows = rows(lines(WRITTEN.resolve("probe22/w02-2022.txt")));
    assertThat(rows)
        .contains(
            // the header: 自然人 and 总计 printed down their cells, 法人或其他组织 over five columns
            "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
            "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
            "一、本年新收政府信息公开申请数量\t\t\t100\t31\t2\t2\t8\t13\t156",
            // the group's label in its first row, its wrapped lines joined
            "三、本年度办理结果\t（一）予以公开\t\t43\t8\t0\t1\t3\t3\t58",
            "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t11\t3\t0\t0\t0\t0\t14",
            "\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0",
            "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1",
            "\t（七）总计\t\t101\t28\t2\t3\t8\t11\t153",
            "四、结转下年度继续办理\t\t\t1\t3\t0\t0\t0\t3\t7",
            // table 四: header cells printed over two lines each
            "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t",
            "1\t0\t0\t0\t1\t1\t0\t0\t0\t1\t1\t0\t0\t0\t1");
  }

  @Test
  void theLinesOutsideTablesStayAndRowsKeepTheirFirstLine() throws IOException {
    List<String> lines = lines(WRITTEN.resolve("probe22/w02-2022.txt"));
    BoxDrawnTables.Rewritten r = BoxDrawnTables.rewrite(lines);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < r.lines().size(); i++) {
      String line = r.lines().get(i);
      int source = r.sourceLine()[i];
      if (line.indexOf('\t') < 0) {
        assertThat(line).isEqualTo(lines.get(source - 1));
        kept.add(line);
      } else {
        // a row comes from the first line of its cells (the row of 一、本年新收…)
        if (line.startsWith("一、本年新收")) {
          assertThat(lines.get(source - 1)).contains("一、本年新收政府信息公开申请数量");
        }
      }
    }
    assertThat(kept).contains("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
    assertThat(String.join("\n", r.lines())).doesNotContain("│", "─", "┼");
  }

  /** A page dumped at any width, or with the box characters printed wide, has the same rows. */
  @ParameterizedTest
  @ValueSource(strings = {"hongze-2023-centred", "hongze-2024-left", "kaifeng-gulou-2020-centred"})
  void theRowsDoNotDependOnThePrintedWidth(String page) throws IOException {
    List<String> at80 = rows(lines(WRITTEN.resolve("drawn/" + page + "-w3m80.txt")));
    for (String variant : new String[] {"-w3m60.txt", "-w3m120.txt", "-w3m200.txt"}) {
      assertThat(rows(lines(WRITTEN.resolve("drawn/" + page + variant))))
          .as(variant)
          .isEqualTo(at80);
    }
    // printed with the box-drawing characters two columns wide (w3m -o east_asian_width=1)
    assertThat(rows(lines(WRITTEN.resolve("drawn/" + page + "-w3m100-wide.txt")))).isEqualTo(at80);
  }

  /** The same tables drawn in ASCII ({@code +---+}, {@code |}) have the same rows. */
  @Test
  void anAsciiDrawingHasTheSameRows() throws IOException {
    List<String> drawn = lines(WRITTEN.resolve("probe22/w02-2022.txt"));
    List<String> ascii = new ArrayList<>();
    for (String line : drawn) {
      StringBuilder b = new StringBuilder();
      for (char c : line.toCharArray()) {
        if (!BoxDrawnTables.isWall(c)) {
          b.append(c);
        } else {
          b.append(c == '─' ? '-' : c == '│' ? '|' : '+');
        }
      }
      ascii.add(b.toString());
    }
    assertThat(rows(ascii)).isEqualTo(rows(drawn));
  }

  @Test
  void aDashInsideAnAsciiCellIsText() {
    List<String> table =
        List.of(
            "+----------+---------------+",
            "| 电话     | 0517-87222589 |",
            "+----------+---------------+",
            "| 数量     | -             |",
            "+----------+---------------+");
    assertThat(BoxDrawnTables.rewrite(table).lines()).containsExactly("电话\t0517-87222589", "数量\t-");
  }

  @Test
  void aTableThatDoesNotLineUpIsLeftAsPrinted() {
    List<String> table =
        List.of(
            "┌──────┬──────┐",
            "│规章  │0     │",
            "│行政规范性文件│3 │", // a line of another width: no grid to read
            "└──────┴──────┘");
    BoxDrawnTables.Rewritten r = BoxDrawnTables.rewrite(table);
    assertThat(r.changed()).isFalse();
    assertThat(r.lines()).isEqualTo(table);
  }

  @Test
  void aTextWithoutDrawnTablesIsReturnedAsItIs() {
    List<String> text = List.of("一、总体情况", "+ 一个加号开头的行", "│ 一条竖线");
    BoxDrawnTables.Rewritten r = BoxDrawnTables.rewrite(text);
    assertThat(r.changed()).isFalse();
    assertThat(r.lines()).isSameAs(text);
  }
}
