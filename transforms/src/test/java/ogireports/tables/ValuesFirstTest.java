package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.ReportTables;
import ogireports.model.ReviewLitigationRow;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/**
 * Tables as pypdf's {@code extract_text} prints them (probe47): table 三 with each row's values
 * before its label, whose whole table and every excerpt cut inside it read the printed totals or
 * nothing, never the values of the row below; table 四's fifteen numbers before its header.
 */
class ValuesFirstTest {

  private static final Path PROBE47 = Path.of("..", "fixtures", "written", "probe47");

  private static Long total(String text, ApplicationRowId id) {
    ApplicationTable t = ApplicationTotals.read("x.txt", text);
    return t == null ? null : ApplicationTotals.total(t, id);
  }

  @Test
  void everyExcerptOfTheTableReadsItsTotalsOrNothing() throws IOException {
    // f12: 2019 鄞州区, new 30, carry-in 4, result 34; f32: 2022 武侯区教育局, new 32, carry-in 0
    for (Object[] file : new Object[][] {{"f12.txt", 30L, 4L, 34L}, {"f32.txt", 32L, 0L, null}}) {
      String text = Files.readString(PROBE47.resolve((String) file[0]), StandardCharsets.UTF_8);
      int table = text.indexOf("\n三、收到和");
      assertThat(table).isPositive();
      List<String> wrong = new ArrayList<>();
      int cuts = 0;
      for (int end = text.indexOf('\n', table); end > 0; end = text.indexOf('\n', end + 1)) {
        String excerpt = text.substring(0, end + 1);
        cuts++;
        check(excerpt, ApplicationRowId.NEW, (Long) file[1], wrong, end);
        check(excerpt, ApplicationRowId.CARRY_IN, (Long) file[2], wrong, end);
        if (file[3] != null) {
          check(excerpt, ApplicationRowId.R_TOTAL, (Long) file[3], wrong, end);
        }
      }
      assertThat(cuts).isGreaterThan(100);
      assertThat(wrong).as((String) file[0]).isEmpty();
      assertThat(total(text, ApplicationRowId.NEW)).isEqualTo(file[1]);
      assertThat(total(text, ApplicationRowId.CARRY_IN)).isEqualTo(file[2]);
    }
  }

  private static void check(
      String excerpt, ApplicationRowId id, Long printed, List<String> wrong, int end) {
    Long read = total(excerpt, id);
    if (read != null && !read.equals(printed)) {
      wrong.add(id + " " + read + " at " + end);
    }
  }

  @Test
  void anExcerptEndingAtTheFirstLabelReadsTheRowBeforeIt() throws IOException {
    String f04 = Files.readString(PROBE47.resolve("f04.txt"), StandardCharsets.UTF_8);
    assertThat(total(f04, ApplicationRowId.NEW)).isEqualTo(40L);
    assertThat(total(f04, ApplicationRowId.CARRY_IN)).isNull();
  }

  private static List<Long> review(String file) throws IOException {
    List<String> lines = Files.readAllLines(PROBE47.resolve(file));
    ReportTables t = TableReader.read(lines, SectionSplitter.split(lines));
    List<Long> out = new ArrayList<>();
    if (t.reviewLitigation() != null) {
      for (ReviewLitigationRow g : t.reviewLitigation().groups()) {
        for (CellValue v : g.cells()) {
          out.add(v.asCount());
        }
      }
    }
    return out;
  }

  @Test
  void table四sNumbersBeforeItsHeaderAreReadInTheTemplatesOrder() throws IOException {
    assertThat(review("f11.txt"))
        .containsExactly(0L, 0L, 0L, 0L, 0L, 3L, 0L, 0L, 0L, 3L, 0L, 0L, 0L, 0L, 0L);
    assertThat(review("f21.txt")).hasSize(15);
    assertThat(review("f21.txt").get(4)).isEqualTo(3L);
  }

  @Test
  void table四sNumbersBeforeItsHeaderThatDoNotAddUpAreNotRead() throws IOException {
    List<String> lines = Files.readAllLines(PROBE47.resolve("f11.txt"));
    int heading = lines.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    assertThat(lines.get(heading + 6)).isEqualTo("3");
    lines.set(heading + 6, "4"); // the second group's first cell: 4 + 0 + 0 + 0 is not its 总计 3
    ReportTables t = TableReader.read(lines, SectionSplitter.split(lines));
    assertThat(t.reviewLitigation().groups()).allMatch(g -> g.cells().isEmpty());
  }

  @Test
  void aTableLabelFirstIsLeftAsItIs() throws IOException {
    // the same row's values after its label, then the next label: read as printed
    String f04 = Files.readString(PROBE47.resolve("f04.txt"), StandardCharsets.UTF_8);
    String values = "21\n11\n0\n4\n4\n0\n40\n";
    String label = "一、本年 新收政 府信息 公开申请 数量\n";
    assertThat(f04).contains(values + label);
    String labelFirst = f04.replace(values + label, label + values);
    assertThat(total(labelFirst, ApplicationRowId.NEW)).isEqualTo(40L);
  }
}
