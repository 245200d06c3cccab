package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.Flag;
import ogireports.places.PlaceResolver;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Texts cut short (the real excerpts of {@code fixtures/real-reports}, complete reports cut by
 * hand) and introductions that list the report's parts: the shape rules say NOT_ASSESSABLE ({@code
 * cut_short}, {@code printed_not_read}) where the text cannot tell, and keep FAIL for a complete
 * report that lacks a table.
 */
class CutReportsTest {

  static final Path FIXTURES = RealReportsEvaluationTest.FIXTURES;
  static final Path SEEDS = RealReportsEvaluationTest.SEEDS;
  static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  static final String T3_CUT = "T3_SHAPE NOT_ASSESSABLE cut_short";
  static final String T4_CUT = "T4_SHAPE NOT_ASSESSABLE cut_short";

  static List<Flag> flags(String name, String text) {
    ReadOutcome outcome = READER.read(name, text);
    assertThat(outcome).as(name).isInstanceOf(ReadOutcome.Accepted.class);
    return ((ReadOutcome.Accepted) outcome).flags();
  }

  static List<Flag> flags(Path file) throws IOException {
    return flags(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The T3_SHAPE and T4_SHAPE flags as "rule outcome detail". */
  static List<String> shapes(List<Flag> flags) {
    List<String> out = new ArrayList<>();
    for (Flag f : flags) {
      if (f.ruleId().equals("T3_SHAPE") || f.ruleId().equals("T4_SHAPE")) {
        out.add(f.ruleId() + " " + f.outcome() + " " + f.detail());
      }
    }
    return out;
  }

  /** The excerpts of the report's defect, and what the shape rules must say on each. */
  static Map<String, List<String>> expectedShapes() {
    Map<String, List<String>> m = new TreeMap<>();
    // Cut before table 三 (inside table 二 or in the prose); some say 行政诉讼 in their prose, or
    // name the parts in an introduction.
    for (String f : List.of("017", "019", "022", "031", "037", "113", "115", "138")) {
      m.put(f, List.of(T3_CUT, T4_CUT));
    }
    // Cut inside table 三: the rows it does not reach, and table 四, cannot be judged.
    for (String f : List.of("011", "013", "025", "101", "102", "103", "104", "105")) {
      m.put(f, List.of(T3_CUT, T4_CUT));
    }
    // Cut at table 三's heading or header: not one row read.
    for (String f : List.of("106", "109", "121", "122", "125")) {
      m.put(f, List.of(T3_CUT, T4_CUT));
    }
    // Cut in the opening prose; the introduction lists the parts, which prints no table.
    for (String f : List.of("033", "035", "112", "116", "117", "126", "127", "128", "129", "140")) {
      m.put(f, List.of(T3_CUT, T4_CUT));
    }
    // Table 三 printed with every cell empty in the text, the text going on to table 四, which
    // it ends in.
    m.put("120", List.of("T3_SHAPE NOT_ASSESSABLE printed_not_read", T4_CUT));
    // Headings 三 and 四 printed without their tables, section 五 following.
    m.put(
        "110",
        List.of(
            "T3_SHAPE NOT_ASSESSABLE printed_not_read",
            "T4_SHAPE NOT_ASSESSABLE printed_not_read"));
    // One page of a flip-book: begins at table 三's last row / at table 四.
    m.put("134", List.of(T3_CUT));
    m.put("135", List.of(T3_CUT));
    return m;
  }

  static Stream<String> listedExcerpts() {
    return expectedShapes().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("listedExcerpts")
  void excerptsCutShortGetTheirExactShapeFlags(String name) throws IOException {
    assertThat(shapes(flags(FIXTURES.resolve(name + ".txt"))))
        .as(name)
        .containsExactlyElementsOf(expectedShapes().get(name));
  }

  @Test
  void noShapeFailureOnAnIncompleteExcerptWithoutInconsistencies() throws IOException {
    int checked = 0;
    for (String line :
        Files.readAllLines(FIXTURES.resolve("expected.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode label = new ObjectMapper().readTree(line);
      if (label.get("complete").asBoolean() || !label.get("inconsistencies").isEmpty()) {
        continue;
      }
      Path file = FIXTURES.resolve(label.get("file").asText());
      ReadOutcome outcome =
          READER.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      if (outcome instanceof ReadOutcome.Accepted accepted) {
        checked++;
        assertThat(accepted.flags())
            .as(file.toString())
            .noneMatch(
                f ->
                    (f.ruleId().equals("T3_SHAPE") || f.ruleId().equals("T4_SHAPE"))
                        && f.outcome() == Flag.Outcome.FAIL);
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  // ------------------------------------------------------------------ complete reports, cut

  /** Complete reports whose tables 三 and 四 read whole: seeds and a PDF's text. */
  static Stream<Path> completeReports() {
    return Stream.of(
        SEEDS.resolve("000_0d9ef2ec1467d7f8.txt"),
        SEEDS.resolve("002_4ed26dfb9e6e6758.txt"),
        SEEDS.resolve("004_fde4949a32fb326a.txt"),
        FIXTURES.resolve("pdf/hongze-2023.pdftotext.txt"),
        FIXTURES.resolve("pdf/hongze-2024.pdftotext.txt"));
  }

  /** The character offset where the heading of section {@code number} starts. */
  static int headingAt(String text, int number) {
    int offset = 0;
    for (String line : text.split("\n", -1)) {
      if (SectionSplitter.headingNumber(line) == number) {
        return offset;
      }
      offset += line.length() + 1;
    }
    throw new IllegalArgumentException("no heading " + number);
  }

  @ParameterizedTest
  @MethodSource("completeReports")
  void uncutReportsKeepTheirShape(Path file) throws IOException {
    List<Flag> flags = flags(file);
    assertThat(shapes(flags)).as(file.toString()).isEmpty();
    if (file.getFileName().toString().startsWith("hongze-2023")) {
      assertThat(flags)
          .filteredOn(f -> f.severity() == Flag.Severity.ERROR && f.outcome() == Flag.Outcome.FAIL)
          .extracting(Flag::ruleId)
          .containsExactly("T4_GROUP_TOTAL", "T4_GROUP_TOTAL");
    }
  }

  @ParameterizedTest
  @MethodSource("completeReports")
  void aCompleteReportCutAnywhereBeforeTableFourIsNeverAShapeFailure(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int one = headingAt(text, 1);
    int two = headingAt(text, 2);
    int three = headingAt(text, 3);
    int four = headingAt(text, 4);
    Map<String, String> cuts = new TreeMap<>();
    cuts.put("opening prose", text.substring(0, (one + two) / 2));
    cuts.put("before table 三", text.substring(0, three));
    cuts.put("inside table 三", text.substring(0, (three + four) / 2));
    cuts.put("at table 三's heading", text.substring(0, text.indexOf('\n', three + 1)));
    for (Map.Entry<String, String> cut : cuts.entrySet()) {
      assertThat(shapes(flags(file + " cut " + cut.getKey(), cut.getValue())))
          .as("%s cut %s", file, cut.getKey())
          .containsExactly(T3_CUT, T4_CUT);
    }
  }

  @ParameterizedTest
  @MethodSource("completeReports")
  void aCompleteReportWithoutTableThreeStillFails(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    // section 三, its heading and its table, taken out: the text covers the place of the table
    String without = text.substring(0, headingAt(text, 3)) + text.substring(headingAt(text, 4));
    assertThat(shapes(flags(file + " without table 三", without)))
        .as(file.toString())
        .containsExactly("T3_SHAPE FAIL absent");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。",
        "全文包括总体情况,公开的内容、存在的主要问题改进措施四个部分。"
      })
  void anIntroductionListingThePartsPrintsNoTable(String introduction) {
    String text =
        "某某镇人民政府2022年政府信息公开工作年度报告\n" + introduction + "\n一、总体情况\n2022年，我镇全年未收到政府信息公开申请。\n";
    assertThat(shapes(flags("introduction", text))).containsExactly(T3_CUT, T4_CUT);
  }
}
