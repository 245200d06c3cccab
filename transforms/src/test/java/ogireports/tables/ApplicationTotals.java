package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.places.PlaceResolver;

/**
 * Table 三 of a text read whole, and the 总计 cells the tests check: one reading for the tests of the
 * table readers, which each had their own.
 */
public final class ApplicationTotals {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  /** The rows whose 总计 the evaluation scores: 一, 二, (七)总计 and 四. */
  public static final List<ApplicationRowId> SCORED =
      List.of(
          ApplicationRowId.NEW,
          ApplicationRowId.CARRY_IN,
          ApplicationRowId.R_TOTAL,
          ApplicationRowId.CARRY_OUT);

  private ApplicationTotals() {}

  /** Table 三 of {@code text} (null when none is read); the text must be accepted as a report. */
  public static ApplicationTable read(String name, String text) {
    return read(new Document(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  /** {@link #read(String, String)} of a file. */
  public static ApplicationTable read(Path file) throws IOException {
    return read(new Document(file.getFileName().toString(), Files.readAllBytes(file)));
  }

  private static ApplicationTable read(Document document) {
    ReadOutcome outcome = READER.read(document);
    assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
    return ((ReadOutcome.Accepted) outcome).report().tables().applications();
  }

  /** Row {@code id}'s 总计 cell, or null (no table, no such row or no cell). */
  private static CellValue totalCell(ApplicationTable t, ApplicationRowId id) {
    return t == null ? null : t.row(id).map(r -> r.cell(ApplicantColumn.TOTAL)).orElse(null);
  }

  /** Row {@code id}'s 总计 as a count, or null. */
  public static Long total(ApplicationTable t, ApplicationRowId id) {
    CellValue cell = totalCell(t, id);
    return cell == null ? null : cell.asCount();
  }

  /** Row {@code id}'s 总计 as its value, or null. */
  public static Double value(ApplicationTable t, ApplicationRowId id) {
    CellValue cell = totalCell(t, id);
    return cell == null ? null : cell.value();
  }

  /** The {@link #SCORED} rows' 总计 counts, in that order. */
  public static List<Long> totals(ApplicationTable t) {
    List<Long> out = new ArrayList<>();
    for (ApplicationRowId id : SCORED) {
      out.add(total(t, id));
    }
    return out;
  }
}
