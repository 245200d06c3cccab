package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import ogireports.model.Section;
import org.junit.jupiter.api.Test;

class SectionSplitterTest {

  private static List<String> seed(String file) throws IOException {
    String text = Files.readString(Path.of("..", "samples", file), StandardCharsets.UTF_8);
    return Arrays.asList(text.replace("\r", "").split("\n", -1));
  }

  private static List<Integer> numbers(List<Section> sections) {
    return sections.stream().map(Section::number).toList();
  }

  private static List<Integer> headingLines(List<Section> sections) {
    return sections.stream().map(Section::headingLine).toList();
  }

  @Test
  void seed000HasAllSixSectionsAndIgnoresTableRowLabels() throws IOException {
    List<Section> s = SectionSplitter.split(seed("000_0d9ef2ec1467d7f8.txt"));
    assertThat(numbers(s)).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(headingLines(s))
        .as("not line 120 (一、本年新收…) nor 354 (四、结转下年度继续办理)")
        .containsExactly(7, 29, 102, 364, 409, 413);
  }

  @Test
  void seed001LostItsSectionFourHeading() throws IOException {
    List<Section> s = SectionSplitter.split(seed("001_0157cd21641b28c7.txt"));
    assertThat(numbers(s)).containsExactly(1, 2, 3, 5, 6);
    assertThat(headingLines(s)).containsExactly(9, 21, 43, 72, 76);
    Section three = s.get(2);
    assertThat(three.firstLine()).isEqualTo(44);
    assertThat(three.lastLine()).as("section 三 runs up to 五").isEqualTo(71);
  }

  @Test
  void seed002() throws IOException {
    List<Section> s = SectionSplitter.split(seed("002_4ed26dfb9e6e6758.txt"));
    assertThat(numbers(s)).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(headingLines(s)).containsExactly(6, 30, 93, 531, 604, 608);
  }

  @Test
  void seed003HeadingWithFullWidthStop() throws IOException {
    List<Section> s = SectionSplitter.split(seed("003_596a166ffff90a0a.txt"));
    assertThat(numbers(s)).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(headingLines(s)).contains(349);
    Section six = s.get(5);
    assertThat(six.text()).startsWith("无。");
    assertThat(six.lastLine()).isEqualTo(seed("003_596a166ffff90a0a.txt").size());
  }

  @Test
  void seed004() throws IOException {
    List<Section> s = SectionSplitter.split(seed("004_fde4949a32fb326a.txt"));
    assertThat(numbers(s)).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(headingLines(s)).containsExactly(2, 14, 89, 353, 400, 404);
  }

  @Test
  void bodyTextIsTheLinesBetweenHeadingsJoinedWithNewlines() {
    List<String> lines = List.of("标题", "一、总体情况", "第一行", "第二行", "二、主动公开政府信息情况", "表");
    List<Section> s = SectionSplitter.split(lines);
    assertThat(s).hasSize(2);
    assertThat(s.get(0)).isEqualTo(new Section(1, 2, 3, 4, "第一行\n第二行"));
    assertThat(s.get(1)).isEqualTo(new Section(2, 5, 6, 6, "表"));
  }

  @Test
  void headingVariants() {
    assertThat(SectionSplitter.headingNumber("四．政府信息公开行政复议、行政诉讼情况")).isEqualTo(4);
    assertThat(SectionSplitter.headingNumber("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")).isEqualTo(4);
    assertThat(SectionSplitter.headingNumber("五、政府信息公开工作存在的主要问题及改进情况")).isEqualTo(5);
    assertThat(SectionSplitter.headingNumber("五、存在问题及改进情况")).isEqualTo(5);
    assertThat(SectionSplitter.headingNumber("一、概述")).isEqualTo(1);
    assertThat(SectionSplitter.headingNumber("\t三 、收到和处理政府信息公开申请情况 ")).isEqualTo(3);
  }

  @Test
  void tableRowLabelsAndWrongNumeralsAreNoHeadings() {
    assertThat(SectionSplitter.headingNumber("一、本年新收政府信息公开申请数量")).isZero();
    assertThat(SectionSplitter.headingNumber("三、本年度办理结果")).isZero();
    assertThat(SectionSplitter.headingNumber("四、结转下年度继续办理")).isZero();
    assertThat(SectionSplitter.headingNumber("（一）主动公开信息情况")).isZero();
    assertThat(SectionSplitter.headingNumber("二、总体情况")).as("text of another section").isZero();
    assertThat(SectionSplitter.headingNumber("")).isZero();
    assertThat(SectionSplitter.headingNumber(null)).isZero();
  }

  @Test
  void headingsAreTakenInIncreasingOrderOnly() {
    List<String> lines =
        List.of("一、总体情况", "三、收到和处理政府信息公开申请情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项");
    List<Section> s = SectionSplitter.split(lines);
    assertThat(numbers(s)).containsExactly(1, 3, 6);
    assertThat(headingLines(s)).containsExactly(1, 2, 5);
  }

  @Test
  void noHeadingsOrNoLines() {
    assertThat(SectionSplitter.split(List.of("随便一段文字", "", "123"))).isEmpty();
    assertThat(SectionSplitter.split(List.of())).isEmpty();
    assertThat(SectionSplitter.split(null)).isEmpty();
  }
}
