package ogireports.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ParsedReport;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scanned reports with an OCR text layer (probe31: tesseract's searchable PDFs) and Chromium's
 * prints (probe30): two same characters one after the other are two glyphs, not a glyph printed
 * twice for bold. A text layer squeezes each word's glyphs to its box, a quarter of the font size
 * apart (2022 had read 202, and the report was a NO_YEAR reject); Chromium's narrow Latin glyphs
 * (the {@code tt} and {@code //} of {@code http://}) are closer than a third of the font size. A
 * page stored turned ({@code /Rotate 90}) is read as it is shown.
 */
class OcrTextLayerTest {

  private static final Path WRITTEN = Path.of("..", "fixtures", "written");
  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  @ParameterizedTest
  @CsvSource({
    "probe31/o02-2022.pdf, 翼城县自然资源局, 2022, 翼城县",
    "probe31/o08-2022.pdf, 哈尔滨市双城区人民政府, 2022, 双城区",
  })
  void twoSameCharactersOfAnOcrTextLayerAreBothRead(
      String file, String agency, int year, String county) throws IOException {
    Path pdf = WRITTEN.resolve(file);
    ReadOutcome o = READER.read(new Document(pdf.toString(), Files.readAllBytes(pdf)));
    assertThat(o).as(file).isInstanceOf(ReadOutcome.Accepted.class);
    ParsedReport r = ((ReadOutcome.Accepted) o).report();
    assertThat(r.metadata().agency()).isEqualTo(agency);
    assertThat(r.year()).isEqualTo(year);
    assertThat(r.place().county()).isEqualTo(county);
  }

  @ParameterizedTest
  @CsvSource({"probe30/c03-2021.pdf"})
  void narrowLatinGlyphsArePrintedOnce(String file) throws IOException {
    byte[] bytes = Files.readAllBytes(WRITTEN.resolve(file));
    ExtractedText t = FileFormat.of(bytes).read(bytes);
    assertThat(t).isInstanceOf(ExtractedText.Lines.class);
    assertThat(String.join("\n", ((ExtractedText.Lines) t).lines()))
        .contains("http://www.zjpy.gov.cn/col/col1229393085/index.html");
  }

  @org.junit.jupiter.api.Test
  void aPageStoredTurnedIsReadAsShown() throws IOException {
    // probe31 o06: table 三 on a landscape page scanned sideways, the page stored with /Rotate 90
    // and its OCR'd text running with it; its rows had been left out as text not upright
    Path pdf = WRITTEN.resolve("probe31/o06-2024.pdf");
    ReadOutcome o = READER.read(new Document(pdf.toString(), Files.readAllBytes(pdf)));
    ParsedReport r = ((ReadOutcome.Accepted) o).report();
    assertThat(
            r.tables()
                .applications()
                .row(ogireports.model.ApplicationRowId.NEW)
                .map(x -> x.cell(ogireports.model.ApplicantColumn.TOTAL).asCount()))
        .contains(105L);
  }
}
