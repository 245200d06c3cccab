package ogireports.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ogireports.document.Decoder;
import ogireports.document.RejectReason;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * Word and Excel files written here with POI, and PDFs written with PDFBox (no binaries in the
 * repository): their lines, and every hostile file ending in a reject with a reason.
 */
class HostileAndOfficeFilesTest {

  static final String[][] T3 = {
    {"一、本年新收政府信息公开申请数量", "21", "0", "0", "0", "0", "0", "21"},
    {"二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"},
    {"（七）总计", "21", "0", "0", "0", "0", "0", "21"},
  };

  @Test
  void aDocxGivesParagraphsAndTableRowsWithMergedCellsExpanded() throws IOException {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("洪泽区人民政府2023年政府信息公开工作年度报告");
      doc.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
      XWPFTable table = doc.createTable(T3.length + 1, 8);
      XWPFTableRow header = table.getRow(0);
      header.getCell(0).setText("申请人情况");
      // a header cell spanning two columns: gridSpan 2, the next cell removed
      header.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.TWO);
      header.getCell(1).setText("自然人");
      header.removeCell(2);
      for (int r = 0; r < T3.length; r++) {
        for (int c = 0; c < 8; c++) {
          table.getRow(r + 1).getCell(c).setText(T3[r][c]);
        }
      }
      doc.write(out);
      bytes = out.toByteArray();
    }
    assertThat(FileFormat.of(bytes)).isEqualTo(FileFormat.ZIP);
    Decoder.Result decoded = Decoder.decode(bytes);
    assertThat(decoded.isText()).isTrue();
    assertThat(decoded.text().charset()).isEqualTo("DOCX");
    List<String> lines = decoded.text().lines();
    assertThat(lines).contains("三、收到和处理政府信息公开申请情况");
    assertThat(lines).contains("申请人情况\t自然人\t\t\t\t\t\t");
    for (String[] row : T3) {
      assertThat(lines).contains(String.join("\t", row));
    }
    assertThat(decoded.text().origin()).isNull();
  }

  @Test
  void xlsxAndXlsSheetsAreGridsWithMergedCellsExpanded() throws IOException {
    for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      byte[] bytes;
      try (book;
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        Sheet sheet = book.createSheet("表三");
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("三、收到和处理政府信息公开申请情况");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
        for (int r = 0; r < T3.length; r++) {
          Row row = sheet.createRow(r + 1);
          row.createCell(0).setCellValue(T3[r][0]);
          for (int c = 1; c < 8; c++) {
            row.createCell(c).setCellValue(Double.parseDouble(T3[r][c]));
          }
        }
        // a formula keeps its cached value
        sheet.getRow(1).getCell(7).setCellFormula("SUM(B2:G2)");
        book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        book.write(out);
        bytes = out.toByteArray();
      }
      Decoder.Result decoded = Decoder.decode(bytes);
      assertThat(decoded.isText()).as(book.getClass().getSimpleName()).isTrue();
      List<String> lines = decoded.text().lines();
      assertThat(lines).startsWith("表三", "三、收到和处理政府信息公开申请情况");
      for (String[] row : T3) {
        assertThat(lines).contains(String.join("\t", row));
      }
    }
  }

  @Test
  void aPdfWithoutTextIsNoTextLayerWithItsPageCount() throws IOException {
    byte[] bytes;
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i < 3; i++) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream draw = new PDPageContentStream(pdf, page)) {
          draw.addRect(50, 50, 400, 600); // a drawing, as a scan's image would be: no glyphs
          draw.fill();
        }
      }
      pdf.save(out);
      bytes = out.toByteArray();
    }
    Decoder.Result decoded = Decoder.decode(bytes);
    assertThat(decoded.reason()).isEqualTo(RejectReason.NO_TEXT_LAYER);
    assertThat(decoded.detail()).contains("3 pages");
  }

  @Test
  void aPasswordProtectedPdfIsEncryptedAndAnOwnerOnlyOneIsRead() throws IOException {
    assertThat(Decoder.decode(pdfWithText("secret")).reason()).isEqualTo(RejectReason.ENCRYPTED);
    Decoder.Result ownerOnly = Decoder.decode(pdfWithText(""));
    assertThat(ownerOnly.isText()).isTrue();
    assertThat(ownerOnly.text().lines()).contains("Annual report 2023\t21\t0\t21");
  }

  private static byte[] pdfWithText(String userPassword) throws IOException {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream draw = new PDPageContentStream(pdf, page)) {
        draw.beginText();
        draw.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        draw.newLineAtOffset(72, 700);
        draw.showText("Annual report 2023");
        draw.newLineAtOffset(200, 0);
        draw.showText("21");
        draw.newLineAtOffset(50, 0);
        draw.showText("0");
        draw.newLineAtOffset(50, 0);
        draw.showText("21");
        draw.endText();
      }
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void tooManyPagesIsARejectBeforeAnyTextIsRead() throws IOException {
    byte[] bytes;
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i <= PdfText.MAX_PAGES; i++) {
        pdf.addPage(new PDPage());
      }
      pdf.save(out);
      bytes = out.toByteArray();
    }
    Decoder.Result decoded = Decoder.decode(bytes);
    assertThat(decoded.reason()).isEqualTo(RejectReason.TOO_MANY_PAGES);
    assertThat(decoded.detail()).contains("501 pages");
  }

  @Test
  void brokenFilesAreRejectsWithAReasonNeverExceptions() throws IOException {
    byte[] real = java.nio.file.Files.readAllBytes(PdfReportsTest.PDFS.resolve("hongze-2023.pdf"));
    // truncated (no trailer, no xref): PDFBox's lenient parser reads what it can, or a reject
    byte[] truncated = java.util.Arrays.copyOf(real, real.length / 2);
    Decoder.Result cut = Decoder.decode(truncated);
    assertThat(
            cut.isText()
                || cut.reason() == RejectReason.CORRUPT_FILE
                || cut.reason() == RejectReason.NO_TEXT_LAYER)
        .isTrue();
    // a header and garbage
    Decoder.Result garbage = Decoder.decode("%PDF-1.7\n\u0000\u0001 garbage".getBytes());
    assertThat(garbage.reason()).isIn(RejectReason.CORRUPT_FILE, RejectReason.NO_TEXT_LAYER);
    // a ZIP that is no Office document
    assertThat(Decoder.decode(zip("readme.txt", new byte[100])).reason())
        .isEqualTo(RejectReason.UNSUPPORTED_FORMAT);
    // an OLE2 file that is neither Word nor Excel
    byte[] ole2;
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "PowerPoint Document");
      fs.writeFilesystem(out);
      ole2 = out.toByteArray();
    }
    assertThat(FileFormat.of(ole2)).isEqualTo(FileFormat.OLE2);
    assertThat(Decoder.decode(ole2).reason()).isEqualTo(RejectReason.UNSUPPORTED_FORMAT);
    // an OLE2 file with a WordDocument stream of garbage (a broken .doc or a .wps POI cannot read)
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
      fs.writeFilesystem(out);
      assertThat(Decoder.decode(out.toByteArray()).reason()).isEqualTo(RejectReason.CORRUPT_FILE);
    }
  }

  @Test
  void filesPublishedAsWordThatAreNotWordAreReadOrRejectedWithTheirReason() throws Exception {
    // HTML and Word 2003 XML saved with a .doc name: text, for the text reader
    byte[] html =
        "<html><body><p>洪泽区人民政府</p><p>2023年政府信息公开工作年度报告</p></body></html>"
            .getBytes(java.nio.charset.Charset.forName("GB18030"));
    assertThat(FileFormat.of(html)).isEqualTo(FileFormat.OTHER);
    assertThat(Decoder.decode(html).isText()).isTrue();
    byte[] wordXml =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><?mso-application"
                + " progid=\"Word.Document\"?><w:wordDocument"
                + " xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\">"
                + "<w:body><w:p><w:r><w:t>洪泽区人民政府</w:t></w:r></w:p></w:body></w:wordDocument>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Decoder.decode(wordXml).isText()).isTrue();
    // RTF saved with a .doc name: its text, not its control words
    byte[] rtf =
        "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fcharset134 \\'cb\\'ce;}}\\'ba\\'e9\\par 2023}"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(FileFormat.of(rtf)).isEqualTo(FileFormat.RTF);
    Decoder.Result rtfRead = Decoder.decode(rtf);
    assertThat(rtfRead.isText()).isTrue();
    assertThat(rtfRead.text().lines()).containsExactly("洪", "2023");
    assertThat(rtfRead.text().charset()).isEqualTo("RTF");
    // a .docx encrypted by Word (agile encryption in an OLE2 container) and one cut short
    byte[] docx = OfficeReports.all().get("hongze-2023-numbered.docx").get();
    org.apache.poi.poifs.crypt.EncryptionInfo info =
        new org.apache.poi.poifs.crypt.EncryptionInfo(
            org.apache.poi.poifs.crypt.EncryptionMode.agile);
    org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("secret");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      try (org.apache.poi.openxml4j.opc.OPCPackage opc =
              org.apache.poi.openxml4j.opc.OPCPackage.open(new java.io.ByteArrayInputStream(docx));
          java.io.OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      fs.writeFilesystem(out);
      assertThat(Decoder.decode(out.toByteArray()).reason()).isEqualTo(RejectReason.ENCRYPTED);
    }
    assertThat(Decoder.decode(java.util.Arrays.copyOf(docx, docx.length / 2)).reason())
        .isEqualTo(RejectReason.CORRUPT_FILE);
  }

  @Test
  void aZipBombDocxIsADecompressionLimitReject() throws IOException {
    byte[] bomb = zip("word/document.xml", new byte[64 << 20]); // 64 MiB of zeros, ~64 KiB zipped
    assertThat(bomb.length).isLessThan(1 << 20);
    Decoder.Result decoded = Decoder.decode(bomb);
    assertThat(decoded.reason()).isEqualTo(RejectReason.DECOMPRESSION_LIMIT);
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes());
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
    }
    return out.toByteArray();
  }
}
