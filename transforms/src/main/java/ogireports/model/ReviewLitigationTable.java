package ogireports.model;

import java.util.List;
import java.util.Optional;

/**
 * Table 四 (行政复议/行政诉讼) as found.
 *
 * @param groups the groups read (3 when the table is complete)
 * @param valuesFound how many value cells were found after the header (15 when complete)
 * @param problems human-readable notes on what could not be read (for T4_SHAPE messages)
 */
public record ReviewLitigationTable(
    List<ReviewLitigationRow> groups, int valuesFound, List<String> problems) {

  public ReviewLitigationTable {
    groups = List.copyOf(groups);
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  public Optional<ReviewLitigationRow> group(ReviewGroup group) {
    for (ReviewLitigationRow g : groups) {
      if (g.group() == group) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
