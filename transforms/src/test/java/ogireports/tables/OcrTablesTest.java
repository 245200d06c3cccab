package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.DisclosureItem;
import ogireports.model.Measure;
import ogireports.model.ParsedReport;
import ogireports.model.ReportTables;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * Scanned reports read back by OCR ({@code fixtures/written/probe14} p09 pypdf form, p10 {@code
 * pdftotext -layout} form, p11 one cell per line; a real {@code pdftotext} text printing table 三 by
 * columns in blocks): cells printed {@code O}, {@code o} for 0 and {@code l}, {@code I} for 1, and
 * misread labels ({@code 信忌}, {@code 申靖}, {@code 办埋}, {@code 结专}, {@code -、}), read as the report
 * printed them where the table's own arithmetic confirms it, and never where it does not.
 */
class OcrTablesTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static String probe(String file) throws IOException {
    return Files.readString(
        Path.of("..", "fixtures", "written", "probe14", file), StandardCharsets.UTF_8);
  }

  private static ParsedReport read(String name, String text) {
    ReadOutcome o = READER.read(new Document(name, text.getBytes(StandardCharsets.UTF_8)));
    assertThat(o).isInstanceOf(ReadOutcome.Accepted.class);
    return ((ReadOutcome.Accepted) o).report();
  }

  private static Double total(ParsedReport r, ApplicationRowId id) {
    ApplicationTable t = r.tables().applications();
    if (t == null) {
      return null;
    }
    ApplicationRow row = t.row(id).orElse(null);
    CellValue cell = row == null ? null : row.cell(ApplicantColumn.TOTAL);
    return cell == null ? null : cell.value();
  }

  private static List<Double> cells(ParsedReport r, ApplicationRowId id) {
    return r.tables().applications().row(id).orElseThrow().cells().stream()
        .map(CellValue::value)
        .toList();
  }

  private static Double review(ParsedReport r, ReviewGroup group, ReviewCell cell) {
    if (r.tables().reviewLitigation() == null) {
      return null;
    }
    ReviewLitigationRow row = r.tables().reviewLitigation().group(group).orElse(null);
    return row == null || row.cell(cell) == null ? null : row.cell(cell).value();
  }

  @Test
  void pypdfFormOfAScanReadsEveryTotal() throws IOException {
    ParsedReport r = read("p09.txt", probe("p09-2021.txt"));
    assertThat(total(r, ApplicationRowId.NEW)).isEqualTo(10d); // 1O
    assertThat(total(r, ApplicationRowId.CARRY_IN)).isEqualTo(1d);
    assertThat(total(r, ApplicationRowId.R_TOTAL)).isEqualTo(10d);
    assertThat(total(r, ApplicationRowId.CARRY_OUT)).isEqualTo(1d);
    // （二）部分公开 … 1 0 0 o o O l
    assertThat(cells(r, ApplicationRowId.R_PARTIAL)).containsExactly(1d, 0d, 0d, 0d, 0d, 0d, 1d);
    // 1.信访举报投诉类申靖 l O 0 0 0 0 1
    assertThat(cells(r, ApplicationRowId.R_NOPROC_1)).containsExactly(1d, 0d, 0d, 0d, 0d, 0d, 1d);
    // I O O 0 1 0 O O o 0 0 0 0 O 0
    assertThat(review(r, ReviewGroup.REVIEW, ReviewCell.UPHELD)).isEqualTo(1d);
    assertThat(review(r, ReviewGroup.REVIEW, ReviewCell.TOTAL)).isEqualTo(1d);
    assertThat(review(r, ReviewGroup.LITIGATION_DIRECT, ReviewCell.TOTAL)).isEqualTo(0d);
    assertThat(r.tables().template().code()).isEqualTo("2021");
    assertThat(r.tables().layout()).isEqualTo(OcrTables.LAYOUT);
    // table 二, beside tables confirmed: 规章 O O 0, 行政处罚 O
    assertThat(disclosure(r, DisclosureItem.PENALTY)).isEqualTo(0d);
    assertThat(disclosure(r, DisclosureItem.LICENSE)).isEqualTo(12d);
  }

  @Test
  void layoutFormOfAScanReadsEveryTotal() throws IOException {
    ParsedReport r = read("p10.txt", probe("p10-2020.txt"));
    assertThat(total(r, ApplicationRowId.NEW)).isEqualTo(1d); // I … I
    assertThat(total(r, ApplicationRowId.CARRY_IN)).isEqualTo(0d);
    assertThat(total(r, ApplicationRowId.R_TOTAL)).isEqualTo(1d); // l O 0 0 O O 1
    assertThat(total(r, ApplicationRowId.CARRY_OUT)).isEqualTo(0d);
    assertThat(cells(r, ApplicationRowId.R_OPEN)).containsExactly(1d, 0d, 0d, 0d, 0d, 0d, 1d);
    assertThat(review(r, ReviewGroup.REVIEW, ReviewCell.TOTAL)).isEqualTo(0d);
    assertThat(review(r, ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewCell.TOTAL)).isEqualTo(0d);
    assertThat(r.tables().template().code()).isEqualTo("2019");
  }

  @Test
  void oneCellPerLineFormOfAScanReadsEveryTotal() throws IOException {
    // the labels misread too: 申靖, 信忌, 结专, 办埋
    ParsedReport r = read("p11.txt", probe("p11-2022.txt"));
    assertThat(total(r, ApplicationRowId.NEW)).isEqualTo(7d);
    assertThat(total(r, ApplicationRowId.CARRY_IN)).isEqualTo(0d);
    assertThat(total(r, ApplicationRowId.R_TOTAL)).isEqualTo(7d);
    assertThat(total(r, ApplicationRowId.CARRY_OUT)).isEqualTo(0d);
    // 2.重复申靖 1 0 0 0 0 O l
    assertThat(cells(r, ApplicationRowId.R_NOPROC_2)).containsExactly(1d, 0d, 0d, 0d, 0d, 0d, 1d);
    assertThat(review(r, ReviewGroup.REVIEW, ReviewCell.TOTAL)).isEqualTo(0d);
  }

  @Test
  void correctedCellsTheBalanceContradictsStayNull() throws IOException {
    // 本年新收 printed 1I (11) in 自然人 and 总计: the row adds up, but 11 + 1 is not 10 + 1
    String text =
        probe("p09-2021.txt")
            .replace("一、本年新收政府信忌公开申请数量 1O 0 O O O 0 1O", "一、本年新收政府信忌公开申请数量 1I 0 O O O 0 1I");
    assertThat(text).contains("1I 0 O O O 0 1I");
    ParsedReport r = read("p09-unbalanced.txt", text);
    for (ApplicationRowId id : ApplicationTotals.SCORED) {
      assertThat(total(r, id)).as(id.name()).isNull();
    }
    // table 四, confirmed on its own, is read
    assertThat(review(r, ReviewGroup.REVIEW, ReviewCell.TOTAL)).isEqualTo(1d);
  }

  @Test
  void aScanCutInsideTableThreeReadsTheRowsThatAddUp() throws IOException {
    // a crawl kept the text up to （四）无法提供's first row: the balance and the result sum cannot be
    // checked for want of the rows cut, so each corrected row is confirmed by its 总计
    String text = probe("p09-2021.txt");
    String cut = text.substring(0, text.indexOf("2.没有现成信息需要另行制作"));
    ParsedReport r = read("p09-cut.txt", cut);
    assertThat(total(r, ApplicationRowId.NEW)).isEqualTo(10d);
    assertThat(total(r, ApplicationRowId.CARRY_IN)).isEqualTo(1d);
    assertThat(cells(r, ApplicationRowId.R_PARTIAL)).containsExactly(1d, 0d, 0d, 0d, 0d, 0d, 1d);
    assertThat(total(r, ApplicationRowId.R_TOTAL)).isNull();
    // a corrected row that does not add up keeps the cut table unread
    String wrong = cut.replace("（一）予以公开 5 0 O 0 0 0 5", "（一）予以公开 5 0 O 0 0 0 6");
    ParsedReport w = read("p09-cut-wrong.txt", wrong);
    assertThat(total(w, ApplicationRowId.NEW)).isNull();
    assertThat(total(w, ApplicationRowId.R_OPEN)).isNull();
  }

  @Test
  void aReviewGroupThatDoesNotAddUpStaysNull() throws IOException {
    // 结果维持 I, 总计 O: 1 ≠ 0
    String text = probe("p09-2021.txt").replace("I O O 0 1 0 O O", "I O O 0 O 0 O O");
    ParsedReport r = read("p09-t4.txt", text);
    assertThat(review(r, ReviewGroup.REVIEW, ReviewCell.TOTAL)).isNull();
    assertThat(total(r, ApplicationRowId.NEW)).isEqualTo(10d);
  }

  @Test
  void columnsInBlocksOfAScanReadAsTheCleanText() throws IOException {
    String clean = pdftotext("hongze-2024.pdftotext.txt");
    ParsedReport want = read("hongze.txt", clean);
    assertThat(want.tables().layout()).isIn(ColumnBlocks.LAYOUT, "mixed");
    ParsedReport got = read("hongze-ocr.txt", scanned(clean));
    assertThat(values(got)).isEqualTo(values(want)).containsEntry("NEW.6", 95d);
    assertThat(got.tables().layout()).isEqualTo(OcrTables.LAYOUT);
  }

  @Test
  void aTableWhoseFilerDidNotAddUpKeepsItsScannedCellsUnread() throws IOException {
    // table 四 of 2023 prints 行政复议 10, 1, 0, 0 and 总计 0 (the filer's error): scanned, its cells
    // are not read; table 三, which adds up, is
    String clean = pdftotext("hongze-2023.pdftotext.txt");
    ParsedReport want = read("hongze.txt", clean);
    ParsedReport got = read("hongze-ocr.txt", scanned(clean));
    assertThat(review(want, ReviewGroup.REVIEW, ReviewCell.UPHELD)).isEqualTo(10d);
    assertThat(review(got, ReviewGroup.REVIEW, ReviewCell.UPHELD)).isNull();
    assertThat(review(got, ReviewGroup.REVIEW, ReviewCell.TOTAL)).isNull();
    assertThat(cells(got, ApplicationRowId.NEW)).isEqualTo(cells(want, ApplicationRowId.NEW));
    assertThat(cells(got, ApplicationRowId.R_TOTAL))
        .isEqualTo(cells(want, ApplicationRowId.R_TOTAL));
  }

  private static String written(String set, String file) throws IOException {
    return Files.readString(
        Path.of("..", "fixtures", "written", set, file), StandardCharsets.UTF_8);
  }

  @Test
  void aReviewRowHoldingLettersIsNotShiftedPastThem() throws IOException {
    // table 四's fifteen values on one line, OCR's letters among them: read as printed, the cells
    // after "53o" moved one column left (行政复议's 总计 read 231, then 0); read by the arithmetic
    String tabs =
        written("probe15", "n06-2020.txt")
            .replace(
                "530\t96\t71\t88\t785\t231\t19\t30\t102\t382\t44\t6\t3\t20\t73",
                "53o\t96\t71\t88\t785\t231\tI9\t30\t102\t382\t44\t6\t3\t2O\t73");
    ParsedReport r = read("n06.txt", tabs);
    assertThat(review(r, ReviewGroup.REVIEW, ReviewCell.UPHELD)).isEqualTo(530d);
    assertThat(review(r, ReviewGroup.REVIEW, ReviewCell.TOTAL)).isEqualTo(785d);
    assertThat(review(r, ReviewGroup.LITIGATION_DIRECT, ReviewCell.TOTAL)).isEqualTo(382d);
    assertThat(review(r, ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewCell.TOTAL)).isEqualTo(73d);
    String pipes =
        written("tables4", "ocfpipe-2021.txt")
            .replace(
                "1 | 3 | 0 | 1 | 5 | 0 | 2 | 1 | 0 | 3 | 0 | 1 | 0 | 1 | 2 |",
                "l | 3 | 0 | 1 | 5 | 0 | 2 | 1 | 0 | 3 | 0 | 1 | 0 | 1 | 2 |");
    assertThat(review(read("ocfpipe.txt", pipes), ReviewGroup.REVIEW, ReviewCell.TOTAL))
        .isEqualTo(5d);
    String lead =
        written("tables6", "t4rowtab-web.txt")
            .replace(
                "1\t1\t0\t0\t2\t1\t0\t0\t0\t1\t2\t0\t1\t0\t3",
                "I\tl\t0\t0\t2\t1\t0\t0\t0\t1\t2\tO\t1\to\t3");
    r = read("t4rowtab.txt", lead);
    assertThat(review(r, ReviewGroup.REVIEW, ReviewCell.TOTAL)).isEqualTo(2d);
    assertThat(review(r, ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewCell.TOTAL)).isEqualTo(3d);
  }

  @Test
  void aReviewRowHoldingLettersThatDoesNotAddUpStaysNull() throws IOException {
    // 行政复议 530 + 96 + 71 + 88 ≠ 786: the corrected row is not confirmed, and the row as printed
    // is not read past its letters (it read 231 for 786)
    String text =
        written("probe15", "n06-2020.txt")
            .replace(
                "530\t96\t71\t88\t785\t231\t19\t30\t102\t382\t44\t6\t3\t20\t73",
                "53o\t96\t71\t88\t786\t231\tI9\t30\t102\t382\t44\t6\t3\t2O\t73");
    ParsedReport r = read("n06.txt", text);
    assertThat(review(r, ReviewGroup.REVIEW, ReviewCell.TOTAL)).isNull();
    assertThat(review(r, ReviewGroup.REVIEW, ReviewCell.UPHELD)).isNull();
  }

  @Test
  void aCarryOutRowBeforeLettersInCellsOnePerLineIsNotTheRowAbove() throws IOException {
    // labels （六）, （七） and 四、 stacked, then their three rows one cell per line, 总计's with
    // OCR's letters: read as printed, 四、结转… took （六）'s cells (1 for 0)
    String text =
        probe("p06-2020.txt")
            .replace("\n\n14\n1\n0\n0\n0\n0\n15\n\n0\n", "\n\n14\nl\no\no\no\n0\nl5\n\n0\n");
    assertThat(text).isNotEqualTo(probe("p06-2020.txt"));
    ParsedReport r = read("p06.txt", text);
    assertThat(total(r, ApplicationRowId.CARRY_OUT)).isEqualTo(0d);
    assertThat(total(r, ApplicationRowId.R_TOTAL)).isEqualTo(15d);
  }

  private static String pdftotext(String file) throws IOException {
    return Files.readString(
        Path.of("..", "fixtures", "real-reports", "pdf", file), StandardCharsets.UTF_8);
  }

  /**
   * The text with every other 0, 1 and 10 standing as a cell of tables 三 and 四 printed as OCR reads
   * it ({@code O}, {@code o}, {@code l}, {@code lO}).
   */
  private static String scanned(String clean) {
    List<String> lines = new ArrayList<>(List.of(clean.split("\n", -1)));
    int from = lines.indexOf("三、收到和处理政府信息公开申请情况");
    assertThat(from).isPositive();
    int changed = 0;
    for (int i = from; i < lines.size() && !lines.get(i).startsWith("五、"); i++) {
      String[] words = lines.get(i).split(" ", -1);
      for (int w = 0; w < words.length; w++) {
        if ((words[w].equals("0") || words[w].equals("1") || words[w].equals("10"))
            && changed++ % 2 == 0) {
          words[w] = words[w].replace('0', changed % 4 == 1 ? 'O' : 'o').replace('1', 'l');
        }
      }
      lines.set(i, String.join(" ", words));
    }
    assertThat(changed).isGreaterThan(100);
    return String.join("\n", lines);
  }

  @Test
  void wordsWithOtherLettersAndSubItemNumbersAreNoNumbers() {
    OcrConfusions.Corrected c =
        OcrConfusions.of(
            List.of(
                "Ollie O'Brien 0 1", // a word with other letters
                "I. Introduction 1 0", // a sub-item number before a word, not a value
                "共收到申请1O件，办结I件", // letters glued in a sentence
                "I",
                "说明文字",
                "规章 O O 0"));
    assertThat(c).isNotNull();
    assertThat(c.lines())
        .containsExactly(
            "Ollie O'Brien 0 1", "I. Introduction 1 0", "共收到申请1O件，办结I件", "I", "说明文字", "规章 0 0 0");
    assertThat(c.digits()).isEqualTo(1);
  }

  @Test
  void fullWidthLettersAndCountUnitsAreReadAlike() {
    OcrConfusions.Corrected c =
        OcrConfusions.of(List.of("（一）予以公开 ５ ０ Ｏ ０ ０ ０ ５", "（七）总计 1O件 0 o 0 0 0 lO件"));
    assertThat(c.lines()).containsExactly("（一）予以公开 ５ ０ 0 ０ ０ ０ ５", "（七）总计 10件 0 0 0 0 0 10件");
  }

  @Test
  void aLoneLetterAmongProseLinesStaysALetter() {
    assertThat(OcrConfusions.of(List.of("我局全年", "O", "主动公开"))).isNull();
    // among lines of one number each, it is a cell printed one per line
    OcrConfusions.Corrected c = OcrConfusions.of(List.of("自然人", "O", "", "0", "", "l"));
    assertThat(c.lines()).containsExactly("自然人", "0", "", "0", "", "1");
  }

  @Test
  void misreadTemplateWordsAreTheTemplatesOnly() {
    assertThat(OcrConfusions.templateWords("-、本年新收政府信忌公开申靖数量")).isEqualTo("一、本年新收政府信息公开申请数量");
    assertThat(OcrConfusions.templateWords("二、上年结专政府信息公开申请数量")).isEqualTo("二、上年结转政府信息公开申请数量");
    assertThat(OcrConfusions.templateWords("I.属于国家秘密")).isEqualTo("1.属于国家秘密");
    assertThat(OcrConfusions.templateWords("四、结专下年度继续办埋")).isEqualTo("四、结转下年度继续办理");
    // other words with those characters are left as printed
    assertThat(OcrConfusions.templateWords("年终总结专项工作，忌讳拖延，2020-、2021年"))
        .isEqualTo("年终总结专项工作，忌讳拖延，2020-、2021年");
    assertThat(OcrConfusions.templateWords("II.说明")).isEqualTo("II.说明");
  }

  @Test
  void aTextWithoutOcrsLettersIsReadAsBefore() throws IOException {
    String clean =
        probe("p09-2021.txt")
            .replaceAll("(?<=[ \\n])[Oo](?=[ \\n])", "0")
            .replaceAll("(?<=[ \\n])[lI](?=[ \\n])", "1")
            .replace("1O", "10");
    ParsedReport r = read("p09-clean.txt", clean);
    assertThat(total(r, ApplicationRowId.NEW)).isEqualTo(10d);
    assertThat(r.tables().layout()).isNotEqualTo(OcrTables.LAYOUT);
  }

  private static Double disclosure(ParsedReport r, DisclosureItem item) {
    for (Measure m : Measure.values()) {
      var v = r.tables().activeDisclosure().value(item, m);
      if (v.isPresent()) {
        return v.get().cell().value();
      }
    }
    return null;
  }

  /** Every cell of tables 三 and 四 by row and column. */
  private static Map<String, Double> values(ParsedReport r) {
    ReportTables t = r.tables();
    Map<String, Double> out = new TreeMap<>();
    for (ApplicationRow row : t.applications().rows()) {
      for (int c = 0; c < row.cells().size(); c++) {
        out.put(row.rowId() + "." + c, row.cells().get(c).value());
      }
    }
    for (ReviewLitigationRow g : t.reviewLitigation().groups()) {
      for (int c = 0; c < g.cells().size(); c++) {
        out.put(g.group() + "." + c, g.cells().get(c).value());
      }
    }
    return out;
  }
}
