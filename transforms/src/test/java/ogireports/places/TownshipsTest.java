package ogireports.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The township list as loaded is the one a plain field-by-field reading of the resource gives, and
 * every name in it holds a character that lets {@link PlaceResolver} skip the list for bodies that
 * cannot name a township.
 */
class TownshipsTest {

  @Test
  void loadKeepsWhatAPlainReadingOfTheResourceKeeps() throws IOException {
    byte[] csv;
    try (InputStream in = PlaceResolver.open("townships.csv")) {
      csv = in.readAllBytes();
    }
    List<Township> expected = new ArrayList<>();
    String[] lines = new String(csv, StandardCharsets.UTF_8).split("\r?\n");
    for (int k = 1; k < lines.length; k++) {
      String[] f = lines[k].split(",", -1);
      String name = f.length == 3 ? Townships.withoutBrackets(f[1]) : "";
      if (f.length == 3 && f[2].length() == 6 && Townships.isTownshipName(name)) {
        expected.add(new Township(f[0], name, f[2]));
      }
    }
    assertThat(expected).hasSizeGreaterThan(38_000);
    assertThat(Townships.load(new ByteArrayInputStream(csv)).all()).isEqualTo(expected);
  }

  @Test
  void loadSkipsMalformedLinesAndReadsCarriageReturns() throws IOException {
    String csv =
        "code,name,countyCode\r\n"
            + "1,两城镇,370826\r\n"
            + "2,多,逗号,370826\n"
            + "3,短码镇,3708\n"
            + "\n"
            + "4,（工业园区）城南街道,320583\n"
            + "5,某某村,370826\n"
            + "6,巴彦木仁苏木,150825";
    Townships t = Townships.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(t.all())
        .containsExactly(
            new Township("1", "两城镇", "370826"),
            new Township("4", "城南街道", "320583"),
            new Township("6", "巴彦木仁苏木", "150825"));
  }

  @Test
  void everyTownshipNameHoldsACharacterTheResolverLooksFor() {
    for (Township t : PlaceResolver.fromClasspath().townships().all()) {
      assertThat(PlaceResolver.mayHoldTownship(t.name())).as(t.name()).isTrue();
      if (t.name().endsWith("街道")) { // 佳荣里街 is read as 佳荣里街道
        String street = t.name().substring(0, t.name().length() - 1);
        assertThat(PlaceResolver.mayHoldTownship(street)).as(street).isTrue();
      }
    }
    assertThat(PlaceResolver.mayHoldTownship("淄博市应急管理局")).isFalse();
  }
}
