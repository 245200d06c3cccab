package ogireports.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import ogireports.rules.Narrative.Sentence;
import ogireports.rules.Narrative.Stated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NarrativeTest {

  /** The count ending right before the last 件 of the text, as "value/approx" or "null". */
  static String countAtLastUnit(String text) {
    Stated s = Narrative.countBefore(text, text.lastIndexOf('件'));
    return s == null ? "null" : s.value() + "/" + s.approx();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "申请12件|12/null",
        "申请两件|2/null",
        "申请十余件|10/余",
        "申请20多件|20/多",
        "申请近20件|20/近",
        "申请约30件|30/约",
        "申请一百二十三件|123/null",
        "申请1,234件|1234/null",
        "其中12,34件|34/null",
        "申请0.5件|null",
        "举报案件|null",
        "申请0件|0/null",
      })
  void countsBeforeTheUnit(String text, String expected) {
    assertThat(countAtLastUnit(text)).isEqualTo(expected);
  }

  @Test
  void sentencesSplitAtStopsAndShortLinesButJoinWrappedLines() {
    // Seed 001 §一 (二): a long line wrapped by the scraper in the middle of 政务公开科.
    String body =
        "（一）信息公开方面。全年无依申请公开信息。\n\n"
            + "（二）政府信息管理方面。编制并在政府官网上公开了《吴忠市应急管理局政府信息公开指南》，暂未公开政府信息主\n"
            + "\n务公开科审核。\n（三）平台建设方面\n 2020 年，我局无舆情事件；另有说明！";
    assertThat(Narrative.split(body))
        .containsExactly(
            "(一)信息公开方面。",
            "全年无依申请公开信息。",
            "(二)政府信息管理方面。",
            "编制并在政府官网上公开了《吴忠市应急管理局政府信息公开指南》,暂未公开政府信息主务公开科审核。",
            "(三)平台建设方面",
            "2020年,我局无舆情事件;",
            "另有说明!");
  }

  /** The words of {@link Sentence#has} as the text rules would find them with {@code contains}. */
  static int wordsByContains(String s) {
    int out = 0;
    out |= s.contains("申请") ? Narrative.APPLICATION : 0;
    out |= s.contains("公开") ? Narrative.OPEN : 0;
    out |= s.contains("信息公开") || s.contains("政务公开") ? Narrative.GOVERNMENT_OPEN : 0;
    out |= s.contains("行政复议") ? Narrative.REVIEW : 0;
    out |= s.contains("行政诉讼") ? Narrative.LITIGATION : 0;
    out |= s.contains("诉讼") ? Narrative.SUIT : 0;
    out |= s.contains("规范性文件") ? Narrative.NORMATIVE : 0;
    for (TextRules.OutcomeWord o : TextRules.OUTCOMES) {
      out |= s.contains(o.word()) ? Narrative.OUTCOME : 0;
    }
    return out;
  }

  static int words(Sentence s) {
    int out = 0;
    for (int word = 1; word <= Narrative.OUTCOME; word <<= 1) {
      out |= s.has(word) ? word : 0;
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "本年度收到政府信息公开申请12件，其中予以公开5件。行政复议0件；行政诉讼1件。",
        "公开规范性文件3件!部分公开2件，不予处理1件，其他处理0件？无法提供1件",
        "政务公开工作;未发生行政复议、诉讼。处理",
        "信息公开。公开。予以公",
      })
  void wordsAreFoundOncePerLineAsContainsFindsThem(String line) {
    for (Sentence s : Narrative.sentences(line, 1)) {
      assertThat(words(s)).as(s.text()).isEqualTo(wordsByContains(s.text()));
    }
  }

  @Test
  void wordsOfEverySentenceOfTheRealReportsAreWhatContainsFinds() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("..", "fixtures", "real-reports"))) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    int sentences = 0;
    int withWords = 0;
    for (Path file : files) {
      String body = Files.readString(file, StandardCharsets.UTF_8);
      for (Sentence s : Narrative.sentences(body, 1)) {
        int expected = wordsByContains(s.text());
        assertThat(words(s)).as(file + ": " + s.text()).isEqualTo(expected);
        sentences++;
        withWords += expected == 0 ? 0 : 1;
      }
    }
    assertThat(sentences).isGreaterThan(1000);
    assertThat(withWords).isGreaterThan(100);
  }
}
