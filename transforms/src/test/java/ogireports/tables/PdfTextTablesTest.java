package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.ReportTables;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.Template;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every table value of the two real PDF reports of 洪泽区 (2023, 2024), as pypdf and pdftotext extract
 * them, against the cells checked by hand on the rendered pages ({@code
 * fixtures/real-reports/pdf/expected.jsonl}: {@code t3_cells}, {@code t4_cells}, {@code t2}).
 */
class PdfTextTablesTest {

  static final Path PDF = Path.of("..", "fixtures", "real-reports", "pdf");

  /** The expected values of one record, keyed as {@link TableValuesDump} keys them. */
  static Map<String, Double> expected(String file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(PDF.resolve("expected.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = json.readTree(line);
      if (r.get("file").asText().equals(file)) {
        return expectedOf(r);
      }
    }
    throw new AssertionError("no record for " + file);
  }

  private static Map<String, Double> expectedOf(JsonNode r) {
    Map<String, Double> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> rows = r.get("t3_cells").fields();
    while (rows.hasNext()) {
      Map.Entry<String, JsonNode> e = rows.next();
      ApplicationRowId id = rowId(e.getKey());
      for (ApplicantColumn c : ApplicantColumn.values()) {
        out.put("T3." + id + "." + c, e.getValue().get(c.ordinal()).asDouble());
      }
    }
    JsonNode t4 = r.get("t4_cells");
    for (ReviewGroup g : ReviewGroup.values()) {
      for (ReviewCell c : ReviewCell.values()) {
        out.put("T4." + g + "." + c, t4.get(g.ordinal() * 5 + c.ordinal()).asDouble());
      }
    }
    JsonNode t2 = r.get("t2");
    for (String item : List.of("规章", "行政规范性文件")) {
      String key = item.equals("规章") ? "RULE" : "NORM";
      out.put("T2." + key + ".MADE", t2.get(item).get("本年制发件数").asDouble());
      out.put("T2." + key + ".REPEAL", t2.get(item).get("本年废止件数").asDouble());
      out.put("T2." + key + ".VALID", t2.get(item).get("现行有效件数").asDouble());
    }
    out.put("T2.LICENSE.DEC", t2.get("行政许可").asDouble());
    out.put("T2.PENALTY.DEC", t2.get("行政处罚").asDouble());
    out.put("T2.COERCION.DEC", t2.get("行政强制").asDouble());
    out.put("T2.FEE.AMOUNT", t2.get("行政事业性收费_万元").asDouble());
    return out;
  }

  static ApplicationRowId rowId(String key) {
    return ogireports.evaluation.ExpectedReport.rowOfKey(key);
  }

  static List<String> lines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r", "");
    return List.of(text.split("\n", -1));
  }

  /** The keys whose value differs, as "key expected→read". */
  static List<String> differences(Map<String, Double> expected, Map<String, Double> read) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : expected.entrySet()) {
      Double got = read.get(e.getKey());
      if (!e.getValue().equals(got)) {
        out.add(e.getKey() + " " + e.getValue() + "→" + got);
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hongze-2023.pypdf.txt",
        "hongze-2024.pypdf.txt",
        "hongze-2023.pdftotext.txt",
        "hongze-2024.pdftotext.txt"
      })
  void everyTableValueIsRead(String file) throws IOException {
    List<String> lines = lines(PDF.resolve(file));
    ReportTables tables = TableReader.read(lines, SectionSplitter.split(lines));
    Map<String, Double> expected = expected(file.substring(0, file.indexOf('.')) + ".pdf");
    assertThat(differences(expected, TableValuesDump.of(tables))).as(file).isEmpty();
    assertThat(tables.template()).isEqualTo(Template.T2021);
    assertThat(tables.applications().rows()).hasSize(23); // the hybrid: （六） as one row
  }

  /** hongze-2023's pdftotext text cut after the seventh number of the block of （六） and （七）. */
  private static List<String> cutInsideTheLastBlock() throws IOException {
    String text = String.join("\n", lines(PDF.resolve("hongze-2023.pdftotext.txt")));
    String block = "（七）总计\n\n0\n21\n\n0\n0\n\n0\n0\n\n0\n";
    return List.of(text.substring(0, text.indexOf(block) + block.length()).split("\n"));
  }

  @org.junit.jupiter.api.Test
  void aRowWhoseCellsArePrintedByColumnsIsNotReadAsTheRowOfTheLabelBeforeThem() throws IOException {
    // （六） and （七） are one block: 自然人 0 21, 商业企业 0 0, …; cut after the seventh number,
    // the numbers after （七）总计 were read as its row (0 21 0 0 0 0 0 for 21 0 0 0 0 0 21)
    List<String> cut = cutInsideTheLastBlock();
    ReportTables byLines = TableReader.readByLines(cut, SectionSplitter.split(cut));
    assertThat(byLines.applications().row(ApplicationRowId.R_TOTAL).orElseThrow().status())
        .isEqualTo(ogireports.model.RowStatus.INCOMPLETE);
    assertThat(byLines.applications().problems())
        .contains("R_TOTAL: cells '0 21 0 0 0 0 0' printed by columns; cells left empty");
  }

  @org.junit.jupiter.api.Test
  void aTextCutInsideTable三GivesTheRowsItsBlocksSettle() throws IOException {
    // before: only 二 and （一）, from the labels; the blocks by columns were read only whole
    List<String> cut = cutInsideTheLastBlock();
    Map<String, Double> read =
        TableValuesDump.of(TableReader.read(cut, SectionSplitter.split(cut)));
    Map<String, Double> whole = expected("hongze-2023.pdf");
    List<String> settled = new ArrayList<>();
    for (Map.Entry<String, Double> e : read.entrySet()) {
      if (e.getKey().startsWith("T3.") && e.getValue() != null) {
        assertThat(e.getValue()).as(e.getKey()).isEqualTo(whole.get(e.getKey()));
        settled.add(e.getKey().substring(3, e.getKey().lastIndexOf('.')));
      }
    }
    // every row up to （五）5 (the block of （六） and （七） is cut; 四 is not printed yet)
    assertThat(settled.stream().distinct().toList())
        .containsExactly(
            "NEW",
            "CARRY_IN",
            "R_OPEN",
            "R_PARTIAL",
            "R_DENY_1",
            "R_DENY_2",
            "R_DENY_3",
            "R_DENY_4",
            "R_DENY_5",
            "R_DENY_6",
            "R_DENY_7",
            "R_DENY_8",
            "R_NA_1",
            "R_NA_2",
            "R_NA_3",
            "R_NOPROC_1",
            "R_NOPROC_2",
            "R_NOPROC_3",
            "R_NOPROC_4",
            "R_NOPROC_5");
    assertThat(read).containsEntry("T3.NEW.TOTAL", 21.0).containsEntry("T3.R_NA_1.TOTAL", 10.0);
  }

  @org.junit.jupiter.api.Test
  void digitsGluedToALabelAfterARowWhoseLabelWasNotSeenAreNotTheRowBefore() throws IOException {
    // re-wrapped: "7.属于行" / "政执法案卷 1 0 0 0 0 0 1 8.属于行政查询事项" / " 0 0 0 0 0 0 0 （四）无法提供 1.…":
    // 8.'s label is inside 7.'s cell, so the zeros glued to （四） are 8.'s, not 7.'s
    List<String> lines = TextVariantsTest.rewrapped(lines(PDF.resolve("hongze-2023.pypdf.txt")));
    ReportTables byLines = TableReader.readByLines(lines, SectionSplitter.split(lines));
    Map<String, Double> read = TableValuesDump.of(byLines);
    assertThat(read.get("T3.R_DENY_7.TOTAL")).isIn(null, 1.0);
    assertThat(read.get("T3.R_DENY_7.NATURAL_PERSON")).isIn(null, 1.0);
  }
}
