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
import ogireports.model.ApplicationRowId;
import ogireports.model.ParsedReport;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * Where an excerpt's text ends inside a table, and rows that lost their empty cells to padding
 * (probe35's misses): the number a text ends in is kept where its row adds up to it (an excerpt cut
 * after a whole row, c27 and c34), and dropped where it does not (it may have lost digits); a pipe
 * row printing its non-zero cells and its 总计, padded after (c16); table 四 a cell per line cut after
 * its 行政复议 group (c37).
 */
class ExcerptTableEndsTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);
  private static final Path PROBE35 = Path.of("..", "fixtures", "written", "probe35");

  private static ParsedReport read(String text) {
    ReadOutcome o = READER.read(new Document("t.txt", text.getBytes(StandardCharsets.UTF_8)));
    return ((ReadOutcome.Accepted) o).report();
  }

  private static String text(String file) throws IOException {
    return Files.readString(PROBE35.resolve(file), StandardCharsets.UTF_8);
  }

  private static Double total(ParsedReport r, ApplicationRowId row) {
    return r.tables()
        .applications()
        .row(row)
        .map(x -> x.cell(ApplicantColumn.TOTAL))
        .map(c -> c == null ? null : c.value())
        .orElse(null);
  }

  private static Double reviewTotal(ParsedReport r) {
    return r.tables()
        .reviewLitigation()
        .group(ReviewGroup.REVIEW)
        .map(g -> g.cell(ReviewCell.TOTAL))
        .map(c -> c == null ? null : c.value())
        .orElse(null);
  }

  @Test
  void aTextEndingAfterAWholeRowKeepsItsLastNumber() throws IOException {
    String c27 = text("c27.txt");
    assertThat(c27).endsWith("\n32\n");
    assertThat(total(read(c27), ApplicationRowId.NEW)).isEqualTo(32d);
    // the same text cut inside its last number (32 kept as 3): that number is no total
    String cut = c27.substring(0, c27.length() - 2) + "\n";
    assertThat(total(read(cut), ApplicationRowId.NEW)).isNull();
    assertThat(total(read(text("c34.txt")), ApplicationRowId.CARRY_OUT)).isEqualTo(48d);
  }

  @Test
  void aPaddedPipeRowThatLostItsEmptyCellsKeepsItsTotal() throws IOException {
    ParsedReport r = read(text("c16.txt"));
    assertThat(total(r, ApplicationRowId.CARRY_IN)).isEqualTo(5d);
    assertThat(total(r, ApplicationRowId.CARRY_OUT)).isEqualTo(4d);
    // its other cells are not placed: which columns 3, 1 and 1 stand in is lost
    assertThat(
            r.tables()
                .applications()
                .row(ApplicationRowId.CARRY_IN)
                .orElseThrow()
                .cell(ApplicantColumn.NATURAL_PERSON)
                .value())
        .isNull();
  }

  @Test
  void tableFourCutAfterItsReviewGroupKeepsThatGroup() throws IOException {
    String c37 = text("c37.txt");
    assertThat(reviewTotal(read(c37))).isEqualTo(1d);
    // a group that does not add up, or values with no zero (a page that drops its empty cells
    // prints none): the cells are not placed
    int at = c37.lastIndexOf("0 |\n1 |\n2 |\n1\n");
    assertThat(at).isPositive();
    assertThat(reviewTotal(read(c37.substring(0, at) + "0 |\n3 |\n2 |\n1\n"))).isNull();
    String noZero = c37.substring(0, c37.lastIndexOf("四、政府信息公开行政复议"));
    noZero +=
        c37.substring(c37.lastIndexOf("四、政府信息公开行政复议"))
            .replace("0 |\n0 |\n1 |\n0 |\n1 |", "1 |\n2 |\n1 |\n1 |\n5 |");
    assertThat(noZero).isNotEqualTo(c37);
    assertThat(reviewTotal(read(noZero))).isNull();
  }

  @Test
  void aFlipBooksTableByColumnsReadsAcrossItsPageMarks() throws IOException {
    // probe34 p31: table 三's labels, then each column's 25 cells a line each, the flip-book's page
    // title and number (Page 6 - …2021年…, P. 6) after them: their digits are no cells
    String p31 =
        Files.readString(
            Path.of("..", "fixtures", "written", "probe34", "p31.txt"), StandardCharsets.UTF_8);
    ParsedReport r = read(p31);
    assertThat(total(r, ApplicationRowId.NEW)).isEqualTo(42d);
    assertThat(total(r, ApplicationRowId.CARRY_IN)).isEqualTo(2d);
    assertThat(total(r, ApplicationRowId.R_TOTAL)).isEqualTo(40d);
    assertThat(total(r, ApplicationRowId.CARRY_OUT)).isEqualTo(4d);
  }
}
