package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * Report heads written as sites print them, labelled before they were read ({@code
 * fixtures/written/heads4}: bodies of every level, 2009–2025, old county names, banners' short
 * names, breadcrumbs, sign-offs), and its variants of the real fixtures' heads (a notice issuing
 * the report, the year in Chinese numerals, the body in brackets, a breadcrumb naming the body):
 * every labelled field comes out.
 */
class WrittenHeadsEvaluationTest {

  @Test
  void everyWrittenHeadGivesEveryLabelledField() throws IOException {
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath(), null);
    Path heads = Path.of("..", "fixtures", "written", "heads4");
    Evaluation evaluation = new Evaluation();
    for (Path labels :
        List.of(
            heads.resolve("expected.jsonl"),
            heads.resolve("notice/expected.jsonl"),
            heads.resolve("chinese-numerals/expected.jsonl"),
            heads.resolve("bracketed-body/expected.jsonl"))) {
      evaluation.scoreAll(labels, null, reader);
    }
    List<String> misses = new ArrayList<>();
    evaluation.misses().forEach(m -> misses.add(m.toString()));
    assertThat(misses).isEmpty();
  }

  /**
   * A breadcrumb step names the body only when the report speaks as it or names it: the street of
   * real text 015, named nowhere else, stays null (3 fields), and nothing is read wrong.
   */
  @Test
  void aBreadcrumbNamesTheBodyOnlyWhenTheReportBearsItOut() throws IOException {
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath(), null);
    Evaluation evaluation = new Evaluation();
    evaluation.scoreAll(
        Path.of("..", "fixtures", "written", "heads4", "breadcrumb", "expected.jsonl"),
        null,
        reader);
    assertThat(evaluation.misses()).allMatch(m -> m.actual() == null).hasSize(3);
  }
}
