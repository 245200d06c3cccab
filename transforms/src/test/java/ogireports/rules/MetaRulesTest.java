package ogireports.rules;

import static ogireports.rules.SeedReportsTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.Flag;
import ogireports.model.Template;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetaRulesTest {

  @ParameterizedTest(name = "{0} on template {1} → {2}")
  @CsvSource(
      delimiter = '#',
      nullValues = "none",
      value = {
        "2019#T2019#none",
        "2020#T2019#none",
        "2021#T2021#none",
        "2024#T2021#none",
        "2020#T2021#X_TEMPLATE_YEAR|WARN|FAIL|META|null|null|2019.0|2021.0|year=2020;template=2021;expected_template=2019",
        "2021#T2019#X_TEMPLATE_YEAR|WARN|FAIL|META|null|null|2021.0|2019.0|year=2021;template=2019;expected_template=2021",
        "2023#T2019#X_TEMPLATE_YEAR|WARN|FAIL|META|null|null|2021.0|2019.0|year=2023;template=2019;expected_template=2021",
        "2017#T2019#X_TEMPLATE_YEAR|WARN|FAIL|META|null|null|null|2019.0|year=2017;template=2019;expected_template=pre2019",
        "2020#UNKNOWN#none",
        "2016#PRE2019#none",
      })
  void templateMustMatchTheYear(int year, Template template, String expected) {
    ReportFixture f =
        ReportFixture.zeros(template == Template.T2021 ? Template.T2021 : Template.T2019, year)
            .template(template);
    List<Flag> flags = T3RulesTest.only(f.evaluate(), "X_TEMPLATE_YEAR");
    if (expected == null) {
      assertThat(flags).isEmpty();
    } else {
      assertThat(keys(flags)).containsExactly(expected);
    }
  }

  @org.junit.jupiter.api.Test
  void unknownYearGivesNothingAndTheMessageNamesBoth() {
    assertThat(
            T3RulesTest.only(
                ReportFixture.zeros(Template.T2021, null).evaluate(), "X_TEMPLATE_YEAR"))
        .isEmpty();
    Flag flag =
        T3RulesTest.only(ReportFixture.zeros(Template.T2021, 2020).evaluate(), "X_TEMPLATE_YEAR")
            .get(0);
    assertThat(flag.message()).isEqualTo("报告年度为2020年，表格却是2021年格式（2020年的报告应使用2019年格式），请核对年度或模板");
  }

  static final ogireports.model.Place AMBIGUOUS =
      new ogireports.model.Place(
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          ogireports.model.Place.Resolution.AMBIGUOUS,
          List.of("江苏省南京市鼓楼区(320106)", "江苏省徐州市鼓楼区(320302)", "福建省福州市鼓楼区(350102)"));

  static ReportFixture named(String agency, Integer year, String conflict) {
    return ReportFixture.zeros(Template.T2019, 2020)
        .metadata(new ogireports.model.ReportMetadata(null, agency, year, null, "部门", conflict));
  }

  @org.junit.jupiter.api.Test
  void ambiguousPlaceListsTheCandidates() {
    List<Flag> flags = named("鼓楼区应急管理局", 2020, null).place(AMBIGUOUS).evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "META_PLACE_AMBIGUOUS|WARN|FAIL|META|null|null|null|null|"
                + "candidates=江苏省南京市鼓楼区(320106)|江苏省徐州市鼓楼区(320302)|福建省福州市鼓楼区(350102)");
    assertThat(flags.get(0).message())
        .isEqualTo(
            "发布机关“鼓楼区应急管理局”所在地无法唯一确定（可能是"
                + "江苏省南京市鼓楼区(320106)、江苏省徐州市鼓楼区(320302)、福建省福州市鼓楼区(350102)），"
                + "请根据报告中的上级地名、网址或邮编核定所属行政区划");
  }

  @org.junit.jupiter.api.Test
  void unresolvedPlaceNamesTheAgencyOrItsAbsence() {
    List<Flag> flags =
        named("县应急管理局", 2020, null).place(ogireports.model.Place.UNRESOLVED).evaluate();
    assertThat(keys(flags))
        .containsExactly("META_PLACE_UNRESOLVED|WARN|FAIL|META|null|null|null|null|agency=县应急管理局");
    assertThat(flags.get(0).message()).isEqualTo("未能确定发布机关“县应急管理局”所属的行政区划，请核对机关全称中的地名");
    assertThat(keys(named(null, 2020, null).place(null).evaluate()))
        .containsExactly("META_PLACE_UNRESOLVED|WARN|FAIL|META|null|null|null|null|no_agency");
    ogireports.model.Place central =
        new ogireports.model.Place(
            "中央",
            null,
            null,
            null,
            null,
            null,
            "中央",
            null,
            null,
            null,
            null,
            ogireports.model.Place.Resolution.CENTRAL,
            List.of());
    assertThat(named("应急管理部", 2020, null).place(central).evaluate()).isEmpty();
    assertThat(named("张家港市应急管理局", 2020, null).evaluate()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void yearConflictIsQuoted() {
    String conflict = "标题为2020年，统计期限为2019年1月1日至2019年12月31日";
    List<Flag> flags = named("张家港市应急管理局", 2020, conflict).evaluate();
    assertThat(keys(flags))
        .containsExactly(
            "META_YEAR_CONFLICT|WARN|FAIL|META|null|null|null|2020.0|year_conflict=" + conflict);
    assertThat(flags.get(0).message()).isEqualTo("报告年度存在矛盾：" + conflict + "（现按2020年处理），请核对标题与统计期限");
    assertThat(named("张家港市应急管理局", 2020, " ").evaluate()).isEmpty();
  }
}
