package ogireports.rules.crossyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import ogireports.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyKeyTest {

  static final Place ZJG = new Place("江苏省", "320000", "苏州市", "320500", "张家港市", "320582", "县级");
  static final Place ZIBO = new Place("山东省", "370000", "淄博市", "370300", null, null, "地市级");
  static final Place WUZHONG = new Place("宁夏回族自治区", "640000", "吴忠市", "640300", null, null, "地市级");
  static final Place JIANGSU = new Place("江苏省", "320000", null, null, null, null, "省级");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "张家港市应急管理局|ZJG|320582|应急管理局",
        "张家港市安全生产监督管理局|ZJG|320582|应急管理局",
        "江苏省苏州市张家港市应急管理局|ZJG|320582|应急管理局",
        "张家港应急管理局|ZJG|320582|应急管理局",
        "淄博市应急局|ZIBO|370300|应急管理局",
        "淄博市应急管理局|ZIBO|370300|应急管理局",
        "宁夏吴忠市应急管理局|WUZHONG|640300|应急管理局",
        "吴忠市 应急管理局|WUZHONG|640300|应急管理局",
        "江苏省人民政府办公厅|JIANGSU|320000|人民政府办公厅",
        "张家港市环境保护局|ZJG|320582|生态环境局",
        "张家港市自然资源和规划局（林业局）|ZJG|320582|自然资源局",
      })
  void keyIsTheCodeAndTheNameWithoutThePlace(
      String agency, String place, String code, String name) {
    Place p =
        switch (place) {
          case "ZJG" -> ZJG;
          case "ZIBO" -> ZIBO;
          case "WUZHONG" -> WUZHONG;
          default -> JIANGSU;
        };
    assertThat(AgencyKey.of(agency, p, "r1")).isEqualTo(code + "|" + name);
  }

  @Test
  void presentCodesKeepTheIdentityOfARenamedCounty() {
    Place then =
        new Place(
            "江苏省",
            "320000",
            "苏州市",
            "320500",
            "吴江市",
            "320584",
            "县级",
            null,
            null,
            "320509",
            "320500",
            Place.Resolution.RESOLVED,
            List.of());
    assertThat(AgencyKey.of("吴江市应急管理局", then, "r")).isEqualTo("320509|应急管理局");
  }

  @Test
  void centralTownshipUnresolvedAmbiguousAndNamelessBodies() {
    Place central =
        new Place(
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
            Place.Resolution.CENTRAL,
            List.of());
    assertThat(AgencyKey.of("应急管理部", central, "r")).isEqualTo("中央|应急管理部");
    Place town =
        new Place(
            "浙江省",
            "330000",
            "温州市",
            "330300",
            "平阳县",
            "330326",
            "乡镇级",
            "昆阳镇",
            "330326100",
            "330326",
            "330300",
            Place.Resolution.RESOLVED,
            List.of());
    assertThat(AgencyKey.of("平阳县昆阳镇人民政府", town, "r")).isEqualTo("330326100|人民政府");
    assertThat(AgencyKey.of("鼓楼区应急管理局", Place.UNRESOLVED, "r9")).isEqualTo("unmatched|r9");
    Place ambiguous =
        new Place(
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
            Place.Resolution.AMBIGUOUS,
            List.of("江苏省南京市鼓楼区(320106)", "河南省开封市鼓楼区(410204)"));
    assertThat(AgencyKey.of("鼓楼区应急管理局", ambiguous, "r9")).isEqualTo("unmatched|r9");
    assertThat(AgencyKey.of(null, ZJG, "r9")).isEqualTo("unmatched|r9");
    assertThat(AgencyKey.of("  ", ZJG, "r9")).isEqualTo("unmatched|r9");
    assertThat(AgencyKey.of("张家港市应急管理局", null, "r9")).isEqualTo("unmatched|r9");
  }

  @Test
  void renamesAreRecognisedOnlyBetweenOldAndNewNames() {
    assertThat(AgencyKey.renamed("安全生产监督管理局", "应急管理局")).isTrue();
    assertThat(AgencyKey.renamed("工商行政管理局", "市场监督管理局")).isTrue();
    assertThat(AgencyKey.renamed("应急管理局", "应急管理局")).isFalse();
    assertThat(AgencyKey.renamed("自然资源局", "自然资源局")).isFalse();
    assertThat(AgencyKey.renamed("环境保护局", "应急管理局")).isFalse();
    assertThat(AgencyKey.renamed(null, "应急管理局")).isFalse();
  }

  @Test
  void snapshotIsSerializableAndComparedByValue() throws Exception {
    AgencyYear a = CrossYearFixtures.snapshot("pass_2020.txt");
    AgencyYear b = CrossYearFixtures.snapshot("pass_2020.txt");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(CrossYearFixtures.snapshot("fail_2020.txt"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(a);
    }
    // Accessors hand out copies.
    a.values()[0] = 99;
    assertThat(a).isEqualTo(b);
    assertThat(a.carryIn(ogireports.model.ApplicantColumn.TOTAL)).isEqualTo(1.0);
    assertThat(a.t2(ogireports.model.DisclosureItem.NORM, ogireports.model.Measure.TOTAL))
        .isEqualTo(11.0);
    assertThat(a.t2(ogireports.model.DisclosureItem.NORM, ogireports.model.Measure.VALID)).isNull();
  }
}
