package ogireports.rules.crossyear;

import static ogireports.rules.crossyear.CrossYearFixtures.key;
import static ogireports.rules.crossyear.CrossYearFixtures.ownFlags;
import static ogireports.rules.crossyear.CrossYearFixtures.snapshots;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import ogireports.model.ApplicantColumn;
import ogireports.model.DisclosureItem;
import ogireports.model.Flag;
import ogireports.model.Measure;
import org.junit.jupiter.api.Test;

/**
 * The cross-year rules on consecutive-year series of one body (seed 000 edited into 2019–2022, read
 * end to end): one series passes every X_ rule, one violates each X_ rule once.
 */
class CrossYearRulesTest {

  static final String[] PASS = {"pass_2019.txt", "pass_2020.txt", "pass_2021.txt", "pass_2022.txt"};
  static final String[] FAIL = {"fail_2019.txt", "fail_2020.txt", "fail_2021.txt", "fail_2022.txt"};

  static List<String> keys(List<CrossYearFlag> flags, List<AgencyYear> reports) {
    return flags.stream().map(f -> key(f, reports)).toList();
  }

  @Test
  void fixturesAreCleanReportsOfOneBody() {
    for (String file : concat(PASS, FAIL)) {
      assertThat(ownFlags(file)).as(file).isEmpty();
    }
    assertThat(snapshots(concat(PASS, FAIL)))
        .extracting(AgencyYear::agencyKey)
        .containsOnly("320582|应急管理局");
    assertThat(snapshots(PASS))
        .extracting(a -> a.year() + "/" + a.template())
        .containsExactly("2019/2019", "2020/2019", "2021/2021", "2022/2021");
  }

  @Test
  void aReportIsComparedWithTheVersionOfLastYearItAgreesWithBest() {
    // Alone, the failing 2021 version and the passing 2022 report disagree.
    assertThat(CrossYearRules.evaluate(snapshots("fail_2021.txt", "pass_2022.txt")))
        .extracting(f -> f.flag().ruleId())
        .isNotEmpty()
        .allMatch(id -> id.startsWith("X_"));
    // With both 2021 versions, 2022 is compared with the one it agrees with: no X_ flag, and
    // the two versions are flagged as such.
    List<AgencyYear> reports = snapshots("fail_2021.txt", "pass_2021.txt", "pass_2022.txt");
    List<CrossYearFlag> flags = CrossYearRules.evaluate(reports);
    assertThat(flags)
        .extracting(f -> f.flag().ruleId())
        .containsOnly("DUPLICATE_AGENCY_YEAR")
        .hasSize(2);
    // Every flag of a report against last year names one and the same version.
    List<AgencyYear> failing = snapshots("fail_2021.txt", "pass_2021.txt", "fail_2022.txt");
    assertThat(
            CrossYearRules.evaluate(failing).stream()
                .filter(f -> f.flag().ruleId().startsWith("X_"))
                .map(f -> f.flag().relatedReportId())
                .distinct())
        .hasSize(1);
  }

  @Test
  void passingSeriesGivesNoFlag() {
    assertThat(CrossYearRules.evaluate(snapshots(PASS))).isEmpty();
  }

  @Test
  void failingSeriesGivesExactlyOneFlagPerViolation() {
    List<AgencyYear> reports = snapshots(FAIL);
    List<CrossYearFlag> flags = CrossYearRules.evaluate(reports);
    assertThat(keys(flags, reports))
        .containsExactly(
            "2020←2019|X_ITEMS_2019|WARN|FAIL|T2|LICENSE|PREV|6.0|8.0|prev_year=2019;reading=items;"
                + "tried=PREV+DELTA=6,DEC=50",
            "2020←2019|X_TOTALPUB_2019|WARN|FAIL|T2|NORM|TOTAL|11.0|9.0|prev_year=2019;bound=10",
            "2021←2020|X_VALID_BRIDGE|INFO|NOTE|T2|NORM|VALID|9.0|8.0|prev_year=2020;difference=-1",
            "2022←2021|X_CARRY_TOT|ERROR|FAIL|T3|CARRY_IN|total|1.0|2.0|prev_year=2021",
            "2022←2021|X_CARRY_COL|WARN|FAIL|T3|CARRY_IN|natural_person|1.0|2.0|prev_year=2021",
            "2022←2021|X_VALID_2021|ERROR|FAIL|T2|NORM|VALID|9.0|10.0|prev_year=2021");
    // Each flag sits on the later report and points at the earlier one.
    for (CrossYearFlag f : flags) {
      AgencyYear on = find(reports, f.reportId());
      AgencyYear related = find(reports, f.flag().relatedReportId());
      assertThat(related.year()).isEqualTo(on.year() - 1);
      assertThat(f.flag().evidence()).isNull();
    }
    assertThat(flags.get(3).flag().message())
        .isEqualTo("表三“二、上年结转政府信息公开申请数量”的总计为2，" + "但2021年报告“四、结转下年度继续办理”的总计为1，两者应相等");
    assertThat(flags.get(5).flag().message())
        .isEqualTo("表二“行政规范性文件”现行有效件数为10，" + "但按2021年报告的现行有效件数8加本年制发件数2减本年废止件数1应为9");
  }

  @Test
  void orderOfTheInputDoesNotMatter() {
    List<AgencyYear> reports = new ArrayList<>(snapshots(concat(FAIL, PASS)));
    List<CrossYearFlag> expected = CrossYearRules.evaluate(reports);
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(reports, random);
      assertThat(CrossYearRules.evaluate(reports)).isEqualTo(expected);
    }
  }

  @Test
  void onlyConsecutiveYearsAreCompared() {
    // 2019 and 2021 of the failing series with 2020 missing: no pair, no flag.
    assertThat(CrossYearRules.evaluate(snapshots("fail_2019.txt", "fail_2021.txt"))).isEmpty();
    // 2021 → 2022 alone still gives the three carry/valid flags.
    assertThat(CrossYearRules.evaluate(snapshots("fail_2021.txt", "fail_2022.txt")))
        .extracting(f -> f.flag().ruleId())
        .containsExactly("X_CARRY_TOT", "X_CARRY_COL", "X_VALID_2021");
  }

  @Test
  void twoDifferentReportsOfOneYearAreBothKeptAndFlagged() {
    List<AgencyYear> reports =
        snapshots("pass_2019.txt", "pass_2020.txt", "pass_2020_reissued.txt", "pass_2021.txt");
    List<CrossYearFlag> flags = CrossYearRules.evaluate(reports);
    assertThat(keys(flags, reports))
        .containsExactly(
            "2020←2020|DUPLICATE_AGENCY_YEAR|WARN|FAIL|META|null|null|null|null|year=2020;other=*;others=1",
            "2020←2020|DUPLICATE_AGENCY_YEAR|WARN|FAIL|META|null|null|null|null|year=2020;other=*;others=1");
    assertThat(flags.get(0).reportId()).isEqualTo(flags.get(1).flag().relatedReportId());
    assertThat(flags.get(1).reportId()).isEqualTo(flags.get(0).flag().relatedReportId());
    assertThat(flags.get(0).reportId()).isNotEqualTo(flags.get(1).reportId());
    assertThat(flags.get(0).flag().message()).startsWith("“张家港市应急管理局”的2020年报告还有另一份内容不同的版本");
    // The same document twice is one report.
    assertThat(CrossYearRules.evaluate(snapshots("pass_2020.txt", "pass_2020.txt"))).isEmpty();
  }

  @Test
  void renamedBodySharesTheKeyAndItsErrorsAreDowngraded() {
    List<AgencyYear> reports = snapshots("renamed_2019.txt", "renamed_2020.txt");
    assertThat(reports)
        .extracting(AgencyYear::agency)
        .containsExactly("张家港市安全生产监督管理局", "张家港市应急管理局");
    assertThat(reports).extracting(AgencyYear::agencyKey).containsOnly("320582|应急管理局");
    List<CrossYearFlag> flags = CrossYearRules.evaluate(reports);
    String renamed = ";renamed=安全生产监督管理局→应急管理局";
    assertThat(keys(flags, reports))
        .containsExactly(
            "2020←2019|X_CARRY_TOT|WARN|FAIL|T3|CARRY_IN|total|1.0|2.0|prev_year=2019" + renamed,
            "2020←2019|X_CARRY_COL|WARN|FAIL|T3|CARRY_IN|natural_person|1.0|2.0|prev_year=2019"
                + renamed);
    assertThat(flags.get(0).flag().message()).endsWith("（机构改革更名：安全生产监督管理局→应急管理局）");
  }

  @Test
  void unmatchedAndYearlessReportsAreNeverCompared() {
    AgencyYear a =
        new AgencyYear("a", "unmatched|a", null, null, 2019, "2019", true, true, null, null);
    AgencyYear b =
        new AgencyYear("b", "unmatched|b", null, null, 2020, "2019", true, true, null, null);
    AgencyYear c =
        new AgencyYear("c", "320582|应急管理局", null, null, null, "2019", true, true, null, null);
    assertThat(CrossYearRules.evaluate(List.of(a, b, c))).isEmpty();
    assertThat(CrossYearRules.evaluate(null)).isEmpty();
    List<AgencyYear> withNull = new ArrayList<>();
    withNull.add(null);
    assertThat(CrossYearRules.evaluate(withNull)).isEmpty();
  }

  @Test
  void missingCarryOverIsNotAssessableAndBlanksAreQualified() {
    double[] values = new double[AgencyYear.SLOTS];
    java.util.Arrays.fill(values, Double.NaN);
    double[] last = values.clone();
    for (ApplicantColumn c : ApplicantColumn.values()) {
      last[AgencyYear.t3Slot(ogireports.model.ApplicationRowId.CARRY_OUT, c)] = 0;
    }
    boolean[] lastBlank = new boolean[AgencyYear.SLOTS];
    lastBlank[
            AgencyYear.t3Slot(ogireports.model.ApplicationRowId.CARRY_OUT, ApplicantColumn.TOTAL)] =
        true;
    double[] now = values.clone();
    for (ApplicantColumn c : ApplicantColumn.values()) {
      now[AgencyYear.t3Slot(ogireports.model.ApplicationRowId.CARRY_IN, c)] =
          c == ApplicantColumn.TOTAL || c == ApplicantColumn.NATURAL_PERSON ? 3 : 0;
    }
    now[
            AgencyYear.t3Slot(
                ogireports.model.ApplicationRowId.CARRY_IN, ApplicantColumn.LEGAL_SERVICE_ORG)] =
        Double.NaN;
    String key = "320582|应急管理局";
    AgencyYear y20 =
        new AgencyYear("p", key, "x", "应急管理局", 2020, "2019", true, false, last, lastBlank);
    AgencyYear y21 = new AgencyYear("q", key, "x", "应急管理局", 2021, "2021", true, false, now, null);
    List<AgencyYear> reports = List.of(y20, y21);
    assertThat(keys(CrossYearRules.evaluate(reports), reports))
        .containsExactly(
            "2021←2020|X_CARRY_TOT|ERROR|FAIL|T3|CARRY_IN|total|0.0|3.0|prev_year=2020;with_blanks",
            "2021←2020|X_CARRY_COL|WARN|FAIL|T3|CARRY_IN|natural_person|0.0|3.0|prev_year=2020",
            "2021←2020|X_CARRY_COL|WARN|NOT_ASSESSABLE|T3|CARRY_IN|null|null|null|prev_year=2020;"
                + "columns=legal_service_org");
  }

  @Test
  void decisionSeriesReadingOfItemsIsConsistent() {
    String key = "320582|应急管理局";
    double[] v19 = new double[AgencyYear.SLOTS];
    java.util.Arrays.fill(v19, Double.NaN);
    double[] v20 = v19.clone();
    v19[AgencyYear.t2Slot(DisclosureItem.PENALTY, Measure.PREV)] = 114;
    v19[AgencyYear.t2Slot(DisclosureItem.PENALTY, Measure.DELTA)] = -19;
    v19[AgencyYear.t2Slot(DisclosureItem.PENALTY, Measure.DEC)] = 95;
    v19[AgencyYear.t2Slot(DisclosureItem.LICENSE, Measure.PREV)] = 1353;
    v19[AgencyYear.t2Slot(DisclosureItem.LICENSE, Measure.DELTA)] = 4;
    v19[AgencyYear.t2Slot(DisclosureItem.LICENSE, Measure.DEC)] = 1400;
    v20[AgencyYear.t2Slot(DisclosureItem.PENALTY, Measure.PREV)] = 95; // = DEC(2019)
    v20[AgencyYear.t2Slot(DisclosureItem.LICENSE, Measure.PREV)] = 1400; // = DEC(2019) too
    List<AgencyYear> reports =
        List.of(
            new AgencyYear("a", key, null, null, 2019, "2019", false, true, v19, null),
            new AgencyYear("b", key, null, null, 2020, "2019", false, true, v20, null));
    assertThat(CrossYearRules.evaluate(reports)).isEmpty();
    v20[AgencyYear.t2Slot(DisclosureItem.LICENSE, Measure.PREV)] = 1300;
    List<AgencyYear> broken =
        List.of(
            reports.get(0),
            new AgencyYear("b", key, null, null, 2020, "2019", false, true, v20, null));
    assertThat(keys(CrossYearRules.evaluate(broken), broken))
        .containsExactly(
            "2020←2019|X_ITEMS_2019|WARN|FAIL|T2|LICENSE|PREV|1357.0|1300.0|prev_year=2019;"
                + "reading=items;tried=PREV+DELTA=1357,DEC=1400");
  }

  private static AgencyYear find(List<AgencyYear> reports, String id) {
    return reports.stream().filter(r -> r.reportId().equals(id)).findFirst().orElseThrow();
  }

  private static String[] concat(String[] a, String[] b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }

  static List<Flag> flagsOf(List<CrossYearFlag> flags) {
    return flags.stream().map(CrossYearFlag::flag).toList();
  }
}
