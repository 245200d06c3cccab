package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationTable;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Table 四's row printed with fewer cells than its fifteen columns ({@code fixtures/written/probe18}
 * d04: 14 numbers in a pipe row, {@code 1 | 0 | 1 | 2 | 0 | …}, the page's {@code 1 0 0 1 2} having
 * lost a zero): read only where one placement of the lost cell makes every group add up, else every
 * value null, in every crawl form of the row. Never the number after the lost cell read as a 总计.
 */
class ShortReviewRowTest {

  private static final Path PROBE18 = Path.of("..", "fixtures", "written", "probe18");
  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  /** How the crawl printed the row of values under the header. */
  enum Form {
    PIPE,
    /** A Markdown table: the header rows and the row of values each between edge pipes. */
    MARKDOWN,
    TSV,
    ONE_PER_LINE,
    SPACED;

    String print(long[] values) {
      List<String> cells = Arrays.stream(values).mapToObj(Long::toString).toList();
      return switch (this) {
        case PIPE -> String.join(" | ", cells) + " |";
        case MARKDOWN -> "| " + String.join(" | ", cells) + " |";
        case TSV -> String.join("\t", cells);
        case ONE_PER_LINE -> String.join("\n", cells);
        case SPACED -> String.join(" ", cells);
      };
    }
  }

  /** d04 with its row of values (line 63) printed as {@code values} in {@code form}. */
  private static Long reviewTotal(long[] values, Form form) throws IOException {
    List<String> lines = Files.readAllLines(PROBE18.resolve("d04-2022.txt"));
    assertThat(lines.get(62)).startsWith("1 | 0 | 1 | 2 | 0 | 0 |");
    lines.set(62, form.print(values));
    for (int k = 61; form == Form.MARKDOWN && lines.get(k).contains("|"); k--) {
      lines.set(k, "| " + lines.get(k)); // the header rows as well
    }
    return reviewTotal(String.join("\n", lines) + "\n");
  }

  private static Long reviewTotal(String text) {
    ReadOutcome outcome =
        READER.read(new Document("d04-2022.txt", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
    ReviewLitigationTable t = ((ReadOutcome.Accepted) outcome).report().tables().reviewLitigation();
    assertThat(t).isNotNull();
    return t.group(ReviewGroup.REVIEW)
        .map(g -> g.cell(ReviewCell.TOTAL))
        .map(c -> c == null ? null : c.asCount())
        .orElse(null);
  }

  private static long[] row(String numbers) {
    return Arrays.stream(numbers.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
  }

  private static long[] without(long[] values, int at) {
    long[] out = new long[values.length - 1];
    for (int k = 0, j = 0; k < values.length; k++) {
      if (k != at) {
        out[j++] = values[k];
      }
    }
    return out;
  }

  @Test
  void d04AsWrittenReadsNoReviewTotal() throws IOException {
    // 1 0 1 2 0: with the cell lost inside 行政复议 its 总计 is 2, with the 总计 lost 4; never 0
    assertThat(reviewTotal(Files.readString(PROBE18.resolve("d04-2022.txt")))).isNull();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void aRowLosingACellThatSeveralPlacementsAdmitReadsNull(Form form) throws IOException {
    assertThat(reviewTotal(row("1 0 1 2 0 0 0 0 0 0 0 0 0 0"), form)).as("d04").isNull();
    assertThat(reviewTotal(row("0 0 1 2 0 0 0 0 0 0 0 0 0 0"), form)).as("first lost").isNull();
    assertThat(reviewTotal(row("1 0 0 1 0 0 0 0 0 0 0 0 0 0"), form)).as("总计 lost").isNull();
  }

  @ParameterizedTest
  @EnumSource(
      value = Form.class,
      names = {"PIPE", "MARKDOWN", "TSV"})
  void aRowOfFieldsWhoseLostCellOnePlacementAdmitsReadsItsTotal(Form form) throws IOException {
    assertThat(reviewTotal(row("1 0 0 1 2 0 0 0 0 0 0 0 0 0 0"), form)).as("whole").isEqualTo(2L);
    // lost in 复议后起诉 among zeros: every placement that adds up gives the same fifteen values
    assertThat(reviewTotal(row("1 0 0 1 2 0 0 0 0 0 0 0 0 0"), form)).isEqualTo(2L);
    // 4 1 1 3 9 | 2 1 0 2 5 | 1 0 0 1 2 (probe18 x02) without one of 行政复议's two 1s: 4 1 3 9 … is
    // 1 4 1 3 9, 4 1 1 3 9, 4 1 3 1 9, or 4 1 3 9 17 with its 总计 lost: which cell is which is not
    // told
    assertThat(reviewTotal(row("4 1 3 9 2 1 0 2 5 1 0 0 1 2"), form)).isNull();
  }

  @Test
  void anEmptyFieldOpeningTheRowIsTheEdgeOnlyWhereTheHeaderRowsOpenSo() throws IOException {
    List<String> lines = Files.readAllLines(PROBE18.resolve("d04-2022.txt"));
    // header rows open with a word: the empty field before 14 numbers is a blank first cell, and
    // the 总计 printed fifth is 2 (blank + 1 + 0 + 1)
    lines.set(62, "| " + Form.PIPE.print(row("1 0 1 2 0 0 0 0 0 0 0 0 0 0")));
    assertThat(reviewTotal(String.join("\n", lines) + "\n")).isEqualTo(2L);
    // the same row under header rows between edge pipes: the edge, so 14 numbers, not placed
    for (int k = 59; k <= 61; k++) {
      lines.set(k, "| " + lines.get(k));
    }
    assertThat(reviewTotal(String.join("\n", lines) + "\n")).isNull();
  }

  @ParameterizedTest
  @EnumSource(
      value = Form.class,
      names = {"ONE_PER_LINE", "SPACED"})
  void aRowWithoutFieldsShortOfCellsIsNotPlaced(Form form) throws IOException {
    // one number per line or space-separated: empty cells leave no trace, so no placement is taken
    assertThat(reviewTotal(row("1 0 0 1 2 0 0 0 0 0 0 0 0 0 0"), form)).as("whole").isEqualTo(2L);
    assertThat(reviewTotal(row("1 0 0 1 2 0 0 0 0 0 0 0 0 0"), form)).isNull();
  }

  /**
   * Table 四 rows of probe18 (x02, p02, p06) and d04's with the cell put back, each with one cell
   * dropped at each of the fifteen places, in each form: the review total is the right one or null.
   */
  @ParameterizedTest
  @EnumSource(Form.class)
  void aCellDroppedAnywhereGivesTheRightTotalOrNull(Form form) throws IOException {
    List<String> rows =
        List.of(
            "4 1 1 3 9 2 1 0 2 5 1 0 0 1 2",
            "1 0 0 1 2 1 0 1 1 3 1 0 0 1 2",
            "2 1 0 1 4 2 0 1 1 4 0 0 0 0 0",
            "1 0 0 1 2 0 0 0 0 0 0 0 0 0 0");
    List<String> wrong = new ArrayList<>();
    int read = 0;
    for (String r : rows) {
      long[] whole = row(r);
      long total = whole[ReviewCell.TOTAL.ordinal()];
      assertThat(reviewTotal(whole, form)).as(r).isEqualTo(total);
      for (int at = 0; at < whole.length; at++) {
        Long got = reviewTotal(without(whole, at), form);
        if (got != null && got != total) {
          wrong.add(r + " without cell " + at + ": " + got);
        }
        read += got == null ? 0 : 1;
      }
    }
    assertThat(wrong).isEmpty();
    if (form != Form.ONE_PER_LINE && form != Form.SPACED) {
      assertThat(read).as("rows read where one placement holds").isGreaterThan(0);
    }
  }

  @Test
  void placedFillsTheOneLostCellOrNothing() {
    // a zero lost among 复议后起诉's zeros: wherever it is put back, the same fifteen values
    assertThat(ShortReviewRow.placed(row("1 0 0 1 2 1 0 1 1 3 0 0 0 0")))
        .containsExactly(row("1 0 0 1 2 1 0 1 1 3 0 0 0 0 0"));
    // x02 without one of 行政复议's 1s: which of its cells is which is not told
    assertThat(ShortReviewRow.placed(row("4 1 3 9 2 1 0 2 5 1 0 0 1 2"))).isNull();
    // the lost cell is 行政复议's 总计 or one of its four others: 4 or 2
    assertThat(ShortReviewRow.placed(row("1 0 1 2 0 0 0 0 0 0 0 0 0 0"))).isNull();
    // no placement adds up (a printed inconsistency as well as a lost cell)
    assertThat(ShortReviewRow.placed(row("1 1 0 0 3 0 0 0 0 0 0 0 0 9"))).isNull();
    // two cells lost from one group whose printed cells do not reach its 总计: not determined
    assertThat(ShortReviewRow.placed(row("1 0 4 0 0 0 0 0 0 0 0 0 0"))).isNull();
    // a row of zeros losing one cell: a zero wherever it was lost
    assertThat(ShortReviewRow.placed(row("0 0 0 0 0 0 0 0 0 0 0 0 0 0")))
        .containsExactly(new long[15]);
    // losing two: they could be a group's 总计 and one of its cells, any number each
    assertThat(ShortReviewRow.placed(row("0 0 0 0 0 0 0 0 0 0 0 0 0"))).isNull();
  }
}
