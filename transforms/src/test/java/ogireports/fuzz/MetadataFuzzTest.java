package ogireports.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ogireports.meta.MetadataReader;
import ogireports.model.Place;
import ogireports.model.ReportMetadata;
import ogireports.places.PlaceResolver;

/**
 * Metadata and place resolution on arbitrary lines: never throw; a year is 4 digits; the place's
 * division codes are 6 digits when present, its province an official name or 中央.
 *
 * <p>Regression inputs: {@code MetadataFuzzTestInputs/readAndResolve/}: UTF-8 text split into
 * lines; a first line starting with {@code http} is also given to the resolver as the page URL. The
 * place is resolved with the year read, with a fixed year and with none.
 */
class MetadataFuzzTest {

  private static PlaceResolver places;

  private static synchronized PlaceResolver places() {
    if (places == null) {
      places = PlaceResolver.fromClasspath();
    }
    return places;
  }

  @FuzzTest
  void readAndResolve(byte[] bytes) {
    PlaceResolver resolver = places();
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = lines(text);
    String url = lines.get(0).startsWith("http") ? lines.get(0) : null;

    // one guarded call per input, not one per step: each is a hand-over to the guard thread
    Guard.run(
        "MetadataReader.read and PlaceResolver.resolve",
        () -> {
          ReportMetadata meta = MetadataReader.read(lines);
          assertThat(meta).isNotNull();
          if (meta.year() != null) {
            assertThat(meta.year()).isBetween(1000, 9999);
          }
          for (Integer year : new Integer[] {meta.year(), 2015, null}) {
            String agency = year == null ? null : meta.agency();
            checkPlace(resolver.resolve(agency, lines, year, url));
          }
          return null;
        });
  }

  /**
   * {@code text.split("\r\n|\r|\n", -1)} without a regular expression: under Jazzer every regex
   * node is hooked, and splitting a 10 kB input that way cost more than everything the target
   * tests.
   */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  static void checkPlace(Place place) {
    assertThat(place).isNotNull();
    if (place.province() != null) {
      ReportReaderFuzzTest.assertOfficialProvince(place.province());
    }
    for (String code :
        new String[] {
          place.provinceCode(),
          place.cityCode(),
          place.countyCode(),
          place.currentCityCode(),
          place.currentCountyCode()
        }) {
      if (code != null) {
        assertThat(code).matches("[0-9]{6}");
      }
    }
    if (place.townshipCode() != null) {
      assertThat(place.townshipCode()).matches("[0-9]{9}|[0-9]{12}");
    }
  }
}
