package ogireports.model;

import java.util.List;
import java.util.Optional;

/** Table 二 (主动公开政府信息情况) as found: one value per item and measure read. */
public record ActiveDisclosureTable(List<DisclosureValue> values) {

  public ActiveDisclosureTable {
    values = List.copyOf(values);
  }

  public Optional<DisclosureValue> value(DisclosureItem item, Measure measure) {
    for (DisclosureValue v : values) { // a loop: the rules ask for values many times a report
      if (v.item() == item && v.measure() == measure) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
