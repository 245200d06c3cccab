package ogireports.rules.crossyear;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.DisclosureItem;
import ogireports.model.Measure;
import ogireports.model.ParsedReport;
import ogireports.model.Template;
import ogireports.rules.TableValues;

/**
 * What the cross-year rules need of one report: identity, year, template, table 三 carry-over rows
 * and the table 二 cells that continue from one year to the next. Immutable and serializable; equal
 * snapshots are {@code equals}.
 *
 * <p>Values are stored as the rules read them: a blank cell counts as 0 and is marked blank; a
 * missing or unreadable cell (or a blank total over non-zero parts) has no value.
 *
 * @param reportId the report's id
 * @param agencyKey {@link AgencyKey#of(ParsedReport)}
 * @param agency the agency name as printed, or null
 * @param body the normalised name before renames ({@link AgencyKey#body}), or null
 * @param year the year covered, or null
 * @param template the template code ({@code 2019}, {@code 2021}, {@code pre2019}, {@code unknown}),
 *     or null
 * @param hasApplications whether table 三 was found
 * @param hasDisclosure whether table 二 was found
 * @param values the stored values by slot (see {@link #SLOTS}); NaN where there is no value
 * @param blank the blank marks by slot
 */
public record AgencyYear(
    String reportId,
    String agencyKey,
    String agency,
    String body,
    Integer year,
    String template,
    boolean hasApplications,
    boolean hasDisclosure,
    double[] values,
    boolean[] blank)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The table 二 rows of （一） and their columns stored. */
  static final List<DisclosureItem> A1_ITEMS = List.of(DisclosureItem.RULE, DisclosureItem.NORM);

  static final List<Measure> A1_MEASURES =
      List.of(Measure.MADE, Measure.PUB, Measure.TOTAL, Measure.REPEAL, Measure.VALID);

  /** The table 二 rows of （五）（六）（八） and their columns stored. */
  static final List<DisclosureItem> ITEM_ROWS =
      List.of(
          DisclosureItem.LICENSE,
          DisclosureItem.SERVICE,
          DisclosureItem.PENALTY,
          DisclosureItem.COERCION,
          DisclosureItem.FEE);

  static final List<Measure> ITEM_MEASURES = List.of(Measure.PREV, Measure.DELTA, Measure.DEC);

  private static final int COLUMNS = ApplicantColumn.values().length;

  /** Number of slots: CARRY_IN×7, CARRY_OUT×7, （一）2×5, （五）（六）（八）5×3. */
  public static final int SLOTS =
      2 * COLUMNS + A1_ITEMS.size() * A1_MEASURES.size() + ITEM_ROWS.size() * ITEM_MEASURES.size();

  public AgencyYear {
    values = values == null ? emptyValues() : Arrays.copyOf(values, SLOTS);
    blank = blank == null ? new boolean[SLOTS] : Arrays.copyOf(blank, SLOTS);
  }

  /** A copy of the stored values. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** A copy of the blank marks. */
  @Override
  public boolean[] blank() {
    return blank.clone();
  }

  private static double[] emptyValues() {
    double[] v = new double[SLOTS];
    Arrays.fill(v, Double.NaN);
    return v;
  }

  /** The snapshot of a parsed report. Never throws: what cannot be read has no value. */
  public static AgencyYear of(ParsedReport report) {
    double[] values = emptyValues();
    boolean[] blank = new boolean[SLOTS];
    boolean hasT3 = report.tables() != null && report.tables().applications() != null;
    boolean hasT2 = report.tables() != null && report.tables().activeDisclosure() != null;
    for (ApplicationRowId row : List.of(ApplicationRowId.CARRY_IN, ApplicationRowId.CARRY_OUT)) {
      for (ApplicantColumn c : ApplicantColumn.values()) {
        put(values, blank, t3Slot(row, c), TableValues.applications(report, row, c));
      }
    }
    for (DisclosureItem item : A1_ITEMS) {
      for (Measure m : A1_MEASURES) {
        put(values, blank, t2Slot(item, m), TableValues.disclosure(report, item, m));
      }
    }
    for (DisclosureItem item : ITEM_ROWS) {
      for (Measure m : ITEM_MEASURES) {
        put(values, blank, t2Slot(item, m), TableValues.disclosure(report, item, m));
      }
    }
    String agency = report.metadata() == null ? null : report.metadata().agency();
    Template template = report.tables() == null ? null : report.tables().template();
    return new AgencyYear(
        report.reportId(),
        AgencyKey.of(report),
        agency,
        AgencyKey.body(agency, report.place()),
        report.metadata() == null ? null : report.metadata().year(),
        template == null ? null : template.code(),
        hasT3,
        hasT2,
        values,
        blank);
  }

  private static void put(double[] values, boolean[] blank, int slot, TableValues.Read read) {
    if (slot >= 0 && read != null && read.value() != null) {
      values[slot] = read.value();
      blank[slot] = read.blank();
    }
  }

  static int t3Slot(ApplicationRowId row, ApplicantColumn column) {
    if (row == ApplicationRowId.CARRY_IN) {
      return column.ordinal();
    }
    return row == ApplicationRowId.CARRY_OUT ? COLUMNS + column.ordinal() : -1;
  }

  static int t2Slot(DisclosureItem item, Measure measure) {
    int a = A1_ITEMS.indexOf(item);
    int am = A1_MEASURES.indexOf(measure);
    if (a >= 0 && am >= 0) {
      return 2 * COLUMNS + a * A1_MEASURES.size() + am;
    }
    int r = ITEM_ROWS.indexOf(item);
    int rm = ITEM_MEASURES.indexOf(measure);
    if (r >= 0 && rm >= 0) {
      return 2 * COLUMNS + A1_ITEMS.size() * A1_MEASURES.size() + r * ITEM_MEASURES.size() + rm;
    }
    return -1;
  }

  private Double at(int slot) {
    return slot < 0 || Double.isNaN(values[slot]) ? null : values[slot];
  }

  /** T3[CARRY_IN] of a column, or null. */
  public Double carryIn(ApplicantColumn column) {
    return at(t3Slot(ApplicationRowId.CARRY_IN, column));
  }

  /** T3[CARRY_OUT] of a column, or null. */
  public Double carryOut(ApplicantColumn column) {
    return at(t3Slot(ApplicationRowId.CARRY_OUT, column));
  }

  /** Whether the table 三 cell was printed blank (and counts as 0). */
  public boolean blank(ApplicationRowId row, ApplicantColumn column) {
    int slot = t3Slot(row, column);
    return slot >= 0 && blank[slot];
  }

  /**
   * A stored table 二 value (（一） MADE/PUB/TOTAL/REPEAL/VALID; （五）（六）（八） PREV/DELTA/DEC), or null.
   */
  public Double t2(DisclosureItem item, Measure measure) {
    return at(t2Slot(item, measure));
  }

  /** Whether the table 二 cell was printed blank (and counts as 0). */
  public boolean blank(DisclosureItem item, Measure measure) {
    int slot = t2Slot(item, measure);
    return slot >= 0 && blank[slot];
  }

  /** Whether the key can match another report. */
  public boolean matchable() {
    return agencyKey != null && !agencyKey.startsWith(AgencyKey.UNMATCHED) && year != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgencyYear a
        && hasApplications == a.hasApplications
        && hasDisclosure == a.hasDisclosure
        && Objects.equals(reportId, a.reportId)
        && Objects.equals(agencyKey, a.agencyKey)
        && Objects.equals(agency, a.agency)
        && Objects.equals(body, a.body)
        && Objects.equals(year, a.year)
        && Objects.equals(template, a.template)
        && Arrays.equals(values, a.values)
        && Arrays.equals(blank, a.blank);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        reportId,
        agencyKey,
        agency,
        body,
        year,
        template,
        hasApplications,
        hasDisclosure,
        Arrays.hashCode(values),
        Arrays.hashCode(blank));
  }

  @Override
  public String toString() {
    List<String> set = new ArrayList<>();
    for (int i = 0; i < SLOTS; i++) {
      if (!Double.isNaN(values[i])) {
        set.add(i + "=" + values[i] + (blank[i] ? "b" : ""));
      }
    }
    return "AgencyYear["
        + reportId
        + " "
        + agencyKey
        + " "
        + year
        + " "
        + template
        + " "
        + set
        + "]";
  }
}
