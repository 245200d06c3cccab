package ogireports.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import ogireports.values.ValueNormaliser;
import ogireports.values.ValueNormaliser.ColumnKind;
import org.junit.jupiter.api.Test;

/** A cell's "is a value" answer, decided once when the cell is made, against the normaliser. */
class CellTest {

  @Test
  void valuesLabelsAndProse() {
    assertTrue(cell("１２").isValue());
    assertTrue(cell("1,234").isValue());
    assertTrue(cell("—").isValue());
    assertTrue(cell("无").isValue());
    assertTrue(cell("增加 3").isValue());
    assertTrue(cell("4.5万元").isValue());
    assertTrue(cell("640020470").isValue()); // a run-together row
    assertFalse(cell("自然人").isValue());
    assertFalse(cell("（一）予以公开").isValue());
    assertFalse(cell("本年新收政府信息公开申请数量共计12件").isValue());
    assertFalse(cell("   ").isValue());
    assertFalse(Cell.of("12", 1, 1, CellLayout.LINE_CELL, true).isValue()); // a heading
  }

  /**
   * The shortcut (a text with a character no value has is not a value) gives the answer the
   * normaliser itself gives, on texts drawn from value characters, labels and noise.
   */
  @Property(tries = 5000, seed = "902211", shrinking = ShrinkingMode.FULL)
  void theShortcutAgreesWithTheNormaliser(@ForAll("cellTexts") String raw) {
    boolean read =
        !ValueNormaliser.read(raw, ColumnKind.DELTA).isUnreadable()
            || !ValueNormaliser.read(raw, ColumnKind.AMOUNT).isUnreadable();
    String text = ogireports.text.Normalise.label(raw);
    boolean digitRun =
        !text.isEmpty()
            && text.length() <= RunTogether.MAX_DIGITS
            && text.chars().allMatch(c -> c >= '0' && c <= '9');
    assertEquals(!text.isEmpty() && (read || digitRun), cell(raw).isValue(), raw);
  }

  @Provide
  Arbitrary<String> cellTexts() {
    return Arbitraries.strings()
        .withChars("0123456789１２３,.，．+-−—―–/\\_…⋯无空增加新减少持平变化件条项个万元 \u00a0\u3000自然人其他%（）()“\"")
        .ofMinLength(0)
        .ofMaxLength(12);
  }

  private static Cell cell(String raw) {
    return Cell.of(raw, 1, 1, CellLayout.LINE_CELL, false);
  }
}
