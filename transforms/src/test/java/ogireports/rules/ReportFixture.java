package ogireports.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ogireports.model.ActiveDisclosureTable;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.DisclosureItem;
import ogireports.model.DisclosureValue;
import ogireports.model.Flag;
import ogireports.model.Measure;
import ogireports.model.ParsedReport;
import ogireports.model.Place;
import ogireports.model.ReportMetadata;
import ogireports.model.ReportTables;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.ReviewLitigationTable;
import ogireports.model.RowStatus;
import ogireports.model.Section;
import ogireports.model.Template;
import ogireports.text.SectionSplitter;

/**
 * Builds {@link ParsedReport}s by hand for the rule tests. Cells are given as numbers (a number),
 * {@code "—"}, {@code "/"}, {@code "无"} or {@code ""} (blank), or any other string (unreadable).
 */
final class ReportFixture {

  private Template template = Template.T2019;
  private Integer year = 2020;
  private boolean t3Present = true;
  private final Map<ApplicationRowId, ApplicationRow> t3 = new LinkedHashMap<>();
  private boolean t4Present = true;
  private final List<ReviewLitigationRow> t4 = new ArrayList<>();
  private Integer t4ValuesFound;
  private boolean t2Present = true;
  private final List<DisclosureValue> t2 = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private Place place = RESOLVED_PLACE;
  private ReportMetadata metadata;

  /** The default place of a fixture: resolved, so that no META_PLACE flag appears. */
  static final Place RESOLVED_PLACE =
      new Place("江苏省", "320000", "苏州市", "320500", "张家港市", "320582", "县级");

  private ReportFixture() {}

  /** A report on the given template with table 三 and 四 all zeros, empty table 二, no text. */
  static ReportFixture zeros(Template template, Integer year) {
    ReportFixture f = new ReportFixture();
    f.template = template;
    f.year = year;
    for (ApplicationRowId id : ApplicationRowId.rowsOf(template)) {
      f.row(id, 0, 0, 0, 0, 0, 0, 0);
    }
    f.t4(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    return f;
  }

  static CellValue cell(Object o) {
    if (o instanceof CellValue c) {
      return c;
    }
    if (o instanceof Number n) {
      String raw =
          n instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : n.toString();
      return CellValue.number(raw, n.doubleValue());
    }
    String s = o == null ? "" : o.toString();
    if (s.isEmpty() || s.equals("—") || s.equals("/") || s.equals("无") || s.equals("-")) {
      return CellValue.blankCell(s);
    }
    return CellValue.unreadable(s);
  }

  static List<CellValue> cells(Object... values) {
    return Arrays.stream(values).map(ReportFixture::cell).toList();
  }

  ReportFixture template(Template t) {
    this.template = t;
    return this;
  }

  ReportFixture year(Integer y) {
    this.year = y;
    return this;
  }

  /** Sets a table 三 row (7 cells), keeping the row's place in the printed order. */
  ReportFixture row(ApplicationRowId id, Object... values) {
    List<CellValue> cs = cells(values);
    RowStatus status = cs.stream().anyMatch(CellValue::blank) ? RowStatus.BLANKS : RowStatus.OK;
    t3.put(id, new ApplicationRow(id, id.templateLabel(), cs, status, 0));
    return this;
  }

  /** Marks a table 三 row INCOMPLETE (no cells), as the reader stores rows it cannot place. */
  ReportFixture incomplete(ApplicationRowId... ids) {
    for (ApplicationRowId id : ids) {
      t3.put(id, new ApplicationRow(id, id.templateLabel(), List.of(), RowStatus.INCOMPLETE, 0));
    }
    return this;
  }

  /**
   * Sets a table 三 row read for its 总计 alone (INCOMPLETE, the other six cells not placed), as the
   * reader stores a row printed without its empty cells.
   */
  ReportFixture totalOnly(ApplicationRowId id, long total) {
    List<CellValue> cs =
        new java.util.ArrayList<>(java.util.Collections.nCopies(6, CellValue.notPrinted()));
    cs.add(CellValue.number(Long.toString(total), total));
    t3.put(id, new ApplicationRow(id, id.templateLabel(), cs, RowStatus.INCOMPLETE, 0));
    return this;
  }

  /** Removes table 三 rows (as if never found). */
  ReportFixture without(ApplicationRowId... ids) {
    for (ApplicationRowId id : ids) {
      t3.remove(id);
    }
    return this;
  }

  ReportFixture noT3() {
    t3Present = false;
    return this;
  }

  /** Table 四 as 15 cells in RV, LD, LR order. */
  ReportFixture t4(Object... values) {
    t4.clear();
    for (ReviewGroup g : ReviewGroup.values()) {
      Object[] part = Arrays.copyOfRange(values, g.ordinal() * 5, g.ordinal() * 5 + 5);
      List<CellValue> cs = cells(part);
      RowStatus status = cs.stream().anyMatch(CellValue::blank) ? RowStatus.BLANKS : RowStatus.OK;
      t4.add(new ReviewLitigationRow(g, cs, status, 0));
    }
    t4ValuesFound = values.length;
    return this;
  }

  /** Replaces a table 四 group by an INCOMPLETE one. */
  ReportFixture t4Incomplete(ReviewGroup group, int valuesFound) {
    t4.replaceAll(
        r ->
            r.group() == group
                ? new ReviewLitigationRow(group, List.of(), RowStatus.INCOMPLETE, 0)
                : r);
    t4ValuesFound = valuesFound;
    return this;
  }

  ReportFixture t4Without(ReviewGroup group, int valuesFound) {
    t4.removeIf(r -> r.group() == group);
    t4ValuesFound = valuesFound;
    return this;
  }

  ReportFixture noT4() {
    t4Present = false;
    return this;
  }

  ReportFixture noT2() {
    t2Present = false;
    return this;
  }

  /** One table 二 value. */
  ReportFixture t2(DisclosureItem item, Measure measure, Object value) {
    t2.removeIf(v -> v.item() == item && v.measure() == measure);
    t2.add(
        new DisclosureValue(item, measure, cell(value), measure == Measure.AMOUNT ? null : "件", 0));
    return this;
  }

  /** Several measures of one table 二 row. */
  ReportFixture t2(DisclosureItem item, List<Measure> measures, Object... values) {
    for (int i = 0; i < measures.size(); i++) {
      t2(item, measures.get(i), values[i]);
    }
    return this;
  }

  ReportFixture place(Place p) {
    this.place = p;
    return this;
  }

  /** Replaces the metadata (the fixture's year is then the metadata's). */
  ReportFixture metadata(ReportMetadata m) {
    this.metadata = m;
    return this;
  }

  ReportFixture section(int number, String text) {
    sections.removeIf(s -> s.number() == number);
    sections.add(new Section(number, 0, 0, 0, text));
    sections.sort((a, b) -> Integer.compare(a.number(), b.number()));
    return this;
  }

  /** Sections 一…六 of a seed file, split at its headings (test helper, not the real splitter). */
  ReportFixture seedSections(String fileName) {
    sections.clear();
    sections.addAll(SeedText.sections(fileName));
    return this;
  }

  ParsedReport build() {
    ApplicationTable applications =
        t3Present ? new ApplicationTable(new ArrayList<>(t3.values()), List.of()) : null;
    ReviewLitigationTable review =
        t4Present
            ? new ReviewLitigationTable(t4, t4ValuesFound == null ? 0 : t4ValuesFound, List.of())
            : null;
    ActiveDisclosureTable disclosure = t2Present ? new ActiveDisclosureTable(t2) : null;
    return new ParsedReport(
        "0".repeat(64),
        "test://fixture",
        List.of(),
        sections,
        metadata != null ? metadata : new ReportMetadata(null, null, year, null),
        place,
        new ReportTables(template, disclosure, applications, review, "tab_cells"));
  }

  List<Flag> evaluate() {
    return RuleBook.evaluate(build());
  }

  /** Reads the bundled seed reports and splits them with the production section splitter. */
  static final class SeedText {

    private SeedText() {}

    static List<String> lines(String fileName) {
      try {
        String text = Files.readString(Path.of("..", "samples", fileName), StandardCharsets.UTF_8);
        return Arrays.asList(text.split("\r?\n", -1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static List<Section> sections(String fileName) {
      return SectionSplitter.split(lines(fileName));
    }
  }
}
