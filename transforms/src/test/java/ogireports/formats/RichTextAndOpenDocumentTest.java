package ogireports.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.RejectReason;
import ogireports.document.ReportReader;
import ogireports.model.ApplicationRowId;
import ogireports.model.ParsedReport;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports published as RTF (Word's and WPS's, GBK bytes under {@code \ansicpg936} or every
 * character as {@code \}{@code u}N) and as OpenDocument text (LibreOffice's and WPS's {@code .odt})
 * read as their Word counterparts do: paragraphs, and table rows with the template's merged cells
 * in their columns. The files are probe26's, written after real reports and labelled before any was
 * read.
 */
class RichTextAndOpenDocumentTest {

  private static final Path PROBE = Path.of("..", "fixtures", "written", "probe26");
  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static ReadOutcome outcome(Path file) throws IOException {
    return READER.read(new Document(file.toString(), Files.readAllBytes(file)));
  }

  @ParameterizedTest
  @CsvSource({
    "r01-2022.rtf, 建瓯市人民政府, 2022, 建瓯市, 114, 2, 109, 7, 3",
    "r02-2021.rtf, 翁牛特旗财政局, 2021, 翁牛特旗, 9, 0, 9, 0, 0",
    "r03-2020.rtf, 蒲城县住房和城乡建设局, 2020, 蒲城县, 23, 1, 24, 0, 1",
    "r04-2024.rtf, 宿迁市宿城区幸福街道办事处, 2024, 宿城区, 3, 0, 3, 0, 0",
    "t01-2023.odt, 湄潭县人民政府, 2023, 湄潭县, 96, 2, 97, 1, 2",
    "t02-2022.odt, 石嘴山市惠农区卫生健康局, 2022, 惠农区, 20, 1, 21, 0, 1",
    "t03-2019.odt, 海东市生态环境局, 2019, , 18, 0, 17, 1, 1",
    "t04-2025.odt, 海南省商务厅, 2025, , 29, 1, 30, 0, 1",
  })
  void aReportInRtfOrOdtReadsWithItsLabelledValues(
      String file,
      String agency,
      int year,
      String county,
      long newTotal,
      long carryIn,
      long result,
      long carryOut,
      long review)
      throws IOException {
    ReadOutcome o = outcome(PROBE.resolve(file));
    assertThat(o).as(file).isInstanceOf(ReadOutcome.Accepted.class);
    ParsedReport r = ((ReadOutcome.Accepted) o).report();
    assertThat(r.metadata().agency()).isEqualTo(agency);
    assertThat(r.year()).isEqualTo(year);
    assertThat(r.place().county()).isEqualTo(county);
    assertThat(ReadTotals.total(r, ApplicationRowId.NEW)).isEqualTo(newTotal);
    assertThat(ReadTotals.total(r, ApplicationRowId.CARRY_IN)).isEqualTo(carryIn);
    assertThat(ReadTotals.total(r, ApplicationRowId.R_TOTAL)).isEqualTo(result);
    assertThat(ReadTotals.total(r, ApplicationRowId.CARRY_OUT)).isEqualTo(carryOut);
    assertThat(
            r.tables()
                .reviewLitigation()
                .group(ReviewGroup.REVIEW)
                .map(g -> g.cell(ReviewCell.TOTAL).asCount()))
        .contains(review);
  }

  @Test
  void aWorkPlanInOdtIsNoReport() throws IOException {
    ReadOutcome o = outcome(PROBE.resolve("t05-2024.odt"));
    assertThat(o).isInstanceOf(ReadOutcome.Rejected.class);
    assertThat(((ReadOutcome.Rejected) o).reason()).isEqualTo(RejectReason.NOT_A_REPORT);
  }

  private static List<String> rtf(String body) {
    ExtractedText t = RichText.read(body.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(t).isInstanceOf(ExtractedText.Lines.class);
    return ((ExtractedText.Lines) t).lines().stream().filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void rtfTextInEveryEncodingWordWrites() {
    // GBK bytes in a font marked ANSI are read in the document's code page (Tika's RTFParser
    // gives Latin-1 there); \\uN skips its \\ucN substitutes; raw bytes count as \\'xx
    String gbk =
        new String(
            "报告".getBytes(java.nio.charset.Charset.forName("GBK")), StandardCharsets.ISO_8859_1);
    assertThat(
            rtf(
                "{\\r"
                    + "tf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fcharset0 Times;}{\\f1\\fcharset134"
                    + " SimSun;}}{\\f0 \\'c4\\'ea\\'b6\\'c8\\par}\\uc2 \\u24180\\'c4\\'ea\\u24230"
                    + "\\'b6\\'c8\\par{\\uc1 \\u24180?\\u24230 ?}\\par{\\f1 "
                    + gbk
                    + "}\\par}"))
        .containsExactly("年度", "年度", "年度", "报告");
    // the symbols and escapes Word writes as control words; a list label's tab is no column
    assertThat(
            rtf(
                "{\\rtf1\\ansi {\\listtext 1.\\tab}Item\\par a\\emdash b\\~c\\{d\\}\\\\e\\par"
                    + "{\\*\\fldinst HYPERLINK x}{\\fldrslt link}\\par}"))
        .containsExactly("1.Item", "a\u2014b\u00a0c{d}\\e", "link");
  }

  @Test
  void rtfSkipsWhatIsNotPrintedAndReadsATextBox() {
    assertThat(
            rtf(
                "{\\rtf1{\\info{\\title T}}{\\header H\\par}{\\footnote F}"
                    + "{\\*\\generator G;}{\\pict\\bin2 }{}Body\\par"
                    + "{\\shp{\\*\\shpinst{\\sp{\\sn x}{\\sv 1}}{\\shptxt Box\\par}}"
                    + "{\\shprslt Again\\par}}}"))
        .containsExactly("Body", "Box");
  }

  @Test
  void rtfTableRowsKeepTheirColumns() {
    // row 1: a cell over two columns, then one; row 2: three cells, the first a vertical merge's
    // start; row 3: the merge's continuation is an empty field
    String row1 = "\\trowd\\cellx2000\\cellx3000 \\pard\\intbl X\\cell Y\\cell\\row";
    String row2 =
        "\\trowd\\clvmgf\\cellx1000\\cellx2000\\cellx3000 \\pard\\intbl A\\cell 1\\cell 2\\cell\\r"
            + "ow";
    String row3 =
        "\\trowd\\clvmrg\\cellx1000\\cellx2010\\cellx3000 \\pard\\intbl\\cell 3\\par 4\\cell"
            + " 5\\cell\\r"
            + "ow";
    assertThat(rtf("{\\rtf1\\ansi\\ansicpg936 " + row1 + row2 + row3 + "\\pard After\\par}"))
        .containsExactly("X\t\tY", "A\t1\t2", "\t3 4\t5", "After");
  }

  @Test
  void rtfNestedTableIsReadIntoItsCellOnce() {
    String nested =
        "\\pard\\intbl\\itap2 a\\nestcell b\\nestcell"
            + "{\\*\\nesttableprops\\trowd\\cellx500\\cellx1000\\nestrow}{\\nonesttables\\par}";
    String outer = "\\trowd\\cellx1000\\cellx2000 " + nested + "\\pard\\intbl\\cell 7\\cell\\row";
    assertThat(rtf("{\\rtf1 " + outer + "\\pard After\\par}")).containsExactly("a b\t7", "After");
  }

  @Test
  void hostileRtfEndsWithoutAnError() {
    String deep = "{\\rtf1 " + "{".repeat(10_000) + "x" + "}".repeat(10_000) + "}";
    assertThat(RichText.read(deep.getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(ExtractedText.Lines.class);
    assertThat(RichText.read("{\\rtf1 \\'".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(ExtractedText.Lines.class);
    assertThat(RichText.read("{\\rtf1 \\bin999999999 x".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(ExtractedText.Lines.class);
  }

  private static byte[] odt(String mimetype, String content, String manifest) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
      if (content != null) {
        zip.putNextEntry(new ZipEntry("content.xml"));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
      }
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static final String TEXT = "application/vnd.oasis.opendocument.text";

  private static String content(String body) {
    return "<office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
        + "<office:body><office:text>"
        + body
        + "</office:text></office:body></office:document-content>";
  }

  @Test
  void odtTableRowsKeepTheirColumnsAndHeadingsTheirNumbers() throws IOException {
    String body =
        "<text:h><text:number>一、</text:number>总体情况</text:h><text:p>a<text:s"
            + " text:c=\"2\"/>b<text:note><text:note-body><text:p>N</text:p>"
            + "</text:note-body></text:note></text:p>"
            + "<table:table><table:table-row><table:table-cell"
            + " table:number-columns-spanned=\"2\"><text:p>甲</text:p></table:table-cell>"
            + "<table:covered-table-cell/><table:table-cell><text:p>乙</text:p></table:table-cell>"
            + "</table:table-row><table:table-row>"
            + "<table:table-cell><text:p>A</text:p></table:table-cell><table:table-cell"
            + " table:number-columns-repeated=\"2\"><text:p>0</text:p></table:table-cell>"
            + "</table:table-row></table:table>";
    ExtractedText t = OfficeText.readZip(odt(TEXT, content(body), "<manifest/>"));
    assertThat(t).isInstanceOf(ExtractedText.Lines.class);
    assertThat(((ExtractedText.Lines) t).format()).isEqualTo("ODT");
    assertThat(((ExtractedText.Lines) t).lines())
        .containsExactly("一、总体情况", "a  b", "甲\t\t乙", "A\t0\t0");
  }

  @Test
  void odtThatCannotBeReadSaysWhy() throws IOException {
    assertThat(OfficeText.readZip(odt(TEXT, content(""), "<manifest:encryption-data/>")))
        .isInstanceOfSatisfying(
            ExtractedText.Failure.class,
            f -> assertThat(f.problem()).isEqualTo(ExtractedText.Problem.ENCRYPTED));
    assertThat(OfficeText.readZip(odt(TEXT, null, "<manifest/>")))
        .isInstanceOfSatisfying(
            ExtractedText.Failure.class,
            f -> assertThat(f.problem()).isEqualTo(ExtractedText.Problem.UNSUPPORTED));
    assertThat(
            OfficeText.readZip(
                odt("application/vnd.oasis.opendocument.presentation", content(""), "<m/>")))
        .isInstanceOfSatisfying(
            ExtractedText.Failure.class,
            f -> assertThat(f.problem()).isEqualTo(ExtractedText.Problem.UNSUPPORTED));
    // a document type (and so any entity it could declare) is refused
    String withDoctype =
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + content("&e;");
    assertThat(OfficeText.readZip(odt(TEXT, withDoctype, "<manifest/>")))
        .isInstanceOfSatisfying(
            ExtractedText.Failure.class,
            f -> assertThat(f.problem()).isEqualTo(ExtractedText.Problem.CORRUPT));
  }
}
