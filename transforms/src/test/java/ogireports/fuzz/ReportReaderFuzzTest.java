package ogireports.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import ogireports.document.Decoder;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.RejectReason;
import ogireports.document.ReportReader;
import ogireports.model.Place;
import ogireports.model.ReportMetadata;
import ogireports.output.Partition;
import ogireports.places.CentralBodies;
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
        assertOfficialProvince(place.province());
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

  /** An official province-level name (GB/T 2260), or the place of central bodies. */
  static void assertOfficialProvince(String province) {
    assertThat(province)
        .as("an official province-level name or %s", CentralBodies.PLACE)
        .satisfiesAnyOf(
            p -> assertThat(Partition.PROVINCES).contains(p),
            p -> assertThat(p).isEqualTo(CentralBodies.PLACE));
  }
}
