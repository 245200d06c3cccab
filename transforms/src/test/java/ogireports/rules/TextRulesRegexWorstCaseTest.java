package ogireports.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two regular expressions of the text rules against their worst cases: about 100 K characters
 * of the prefix each alternative starts with, in one sentence with no match. Both patterns bound
 * every repeat ({@code {0,20}?}, {@code {0,30}?}, {@code {0,2}}), so the work is linear in the
 * sentence length; these inputs must finish well within a second.
 */
class TextRulesRegexWorstCaseTest {

  static final int CHARS = 100_000;

  static String times(String unit) {
    return unit.repeat(CHARS / unit.length());
  }

  static Stream<String> worstCases() {
    return Stream.of(
        times("未"), times("未收到"), times("没有收到"), times("尚未接收"), times("无"),
        times("无依申请"), times("未收到政府信息公开"), times("没有收到申"),
        times("未发生"), times("无行政复议、"), times("无行政复议、、被提起行政"),
        times("未被行政复议和"), times("无" + "a".repeat(29) + "行政复议"));
  }

  @ParameterizedTest
  @MethodSource("worstCases")
  void zeroApplicationsIsLinear(String sentence) {
    boolean found = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> TextRules.saysNoApplications(sentence));
    assertThat(found).isIn(true, false);
  }

  @ParameterizedTest
  @MethodSource("worstCases")
  void noReviewLitigationIsLinear(String sentence) {
    boolean found = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> TextRules.saysNoReviewLitigation(sentence));
    assertThat(found).isFalse();
  }
}
