package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.CellValue;
import ogireports.model.LegacyIndicator;
import ogireports.model.ReportTables;
import ogireports.model.RowStatus;
import ogireports.model.Template;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/** Pre-2019 indicator tables (spec §2.5) and table 三 rows whose separators were lost. */
class LegacyAndRunTogetherTest {

  private static ReportTables read(List<String> lines) {
    return TableReader.read(lines, SectionSplitter.split(lines));
  }

  /**
   * A 2016 county report with a vertical 指标名称 | 单位 | 数量 table, in TSV rows (a text written for the
   * tests, in {@code fixtures/written/}).
   */
  private static String county2016() throws IOException {
    return Files.readString(Path.of("../fixtures/written/county-2016.txt"));
  }

  @Test
  void pre2019CountyReportYieldsItsIndicatorsAndNoTemplateTables() throws IOException {
    List<String> lines = List.of(county2016().split("\n", -1));
    ReportTables t = read(lines);
    assertThat(t.template()).isEqualTo(Template.PRE2019);
    assertThat(t.applications()).as("never forced into table 三").isNull();
    assertThat(t.activeDisclosure()).isNull();
    assertThat(t.reviewLitigation()).isNull();
    assertThat(t.layout()).isEqualTo("tsv_rows");
    List<LegacyIndicator> legacy = t.legacyIndicators();
    assertThat(legacy)
        .extracting(LegacyIndicator::indicatorId)
        .containsExactly(
            "ACTIVE_PUBLISHED",
            "ACTIVE_NORMATIVE_DOCS",
            "REQUESTS_RECEIVED",
            "REQUESTS_IN_PERSON",
            "REQUESTS_FAX",
            "REQUESTS_ONLINE",
            "REQUESTS_LETTER",
            null,
            "ANSWERS_OPEN",
            "ANSWERS_PARTIAL",
            "ANSWERS_DENIED",
            "ANSWERS_NOT_EXIST",
            "ANSWERS_NOT_HELD",
            "ANSWERS_UNCLEAR",
            "REVIEWS",
            "LAWSUITS",
            "COMPLAINTS",
            "FEES_COLLECTED");
    LegacyIndicator published = legacy.get(0);
    assertThat(published.indicator()).isEqualTo("（一）主动公开政府信息数");
    assertThat(published.unit()).isEqualTo("条");
    assertThat(published.value()).isEqualTo(1234d);
    assertThat(published.sourceLine()).isEqualTo(lines.indexOf("（一）主动公开政府信息数\t条\t1234") + 1);
    assertThat(legacy.get(6).value()).as("full-width digit").isEqualTo(2d);
    assertThat(legacy.get(7).indicator()).isEqualTo("（二）申请办结数");
    LegacyIndicator denied = legacy.get(10);
    assertThat(denied.value()).isNull();
    assertThat(denied.raw()).isEqualTo("—");
    assertThat(legacy.get(17).unit()).isEqualTo("万元");
  }

  @Test
  void pre2019TableAsOneCellPerLine() {
    List<String> lines =
        List.of(
            "2015年政府信息公开工作年度报告",
            "指标名称",
            "单位",
            "数量",
            "主动公开信息数",
            "条",
            "56",
            "收到申请数",
            "件",
            "4",
            "网上申请数",
            "件",
            "4",
            "行政复议数",
            "件",
            "0");
    ReportTables t = read(lines);
    assertThat(t.template()).isEqualTo(Template.PRE2019);
    assertThat(t.layout()).isEqualTo("cell_lines");
    assertThat(t.legacyIndicators())
        .extracting(LegacyIndicator::indicatorId, LegacyIndicator::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ACTIVE_PUBLISHED", 56d),
            org.assertj.core.groups.Tuple.tuple("REQUESTS_RECEIVED", 4d),
            org.assertj.core.groups.Tuple.tuple("REQUESTS_ONLINE", 4d),
            org.assertj.core.groups.Tuple.tuple("REVIEWS", 0d));
    assertThat(t.legacyIndicators().get(1).sourceLine()).isEqualTo(8);
  }

  @Test
  void vocabularyIdsAreStableAndSpecificFirst() {
    assertThat(LegacyVocabulary.idOf("3. 不同意公开答复数")).isEqualTo("ANSWERS_DENIED");
    assertThat(LegacyVocabulary.idOf("2．同意部分公开答复数")).isEqualTo("ANSWERS_PARTIAL");
    assertThat(LegacyVocabulary.idOf("（1）同意公开答复数")).isEqualTo("ANSWERS_OPEN");
    assertThat(LegacyVocabulary.idOf("其中：网上申请数")).isEqualTo("REQUESTS_ONLINE");
    assertThat(LegacyVocabulary.idOf("举报投诉/申诉数")).isEqualTo("COMPLAINTS");
    assertThat(LegacyVocabulary.idOf("非本机关掌握")).isEqualTo("ANSWERS_NOT_HELD");
    assertThat(LegacyVocabulary.idOf("会议次数")).isNull();
  }

  // ------------------------------------------------------------------ run-together rows

  private static final String[] LABELS = {
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果\t（一）予以公开",
    "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "\t（三）不予公开\t1.属于国家秘密",
    "\t\t2.其他法律行政法规禁止公开",
    "\t\t3.危及“三安全一稳定”",
    "\t\t4.保护第三方合法权益",
    "\t\t5.属于三类内部事务信息",
    "\t\t6.属于四类过程性信息",
    "\t\t7.属于行政执法案卷",
    "\t\t8.属于行政查询事项",
    "\t（四）无法提供\t1.本机关不掌握相关政府信息",
    "\t\t2.没有现成信息需要另行制作",
    "\t\t3.补正后申请内容仍不明确",
    "\t（五）不予处理\t1.信访举报投诉类申请",
    "\t\t2.重复申请",
    "\t\t3.要求提供公开出版物",
    "\t\t4.无正当理由大量反复申请",
    "\t\t5.要求行政机关确认或重新出具已获取信息",
    "\t（六）其他处理",
    "\t（七）总计",
    "四、结转下年度继续办理"
  };

  /** A 2019 table 三 in TSV rows; {@code printed[r]} is the value part of row r (tab-joined). */
  private static List<String> table(String[] printed) {
    List<String> lines = new ArrayList<>();
    lines.add("三、收到和处理政府信息公开申请情况");
    lines.add("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况");
    lines.add("\t自然人\t法人或其他组织\t总计");
    lines.add("\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他");
    for (int r = 0; r < LABELS.length; r++) {
      lines.add(LABELS[r] + "\t" + printed[r]);
    }
    lines.add("四、政府信息公开行政复议、行政诉讼情况");
    return lines;
  }

  private static String[] rows(String... nonZero) {
    String[] printed = new String[LABELS.length];
    for (int r = 0; r < printed.length; r++) {
      printed[r] = "0\t0\t0\t0\t0\t0\t0";
    }
    for (int k = 0; k + 1 < nonZero.length; k += 2) {
      printed[Integer.parseInt(nonZero[k])] = nonZero[k + 1];
    }
    return printed;
  }

  private static List<Double> values(ApplicationRow row) {
    return row.cells().stream().map(CellValue::value).toList();
  }

  @Test
  void runTogetherRowWithOneSplitIsRecovered() {
    // NEW = 64,0,0,2,0,4,70 printed as 640020470; the row total admits this split only.
    String[] printed =
        rows("0", "640020470", "2", "64\t0\t0\t2\t0\t4\t70", "21", "64\t0\t0\t2\t0\t4\t70");
    ReportTables t = read(table(printed));
    ApplicationRow row = t.applications().row(ApplicationRowId.NEW).orElseThrow();
    assertThat(row.status()).isEqualTo(RowStatus.RECOVERED);
    assertThat(values(row)).containsExactly(64d, 0d, 0d, 2d, 0d, 4d, 70d);
    assertThat(row.sourceLine()).isEqualTo(5);
    assertThat(t.layout()).isEqualTo("run_together");
    assertThat(t.applications().problems()).isEmpty();
  }

  @Test
  void runTogetherRowIsNarrowedByTheBalanceAcrossRows() {
    // CARRY_OUT 20,0,0,2,0,10,32 printed 2000201032 also splits as 2,0,0,0,20,10,32; the balance
    // NEW + CARRY_IN = R_TOTAL + CARRY_OUT, with every other row read, keeps only the first.
    assertThat(RunTogether.splits(List.of("2000201032"), 7, -1)).hasSize(2);
    String[] printed =
        rows(
            "0", "22\t0\t0\t2\t0\t11\t35",
            "2", "2\t0\t0\t0\t0\t1\t3",
            "21", "2\t0\t0\t0\t0\t1\t3",
            "22", "2000201032");
    ReportTables t = read(table(printed));
    ApplicationRow carryOut = t.applications().row(ApplicationRowId.CARRY_OUT).orElseThrow();
    assertThat(carryOut.status()).isEqualTo(RowStatus.RECOVERED);
    assertThat(values(carryOut)).containsExactly(20d, 0d, 0d, 2d, 0d, 10d, 32d);
    assertThat(t.applications().problems()).isEmpty();
  }

  @Test
  void ambiguousRunTogetherRowIsIncomplete() {
    // Two ambiguous rows in the same balance: neither can be narrowed, both stay empty.
    String[] printed = rows("0", "2000201032", "22", "2000201032");
    ReportTables t = read(table(printed));
    for (ApplicationRowId id : List.of(ApplicationRowId.NEW, ApplicationRowId.CARRY_OUT)) {
      ApplicationRow row = t.applications().row(id).orElseThrow();
      assertThat(row.status()).as(id.name()).isEqualTo(RowStatus.INCOMPLETE);
      assertThat(row.cells()).as(id.name()).isEmpty();
    }
    assertThat(t.applications().problems())
        .contains(
            "NEW: run-together digits '2000201032' admit 2 splits; cells left empty",
            "CARRY_OUT: run-together digits '2000201032' admit 2 splits; cells left empty");
    assertThat(t.layout()).isEqualTo("tsv_rows");
  }

  @Test
  void runTogetherDigitsThatAdmitNoSplitAreIncomplete() {
    ReportTables t = read(table(rows("1", "9999999")));
    ApplicationRow row = t.applications().row(ApplicationRowId.CARRY_IN).orElseThrow();
    assertThat(row.status()).isEqualTo(RowStatus.INCOMPLETE);
    assertThat(t.applications().problems()).anyMatch(p -> p.contains("admit no splits"));
  }

  @Test
  void spaceSeparatedDigitsInOneCellAreForcedBoundaries() {
    ReportTables t = read(table(rows("0", "64 0 0 2 0 4 70")));
    ApplicationRow row = t.applications().row(ApplicationRowId.NEW).orElseThrow();
    assertThat(row.status()).isEqualTo(RowStatus.RECOVERED);
    assertThat(values(row)).containsExactly(64d, 0d, 0d, 2d, 0d, 4d, 70d);
  }

  // ---------------------------------------------- run-together rows that still show 7 cells

  @Test
  void sevenCellsThatDoNotAddUpAreSplitBackWhenTheBalanceConfirmsOneReading() {
    // NEW = 64,0,0,2,0,4,70 printed 640 | 0 | 2 | 0 | 4 | 7 | 0: the separators fell in the wrong
    // places (64 and 0 run together, 70 cut in two), so there are still seven cells, which do not
    // add up (653 ≠ 0). Its digits 640020470 add up cut one way only, and NEW + CARRY_IN =
    // R_TOTAL + CARRY_OUT holds with that reading and not with the printed one.
    String[] printed =
        rows(
            "0", "640\t0\t2\t0\t4\t7\t0",
            "2", "64\t0\t0\t2\t0\t4\t70",
            "21", "64\t0\t0\t2\t0\t4\t70");
    ReportTables t = read(table(printed));
    ApplicationRow row = t.applications().row(ApplicationRowId.NEW).orElseThrow();
    assertThat(row.status()).isEqualTo(RowStatus.RECOVERED);
    assertThat(values(row)).containsExactly(64d, 0d, 0d, 2d, 0d, 4d, 70d);
    assertThat(t.applications().problems()).isEmpty();
    assertThat(t.layout()).isEqualTo("run_together");
  }

  @Test
  void sevenCellsThatDoNotAddUpWithoutAnEquationToDecideAreIncomplete() {
    // The same row, but CARRY_IN has a blank cell: the balance cannot be assessed, and a filer's
    // arithmetic error reads exactly like a row whose separators moved. Neither is guessed.
    String[] printed =
        rows(
            "0", "640\t0\t2\t0\t4\t7\t0",
            "1", "0\t—\t0\t0\t0\t0\t0",
            "2", "64\t0\t0\t2\t0\t4\t70",
            "21", "64\t0\t0\t2\t0\t4\t70");
    ReportTables t = read(table(printed));
    ApplicationRow row = t.applications().row(ApplicationRowId.NEW).orElseThrow();
    assertThat(row.status()).isEqualTo(RowStatus.INCOMPLETE);
    assertThat(row.cells()).isEmpty();
    assertThat(t.applications().problems())
        .containsExactly(
            "NEW: cells '640 0 2 0 4 7 0' do not add up and their digits read 2 ways, the printed"
                + " one included; cells left empty");
    assertThat(t.layout()).isEqualTo("tsv_rows");
  }

  @Test
  void sevenCellsThatDoNotAddUpAndReadNoOtherWayAreKeptAsPrinted() {
    // 5,0,0,0,0,0,6: a filer's error. Its seven digits cut only into the printed cells.
    ReportTables t = read(table(rows("0", "5\t0\t0\t0\t0\t0\t6")));
    ApplicationRow row = t.applications().row(ApplicationRowId.NEW).orElseThrow();
    assertThat(row.status()).isEqualTo(RowStatus.OK);
    assertThat(values(row)).containsExactly(5d, 0d, 0d, 0d, 0d, 0d, 6d);
    assertThat(t.applications().problems()).isEmpty();
  }

  @Test
  void sevenCellsThatDoNotAddUpAreKeptAsPrintedWhenTheBalanceConfirmsThePrintedReading() {
    // NEW 640,0,2,0,4,7,0 does not add up, and its digits also read 64,0,0,2,0,4,70. But with
    // CARRY_IN 0,…,0,653 and R_TOTAL 640,0,2,0,4,7,653 the balance holds only as printed: the
    // filer left NEW's total out, nothing was run together.
    String[] printed =
        rows(
            "0", "640\t0\t2\t0\t4\t7\t0",
            "1", "0\t0\t0\t0\t0\t0\t653",
            "2", "640\t0\t2\t0\t4\t7\t653",
            "21", "640\t0\t2\t0\t4\t7\t653");
    ReportTables t = read(table(printed));
    ApplicationRow row = t.applications().row(ApplicationRowId.NEW).orElseThrow();
    assertThat(row.status()).isEqualTo(RowStatus.OK);
    assertThat(values(row)).containsExactly(640d, 0d, 2d, 0d, 4d, 7d, 0d);
    assertThat(t.applications().problems()).isEmpty();
    assertThat(t.layout()).isEqualTo("tsv_rows");
  }

  @Test
  void signsAndUnitsAreNeverReadAsRunTogetherDigits() {
    ReportTables t = read(table(rows("0", "640件\t0\t2\t0\t4\t7\t0")));
    ApplicationRow row = t.applications().row(ApplicationRowId.NEW).orElseThrow();
    assertThat(row.status()).isEqualTo(RowStatus.OK);
    assertThat(values(row)).containsExactly(640d, 0d, 2d, 0d, 4d, 7d, 0d);
  }

  // ---------------------------------------------- two ambiguous rows in one equation

  @Test
  void twoAmbiguousRowsInOneBalanceAreNarrowedTogether() {
    // NEW and CARRY_OUT are both printed 2000201032, which adds up as A = 20,0,0,2,0,10,32 or
    // B = 2,0,0,0,20,10,32. With CARRY_IN = B and R_TOTAL = A, NEW + CARRY_IN = R_TOTAL +
    // CARRY_OUT holds for NEW = A, CARRY_OUT = B and for no other of the four combinations.
    assertThat(RunTogether.splits(List.of("2000201032"), 7, -1)).hasSize(2);
    String[] printed =
        rows(
            "0", "2000201032",
            "1", "2\t0\t0\t0\t20\t10\t32",
            "2", "20\t0\t0\t2\t0\t10\t32",
            "21", "20\t0\t0\t2\t0\t10\t32",
            "22", "2000201032");
    ReportTables t = read(table(printed));
    ApplicationRow fresh = t.applications().row(ApplicationRowId.NEW).orElseThrow();
    ApplicationRow carryOut = t.applications().row(ApplicationRowId.CARRY_OUT).orElseThrow();
    assertThat(fresh.status()).isEqualTo(RowStatus.RECOVERED);
    assertThat(values(fresh)).containsExactly(20d, 0d, 0d, 2d, 0d, 10d, 32d);
    assertThat(carryOut.status()).isEqualTo(RowStatus.RECOVERED);
    assertThat(values(carryOut)).containsExactly(2d, 0d, 0d, 0d, 20d, 10d, 32d);
    assertThat(t.applications().problems()).isEmpty();
  }

  @Test
  void twoAmbiguousRowsWhoseCombinationsBothFitAreIncomplete() {
    // CARRY_IN = R_TOTAL: NEW = CARRY_OUT fits with A, A and with B, B.
    String[] printed =
        rows(
            "0", "2000201032",
            "1", "2\t0\t0\t0\t20\t10\t32",
            "2", "2\t0\t0\t0\t20\t10\t32",
            "21", "2\t0\t0\t0\t20\t10\t32",
            "22", "2000201032");
    ReportTables t = read(table(printed));
    for (ApplicationRowId id : List.of(ApplicationRowId.NEW, ApplicationRowId.CARRY_OUT)) {
      ApplicationRow row = t.applications().row(id).orElseThrow();
      assertThat(row.status()).as(id.name()).isEqualTo(RowStatus.INCOMPLETE);
      assertThat(row.cells()).as(id.name()).isEmpty();
    }
    assertThat(t.applications().problems())
        .containsExactly(
            "NEW: run-together digits '2000201032' admit 2 splits; cells left empty",
            "CARRY_OUT: run-together digits '2000201032' admit 2 splits; cells left empty");
  }

  @Test
  void anAmbiguousRowAndASevenCellRowInTheSameBalanceAreNarrowedTogether() {
    // NEW printed 2000201032 (A or B); CARRY_OUT printed 2 | 0 | 0 | 0 | 2 | 0 | 1032, which does
    // not add up and reads A or B too. CARRY_IN = B, R_TOTAL = A: only NEW = A, CARRY_OUT = B.
    String[] printed =
        rows(
            "0", "2000201032",
            "1", "2\t0\t0\t0\t20\t10\t32",
            "2", "20\t0\t0\t2\t0\t10\t32",
            "21", "20\t0\t0\t2\t0\t10\t32",
            "22", "2\t0\t0\t0\t2\t0\t1032");
    ReportTables t = read(table(printed));
    assertThat(values(t.applications().row(ApplicationRowId.NEW).orElseThrow()))
        .containsExactly(20d, 0d, 0d, 2d, 0d, 10d, 32d);
    ApplicationRow carryOut = t.applications().row(ApplicationRowId.CARRY_OUT).orElseThrow();
    assertThat(carryOut.status()).isEqualTo(RowStatus.RECOVERED);
    assertThat(values(carryOut)).containsExactly(2d, 0d, 0d, 0d, 20d, 10d, 32d);
    assertThat(t.applications().problems()).isEmpty();
  }

  @Test
  void anAmbiguousResultRowIsNarrowedByTheResultSum() {
    // R_DENY_4 printed 2000201032 (A or B) while R_TOTAL = R_OPEN + A: the result sum keeps A.
    String[] printed =
        rows(
            "0", "21\t0\t0\t2\t0\t10\t33",
            "2", "1\t0\t0\t0\t0\t0\t1",
            "7", "2000201032",
            "21", "21\t0\t0\t2\t0\t10\t33");
    ReportTables t = read(table(printed));
    ApplicationRow row = t.applications().row(ApplicationRowId.R_DENY_4).orElseThrow();
    assertThat(row.status()).isEqualTo(RowStatus.RECOVERED);
    assertThat(values(row)).containsExactly(20d, 0d, 0d, 2d, 0d, 10d, 32d);
  }

  @Test
  void searchIsBounded() {
    List<long[]> splits = RunTogether.splits(List.of("12345678901234567890"), 7, -1);
    assertThat(splits.size()).isLessThanOrEqualTo(64);
    assertThat(RunTogether.applies(List.of("123456789012345678901"), 7)).isFalse();
    assertThat(RunTogether.splits(List.of("11111111111111111111"), 8, 6))
        .allSatisfy(s -> assertThat(s).hasSize(7));
  }
}
