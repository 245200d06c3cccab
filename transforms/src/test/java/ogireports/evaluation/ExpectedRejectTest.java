package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ogireports.document.RejectReason;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A label that expects a reject ({@code "reject": "NOT_A_REPORT"}): scored on a line of its own,
 * right when the input is rejected with that reason; the record's other fields are not scored.
 */
class ExpectedRejectTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static final Path PROBE16 = Path.of("..", "fixtures", "written", "probe16");

  @TempDir Path dir;

  private Evaluation score(String... records) throws IOException {
    for (String f : List.of("b01-2023.txt", "b04-2023.txt", "b06-2023.txt")) {
      Files.copy(PROBE16.resolve(f), dir.resolve(f));
    }
    Files.writeString(
        dir.resolve("no-year.txt"),
        "依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。\n一、总体情况\n我镇高度重视政府信息公开工作。\n",
        StandardCharsets.UTF_8);
    Path labels = dir.resolve("expected.jsonl");
    Files.writeString(labels, String.join("\n", records) + "\n", StandardCharsets.UTF_8);
    Evaluation e = new Evaluation();
    e.scoreAll(labels, null, READER);
    return e;
  }

  @Test
  void aRejectWithTheLabelledReasonIsRight() throws IOException {
    Evaluation e =
        score(
            "{\"file\": \"b06-2023.txt\", \"reject\": \"NOT_A_REPORT\"}",
            "{\"file\": \"no-year.txt\", \"reject\": \"NO_YEAR\", \"agency\": \"某某镇人民政府\"}");
    assertThat(e.allRight()).isTrue();
    assertThat(e.score(Evaluation.Field.REJECT)).containsExactly(2, 2);
    // the agency a person noted for the reject is not scored
    assertThat(e.score(Evaluation.Field.AGENCY)).containsExactly(0, 0);
    assertThat(e.table()).contains("| **rejects (labelled reason)** | 2 | 2 | 100% |");
  }

  @Test
  void aReportOrAnotherReasonOrNoInputIsAMiss() throws IOException {
    Evaluation e =
        score(
            "{\"file\": \"b01-2023.txt\", \"reject\": \"NOT_A_REPORT\"}",
            "{\"file\": \"no-year.txt\", \"reject\": \"NOT_A_REPORT\"}",
            "{\"file\": \"gone.txt\", \"reject\": \"NOT_A_REPORT\"}");
    assertThat(e.misses())
        .extracting(Evaluation.Miss::toString)
        .containsExactly(
            "b01-2023.txt  reject: expected NOT_A_REPORT, got (report)",
            "no-year.txt  reject: expected NOT_A_REPORT, got (reject NO_YEAR)",
            "gone.txt  reject: expected NOT_A_REPORT, got (input missing)");
    assertThat(e.score(Evaluation.Field.REJECT)).containsExactly(0, 3);
    assertThat(e.table()).contains("| **rejects (labelled reason)** | 0 | 3 | 0% |");
    // what the report labelled a reject was read as is listed, as for any field a label leaves null
    assertThat(e.unlabelledValues())
        .extracting(Evaluation.Miss::toString)
        .contains("b01-2023.txt  agency: expected null, got 武义县桃溪镇人民政府");
  }

  @Test
  void aRecordWithoutARejectExpectsAReport() throws IOException {
    Evaluation e = score("{\"file\": \"b04-2023.txt\", \"agency\": \"湖南工程学院\"}");
    assertThat(e.misses())
        .extracting(Evaluation.Miss::toString)
        .containsExactly("b04-2023.txt  agency: expected 湖南工程学院, got (reject NOT_A_REPORT)");
    // no record expects a reject: the table has no line for them
    assertThat(e.table()).doesNotContain("rejects");
  }

  @Test
  void theReasonIsOneOfTheRejectReasons() {
    ExpectedReport r =
        ExpectedReport.of(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode()
                .put("file", "a.txt")
                .put("reject", "NOT_A_REPORT"));
    assertThat(r.reject()).isEqualTo(RejectReason.NOT_A_REPORT);
    assertThatThrownBy(
            () ->
                ExpectedReport.of(
                    new com.fasterxml.jackson.databind.ObjectMapper()
                        .createObjectNode()
                        .put("file", "a.txt")
                        .put("reject", "NOT_REPORT")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOT_REPORT is no reject reason");
  }
}
