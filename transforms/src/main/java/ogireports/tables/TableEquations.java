package ogireports.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.Template;

/**
 * The equations across the rows of table 三 (spec §3), used to tell apart the readings of rows whose
 * printed digits admit several: the 勾稽 balance {@code NEW + CARRY_IN = R_TOTAL + CARRY_OUT} and the
 * result sum {@code R_TOTAL = R_OPEN + R_PARTIAL + Σ R_DENY + Σ R_NA + Σ R_NOPROC + R_OTHER(_1…3)},
 * each in all 7 columns.
 *
 * <p>A row is known when its cells were read (every one a count) or it has one reading left; a row
 * in question has several readings. An equation is used when every row it needs is known or in
 * question and it involves at least one row in question. The readings of the rows in question are
 * combined jointly (two ambiguous rows in one equation narrow each other), and each row keeps the
 * readings that take part in some combination satisfying every equation used. When no combination
 * satisfies them all, each equation is tried on its own; an equation no combination satisfies is
 * broken by some other row and narrows nothing.
 */
final class TableEquations {

  private static final int COLUMNS = ApplicantColumn.values().length;

  /** Most combinations of readings tried; beyond it nothing is narrowed. */
  static final int MAX_COMBINATIONS = 1 << 16;

  /** One zero-sum equation: {@code Σ signs[i] · row(ids[i]) = 0} in every column. */
  record Equation(List<ApplicationRowId> ids, int[] signs) {}

  private TableEquations() {}

  /** {@link #make} of every template, made once (an equation is never changed). */
  private static final java.util.Map<Template, List<Equation>> OF_TEMPLATE = ofTemplates();

  private static java.util.Map<Template, List<Equation>> ofTemplates() {
    java.util.Map<Template, List<Equation>> of = new java.util.EnumMap<>(Template.class);
    for (Template t : Template.values()) {
      of.put(t, make(t));
    }
    return of;
  }

  /** The balance and the result sum of a template. */
  static List<Equation> of(Template template) {
    return template == null ? make(null) : OF_TEMPLATE.get(template);
  }

  private static List<Equation> make(Template template) {
    List<ApplicationRowId> sum = new ArrayList<>();
    sum.add(ApplicationRowId.R_TOTAL);
    for (ApplicationRowId id : ApplicationRowId.rowsOf(template)) {
      if (id.isResultPart()) {
        sum.add(id);
      }
    }
    int[] sumSigns = new int[sum.size()];
    Arrays.fill(sumSigns, -1);
    sumSigns[0] = 1;
    return List.of(
        new Equation(
            List.of(
                ApplicationRowId.NEW,
                ApplicationRowId.CARRY_IN,
                ApplicationRowId.R_TOTAL,
                ApplicationRowId.CARRY_OUT),
            new int[] {1, 1, -1, -1}),
        new Equation(sum, sumSigns));
  }

  /**
   * Narrows the readings of the rows in question.
   *
   * @param ids the row id of each table row
   * @param known each row's 7 numbers when it was read in full, else null
   * @param readings each row's readings when it is in question (or has one left), else null; a list
   *     of {@code maxReadings} or more is incomplete and makes its equations unusable
   */
  static void narrow(
      List<ApplicationRowId> ids,
      List<long[]> known,
      List<List<long[]>> readings,
      List<Equation> equations,
      int maxReadings) {
    boolean anyReadings = false;
    for (List<long[]> rs : readings) {
      anyReadings |= rs != null;
    }
    if (!anyReadings) {
      return; // no row in question: no equation is usable
    }
    List<Equation> usable = new ArrayList<>();
    for (Equation e : equations) {
      if (usable(e, ids, known, readings, maxReadings)) {
        usable.add(e);
      }
    }
    if (usable.isEmpty() || narrowJointly(usable, ids, known, readings)) {
      return;
    }
    for (Equation e : usable) {
      if (usable(e, ids, known, readings, maxReadings)) {
        narrowJointly(List.of(e), ids, known, readings);
      }
    }
  }

  private static boolean usable(
      Equation e,
      List<ApplicationRowId> ids,
      List<long[]> known,
      List<List<long[]>> readings,
      int maxReadings) {
    boolean inQuestion = false;
    for (ApplicationRowId id : e.ids()) {
      int r = ids.indexOf(id);
      if (r < 0) {
        return false;
      }
      List<long[]> rs = readings.get(r);
      if (rs == null) {
        if (known.get(r) == null) {
          return false;
        }
      } else if (rs.isEmpty() || rs.size() >= maxReadings) {
        return false;
      } else if (rs.size() > 1) {
        inQuestion = true;
      }
    }
    return inQuestion;
  }

  /**
   * Combines the readings of every row in question in the equations; keeps, per row, those in a
   * combination satisfying all of them. False (and nothing narrowed) when no combination does.
   */
  private static boolean narrowJointly(
      List<Equation> equations,
      List<ApplicationRowId> ids,
      List<long[]> known,
      List<List<long[]>> readings) {
    List<Integer> open = new ArrayList<>();
    long combinations = 1;
    for (Equation e : equations) {
      for (ApplicationRowId id : e.ids()) {
        int r = ids.indexOf(id);
        List<long[]> rs = readings.get(r);
        if (rs != null && rs.size() > 1 && !open.contains(r)) {
          open.add(r);
          combinations *= rs.size();
          if (combinations > MAX_COMBINATIONS) {
            return true;
          }
        }
      }
    }
    int[] choice = new int[open.size()];
    boolean[][] kept = new boolean[open.size()][];
    for (int k = 0; k < open.size(); k++) {
      kept[k] = new boolean[readings.get(open.get(k)).size()];
    }
    boolean any = false;
    do {
      if (holds(equations, ids, known, readings, open, choice)) {
        any = true;
        for (int k = 0; k < open.size(); k++) {
          kept[k][choice[k]] = true;
        }
      }
    } while (next(choice, open, readings));
    if (!any) {
      return false;
    }
    for (int k = 0; k < open.size(); k++) {
      List<long[]> rs = readings.get(open.get(k));
      List<long[]> left = new ArrayList<>();
      for (int j = 0; j < rs.size(); j++) {
        if (kept[k][j]) {
          left.add(rs.get(j));
        }
      }
      readings.set(open.get(k), left);
    }
    return true;
  }

  private static boolean holds(
      List<Equation> equations,
      List<ApplicationRowId> ids,
      List<long[]> known,
      List<List<long[]>> readings,
      List<Integer> open,
      int[] choice) {
    for (Equation e : equations) {
      long[] sum = new long[COLUMNS];
      for (int i = 0; i < e.ids().size(); i++) {
        int r = ids.indexOf(e.ids().get(i));
        int k = open.indexOf(r);
        long[] v =
            k >= 0
                ? readings.get(r).get(choice[k])
                : readings.get(r) != null ? readings.get(r).get(0) : known.get(r);
        for (int c = 0; c < COLUMNS; c++) {
          sum[c] += e.signs()[i] * v[c];
        }
      }
      for (long s : sum) {
        if (s != 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Advances the combination like an odometer; false after the last one. */
  private static boolean next(int[] choice, List<Integer> open, List<List<long[]>> readings) {
    for (int k = choice.length - 1; k >= 0; k--) {
      if (++choice[k] < readings.get(open.get(k)).size()) {
        return true;
      }
      choice[k] = 0;
    }
    return false;
  }
}
