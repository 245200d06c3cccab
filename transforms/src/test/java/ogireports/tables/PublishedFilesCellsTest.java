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
import java.util.stream.Stream;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of tables 三 and 四 in the files of probe28 (PDFs as bodies print them: Chromium's print
 * of the web page, LibreOffice's export of Word, ODT and HTML documents, landscape pages, repeated
 * header rows, wrapped labels, table 三 in its compact forms) and probe29 (office files as
 * LibreOffice saves them: .doc, .docx, RTF, ODT, spreadsheets, tables on sheets of their own after
 * the sections, table 三 transposed), against the labels written before any was read: a cell the
 * label gives is read with its value, a column the table does not print reads as no value (k02
 * prints 自然人 | 法人或其他组织 | 总计 with 法人或其他组织 wrapped above and below the header's row: its values must
 * not be taken for 自然人's). Not scored by {@code evaluate}, which compares totals only.
 *
 * <p>Open: table 三 transposed under a header whose words the PDF's text runs together (probe28
 * k04): not read, so every cell of it is null.
 */
class PublishedFilesCellsTest {

  private static final Path WRITTEN = Path.of("..", "fixtures", "written");
  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  /** The written sets whose labels give every cell. */
  private static final List<String> SETS = List.of("probe28", "probe29", "probe30");

  /** The family still open: table 三 transposed under a header the PDF's text runs together. */
  private static final java.util.Set<String> OPEN = java.util.Set.of("probe28/k04-2021.pdf");

  static Stream<String> labelledTables() throws IOException {
    List<String> files = new ArrayList<>();
    for (String set : SETS) {
      for (JsonNode r : labels(set)) {
        if (r.hasNonNull("t3_cells") && r.path("t3_new_total").isNumber()) {
          files.add(set + "/" + r.get("file").asText());
        }
      }
    }
    return files.stream();
  }

  private static List<JsonNode> labels(String set) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            WRITTEN.resolve(set).resolve("expected.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(json.readTree(line));
      }
    }
    return out;
  }

  /** The label's cells, keyed as {@link TableValuesDump} keys them; null where not printed. */
  private static Map<String, Double> labelled(JsonNode r) {
    Map<String, Double> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> rows = r.get("t3_cells").fields();
    while (rows.hasNext()) {
      Map.Entry<String, JsonNode> e = rows.next();
      ApplicationRowId id = PdfTextTablesTest.rowId(e.getKey());
      for (ApplicantColumn c : ApplicantColumn.values()) {
        JsonNode v = e.getValue().get(c.ordinal());
        out.put("T3." + id + "." + c, v == null || v.isNull() ? null : v.asDouble());
      }
    }
    JsonNode t4 = r.get("t4_cells");
    if (t4 != null && t4.isArray()) {
      for (ReviewGroup g : ReviewGroup.values()) {
        for (ReviewCell c : ReviewCell.values()) {
          JsonNode v = t4.get(g.ordinal() * 5 + c.ordinal());
          out.put("T4." + g + "." + c, v == null || v.isNull() ? null : v.asDouble());
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("labelledTables")
  void everyCellIsReadAsLabelled(String file) throws IOException {
    String set = file.substring(0, file.indexOf('/'));
    String name = file.substring(file.indexOf('/') + 1);
    JsonNode label =
        labels(set).stream().filter(r -> r.get("file").asText().equals(name)).findFirst().get();
    Path pdf = WRITTEN.resolve(file);
    ReadOutcome o = READER.read(new Document(pdf.toString(), Files.readAllBytes(pdf)));
    assertThat(o).as(file).isInstanceOf(ReadOutcome.Accepted.class);
    Map<String, Double> read = TableValuesDump.of(((ReadOutcome.Accepted) o).report().tables());
    if (OPEN.contains(file)) {
      assertThat(read.entrySet())
          .as(file)
          .filteredOn(e -> e.getKey().startsWith("T3."))
          .allMatch(e -> e.getValue() == null);
      return;
    }
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Double> e : labelled(label).entrySet()) {
      Double got = read.get(e.getKey());
      boolean right = e.getValue() == null ? got == null : e.getValue().equals(got);
      if (!right) {
        wrong.add(e.getKey() + " " + e.getValue() + "→" + got);
      }
    }
    assertThat(wrong).as(file).isEmpty();
  }
}
