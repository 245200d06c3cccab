package ogireports.tables;

import static ogireports.tables.ApplicationTotals.read;
import static ogireports.tables.ApplicationTotals.total;
import static ogireports.tables.ApplicationTotals.totals;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.model.ApplicationRowId;
import org.junit.jupiter.api.Test;

/**
 * Thousand separators followed by a space ({@code 2, 689} in pdftotext -layout, {@code ５， ２９３} in
 * space-separated rows; {@code tables8} copies of probe21 l01 and k02): one number each.
 */
class ThousandsApartTest {

  private static final Path TABLES8 = Path.of("..", "fixtures", "written", "tables8");
  private static final Path PROBE21 = Path.of("..", "fixtures", "written", "probe21");

  @Test
  void layoutRowsWithASpaceAfterTheComma() throws IOException {
    assertThat(totals(read(TABLES8.resolve("l01-2024-comma.txt"))))
        .containsExactly(3480L, 37L, 3456L, 61L);
  }

  @Test
  void fullWidthCommaAndASpace() throws IOException {
    assertThat(totals(read(TABLES8.resolve("k02-2024-comma.txt"))).get(0)).isEqualTo(6364L);
    assertThat(totals(read(TABLES8.resolve("k02-2024-comma.txt"))).get(2)).isEqualTo(6321L);
  }

  @Test
  void onlyAGroupOfThreeDigitsAfterOneSpace() {
    assertThat(ThousandsApart.end("2, 689 448", 0, 2)).isEqualTo(6);
    assertThat(ThousandsApart.joined("2, 689 448", 0, 6)).isEqualTo("2,689");
    assertThat(ThousandsApart.end("1,234, 567", 0, 6)).isEqualTo(10);
    assertThat(ThousandsApart.end("2, 68 448", 0, 2)).isEqualTo(2); // not a group of three
    assertThat(ThousandsApart.end("2,  689", 0, 2)).isEqualTo(2); // two spaces: two cells
    assertThat(ThousandsApart.end("2, 6891", 0, 2)).isEqualTo(2);
    assertThat(ThousandsApart.end("2345, 689", 0, 5)).isEqualTo(5); // 2345, is no group
  }

  @Test
  void aTotalBrokenAtItsSeparatorByALineBreak() throws IOException {
    // probe21 t03 (TSV) re-wrapped as PDF text: `…\t57\t1` then `,869` on the next line; read as
    // the 总计 1 before
    String text = Files.readString(PROBE21.resolve("t03-2021.txt"), StandardCharsets.UTF_8);
    String broken = text.replace("\t57\t1,869\n", "\t57\t1\n,869\n");
    assertThat(broken).isNotEqualTo(text);
    assertThat(total(read("t03-2021.txt", broken), ApplicationRowId.NEW)).isEqualTo(1869L);
  }
}
