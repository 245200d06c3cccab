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
  @CsvSource(delimiter = '#', nullValues = "none", value = {
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
    ReportFixture f = ReportFixture.zeros(template == Template.T2021 ? Template.T2021
        : Template.T2019, year).template(template);
    List<Flag> flags = T3RulesTest.only(f.evaluate(), "X_TEMPLATE_YEAR");
    if (expected == null) {
      assertThat(flags).isEmpty();
    } else {
      assertThat(keys(flags)).containsExactly(expected);
    }
  }

  @org.junit.jupiter.api.Test
  void unknownYearGivesNothingAndTheMessageNamesBoth() {
    assertThat(T3RulesTest.only(ReportFixture.zeros(Template.T2021, null).evaluate(),
        "X_TEMPLATE_YEAR")).isEmpty();
    Flag flag = T3RulesTest.only(ReportFixture.zeros(Template.T2021, 2020).evaluate(),
        "X_TEMPLATE_YEAR").get(0);
    assertThat(flag.message())
        .isEqualTo("报告年度为2020年，表格却是2021年格式（2020年的报告应使用2019年格式），请核对年度或模板");
  }
}
