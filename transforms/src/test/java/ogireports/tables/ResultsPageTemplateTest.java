package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import ogireports.model.Template;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/**
 * A flip-book's page that holds table 三's results without table 二 (probe55 b03): its template is
 * told by the （六） sub-rows only the 2021 template prints, wherever the PDF's lines broke them.
 */
class ResultsPageTemplateTest {

  private static final Path B03 = Path.of("..", "fixtures", "written", "probe55", "b03.txt");

  private static Template template(String text) {
    List<String> lines = Arrays.asList(text.split("\n", -1));
    return TableReader.read(lines, SectionSplitter.split(lines)).template();
  }

  @Test
  void theSubRowsOfOtherHandlingTellThe2021Template() throws IOException {
    String b03 = Files.readString(B03, StandardCharsets.UTF_8);
    assertThat(template(b03)).isEqualTo(Template.T2021);
    // the same page printing （六） as the 2019 template's one row: not the 2021 template
    int from = b03.indexOf("（六）其他处理 1.申请人无");
    int to = b03.indexOf("3.其他 0 1 0 0 0 0 1");
    assertThat(from).isPositive().isLessThan(to);
    String one = b03.substring(0, from) + "（六）其他处理 0 1 0 0 0 0 1\n" + b03.substring(to + 16);
    assertThat(template(one)).isNotEqualTo(Template.T2021);
  }
}
