package ogireports.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.ParsedReport;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scanned reports with an OCR text layer (probe31: tesseract's searchable PDFs) and Chromium's
 * prints (probe30): two same characters one after the other are two glyphs, not a glyph printed
 * twice for bold. A text layer squeezes each word's glyphs to its box, a quarter of the font size
 * apart (2022 had read 202, and the report was a NO_YEAR reject); Chromium's narrow Latin glyphs
 * (the {@code tt} and {@code //} of {@code http://}) are closer than a third of the font size. A
 * page stored turned ({@code /Rotate 90}) is read as it is shown; a sheet holding two pages side by
 * side is read page by page.
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

  @Test
  void aPageStoredTurnedIsReadAsShown() throws IOException {
    // probe31 o06: table 三 on a landscape page scanned sideways, the page stored with /Rotate 90
    // and its OCR'd text running with it; its rows had been left out as text not upright
    Path pdf = WRITTEN.resolve("probe31/o06-2024.pdf");
    ReadOutcome o = READER.read(new Document(pdf.toString(), Files.readAllBytes(pdf)));
    ParsedReport r = ((ReadOutcome.Accepted) o).report();
    assertThat(
            r.tables()
                .applications()
                .row(ApplicationRowId.NEW)
                .map(x -> x.cell(ApplicantColumn.TOTAL).asCount()))
        .contains(105L);
  }

  @Test
  void twoPagesScannedOnOneSheetAreReadOneAfterTheOther() throws IOException {
    // probe31 o07: pages 1 and 2 scanned side by side on a landscape sheet; read across, the left
    // page's sentence …结转下年度继续办理2件。 and the right page's row 2.重复申请 0 0 0 0 0 0 0 stood on
    // one line, which was taken for row 四 (carry-over 0 for the printed 2)
    Path pdf = WRITTEN.resolve("probe31/o07-2025.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    ExtractedText.Lines t = (ExtractedText.Lines) FileFormat.of(bytes).read(bytes);
    assertThat(t.lines())
        .contains("月31日止。", "9篇。")
        .noneMatch(l -> l.contains("继续办理2件") && l.contains("重复申请"));
    ReadOutcome o = READER.read(new Document(pdf.toString(), bytes));
    ParsedReport r = ((ReadOutcome.Accepted) o).report();
    assertThat(
            r.tables()
                .applications()
                .row(ApplicationRowId.CARRY_OUT)
                .map(x -> x.cell(ApplicantColumn.TOTAL).asCount()))
        .contains(2L);
  }

  @Test
  void aSheetIsCutIntoTwoPagesOnlyWhereBothSidesHoldRunningText() {
    // a landscape table 三: long labels on the left, numbers in columns with a wide gap down the
    // middle; no side of it holds sentences of its own, so it stays one page
    List<PdfText.Glyph> table = new ArrayList<>();
    List<PdfText.Glyph> twoUp = new ArrayList<>();
    for (int row = 0; row < 8; row++) {
      double y = 100 + 20 * row;
      table.addAll(printed("本年新收政府信息公开申请数量合计", 20, y));
      twoUp.addAll(printed("本报告根据中华人民共和国政府信息公开条例编制", 20, y));
      for (int column = 0; column < 7; column++) {
        table.addAll(printed(String.valueOf(column), 400 + 60 * column, y));
      }
      twoUp.addAll(printed("政府信息公开行政复议和行政诉讼情况如下表所示", 420, y + 3));
    }
    assertThat(PageLayout.pagesOfSheet(table)).hasSize(1);
    List<List<PdfText.Glyph>> pages = PageLayout.pagesOfSheet(twoUp);
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0)).allMatch(g -> g.x() < 400);
  }

  /** A line of text printed from x at baseline y, 10-point glyphs 10 points wide. */
  private static List<PdfText.Glyph> printed(String text, double x, double y) {
    List<PdfText.Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      glyphs.add(new PdfText.Glyph(text.substring(i, i + 1), x + 10 * i, y, 10, 10, true));
    }
    return glyphs;
  }

  @Test
  void aWatermarkPrintedAtASlantIsNoTextOfTheReport() throws IOException {
    // probe41 d12 (仅供公开 repeated diagonally) and d13 (a three-line watermark turned across the
    // page): their glyphs had stood between table 三's rows (d12's carry-in and carry-over lost),
    // and d13's had made a part of table 四 with no group's words (an INTERNAL_ERROR)
    String[][] cases = {{"probe41/d12.pdf", "2", "5"}, {"probe41/d13.pdf", "4", "3"}};
    for (String[] c : cases) {
      Path pdf = WRITTEN.resolve(c[0]);
      ReadOutcome o = READER.read(new Document(pdf.toString(), Files.readAllBytes(pdf)));
      assertThat(o).as(c[0]).isInstanceOf(ReadOutcome.Accepted.class);
      ParsedReport r = ((ReadOutcome.Accepted) o).report();
      assertThat(ReadTotals.total(r, ApplicationRowId.CARRY_IN))
          .as(c[0])
          .isEqualTo(Long.valueOf(c[1]));
      assertThat(ReadTotals.total(r, ApplicationRowId.CARRY_OUT))
          .as(c[0])
          .isEqualTo(Long.valueOf(c[2]));
    }
  }
}
