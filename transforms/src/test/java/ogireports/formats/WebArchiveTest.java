package ogireports.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ParsedReport;
import ogireports.places.PlaceResolver;
import ogireports.tables.TableValuesDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page saved as a web archive (MHTML) reads as the page it holds: the written fixtures hold 洪泽区
 * 2023's report page as a browser saves it today (quoted-printable UTF-8, then a style sheet) and
 * as an older one did (base64 GBK declared gb2312).
 */
class WebArchiveTest {

  private static final Path WRITTEN = Path.of("..", "fixtures", "written");
  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static ParsedReport read(Path file) throws IOException {
    ReadOutcome o = READER.read(new Document(file.toString(), Files.readAllBytes(file)));
    assertThat(o).as(file.toString()).isInstanceOf(ReadOutcome.Accepted.class);
    return ((ReadOutcome.Accepted) o).report();
  }

  @ParameterizedTest
  @ValueSource(strings = {"hongze-2023-centred.mhtml", "hongze-2023-centred-gbk.mht"})
  void anArchivedPageReadsAsThePage(String file) throws IOException {
    ParsedReport page = read(WRITTEN.resolve("pdf/hongze-2023-centred.html"));
    ParsedReport archived = read(WRITTEN.resolve("mhtml").resolve(file));
    assertThat(archived.metadata().agency()).isEqualTo(page.metadata().agency());
    assertThat(archived.year()).isEqualTo(2023);
    assertThat(archived.place().county()).isEqualTo("洪泽区");
    assertThat(archived.tables().layout()).isEqualTo("html");
    assertThat(TableValuesDump.of(archived.tables()))
        .hasSizeGreaterThan(150)
        .isEqualTo(TableValuesDump.of(page.tables()));
    // the hand-checked totals of the report
    assertThat(archived.tables().applications().row(ogireports.model.ApplicationRowId.NEW))
        .hasValueSatisfying(
            r ->
                assertThat(r.cell(ogireports.model.ApplicantColumn.TOTAL).asCount()).isEqualTo(21));
  }

  @Test
  void onlyAMultipartRelatedMessageIsAWebArchive() {
    assertThat(WebArchive.page("淄博市应急管理局2019年报告\n\n正文".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(
            WebArchive.page(
                "Subject: x\nContent-Type: text/plain\n\n一、总体情况".getBytes(StandardCharsets.UTF_8)))
        .isNull();
    // a web archive whose only part is no page holds none
    String noPage =
        "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/related; boundary=\"b\"\r\n\r\n"
            + "--b\r\n"
            + "Content-Type: image/png\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n"
            + "iVBORw0K\r\n"
            + "--b--\r\n";
    assertThat(WebArchive.isWebArchive(noPage.getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(WebArchive.page(noPage.getBytes(StandardCharsets.US_ASCII))).isNull();
  }
}
