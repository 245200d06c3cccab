package ogireports.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ogireports.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A test set generated from the gazetteer itself: for every county- and prefecture-level division
 * in use in each year 2019–2024, agency names in the forms real reports use (full chain, own name,
 * abbreviated department, a title without place with the name in the body); for every township, its
 * body with and without the county. Names shared by several places must resolve with their parent
 * and be AMBIGUOUS without it. The one hard rule: no RESOLVED place with a wrong code.
 */
class GeneratedGazetteerTest {

  private static final PlaceResolver R = PlaceResolver.fromClasspath();
  private static final Gazetteer G = R.gazetteer();

  /** Counts of a run: cases, wrong codes, and expectations missed without a wrong code. */
  private static final class Tally {
    int cases;
    int wrong;
    final List<String> wrongCases = new ArrayList<>();
    final List<String> missed = new ArrayList<>();

    void check(String agency, List<String> lines, Integer year, Expected e, boolean mustResolve) {
      cases++;
      Place p = R.resolve(agency, lines, year);
      if (p.resolution() == Place.Resolution.RESOLVED) {
        boolean ok =
            Objects.equals(p.provinceCode(), e.province)
                && Objects.equals(p.cityCode(), e.city)
                && Objects.equals(p.countyCode(), e.county)
                && (e.township == null
                    || p.townshipCode() == null
                    || e.township.equals(p.townshipCode()));
        if (!ok) {
          wrong++;
          if (wrongCases.size() < 30) {
            wrongCases.add(year + " " + agency + " " + lines + " -> " + p + " expected " + e);
          }
        } else if (e.township != null && !e.township.equals(p.townshipCode()) && mustResolve) {
          missed.add(year + " " + agency + " -> no township code");
        }
        return;
      }
      if (mustResolve) {
        missed.add(
            year + " " + agency + " " + lines + " -> " + p.resolution() + " " + p.candidates());
      } else if (p.resolution() != Place.Resolution.AMBIGUOUS) {
        missed.add(year + " " + agency + " (shared name) -> " + p.resolution());
      }
    }
  }

  private record Expected(String province, String city, String county, String township) {}

  private static Expected expected(Division d, int year) {
    Division pref = G.prefectureOf(d, year);
    return new Expected(
        d.provinceCode(),
        pref == null ? null : pref.code(),
        d.level() == Division.Level.COUNTY ? d.code() : null,
        null);
  }

  /** The names of the county- and prefecture-level divisions valid in the year, with counts. */
  private static Map<String, Integer> nameCounts(int year) {
    Map<String, Integer> counts = new HashMap<>();
    for (Division d : G.all()) {
      if (d.validIn(year)) {
        counts.merge(d.name(), 1, Integer::sum);
      }
    }
    return counts;
  }

  @Test
  void countiesAndPrefecturesOfEveryYear() {
    Tally t = new Tally();
    int shared = 0;
    for (int year = 2019; year <= 2024; year++) {
      Map<String, Integer> counts = nameCounts(year);
      for (Division d : G.all()) {
        if (!d.validIn(year) || d.level() == Division.Level.PROVINCE) {
          continue;
        }
        Division prov = G.provinceOf(d, year);
        Division pref = G.prefectureOf(d, year);
        String chain = prov.name() + (pref != null && pref != d ? pref.name() : "") + d.name();
        Expected e = expected(d, year);
        boolean unique = counts.get(d.name()) == 1;
        t.check(chain + "应急管理局", List.of(), year, e, true);
        t.check(d.name() + "应急管理局", List.of(), year, e, unique);
        t.check(d.name() + "应急局", List.of(), year, e, unique);
        char last = d.name().charAt(d.name().length() - 1);
        String bare = ("市县区旗州盟".indexOf(last) >= 0 ? String.valueOf(last) : "") + "应急管理局";
        t.check(bare, List.of("本报告由" + chain + "应急管理局编制。"), year, e, true);
        if (!unique) {
          shared++;
          String parent = pref != null && pref != d ? pref.name() : prov.name();
          t.check(
              d.name() + "应急管理局",
              List.of("本报告在" + parent + "人民政府网站公开。"),
              year,
              e,
              !sharedWithinParent(d, year));
        }
      }
    }
    System.out.printf(
        "generated counties/prefectures: %d cases (%d shared-name divisions), %d wrong codes, %d"
            + " missed%n",
        t.cases, shared, t.wrong, t.missed.size());
    t.missed.stream().limit(20).forEach(m -> System.out.println("  missed: " + m));
    assertThat(t.wrongCases).isEmpty();
    assertThat(t.missed).isEmpty();
  }

  /** True when another division of the same name lies under the same parent in that year. */
  private static boolean sharedWithinParent(Division d, int year) {
    Division pref = G.prefectureOf(d, year);
    for (Division o : G.named(d.name())) {
      if (o != d && o.validIn(year) && !o.code().equals(d.code())) {
        Division op = G.prefectureOf(o, year);
        boolean sameParent =
            pref != null && pref != d
                ? op != null && op.code().equals(pref.code())
                : o.provinceCode().equals(d.provinceCode());
        if (sameParent) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void townshipsWithAndWithoutTheirCounty() {
    Tally t = new Tally();
    Map<String, Integer> townCounts = new HashMap<>();
    for (Township tw : R.townships().all()) {
      townCounts.merge(tw.name(), 1, Integer::sum);
    }
    int sharedNames = (int) townCounts.values().stream().filter(c -> c > 1).count();
    for (int year : new int[] {2019, 2021, 2023, 2024}) {
      for (Township tw : R.townships().all()) {
        String body = tw.name().endsWith("街道") ? "办事处" : "人民政府";
        List<Division> asOf = G.asOf(tw.countyCode(), year);
        for (Division d : asOf) {
          Division prov = G.provinceOf(d, year);
          Division pref = G.prefectureOf(d, year);
          Expected e =
              new Expected(
                  d.provinceCode(),
                  pref == null ? null : pref.code(),
                  d.level() == Division.Level.COUNTY ? d.code() : null,
                  tw.code());
          boolean unique = townCounts.get(tw.name()) == 1 && asOf.size() == 1;
          boolean pairUnique = pairUnique(tw, d);
          t.check(d.name() + tw.name() + body, List.of(), year, e, pairUnique);
          t.check(tw.name() + body, List.of(), year, e, unique);
          String chain = prov.name() + (pref != null && pref != d ? pref.name() : "") + d.name();
          t.check(
              tw.name() + body,
              List.of("本报告在" + chain + "人民政府网站公开。"),
              year,
              e,
              pairUnique && !Townships.isTownshipName(d.name()));
        }
      }
    }
    System.out.printf(
        "generated townships: %d cases (%d names shared by several counties), %d wrong codes, %d"
            + " missed%n",
        t.cases, sharedNames, t.wrong, t.missed.size());
    t.missed.stream().limit(20).forEach(m -> System.out.println("  missed: " + m));
    assertThat(t.wrongCases).isEmpty();
    assertThat(t.missed.size()).isLessThan(t.cases / 100);
  }

  /** True when no other township of this name has a county of the same name. */
  private static boolean pairUnique(Township tw, Division county) {
    for (Township o : R.townships().named(tw.name())) {
      if (o == tw) {
        continue;
      }
      for (Division d : G.asOf(o.countyCode(), county.from())) {
        if (d.name().equals(county.name())) {
          return false;
        }
      }
      Division now = G.current(o.countyCode());
      if (now != null && now.name().equals(county.name())) {
        return false;
      }
    }
    return true;
  }
}
