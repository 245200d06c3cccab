package ogireports.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;
import ogireports.document.Decoder;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.RejectReason;
import ogireports.document.ReportReader;
import ogireports.model.Place;
import ogireports.model.ReportMetadata;
import ogireports.places.PlaceResolver;

/**
 * Decode + read end to end on arbitrary bytes: never throws, every outcome is an accepted report or
 * a reject, a reject is never INTERNAL_ERROR, and an accepted report's partition fields are valid
 * (province an official name or 中央 or null; year 4 digits or null).
 *
 * <p>Regression inputs: {@code ReportReaderFuzzTestInputs/readDocument/}. Fuzz: {@code
 * scripts/fuzz.sh}.
 */
class ReportReaderFuzzTest {

  /** The official province-level names, and 中央 for central bodies. */
  static final Set<String> PROVINCES =
      Set.of(
          "中央",
          "北京市",
          "天津市",
          "河北省",
          "山西省",
          "内蒙古自治区",
          "辽宁省",
          "吉林省",
          "黑龙江省",
          "上海市",
          "江苏省",
          "浙江省",
          "安徽省",
          "福建省",
          "江西省",
          "山东省",
          "河南省",
          "湖北省",
          "湖南省",
          "广东省",
          "广西壮族自治区",
          "海南省",
          "重庆市",
          "四川省",
          "贵州省",
          "云南省",
          "西藏自治区",
          "陕西省",
          "甘肃省",
          "青海省",
          "宁夏回族自治区",
          "新疆维吾尔自治区",
          "台湾省",
          "香港特别行政区",
          "澳门特别行政区");

  private static ReportReader reader;

  private static synchronized ReportReader reader() {
    if (reader == null) {
      reader = new ReportReader(PlaceResolver.fromClasspath());
    }
    return reader;
  }

  @FuzzTest
  void readDocument(byte[] bytes) {
    ReportReader r = reader();
    Decoder.Result decoded = Guard.run("Decoder.decode", () -> Decoder.decode(bytes));
    assertThat(decoded.isText() || decoded.reason() != null).isTrue();

    ReadOutcome outcome = Guard.run("ReportReader.read", () -> r.read(new Document("fuzz", bytes)));
    check(outcome);
  }

  static void check(ReadOutcome outcome) {
    assertThat(outcome).isNotNull();
    if (outcome instanceof ReadOutcome.Rejected rejected) {
      assertThat(rejected.reason())
          .as("reject detail: %s", rejected.detail())
          .isNotNull()
          .isNotEqualTo(RejectReason.INTERNAL_ERROR);
    } else if (outcome instanceof ReadOutcome.Accepted accepted) {
      Place place = accepted.report().place();
      assertThat(place).isNotNull();
      if (place.province() != null) {
        assertThat(PROVINCES).contains(place.province());
      }
      ReportMetadata meta = accepted.report().metadata();
      Integer year = meta.year();
      assertThat(year).as("an accepted report has a year").isNotNull();
      assertThat(year).isBetween(1000, 9999);
      assertThat(accepted.flags()).isNotNull();
    } else {
      throw new AssertionError("neither accepted nor rejected: " + outcome);
    }
  }
}
