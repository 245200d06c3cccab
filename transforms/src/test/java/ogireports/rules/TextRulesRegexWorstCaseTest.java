package ogireports.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import ogireports.fuzz.Linearity.CountingChars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two regular expressions of the text rules against their worst cases: about 100 K characters
 * of the prefix each alternative starts with, in one sentence with no match. Both patterns bound
 * every repeat ({@code {0,20}?}, {@code {0,30}?}, {@code {0,2}}), so the work is linear in the
 * sentence length. The work is counted, not timed: the characters the matcher reads, on the
 * sentence and on one four times as long, must grow at most linearly (a catastrophic backtrack
 * grows with the square or worse) and stay within a fixed number of reads per character, which
 * holds the same on any machine under any load.
 */
class TextRulesRegexWorstCaseTest {

  static final int CHARS = 100_000;

  /**
   * Reads per character of the sentence the bounded repeats allow (generous: 4 alternatives × 31).
   */
  static final int MOST_READS_PER_CHAR = 200;

  static String times(String unit, int chars) {
    return unit.repeat(Math.max(1, chars / unit.length()));
  }

  static Stream<String> worstCases() {
    return Stream.of(
        "未",
        "未收到",
        "没有收到",
        "尚未接收",
        "无",
        "无依申请",
        "未收到政府信息公开",
        "没有收到申",
        "未发生",
        "无行政复议、",
        "无行政复议、、被提起行政",
        "未被行政复议和",
        "无" + "a".repeat(29) + "行政复议");
  }

  static long reads(Pattern pattern, String sentence) {
    CountingChars counted = new CountingChars(sentence);
    pattern.matcher(counted).find();
    return counted.reads();
  }

  static void assertLinear(Pattern pattern, String unit) {
    String small = times(unit, CHARS);
    String large = times(unit, 4 * CHARS);
    long a = reads(pattern, small);
    long b = reads(pattern, large);
    assertThat(a)
        .as("reads of %d chars of %s", small.length(), unit)
        .isLessThanOrEqualTo((long) MOST_READS_PER_CHAR * small.length());
    assertThat(b)
        .as("reads of 4× the sentence grow linearly (%d then %d)", a, b)
        .isLessThanOrEqualTo(5 * Math.max(a, small.length()));
  }

  @ParameterizedTest
  @MethodSource("worstCases")
  void zeroApplicationsIsLinear(String unit) {
    assertLinear(TextRules.ZERO_APPLICATIONS, unit);
    assertThat(TextRules.saysNoApplications(times(unit, CHARS))).isIn(true, false);
  }

  @ParameterizedTest
  @MethodSource("worstCases")
  void noReviewLitigationIsLinear(String unit) {
    assertLinear(TextRules.NO_REVIEW_LITIGATION, unit);
    assertThat(TextRules.saysNoReviewLitigation(times(unit, CHARS))).isFalse();
  }

  /** The counter itself: a pattern that backtracks polynomially is caught by the reads. */
  @org.junit.jupiter.api.Test
  void aCatastrophicPatternIsCaughtByTheCount() {
    Pattern bad = Pattern.compile("(x+x+)+y"); // polynomial backtracking even with Java's memo
    long a = reads(bad, "x".repeat(10));
    long b = reads(bad, "x".repeat(40));
    assertThat(b).isGreaterThan(5 * a);
  }
}
