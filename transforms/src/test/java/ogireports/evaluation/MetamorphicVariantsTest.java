package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.ParsedReport;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.RowStatus;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Metamorphic tests over every real fixture: the seeds, the 54 real texts and the extracted texts
 * of the two real PDFs, each in every {@link Variants variant}. A variant must give the same agency
 * (compared in Simplified), place, year, template and table totals as the hand-checked values, and
 * the same table 三 and 四 cells as the original's reading. A value may become null only in a variant
 * that destroys information ({@link Variants#mayLoseValues}: separators removed) and only where the
 * report says so: its row is {@link RowStatus#INCOMPLETE}, or the row is absent and the table's
 * shape rule is flagged (the variant destroyed it, e.g. digits run together with several arithmetic
 * splits). Prints, per variant, how many fixtures keep every value.
 */
class MetamorphicVariantsTest {

  private static ReportReader reader;
  private static final Map<String, Fixture> FIXTURES = new LinkedHashMap<>();

  /** A real text, its hand-checked values and the reading of the text as published. */
  record Fixture(String name, String text, ExpectedReport expected, ParsedReport original) {}

  @BeforeAll
  static void readOriginals() throws IOException {
    reader = new ReportReader(PlaceResolver.fromClasspath(), null);
    for (Path labels : RealReportsEvaluationTest.labelFiles()) {
      for (ExpectedReport e : ExpectedReport.readAll(labels)) {
        if (!e.file().endsWith(".txt")) {
          continue;
        }
        Path file = labels.getParent().resolve(e.file());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        FIXTURES.put(e.file(), new Fixture(e.file(), text, e, accepted(read(e.file(), text))));
      }
    }
  }

  @Test
  void everyVariantKeepsEveryValue() {
    Map<Variants, List<String>> failures = new EnumMap<>(Variants.class);
    Map<Variants, Integer> lostButDeclared = new EnumMap<>(Variants.class);
    StringBuilder table =
        new StringBuilder(
            "| variant | fixtures keeping every value | values lost and declared (INCOMPLETE rows,"
                + " shape flags) | fixtures losing none |\n"
                + "|---|---:|---:|---:|\n");
    int seed = 0;
    for (Variants v : Variants.values()) {
      List<String> failed = new ArrayList<>();
      int lost = 0;
      int losingNone = 0;
      for (Fixture f : FIXTURES.values()) {
        seed++;
        ReadOutcome outcome = v.read(reader, f.name(), f.text(), seed);
        List<String> problems = new ArrayList<>();
        Evaluation evaluation = new Evaluation();
        evaluation.score(f.expected(), outcome);
        ReadOutcome.Accepted accepted = outcome instanceof ReadOutcome.Accepted a ? a : null;
        int[] lostHere = new int[1];
        for (Evaluation.Miss m : evaluation.misses()) {
          if (LabelConflicts.explains(m)) {
            continue;
          }
          if (v.mayLoseValues()
              && accepted != null
              && m.actual() == null
              && declaredLost(accepted, m.field())) {
            lostHere[0]++;
          } else {
            problems.add(m.field().json() + " " + m.expected() + " -> " + m.actual());
          }
        }
        if (f.original() != null && accepted != null) {
          compareCells(f.original(), accepted, v.mayLoseValues(), problems, lostHere);
        }
        lost += lostHere[0];
        if (problems.isEmpty() && lostHere[0] == 0) {
          losingNone++;
        }
        if (!problems.isEmpty()) {
          failed.add(f.name() + ": " + String.join("; ", problems));
        }
      }
      failures.put(v, failed);
      lostButDeclared.put(v, lost);
      table
          .append("| ")
          .append(v.name().toLowerCase())
          .append(" | ")
          .append(FIXTURES.size() - failed.size())
          .append(" / ")
          .append(FIXTURES.size())
          .append(" | ")
          .append(lost)
          .append(" | ")
          .append(losingNone)
          .append(" |\n");
    }
    System.out.println(table);
    failures.forEach((v, list) -> list.forEach(s -> System.out.println(v + "  " + s)));
    assertThat(failures.values().stream().mapToInt(List::size).sum())
        .as("fixtures that lose a value in some variant (see the list above)")
        .isZero();
  }

  /**
   * Table 四 split in two under each kind of caption ({@link Variants#T4_SPLIT}: 表一/表二, 表2/表3 with
   * table 三 captioned 表1, （一）/（二）, a blank line), in the table's own layout and in each other
   * (seeds 0 to 23): every fixture keeps every value, table 三's and 四's cells included.
   */
  @Test
  void tableFourSplitUnderEveryCaptionInEveryLayoutKeepsEveryValue() {
    List<String> failed = new ArrayList<>();
    int split = 0;
    for (Fixture f : FIXTURES.values()) {
      for (int seed = 0; seed < 24; seed++) {
        String text = Variants.T4_SPLIT.of(f.text(), seed);
        if (text.equals(f.text())) {
          continue;
        }
        split++;
        ReadOutcome outcome =
            reader.read(
                new Document(f.name() + "#t4_split", text.getBytes(StandardCharsets.UTF_8)));
        List<String> problems = new ArrayList<>();
        Evaluation evaluation = new Evaluation();
        evaluation.score(f.expected(), outcome);
        evaluation
            .misses()
            .forEach(
                m -> problems.add(m.field().json() + " " + m.expected() + " -> " + m.actual()));
        if (f.original() != null && outcome instanceof ReadOutcome.Accepted accepted) {
          compareCells(f.original(), accepted, false, problems, new int[1]);
        }
        if (!problems.isEmpty()) {
          failed.add(f.name() + " seed " + seed + ": " + String.join("; ", problems));
        }
      }
    }
    failed.forEach(System.out::println);
    assertThat(split).as("texts changed by the variant").isGreaterThan(200);
    assertThat(failed).isEmpty();
  }

  /** Table 三 and 四 cells: equal, or null in a row marked INCOMPLETE. */
  private static void compareCells(
      ParsedReport original,
      ReadOutcome.Accepted read,
      boolean mayLose,
      List<String> problems,
      int[] lost) {
    ParsedReport variant = read.report();
    boolean t3Shape = mayLose && hasFlag(read, "T3_SHAPE");
    boolean t4Shape = mayLose && hasFlag(read, "T4_SHAPE");
    ApplicationTable a = original.tables().applications();
    ApplicationTable b = variant.tables().applications();
    if (a != null) {
      for (ApplicationRow row : a.rows()) {
        ApplicationRow other = b == null ? null : b.row(row.rowId()).orElse(null);
        compareRow(
            "三 " + row.rowId(),
            row.cells(),
            other == null ? null : other.cells(),
            other == null ? t3Shape : mayLose && other.status() == RowStatus.INCOMPLETE,
            problems,
            lost);
      }
    }
    if (original.tables().reviewLitigation() != null) {
      for (ReviewLitigationRow row : original.tables().reviewLitigation().groups()) {
        ReviewLitigationRow other =
            variant.tables().reviewLitigation() == null
                ? null
                : variant.tables().reviewLitigation().group(row.group()).orElse(null);
        compareRow(
            "四 " + row.group(),
            row.cells(),
            other == null ? null : other.cells(),
            other == null ? t4Shape : mayLose && other.status() == RowStatus.INCOMPLETE,
            problems,
            lost);
      }
    }
  }

  private static void compareRow(
      String what,
      List<CellValue> want,
      List<CellValue> got,
      boolean incomplete,
      List<String> problems,
      int[] lost) {
    for (int i = 0; i < want.size(); i++) {
      Double w = want.get(i).value();
      Double g = got == null || i >= got.size() ? null : got.get(i).value();
      if (w == null || Objects.equals(w, g)) {
        continue;
      }
      if (g == null && incomplete) {
        lost[0]++;
      } else {
        problems.add(what + " cell " + i + " " + w + " -> " + g);
      }
    }
  }

  /**
   * True when the report says a total it lost is lost: its row is {@code INCOMPLETE}, or absent
   * with the table's shape rule flagged (the flag names what is missing or not read).
   */
  private static boolean declaredLost(ReadOutcome.Accepted read, Evaluation.Field field) {
    ParsedReport r = read.report();
    ApplicationRowId id =
        switch (field) {
          case T3_NEW_TOTAL -> ApplicationRowId.NEW;
          case T3_CARRY_IN_TOTAL -> ApplicationRowId.CARRY_IN;
          case T3_RESULT_TOTAL -> ApplicationRowId.R_TOTAL;
          case T3_CARRY_OUT_TOTAL -> ApplicationRowId.CARRY_OUT;
          default -> null;
        };
    if (id != null) {
      ApplicationRow row =
          r.tables().applications() == null ? null : r.tables().applications().row(id).orElse(null);
      return row == null ? hasFlag(read, "T3_SHAPE") : row.status() == RowStatus.INCOMPLETE;
    }
    if (field == Evaluation.Field.T4_REVIEW_TOTAL) {
      ReviewLitigationRow row =
          r.tables().reviewLitigation() == null
              ? null
              : r.tables().reviewLitigation().group(ReviewGroup.REVIEW).orElse(null);
      return row == null ? hasFlag(read, "T4_SHAPE") : row.status() == RowStatus.INCOMPLETE;
    }
    return false;
  }

  private static boolean hasFlag(ReadOutcome.Accepted read, String ruleId) {
    return read.flags().stream().anyMatch(fl -> fl.ruleId().equals(ruleId));
  }

  private static ReadOutcome read(String name, String text) {
    return reader.read(new Document(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  private static ParsedReport accepted(ReadOutcome outcome) {
    return outcome instanceof ReadOutcome.Accepted a ? a.report() : null;
  }
}
