package ogireports.tables.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ogireports.model.ApplicationRowId;
import ogireports.model.Template;

/**
 * What table 三 must read back as, worked out by brute force from what was printed, independently of
 * the parser: for each row its cells as printed, the one reading its digits and the table's
 * equations leave, or none (INCOMPLETE), and the problems the table reports.
 *
 * <ul>
 *   <li>A row printed with all its cells is read as printed, unless every cell is plain digits, it
 *       does not add up and its digits, cut anywhere, also read as rows that do: then its readings
 *       are the printed one and those.
 *   <li>A row printed with fewer fields is read from its digits, cut only inside fields, in every
 *       way that adds up; spread over several lines of one cell each, or with no digit reading at
 *       all, it is incomplete and counted ({@code NEW: 6 of 7 cells}).
 *   <li>The readings are narrowed by the balance and the result sum: all the combinations of every
 *       row in question are tried against both (each on its own when none fits both).
 * </ul>
 *
 * Cuts give numbers without leading zeros of at most 15 digits; a row of more than 20 digits is not
 * read again; 64 readings or more are "many" and narrow nothing.
 */
final class ApplicationTableOracle {

  static final int MAX_DIGITS = 20;
  static final int MANY = 64;

  /** The outcome of one row: its printed cells, a recovered reading, or incomplete. */
  record Outcome(boolean incomplete, long[] recovered) {
    static final Outcome AS_PRINTED = new Outcome(false, null);
  }

  /** The outcomes of every row and the problems, in order. */
  record Expected(Map<ApplicationRowId, Outcome> rows, List<String> problems) {}

  private ApplicationTableOracle() {}

  /**
   * @param fields each row's printed value fields (小计 included, empty cells as {@code ""})
   * @param subtotalAt position of 小计 among the fields, -1 without
   * @param onePerLine true when each field stands on its own line (an empty one leaves nothing)
   */
  static Expected expect(
      Template template,
      Map<ApplicationRowId, List<String>> fields,
      int subtotalAt,
      boolean onePerLine) {
    int parts = 7 + (subtotalAt >= 0 ? 1 : 0);
    List<ApplicationRowId> ids = ApplicationRowId.rowsOf(template);
    int n = ids.size();
    long[][] known = new long[n][];
    long[][] printed = new long[n][];
    List<List<long[]>> readings = new ArrayList<>();
    int[] shortCount = new int[n];
    Arrays.fill(shortCount, -1);
    List<List<String>> shown = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      List<String> f = new ArrayList<>(fields.get(ids.get(r)));
      if (onePerLine) {
        f.removeIf(String::isEmpty);
      }
      shown.add(f);
      List<long[]> rs = null;
      if (f.size() == parts) {
        long[] counts = counts(f, subtotalAt);
        known[r] = counts;
        if (counts != null && !addsUp(counts)) {
          String digits = String.join("", f);
          List<long[]> splits =
              digits.length() >= parts && digits.length() <= MAX_DIGITS
                  ? splits(digits, new boolean[digits.length() + 1], parts, subtotalAt)
                  : List.of();
          if (!splits.isEmpty()) {
            printed[r] = counts;
            rs = new ArrayList<>();
            rs.add(counts);
            rs.addAll(splits);
          }
        }
      } else {
        boolean digitsOnly = f.stream().allMatch(s -> s.matches("[0-9]+"));
        String digits = String.join("", f);
        if (!f.isEmpty()
            && f.size() < parts
            && !(onePerLine && f.size() > 1)
            && digitsOnly
            && digits.length() >= parts
            && digits.length() <= MAX_DIGITS) {
          boolean[] edge = new boolean[digits.length() + 1];
          int at = 0;
          for (String s : f) {
            at += s.length();
            edge[at] = true;
          }
          rs = splits(digits, edge, parts, subtotalAt);
        } else {
          shortCount[r] = f.size();
        }
      }
      readings.add(rs);
    }
    narrow(ids, known, readings);

    Map<ApplicationRowId, Outcome> rows = new EnumMap<>(ApplicationRowId.class);
    List<String> problems = new ArrayList<>();
    List<Integer> shortRun = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      List<long[]> left = readings.get(r);
      boolean asPrinted = left != null && left.size() == 1 && left.get(0) == printed[r];
      if (left != null && !asPrinted) {
        flush(problems, shortRun, ids, shortCount, parts);
        if (left.size() == 1) {
          rows.put(ids.get(r), new Outcome(false, left.get(0)));
        } else {
          rows.put(ids.get(r), new Outcome(true, null));
          String count =
              left.isEmpty() ? "no" : left.size() >= MANY ? "many" : String.valueOf(left.size());
          String cells = "'" + String.join(" ", shown.get(r)) + "'";
          problems.add(
              printed[r] == null
                  ? ids.get(r)
                      + ": run-together digits "
                      + cells
                      + " admit "
                      + count
                      + " splits; cells left empty"
                  : ids.get(r)
                      + ": cells "
                      + cells
                      + " do not add up and their digits read "
                      + count
                      + " ways, the printed one included; cells left empty");
        }
        continue;
      }
      if (shortCount[r] >= 0) {
        if (!shortRun.isEmpty() && shortCount[shortRun.get(0)] != shortCount[r]) {
          flush(problems, shortRun, ids, shortCount, parts);
        }
        shortRun.add(r);
        rows.put(ids.get(r), new Outcome(true, null));
        continue;
      }
      flush(problems, shortRun, ids, shortCount, parts);
      rows.put(ids.get(r), Outcome.AS_PRINTED);
    }
    flush(problems, shortRun, ids, shortCount, parts);
    return new Expected(rows, problems);
  }

  private static void flush(
      List<String> problems,
      List<Integer> run,
      List<ApplicationRowId> ids,
      int[] count,
      int parts) {
    if (run.isEmpty()) {
      return;
    }
    ApplicationRowId first = ids.get(run.get(0));
    ApplicationRowId last = ids.get(run.get(run.size() - 1));
    problems.add(
        (run.size() == 1 ? first.name() : first + "…" + last)
            + ": "
            + count[run.get(0)]
            + " of "
            + parts
            + " cells");
    run.clear();
  }

  /** The 7 numbers of a row printed in full, without 小计; null when a cell is not digits. */
  private static long[] counts(List<String> f, int subtotalAt) {
    long[] v = new long[7];
    int j = 0;
    for (int k = 0; k < f.size(); k++) {
      if (k == subtotalAt) {
        continue;
      }
      if (!f.get(k).matches("[0-9]+")) {
        return null;
      }
      v[j++] = Long.parseLong(f.get(k));
    }
    return v;
  }

  private static boolean addsUp(long[] v) {
    return v[0] + v[1] + v[2] + v[3] + v[4] + v[5] == v[6];
  }

  /** Every cut of the digits into {@code parts} numbers that adds up, up to {@link #MANY}. */
  static List<long[]> splits(String digits, boolean[] edge, int parts, int subtotalAt) {
    List<long[]> out = new ArrayList<>();
    cut(digits, edge, 0, new ArrayList<>(), parts, subtotalAt, out);
    return out;
  }

  private static void cut(
      String digits,
      boolean[] edge,
      int from,
      List<Long> acc,
      int parts,
      int subtotalAt,
      List<long[]> out) {
    if (out.size() >= MANY) {
      return;
    }
    if (acc.size() == parts) {
      if (from != digits.length()) {
        return;
      }
      long[] v = new long[7];
      int j = 0;
      long sub = -1;
      for (int k = 0; k < parts; k++) {
        if (k == subtotalAt) {
          sub = acc.get(k);
        } else {
          v[j++] = acc.get(k);
        }
      }
      if (addsUp(v) && (sub < 0 || sub == v[1] + v[2] + v[3] + v[4] + v[5])) {
        out.add(v);
      }
      return;
    }
    if (from >= digits.length()) {
      return;
    }
    int last = from + 1;
    if (acc.size() == parts - 1) {
      // The last number is the rest of the digits, within one printed field.
      for (int i = from + 1; i < digits.length(); i++) {
        if (edge[i]) {
          return;
        }
      }
      last = digits.length();
    }
    for (int to = last; to <= digits.length() && to - from <= 15; to++) {
      if (to - from > 1 && digits.charAt(from) == '0') {
        break;
      }
      acc.add(Long.parseLong(digits.substring(from, to)));
      cut(digits, edge, to, acc, parts, subtotalAt, out);
      acc.remove(acc.size() - 1);
      if (edge[to]) {
        break;
      }
    }
  }

  // ------------------------------------------------------------------ the equations

  private static List<List<ApplicationRowId>> equationRows(List<ApplicationRowId> ids) {
    List<ApplicationRowId> sum = new ArrayList<>();
    sum.add(ApplicationRowId.R_TOTAL);
    for (ApplicationRowId id : ids) {
      if (id.isResultPart()) {
        sum.add(id);
      }
    }
    return List.of(
        List.of(
            ApplicationRowId.NEW,
            ApplicationRowId.CARRY_IN,
            ApplicationRowId.R_TOTAL,
            ApplicationRowId.CARRY_OUT),
        sum);
  }

  /** Sign of row {@code k} of an equation: the balance is + + − −, the result sum + − − …. */
  private static int sign(int equation, int k) {
    return equation == 0 ? (k < 2 ? 1 : -1) : (k == 0 ? 1 : -1);
  }

  private static void narrow(
      List<ApplicationRowId> ids, long[][] known, List<List<long[]>> readings) {
    List<Integer> usable = new ArrayList<>();
    List<List<ApplicationRowId>> eqs = equationRows(ids);
    for (int e = 0; e < eqs.size(); e++) {
      if (usable(eqs.get(e), ids, known, readings)) {
        usable.add(e);
      }
    }
    if (usable.isEmpty() || jointly(usable, eqs, ids, known, readings)) {
      return;
    }
    for (int e : usable) {
      if (usable(eqs.get(e), ids, known, readings)) {
        jointly(List.of(e), eqs, ids, known, readings);
      }
    }
  }

  private static boolean usable(
      List<ApplicationRowId> eq,
      List<ApplicationRowId> ids,
      long[][] known,
      List<List<long[]>> readings) {
    boolean open = false;
    for (ApplicationRowId id : eq) {
      int r = ids.indexOf(id);
      List<long[]> rs = readings.get(r);
      if (rs == null && known[r] == null) {
        return false;
      }
      if (rs != null && (rs.isEmpty() || rs.size() >= MANY)) {
        return false;
      }
      open |= rs != null && rs.size() > 1;
    }
    return open;
  }

  /** Brute force over every combination of the open rows' readings. */
  private static boolean jointly(
      List<Integer> use,
      List<List<ApplicationRowId>> eqs,
      List<ApplicationRowId> ids,
      long[][] known,
      List<List<long[]>> readings) {
    List<Integer> open = new ArrayList<>();
    for (int e : use) {
      for (ApplicationRowId id : eqs.get(e)) {
        int r = ids.indexOf(id);
        if (readings.get(r) != null && readings.get(r).size() > 1 && !open.contains(r)) {
          open.add(r);
        }
      }
    }
    List<List<long[]>> kept = new ArrayList<>();
    for (int r : open) {
      kept.add(new ArrayList<>());
    }
    boolean any = false;
    int[] choice = new int[open.size()];
    while (true) {
      boolean fits = true;
      for (int e : use) {
        List<ApplicationRowId> eq = eqs.get(e);
        for (int c = 0; c < 7 && fits; c++) {
          long s = 0;
          for (int k = 0; k < eq.size(); k++) {
            int r = ids.indexOf(eq.get(k));
            int o = open.indexOf(r);
            long[] v =
                o >= 0
                    ? readings.get(r).get(choice[o])
                    : readings.get(r) != null ? readings.get(r).get(0) : known[r];
            s += sign(e, k) * v[c];
          }
          fits = s == 0;
        }
      }
      if (fits) {
        any = true;
        for (int o = 0; o < open.size(); o++) {
          long[] v = readings.get(open.get(o)).get(choice[o]);
          if (!kept.get(o).contains(v)) {
            kept.get(o).add(v);
          }
        }
      }
      int o = open.size() - 1;
      while (o >= 0 && ++choice[o] == readings.get(open.get(o)).size()) {
        choice[o--] = 0;
      }
      if (o < 0) {
        break;
      }
    }
    if (!any) {
      return false;
    }
    for (int o = 0; o < open.size(); o++) {
      List<long[]> inOrder = new ArrayList<>();
      for (long[] v : readings.get(open.get(o))) {
        if (kept.get(o).contains(v)) {
          inOrder.add(v);
        }
      }
      readings.set(open.get(o), inOrder);
    }
    return true;
  }
}
