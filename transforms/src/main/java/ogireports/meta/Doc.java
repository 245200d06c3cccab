package ogireports.meta;

import java.util.ArrayList;
import java.util.List;
import ogireports.text.Normalise;
import ogireports.text.ParseBudget;

/**
 * A report's non-empty lines in two forms: as printed (whitespace collapsed) and squeezed (NFKC,
 * all whitespace removed) for matching. Built once per report; null lines are skipped.
 */
final class Doc {

  /** Lines longer than this are truncated for matching (hostile input stays cheap). */
  private static final int MAX_LINE = 20_000;

  private static final int MAX_LINES = 20_000;

  private final List<String> printed = new ArrayList<>();
  private final List<String> squeezed = new ArrayList<>();
  private final ParseBudget budget;

  Doc(List<String> lines) {
    this(lines, ParseBudget.UNLIMITED);
  }

  /** A doc whose line loops check {@code budget} (phase {@code metadata}). */
  Doc(List<String> lines, ParseBudget budget) {
    this.budget = budget;
    if (lines == null) {
      return;
    }
    for (String raw : lines) {
      check();
      if (raw == null) {
        continue;
      }
      String r = raw.length() > MAX_LINE ? raw.substring(0, MAX_LINE) : raw;
      String sq = Normalise.squeeze(r);
      if (sq.isEmpty()) {
        continue;
      }
      printed.add(Chars.collapse(r));
      squeezed.add(sq);
      if (squeezed.size() >= MAX_LINES) {
        break;
      }
    }
  }

  /**
   * Checks the parse budget; called once per line by the loops that may visit every line.
   *
   * @throws ParseBudget.Exceeded when it has run out
   */
  void check() {
    budget.check(MetadataReader.PHASE);
  }

  int size() {
    return squeezed.size();
  }

  /** The i-th non-empty line, NFKC with whitespace removed. */
  String sq(int i) {
    return squeezed.get(i);
  }

  /** The i-th non-empty line as printed, whitespace collapsed. */
  String printed(int i) {
    return printed.get(i);
  }

  /**
   * Index of the heading of the given section (e.g. '五' for {@code 五、存在的主要问题…}), or
   * {@link #size()} when absent. Only lines that start with the numeral and a separator and are
   * short enough to be headings count.
   */
  int sectionStart(char numeral, int from) {
    for (int i = Math.max(0, from); i < squeezed.size(); i++) {
      check();
      String s = squeezed.get(i);
      if (s.length() >= 3
          && s.length() <= 40
          && s.charAt(0) == numeral
          && "、.,:".indexOf(s.charAt(1)) >= 0
          && Chars.isHan(s.charAt(2))) {
        return i;
      }
    }
    return squeezed.size();
  }
}
