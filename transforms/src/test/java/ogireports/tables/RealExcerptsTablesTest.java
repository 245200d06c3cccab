package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.CellValue;
import ogireports.model.DisclosureItem;
import ogireports.model.Measure;
import ogireports.model.ReportTables;
import ogireports.model.RowStatus;
import ogireports.model.Template;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/**
 * Thirteen real excerpts, each cut after about 2000 bytes: every visible table value is read, the
 * template is found where a table shows it, and nothing past the cut is invented.
 */
class RealExcerptsTablesTest {

  private static List<String> lines(String file) {
    try (InputStream in = RealExcerptsTablesTest.class.getResourceAsStream("real/" + file)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Arrays.asList(text.replace("\r", "").split("\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReportTables read(String file) {
    List<String> lines = lines(file);
    return TableReader.read(lines, SectionSplitter.split(lines));
  }

  private static double total(ReportTables t, ApplicationRowId id) {
    ApplicationRow row =
        t.applications().row(id).orElseThrow(() -> new AssertionError(id + " missing"));
    assertThat(row.status()).as(id.name()).isEqualTo(RowStatus.OK);
    return row.cell(ApplicantColumn.TOTAL).value();
  }

  private static List<Double> values(ReportTables t, ApplicationRowId id) {
    return t.applications().row(id).orElseThrow().cells().stream().map(CellValue::value).toList();
  }

  private static double t2(ReportTables t, DisclosureItem item, Measure m) {
    return t.activeDisclosure()
        .value(item, m)
        .orElseThrow(() -> new AssertionError(item + " " + m))
        .cell()
        .value();
  }

  /** Rows after the cut are absent, or present with no cell (never invented). */
  private static void nothingPast(ReportTables t, ApplicationRowId lastVisible) {
    for (ApplicationRow row : t.applications().rows()) {
      if (row.rowId().ordinal() > lastVisible.ordinal()) {
        assertThat(row.status()).as(row.rowId().name()).isEqualTo(RowStatus.INCOMPLETE);
        assertThat(row.cells()).as(row.rowId().name()).isEmpty();
      }
    }
    assertThat(t.applications().row(ApplicationRowId.R_TOTAL)).isEmpty();
    assertThat(t.applications().row(ApplicationRowId.CARRY_OUT)).isEmpty();
    assertThat(t.applications().problems()).isNotEmpty();
    assertThat(t.reviewLitigation()).isNull();
  }

  @Test
  void pipeRowsWithSpans011() {
    ReportTables t = read("011.txt");
    assertThat(t.template()).isEqualTo(Template.T2019);
    assertThat(t.layout()).isEqualTo("pipe_rows");
    assertThat(t2(t, DisclosureItem.RULE, Measure.MADE)).isEqualTo(0d);
    assertThat(t2(t, DisclosureItem.PROCUREMENT, Measure.AMOUNT)).isEqualTo(0d);
    assertThat(t.activeDisclosure().values()).hasSize(22);
    assertThat(values(t, ApplicationRowId.NEW)).containsOnly(0d).hasSize(7);
    assertThat(total(t, ApplicationRowId.NEW)).isEqualTo(0d);
    assertThat(total(t, ApplicationRowId.CARRY_IN)).isEqualTo(0d);
    assertThat(t.applications().row(ApplicationRowId.NEW).orElseThrow().sourceLine()).isEqualTo(27);
    assertThat(t.applications().row(ApplicationRowId.CARRY_IN).orElseThrow().sourceLine())
        .isEqualTo(28);
    nothingPast(t, ApplicationRowId.CARRY_IN);
    assertThat(t.applications().problems()).contains("R_OPEN: 0 of 7 cells");
  }

  @Test
  void cellPerLineWithPipeLines013() {
    ReportTables t = read("013.txt");
    assertThat(t.template()).isEqualTo(Template.T2019);
    assertThat(t.layout()).isEqualTo("cell_lines");
    assertThat(t2(t, DisclosureItem.NORM, Measure.MADE)).isEqualTo(2d);
    assertThat(t2(t, DisclosureItem.NORM, Measure.PUB)).isEqualTo(2d);
    assertThat(t2(t, DisclosureItem.NORM, Measure.TOTAL)).isEqualTo(2d);
    assertThat(
            t.activeDisclosure()
                .value(DisclosureItem.NORM, Measure.MADE)
                .orElseThrow()
                .sourceLine())
        .isEqualTo(28);
    for (ApplicationRowId id :
        List.of(
            ApplicationRowId.NEW,
            ApplicationRowId.CARRY_IN,
            ApplicationRowId.R_OPEN,
            ApplicationRowId.R_PARTIAL)) {
      assertThat(values(t, id)).as(id.name()).containsOnly(0d).hasSize(7);
    }
    nothingPast(t, ApplicationRowId.R_PARTIAL);
  }

  @Test
  void cellPerLineWithTrailingPipe015() {
    ReportTables t = read("015.txt");
    assertThat(t.template()).isEqualTo(Template.T2021);
    assertThat(t2(t, DisclosureItem.NORM, Measure.VALID)).isEqualTo(0d);
    assertThat(t2(t, DisclosureItem.COERCION, Measure.DEC)).isEqualTo(0d);
    assertThat(t.applications()).isNull();
    assertThat(t.reviewLitigation()).isNull();
  }

  @Test
  void markdownPipeRows017() {
    ReportTables t = read("017.txt");
    assertThat(t.template()).isEqualTo(Template.T2021);
    assertThat(t.layout()).isEqualTo("pipe_rows");
    assertThat(t2(t, DisclosureItem.RULE, Measure.MADE)).isEqualTo(2d);
    assertThat(t2(t, DisclosureItem.RULE, Measure.VALID)).isEqualTo(2d);
    assertThat(t2(t, DisclosureItem.NORM, Measure.MADE)).isEqualTo(2d);
    assertThat(t2(t, DisclosureItem.PENALTY, Measure.DEC)).isEqualTo(9d);
    assertThat(
            t.activeDisclosure()
                .value(DisclosureItem.PENALTY, Measure.DEC)
                .orElseThrow()
                .sourceLine())
        .isEqualTo(20);
    assertThat(t.activeDisclosure().value(DisclosureItem.FEE, Measure.AMOUNT))
        .as("cut before its value")
        .isEmpty();
    assertThat(t.applications()).isNull();
  }

  @Test
  void blankLineSeparatedCells019And022And027() {
    ReportTables t19 = read("019.txt");
    assertThat(t19.template()).isEqualTo(Template.T2019);
    assertThat(t2(t19, DisclosureItem.NORM, Measure.TOTAL)).isEqualTo(5d);
    assertThat(t2(t19, DisclosureItem.PROCUREMENT, Measure.COUNT)).isEqualTo(1d);
    assertThat(t2(t19, DisclosureItem.PROCUREMENT, Measure.AMOUNT)).isEqualTo(8040d);
    assertThat(t19.applications()).isNull();
    ReportTables t22 = read("022.txt");
    assertThat(t22.template()).isEqualTo(Template.T2019);
    assertThat(t22.activeDisclosure().value(DisclosureItem.PROCUREMENT, Measure.COUNT)).isEmpty();
    assertThat(t22.applications()).isNull();
    ReportTables t27 = read("027.txt");
    assertThat(t27.template()).isEqualTo(Template.T2021);
    assertThat(t27.activeDisclosure().values()).hasSize(3);
    assertThat(t27.applications()).isNull();
  }

  @Test
  void pipeRowsWithSplitHeaderCells025() {
    ReportTables t = read("025.txt");
    assertThat(t.template()).isEqualTo(Template.T2021);
    assertThat(t.layout()).isEqualTo("pipe_rows");
    assertThat(total(t, ApplicationRowId.NEW)).isEqualTo(0d);
    assertThat(total(t, ApplicationRowId.CARRY_IN)).isEqualTo(0d);
    assertThat(values(t, ApplicationRowId.R_OPEN)).containsOnly(0d).hasSize(7);
    assertThat(t2(t, DisclosureItem.FEE, Measure.AMOUNT)).isEqualTo(0d);
    assertThat(t.activeDisclosure().value(DisclosureItem.FEE, Measure.AMOUNT).orElseThrow().unit())
        .isEqualTo("万元");
    nothingPast(t, ApplicationRowId.R_OPEN);
  }

  @Test
  void excerptsWithoutTables() {
    for (String f : List.of("029.txt", "031.txt", "033.txt", "035.txt", "037.txt")) {
      ReportTables t = read(f);
      assertThat(t.isEmpty()).as(f).isTrue();
      assertThat(t.layout()).as(f).isEqualTo("none");
      assertThat(t.template()).as(f).isEqualTo(Template.UNKNOWN);
    }
  }
}
