package ogireports.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import ogireports.model.CellValue;
import ogireports.values.ValueNormaliser;
import ogireports.values.ValueNormaliser.ColumnKind;

/**
 * Cell values: never throw; the raw text is kept as printed; a value is finite and within the
 * stored magnitude; blank and number exclude each other.
 *
 * <p>Regression inputs: {@code ValueNormaliserFuzzTestInputs/read/} (the first byte picks the
 * column kind by its value modulo 3: {@code 0} COUNT, {@code 1} DELTA, {@code 2} AMOUNT; the rest
 * is the cell text in UTF-8).
 */
class ValueNormaliserFuzzTest {

  @FuzzTest
  void read(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    ColumnKind kind = ColumnKind.values()[(bytes[0] & 0xFF) % 3];
    String raw = new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
    CellValue cell = Guard.run("ValueNormaliser.read", () -> ValueNormaliser.read(raw, kind));
    assertThat(cell).isNotNull();
    assertThat(cell.raw()).isEqualTo(raw);
    assertThat(cell.notes()).isNotNull();
    if (cell.value() != null) {
      double v = cell.value();
      assertThat(Double.isFinite(v)).as("finite: %s", v).isTrue();
      assertThat(Math.abs(v)).isLessThan(9.0e15);
      assertThat(cell.blank()).isFalse();
    }
    CellValue again = ValueNormaliser.read(raw, kind);
    assertThat(again).as("deterministic").isEqualTo(cell);
    ValueNormaliser.read(null, kind);
    ValueNormaliser.read(raw, null);
  }
}
