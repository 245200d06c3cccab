package ogireports.rules;

import static ogireports.model.ApplicationRowId.CARRY_IN;
import static ogireports.model.ApplicationRowId.CARRY_OUT;
import static ogireports.model.ApplicationRowId.NEW;
import static ogireports.model.ApplicationRowId.R_OPEN;
import static ogireports.model.ApplicationRowId.R_TOTAL;
import static ogireports.rules.SeedReportsTest.keys;
import static ogireports.rules.T3RulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.ApplicationRowId;
import ogireports.model.Flag;
import ogireports.model.Template;
import org.junit.jupiter.api.Test;

/**
 * A table 三 from a page that leaves its zero cells empty, saved with the empty cells gone: each row
 * is read for its 总计 alone, INCOMPLETE, its other cells not placed. The cells are not there, so no
 * rule fails on them: T3_SHAPE says why the table cannot be checked, and no column is reported as
 * not printed (the cells were printed, their columns are lost).
 */
class TotalsOnlyRowsTest {

  private static final List<String> T3_RULES =
      List.of(
          "T3_SHAPE",
          "T3_NONNEG_INT",
          "T3_ROW_TOTAL",
          "T3_BALANCE",
          "T3_RESULT_SUM",
          "T3_TEMPLATE_VARIANT");

  /** 鄂伦春自治旗医疗保障局's 2022 table 三 (probe13 b02): 一 10, 二 1, (七)总计 10, 四 1. */
  private static ReportFixture totalsOnly() {
    ReportFixture f = ReportFixture.zeros(Template.T2021, 2022);
    for (ApplicationRowId id : ApplicationRowId.rowsOf(Template.T2021)) {
      f.totalOnly(id, 0);
    }
    f.totalOnly(NEW, 10);
    f.totalOnly(CARRY_IN, 1);
    f.totalOnly(R_OPEN, 6);
    f.totalOnly(ApplicationRowId.R_PARTIAL, 1);
    f.totalOnly(ApplicationRowId.R_NA_1, 2);
    f.totalOnly(ApplicationRowId.R_OTHER_3, 1);
    f.totalOnly(R_TOTAL, 10);
    f.totalOnly(CARRY_OUT, 1);
    return f;
  }

  private static List<String> t3Flags(ReportFixture f) {
    return keys(only(f.evaluate(), T3_RULES.toArray(String[]::new)));
  }

  @Test
  void everyRowReadForItsTotalIsNotAssessableNeverFails() {
    List<Flag> flags = totalsOnly().evaluate();
    assertThat(keys(only(flags, "T3_SHAPE")))
        .containsExactly(
            "T3_SHAPE|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|totals_only="
                + String.join(
                    ",",
                    ApplicationRowId.rowsOf(Template.T2021).stream().map(Enum::name).toList()));
    assertThat(only(flags, T3_RULES.toArray(String[]::new)))
        .as("no T3 rule fails on cells that are not there")
        .allMatch(f -> f.outcome() == Flag.Outcome.NOT_ASSESSABLE);
    assertThat(keys(only(flags, "T3_TEMPLATE_VARIANT")))
        .as("the six columns were printed, not left out of the table")
        .isEmpty();
  }

  @Test
  void rowsReadInFullBesideRowsReadForTheirTotalAreNoShapeFailure() {
    // a row whose seven cells are all non-zero loses none: it is read in full
    ReportFixture f = totalsOnly();
    f.row(NEW, 5, 1, 1, 1, 1, 1, 10);
    assertThat(t3Flags(f))
        .contains(
            "T3_SHAPE|ERROR|NOT_ASSESSABLE|T3|null|null|null|null|totals_only=CARRY_IN,"
                + "R_OPEN,R_PARTIAL,R_DENY_1,R_DENY_2,R_DENY_3,R_DENY_4,R_DENY_5,R_DENY_6,R_DENY_7,"
                + "R_DENY_8,R_NA_1,R_NA_2,R_NA_3,R_NOPROC_1,R_NOPROC_2,R_NOPROC_3,R_NOPROC_4,"
                + "R_NOPROC_5,R_OTHER_1,R_OTHER_2,R_OTHER_3,R_TOTAL,CARRY_OUT")
        .noneMatch(k -> k.contains("|FAIL|"));
  }

  @Test
  void aRowWithNoCellsReadIsStillAShapeFailure() {
    // a row not read at all (no 总计 either) is no row printed without its empty cells
    ReportFixture f = totalsOnly();
    f.row(NEW, 5, 1, 1, 1, 1, 1, 10);
    f.incomplete(CARRY_IN);
    assertThat(t3Flags(f)).anyMatch(k -> k.startsWith("T3_SHAPE|ERROR|FAIL|"));
  }
}
