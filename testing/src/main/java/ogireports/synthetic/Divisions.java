package ogireports.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The divisions in use today, read once from the bundled gazetteer resource {@code
 * /ogireports/places/areacodes.csv} (read-only): the 31 mainland province-level divisions, their
 * prefecture-level cities and their county-level divisions.
 */
final class Divisions {

  /** A division: code, name, and the codes/names of its parents (null when none). */
  record Division(String code, String name, Province province, Division city) {}

  /** A province with its cities and counties. */
  record Province(String code, String name, List<Division> cities, List<Division> counties) {
    boolean isMunicipality() {
      return name.endsWith("市");
    }
  }

  static final String RESOURCE = "/ogireports/places/areacodes.csv";

  private static final class Holder {
    static final List<Province> PROVINCES = load();
  }

  private Divisions() {}

  /** The provinces in code order. */
  static List<Province> provinces() {
    return Holder.PROVINCES;
  }

  private static List<Province> load() {
    Map<String, Province> provinces = new LinkedHashMap<>();
    Map<String, Division> citiesByName = new LinkedHashMap<>();
    List<String[]> counties = new ArrayList<>();
    try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line = reader.readLine(); // header
      while ((line = reader.readLine()) != null) {
        String[] f = line.split(",", -1);
        if (f.length < 6 || !f[5].equals("在用")) {
          continue;
        }
        String code = f[0].replace("\uFEFF", "");
        if (code.compareTo("700000") >= 0) {
          continue; // 台湾, 香港, 澳门: no reports under the 条例
        }
        switch (f[4]) {
          case "省级" ->
              provinces.put(f[1], new Province(code, f[3], new ArrayList<>(), new ArrayList<>()));
          case "地级" -> {
            Province p = provinces.get(f[1]);
            Division city = new Division(code, f[3], p, null);
            p.cities().add(city);
            citiesByName.put(f[1] + "/" + f[3], city);
          }
          case "县级" -> counties.add(f);
          default -> {}
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String[] f : counties) {
      Province p = provinces.get(f[1]);
      Division city = citiesByName.get(f[1] + "/" + f[2]);
      if (p == null || (city == null && !f[2].equals("直辖"))) {
        continue;
      }
      if (f[3].equals("市辖区")) {
        continue;
      }
      p.counties().add(new Division(f[0], f[3], p, city));
    }
    List<Province> out = new ArrayList<>();
    for (Province p : provinces.values()) {
      out.add(new Province(p.code(), p.name(), List.copyOf(p.cities()), List.copyOf(p.counties())));
    }
    return List.copyOf(out);
  }
}
