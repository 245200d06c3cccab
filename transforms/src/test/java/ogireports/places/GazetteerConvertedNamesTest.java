package ogireports.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ogireports.model.Place;
import ogireports.text.Script;
import org.junit.jupiter.api.Test;

/**
 * Place names as the reader passes them: the conversion to Simplified, which every agency goes
 * through (and every line of a report printed in Traditional script), writes some characters of
 * names otherwise (乾县 and 乾縣 are both read 干县), and the gazetteer finds them so.
 */
class GazetteerConvertedNamesTest {

  private static final PlaceResolver R = PlaceResolver.fromClasspath();

  @Test
  void aCountyWhoseNameTheConversionRewritesIsFound() {
    // 乾縣人民政府 printed, read in Simplified
    Place p = R.resolve(Script.simplified("乾縣人民政府"), List.of(), 2023);
    assertThat(p.province()).isEqualTo("陕西省");
    assertThat(p.city()).isEqualTo("咸阳市");
    assertThat(p.county()).isEqualTo("乾县");
    // the reader passes every agency through the conversion: 乾县人民政府 printed in Simplified too
    assertThat(Script.simplified("乾县人民政府")).isEqualTo("干县人民政府");
    assertThat(R.resolve(Script.simplified("乾县人民政府"), List.of(), 2020).county()).isEqualTo("乾县");
    p = R.resolve(Script.simplified("乾安縣民政局"), List.of(), 2022);
    assertThat(p.city()).isEqualTo("松原市");
    assertThat(p.county()).isEqualTo("乾安县");
  }

  @Test
  void everyNameTheConversionRewritesIsWrittenAsItDoes() throws Exception {
    List<String> names = new ArrayList<>();
    for (String resource : List.of("areacodes.csv", "townships.csv")) {
      try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          for (String field : line.split(",")) {
            if (!field.isEmpty() && field.codePoints().allMatch(Character::isIdeographic)) {
              names.add(field);
            }
          }
        }
      }
    }
    Set<String> wrong = new TreeSet<>();
    for (String name : names) {
      if (!Gazetteer.asConverted(name).equals(Script.simplified(name))) {
        wrong.add(name + " -> " + Script.simplified(name));
      }
    }
    assertThat(wrong).isEmpty();
  }
}
