package ogireports.text;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ICU4J's {@code Traditional-Simplified} conversion, its rules applied by their first character.
 *
 * <p>Why not the transliterator itself: at each character of a text, its rule set tries every rule
 * filed under the low byte of that character (some 16 of its 4,177 rules) through its general
 * matcher, which serves contexts, quantifiers and cursor moves. That was 87% of the parse of a page
 * printed in Traditional script (2.7 of 3.1 ms for a 2 KB page). Its rules are plain: a string of
 * one or more characters and its replacement, without context (3,201 single characters, 976 phrases
 * such as {@code 崑崙 > 昆仑} and {@code 于思 > 于思}, which keeps {@code 思} from a rule of its own). This
 * class takes the rules from the transliterator ({@code toRules}) and applies them as it does: at
 * each position, the first rule in the rules' order whose string starts there is applied, its
 * replacement written and the text after its string read next; a character that starts no matching
 * rule is kept. Should the transliterator's rules not all be of that plain form (another ICU4J),
 * the transliterator itself converts. {@code SimplifiedConversionTest} compares both on every
 * character, every rule in and between other text, random strings of the rules' characters and the
 * real reports.
 */
final class SimplifiedConversion {

  /** The transliterator's id. */
  static final String ID = "Traditional-Simplified";

  /**
   * Per first character, its rules in the transliterator's order: a string, its replacement, the
   * next string, its replacement. Null when the rules are not all plain.
   */
  private final Map<Character, String[]> rulesByFirst;

  /** Whether some rule starts with the character: most characters start none. */
  private final boolean[] starts = new boolean[0x10000];

  private SimplifiedConversion(Map<Character, String[]> rulesByFirst) {
    this.rulesByFirst = rulesByFirst;
    if (rulesByFirst != null) {
      rulesByFirst.keySet().forEach(c -> starts[c] = true);
    }
  }

  private static final class Holder {
    static final SimplifiedConversion RULES = fromTransliterator();
  }

  // Transliterator instances are not thread-safe; one per thread, made only when the rules are not
  // plain.
  private static final ThreadLocal<Transliterator> TRANSLITERATOR =
      ThreadLocal.withInitial(() -> Transliterator.getInstance(ID));

  /** {@code text} converted to Simplified script, as the transliterator converts it. */
  static String convert(String text) {
    SimplifiedConversion rules = Holder.RULES;
    return rules.rulesByFirst == null
        ? TRANSLITERATOR.get().transliterate(text)
        : rules.apply(text);
  }

  /** True when the rules are applied here, false when the transliterator converts. */
  static boolean appliesRules() {
    return Holder.RULES.appliesItsRules();
  }

  /** True when these rules are applied here, false when they are left to the transliterator. */
  boolean appliesItsRules() {
    return rulesByFirst != null;
  }

  private String apply(String text) {
    StringBuilder out = null;
    int n = text.length();
    int copied = 0; // text[copied, i) is still to be copied to out
    int i = 0;
    next:
    while (i < n) {
      char c = text.charAt(i);
      if (starts[c]) {
        String[] rules = rulesByFirst.get(c);
        for (int r = 0; r < rules.length; r += 2) {
          String from = rules[r];
          if (text.startsWith(from, i)) {
            String to = rules[r + 1];
            if (!to.equals(from)) {
              if (out == null) {
                out = new StringBuilder(n);
              }
              out.append(text, copied, i).append(to);
              copied = i + from.length();
            }
            i += from.length();
            continue next;
          }
        }
      }
      i++;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, n).toString();
  }

  /**
   * The transliterator's rules, each a line {@code FROM > TO;} in {@code toRules}; without rules
   * when some line is not of that form or holds a character of rule syntax (ASCII: quotes, escapes,
   * contexts, variables).
   */
  static SimplifiedConversion fromTransliterator() {
    return of(Transliterator.getInstance(ID).toRules(false));
  }

  static SimplifiedConversion of(String rules) {
    Map<Character, List<String>> byFirst = new HashMap<>();
    for (String line : rules.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int arrow = line.indexOf(" > ");
      if (arrow <= 0 || !line.endsWith(";") || arrow + 3 >= line.length() - 1) {
        return new SimplifiedConversion(null);
      }
      String from = line.substring(0, arrow);
      String to = line.substring(arrow + 3, line.length() - 1);
      if (!plain(from) || !plain(to)) {
        return new SimplifiedConversion(null);
      }
      byFirst.computeIfAbsent(from.charAt(0), k -> new ArrayList<>()).add(from);
      byFirst.get(from.charAt(0)).add(to);
    }
    if (byFirst.isEmpty()) {
      return new SimplifiedConversion(null);
    }
    Map<Character, String[]> rulesByFirst = new HashMap<>();
    byFirst.forEach((c, list) -> rulesByFirst.put(c, list.toArray(new String[0])));
    return new SimplifiedConversion(rulesByFirst);
  }

  /** No ASCII (rule syntax, escapes, whitespace) and no unpaired surrogate. */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
