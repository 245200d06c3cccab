package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.ParsedReport;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/** A page's character references left in a text (probe25 e01-e07). */
class LeftoverEntitiesTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath());

  private static ParsedReport read(String file) throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("..", "fixtures", "written", "probe25", file));
    ReadOutcome o = READER.read(new Document(file, bytes));
    assertThat(o).isInstanceOf(ReadOutcome.Accepted.class);
    return ((ReadOutcome.Accepted) o).report();
  }

  private static Double total(ParsedReport r, ApplicationRowId id) {
    return r.tables().applications().row(id).orElseThrow().cell(ApplicantColumn.TOTAL).value();
  }

  private static Double review(ParsedReport r) {
    return r.tables()
        .reviewLitigation()
        .group(ReviewGroup.REVIEW)
        .orElseThrow()
        .cell(ReviewCell.TOTAL)
        .value();
  }

  @Test
  void referencesAreDecodedALineForALine() {
    List<String> in =
        List.of(
            "&#12288;&#12288;一、总体情况",
            "规章\t&nbsp;0&nbsp;\t&nbsp;0&nbsp;",
            "&ldquo;线上+线下&rdquo;&#x4e00;&zwj;",
            "R&D 中心");
    assertThat(LeftoverEntities.decoded(in))
        .containsExactly("\u3000\u3000一、总体情况", "规章\t 0 \t 0 ", "“线上+线下”一", "R&D 中心");
    // a report's own ampersands are no references
    assertThat(LeftoverEntities.decoded(List.of("R&D 中心", "A&B;", "一、总体情况"))).isNull();
  }

  @Test
  void aTextWhoseEveryChineseCharacterIsAReferenceIsReadWhole() throws IOException {
    ParsedReport r = read("e02-2022.txt"); // &#30928;&#23433;&#21439;…
    assertThat(r.metadata().agency()).isEqualTo("磐安县人民政府");
    assertThat(total(r, ApplicationRowId.NEW)).isEqualTo(72.0);
    assertThat(review(r)).isEqualTo(3.0);
  }

  @Test
  void escapedMarkupIsReadAsThePageItIs() throws IOException {
    ParsedReport r = read("e07-2022.txt"); // &lt;td&gt;3&lt;/td&gt;
    assertThat(total(r, ApplicationRowId.NEW)).isEqualTo(3.0);
    assertThat(total(r, ApplicationRowId.R_TOTAL)).isEqualTo(3.0);
    assertThat(review(r)).isEqualTo(0.0);
  }

  @Test
  void referencesEscapedTwiceInAPageAreDecodedToo() throws IOException {
    assertThat(review(read("e03-2020.txt"))).isEqualTo(6.0); // 3&amp;nbsp; in a page
    assertThat(review(read("e01-2021.txt"))).isEqualTo(0.0); // &nbsp;0&nbsp;
  }
}
