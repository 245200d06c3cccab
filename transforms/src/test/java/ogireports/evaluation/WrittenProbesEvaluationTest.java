package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * Whole reports written by hand after real ones and labelled before they were read, to find the
 * families of real text still read wrong ({@code fixtures/written/probe12}, {@code probe13}; each
 * folder's FINDINGS.md): every labelled field comes out but the misses of the families not yet
 * fixed, listed here, and no field the labels leave null is given a value.
 */
class WrittenProbesEvaluationTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static Evaluation score(String probe) {
    Evaluation evaluation = new Evaluation();
    evaluation.scoreAll(
        Path.of("..", "fixtures", "written", probe, "expected.jsonl"), null, READER);
    return evaluation;
  }

  private static List<String> misses(Evaluation e) {
    return e.misses().stream().map(Evaluation.Miss::toString).toList();
  }

  @Test
  void probe12ReadsEveryLabelledFieldButATitleBrokenInsideTheBodysName() {
    Evaluation e = score("probe12");
    assertThat(misses(e))
        .containsExactly(
            // family 1: 海南省人民政府 / 办公厅2023年…: the body's name broken after its government's
            "b03-2023.txt  agency: expected 海南省人民政府办公厅, got 办公厅",
            "c01-2022.txt  agency: expected 凤凰县人民政府办公室, got 湘西州政府办公室",
            "c01-2022.txt  county: expected 凤凰县, got null",
            "c05-2021.txt  agency: expected 石门县教育局, got 教育局");
    assertThat(e.unlabelledValues()).isEmpty();
  }

  @Test
  void probe13ReadsEveryLabelledFieldButThreeFamilies() {
    Evaluation e = score("probe13");
    List<String> misses = misses(e);
    // family 1: table 三 whose empty zero cells vanished (16 totals null, none wrong); family 3:
    // comparison columns after 总计 (6 null); family 2: a page title `file - portal` glued on
    assertThat(misses).hasSize(24);
    assertThat(e.misses().stream().filter(m -> m.field().isTotal()))
        .hasSize(22)
        .allMatch(m -> m.actual() == null);
    assertThat(misses)
        .contains(
            "b27-2022.txt  agency: expected 龙胜各族自治县医疗保障局, got 各族自治县人民政府门户网站龙胜各族自治县医疗保障局",
            "c01-2024.txt  agency: expected 通道侗族自治县交通运输局, got 通道侗族自治县人民政府通道侗族自治县交通运输局");
    assertThat(e.unlabelledValues()).isEmpty();
  }

  /**
   * The real fixtures: the only values read where the labels leave none are the places of 121 and
   * 125, township bodies whose name is one township of the national list (上湾乡 of 康乐县, 螅镇 of 佳县),
   * which their labels leave out as the text names no county.
   */
  @Test
  void theRealFixturesGetNoValueTheirLabelsLeaveOutButTwoTownshipsPlaces() {
    Evaluation e = new Evaluation();
    e.scoreAll(Path.of("..", "fixtures", "real-reports", "expected.jsonl"), null, READER);
    assertThat(e.unlabelledValues())
        .extracting(Evaluation.Miss::file)
        .containsExactly("121.txt", "121.txt", "121.txt", "125.txt", "125.txt", "125.txt");
  }
}
