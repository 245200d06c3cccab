package ogireports.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.ReportTables;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.ReviewLitigationTable;
import ogireports.text.Normalise;

/**
 * A 更正说明 printed with the report, after its sign-off or under its title, that corrects cells of its
 * tables 三 and 四: {@code 表中“（七）总计”行“总计”栏数据“35”有误，应为“55”} or {@code 表四“行政复议”总计栏“3”应为“2”}. The
 * corrected value is the report's (the body says the printed one is a typo); the cell keeps what
 * was printed in its notes ({@link #CORRECTED_FROM}), which the rules report as a note.
 *
 * <p>A statement is applied only where everything it says is found: a table's row (or group) and
 * column named in the template's words, the printed value it corrects equal to the cell as read,
 * and the word 更正 in the statement or in the lines just before it (the notice's heading), the
 * notice standing in the text's first or last lines. A statement that names no column corrects the
 * one cell of its row that holds the printed value.
 */
public final class CorrectionNotice {

  /** The note of a corrected cell: this prefix, then the value the table printed. */
  public static final String CORRECTED_FROM = "corrected_from=";

  /** Lines before a statement its notice's heading (更正说明, 现更正如下) may stand on. */
  private static final int HEADING_REACH = 6;

  /** The printed value and the value it should be: {@code “35”有误，应为“55”}, {@code “3”更正为“2”}. */
  private static final Pattern PRINTED_AND_RIGHT =
      Pattern.compile(
          "[“\"']?(\\d+)[”\"']?(?:件)?(?:有误|错误|不准确)?[，,、]?(?:数据)?(?:应为|应是|应该为|更正为|应更正为|改为|修改为)"
              + "[“\"']?(\\d+)");

  private static final Pattern QUOTED = Pattern.compile("[“\"'‘]([^“”\"'‘’]{1,40})[”\"'’]");

  private static final Pattern COLUMN_WORD =
      Pattern.compile("(自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计|结果维持|结果纠正|其他结果|尚未审结)[”\"']?(?:栏|列)");

  private CorrectionNotice() {}

  /** One cell a notice corrects. */
  record Correction(
      ApplicationRowId row,
      ApplicantColumn column,
      ReviewGroup group,
      ReviewCell cell,
      long printed,
      long right) {}

  /** The value a table printed in a cell a correction notice corrects, else null. */
  public static Double printed(CellValue cell) {
    if (cell == null || cell.notes().isEmpty()) {
      return null;
    }
    for (String note : cell.notes()) {
      if (note.startsWith(CORRECTED_FROM)) {
        return Double.valueOf(note.substring(CORRECTED_FROM.length()));
      }
    }
    return null;
  }

  /**
   * The note on a corrected cell, {@code where} naming it ({@code 表三“(七)总计”行“总计”栏}): what the table
   * printed there, and what the notice corrects it to.
   */
  public static String note(String where, double printed, double corrected) {
    return where + "印为" + (long) printed + "，文中更正说明更正为" + (long) corrected + "，已按更正后的数值读取和核对";
  }

  /** {@code tables} with the cells the text's correction notices correct; else itself. */
  public static ReportTables applied(ReportTables tables, List<String> lines) {
    List<Correction> corrections = corrections(lines);
    if (corrections.isEmpty()) {
      return tables;
    }
    ApplicationTable applications = tables.applications();
    ReviewLitigationTable review = tables.reviewLitigation();
    for (Correction c : corrections) {
      if (c.row() != null && applications != null) {
        applications = corrected(applications, c);
      } else if (c.group() != null && review != null) {
        review = corrected(review, c);
      }
    }
    if (applications == tables.applications() && review == tables.reviewLitigation()) {
      return tables;
    }
    return new ReportTables(
        tables.template(),
        tables.activeDisclosure(),
        applications,
        review,
        tables.layout(),
        tables.legacyIndicators());
  }

  /** The corrections stated in the text, in its order. */
  static List<Correction> corrections(List<String> lines) {
    List<Correction> out = new ArrayList<>();
    if (!mentionsCorrection(lines)) {
      return out; // (most texts: one look for 更 a line)
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.indexOf('应') < 0 && line.indexOf('改') < 0) {
        continue;
      }
      for (String clause : line.split("[。；;\n]")) {
        Matcher values = PRINTED_AND_RIGHT.matcher(clause);
        if (!values.find() || !inNotice(lines, i, clause)) {
          continue;
        }
        Correction c =
            statement(
                clause.substring(0, values.start()),
                Long.parseLong(values.group(1)),
                Long.parseLong(values.group(2)));
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** Lines at a text's start a notice printed over the report may take. */
  private static final int HEAD_LINES = 20;

  /** Lines at a text's end a notice printed after the sign-off may take. */
  private static final int TAIL_LINES = 40;

  /**
   * True when a line of the text's head or tail holds the word 更正, which every notice prints: a
   * notice stands over the report or after its sign-off, and the look costs the other texts no pass
   * over their whole text.
   */
  private static boolean mentionsCorrection(List<String> lines) {
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      if (i == HEAD_LINES && n - TAIL_LINES > i) {
        i = n - TAIL_LINES;
      }
      String line = lines.get(i);
      if (line != null && line.indexOf('更') >= 0 && line.contains("更正")) {
        return true;
      }
    }
    return false;
  }

  private static boolean inNotice(List<String> lines, int i, String clause) {
    if (clause.contains("更正")) {
      return true;
    }
    for (int j = i - 1; j >= Math.max(0, i - HEADING_REACH); j--) {
      if (lines.get(j).contains("更正")) {
        return true;
      }
    }
    return false;
  }

  /** The cell a statement's words before its values name, or null. */
  private static Correction statement(String words, long printed, long right) {
    if (printed == right) {
      return null;
    }
    ApplicationRowId row = null;
    ReviewGroup group = null;
    Matcher q = QUOTED.matcher(words);
    while (q.find()) {
      String quoted = Normalise.label(q.group(1));
      ApplicationRowId r = applicationRow(quoted);
      ReviewGroup g = r == null ? reviewGroup(quoted) : null;
      if (r != null) {
        row = r;
      } else if (g != null) {
        group = g;
      }
    }
    String column = null;
    Matcher c = COLUMN_WORD.matcher(words);
    while (c.find()) {
      column = c.group(1);
    }
    if (row != null && group == null) {
      ApplicantColumn col = column == null ? null : applicantColumn(column);
      return column != null && col == null
          ? null
          : new Correction(row, col, null, null, printed, right);
    }
    if (group != null && row == null) {
      ReviewCell cell = column == null ? null : reviewCell(column);
      return column != null && cell == null
          ? null
          : new Correction(null, null, group, cell, printed, right);
    }
    return null;
  }

  /** The row of table 三 a quoted label names (its template words), else null. */
  private static ApplicationRowId applicationRow(String label) {
    ApplicationRowId found = null;
    for (Vocabulary.T3Label l : Vocabulary.T3_LABELS) {
      if (!l.isGroup() && l.key() != null && label.contains(l.key())) {
        if (found != null && found != l.rowId()) {
          return null; // two rows' words: not a row's label
        }
        found = l.rowId();
      }
    }
    return found;
  }

  private static ReviewGroup reviewGroup(String label) {
    if (label.contains(Vocabulary.T4_AFTER_REVIEW)) {
      return ReviewGroup.LITIGATION_AFTER_REVIEW;
    }
    if (label.contains(Vocabulary.T4_DIRECT)) {
      return ReviewGroup.LITIGATION_DIRECT;
    }
    return label.equals(Vocabulary.T4_REVIEW) ? ReviewGroup.REVIEW : null;
  }

  private static ApplicantColumn applicantColumn(String word) {
    for (ApplicantColumn c : ApplicantColumn.values()) {
      if (c.label().equals(word)) {
        return c;
      }
    }
    return null;
  }

  private static ReviewCell reviewCell(String word) {
    for (ReviewCell c : ReviewCell.values()) {
      if (c.label().equals(word)) {
        return c;
      }
    }
    return null;
  }

  private static ApplicationTable corrected(ApplicationTable table, Correction c) {
    List<ApplicationRow> rows = new ArrayList<>(table.rows());
    for (int i = 0; i < rows.size(); i++) {
      ApplicationRow r = rows.get(i);
      if (r.rowId() != c.row() || r.cells().size() != ApplicantColumn.values().length) {
        continue;
      }
      int at = cellAt(r.cells(), c.column() == null ? -1 : c.column().ordinal(), c.printed());
      if (at < 0) {
        return table;
      }
      rows.set(
          i,
          new ApplicationRow(
              r.rowId(), r.label(), withCorrected(r.cells(), at, c), r.status(), r.sourceLine()));
      return new ApplicationTable(rows, table.problems());
    }
    return table;
  }

  private static ReviewLitigationTable corrected(ReviewLitigationTable table, Correction c) {
    List<ReviewLitigationRow> groups = new ArrayList<>(table.groups());
    for (int i = 0; i < groups.size(); i++) {
      ReviewLitigationRow g = groups.get(i);
      if (g.group() != c.group() || g.cells().size() != ReviewCell.values().length) {
        continue;
      }
      int at = cellAt(g.cells(), c.cell() == null ? -1 : c.cell().ordinal(), c.printed());
      if (at < 0) {
        return table;
      }
      groups.set(
          i,
          new ReviewLitigationRow(
              g.group(), withCorrected(g.cells(), at, c), g.status(), g.sourceLine()));
      return new ReviewLitigationTable(groups, table.valuesFound(), table.problems());
    }
    return table;
  }

  /**
   * The index of the cell a correction names: {@code column} when it holds the printed value, or,
   * with no column named, the one cell that does; else -1.
   */
  private static int cellAt(List<CellValue> cells, int column, long printed) {
    if (column >= 0) {
      return holds(cells.get(column), printed) ? column : -1;
    }
    int found = -1;
    for (int i = 0; i < cells.size(); i++) {
      if (holds(cells.get(i), printed)) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  private static boolean holds(CellValue cell, long value) {
    return cell.isNumber() && cell.value() == value;
  }

  private static List<CellValue> withCorrected(List<CellValue> cells, int at, Correction c) {
    List<CellValue> out = new ArrayList<>(cells);
    CellValue printed = cells.get(at);
    List<String> notes = new ArrayList<>(printed.notes());
    notes.add(CORRECTED_FROM + c.printed());
    out.set(
        at,
        new CellValue(String.valueOf(c.right()), (double) c.right(), false, printed.unit(), notes));
    return out;
  }
}
