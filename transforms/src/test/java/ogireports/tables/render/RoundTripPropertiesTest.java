package ogireports.tables.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import ogireports.html.HtmlPage;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.CellValue;
import ogireports.model.DisclosureItem;
import ogireports.model.DisclosureValue;
import ogireports.model.Measure;
import ogireports.model.ReportTables;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.RowStatus;
import ogireports.model.Template;
import ogireports.tables.TableReader;
import ogireports.tables.render.ReportRenderer.Layout;
import ogireports.tables.render.ReportRenderer.Rendering;
import ogireports.text.SectionSplitter;

/**
 * Round trip: known table contents rendered in every layout, with the noise real reports carry,
 * parse back to exactly the same cells, template, row ids, statuses and source lines.
 */
class RoundTripPropertiesTest {

  /** Blank forms a cell is printed in: markers, and the empty cell (an empty field or line). */
  private static final String[] BLANKS = {"—", "/", "无", "-", "／", ""};

  @Property(tries = 1000, seed = "20240611", shrinking = ShrinkingMode.FULL)
  void everyLayoutReadsBackExactly(
      @ForAll("contents") Contents contents,
      @ForAll Layout layout,
      @ForAll("noise") Noise noise) {
    check(contents, layout, noise);
  }

  @Property(tries = 1000, seed = "7311", shrinking = ShrinkingMode.FULL)
  void htmlPagesReadBackExactly(@ForAll("contents") Contents contents, @ForAll("noise") Noise noise) {
    check(contents, Layout.HTML, noise);
  }

  @Property(tries = 1000, seed = "4242", shrinking = ShrinkingMode.FULL)
  void rowLayoutsReadBackExactly(
      @ForAll("contents") Contents contents,
      @ForAll("rowLayouts") Layout layout,
      @ForAll("noise") Noise noise) {
    check(contents, layout, noise);
  }

  @Property(tries = 1000, seed = "99", shrinking = ShrinkingMode.FULL)
  void cellLayoutsReadBackExactly(
      @ForAll("contents") Contents contents,
      @ForAll("cellLayouts") Layout layout,
      @ForAll("noise") Noise noise) {
    check(contents, layout, noise);
  }

  @Provide
  Arbitrary<Layout> rowLayouts() {
    return Arbitraries.of(Layout.TSV_ROWS, Layout.PIPE_ROWS, Layout.MARKDOWN);
  }

  @Provide
  Arbitrary<Layout> cellLayouts() {
    return Arbitraries.of(Layout.TAB_CELLS, Layout.CELL_LINES);
  }

  static void check(Contents contents, Layout layout, Noise noise) {
    Rendering rendering = ReportRenderer.render(contents, layout, noise);
    List<String> lines;
    int[] origin = null;
    if (layout == Layout.HTML) {
      assertThat(HtmlPage.looksLikeHtml(rendering.text())).isTrue();
      HtmlPage.Rendered page = HtmlPage.render(rendering.text());
      lines = page.lines();
      origin = page.sourceLine();
    } else {
      lines = Arrays.asList(rendering.text().split("\n", -1));
    }
    ReportTables t = TableReader.read(lines, SectionSplitter.split(lines));
    String context = layout + " " + noise + "\n" + rendering.text();

    assertThat(t.template()).as(context).isEqualTo(contents.template());
    assertThat(t.layout()).as(context).isEqualTo(layout.code);

    // Table 二
    assertThat(t.activeDisclosure()).as(context).isNotNull();
    int t2count = 0;
    for (Map.Entry<DisclosureItem, List<String>> e : contents.t2().entrySet()) {
      List<Measure> measures = Contents.measures(contents.template(), e.getKey());
      for (int k = 0; k < measures.size(); k++) {
        String key = "T2:" + e.getKey() + "." + measures.get(k);
        DisclosureValue v =
            t.activeDisclosure().value(e.getKey(), measures.get(k)).orElse(null);
        assertThat(v).as(key + "\n" + context).isNotNull();
        assertSame(v.cell(), e.getValue().get(k), key, context);
        assertThat(line(v.sourceLine(), origin)).as(key + " line\n" + context)
            .isEqualTo(rendering.lines().get(key));
        t2count++;
      }
    }
    assertThat(t.activeDisclosure().values()).as(context).hasSize(t2count);

    // Table 三. One cell per line cannot show an empty cell: a row printed with one is short, and
    // its cells cannot be placed, so it must come back INCOMPLETE (with its count in the
    // problems), never with numbers shifted into the wrong columns. Every other layout keeps an
    // empty cell in its column.
    boolean showsEmptyCells = layout != Layout.CELL_LINES;
    int columns = 7 + (noise.subtotalColumn() ? 1 : 0);
    assertThat(t.applications()).as(context).isNotNull();
    assertThat(t.applications().rows())
        .as(context)
        .extracting(ApplicationRow::rowId)
        .containsExactlyElementsOf(ApplicationRowId.rowsOf(contents.template()));
    assertThat(t.applications().problems()).as(context)
        .containsExactlyElementsOf(showsEmptyCells ? List.of() : shortRowProblems(contents, columns));
    for (ApplicationRow row : t.applications().rows()) {
      List<String> expected = contents.t3().get(row.rowId());
      assertThat(line(row.sourceLine(), origin)).as(row.rowId() + " line\n" + context)
          .isEqualTo(rendering.lines().get("T3:" + row.rowId()));
      if (!showsEmptyCells && expected.contains("")) {
        assertThat(row.status()).as(row.rowId() + "\n" + context).isEqualTo(RowStatus.INCOMPLETE);
        assertThat(row.cells()).as(row.rowId() + "\n" + context).isEmpty();
        continue;
      }
      boolean blanks = expected.stream().anyMatch(RoundTripPropertiesTest::isBlank);
      assertThat(row.status()).as(row.rowId() + "\n" + context)
          .isEqualTo(blanks ? RowStatus.BLANKS : RowStatus.OK);
      for (int k = 0; k < 7; k++) {
        assertSame(row.cells().get(k), expected.get(k), row.rowId() + "[" + k + "]", context);
      }
    }

    // Table 四: one row of 15 cells; one cell per line with an empty cell cannot place any.
    assertThat(t.reviewLitigation()).as(context).isNotNull();
    long empties = contents.t4().stream().filter(String::isEmpty).count();
    boolean placeable = showsEmptyCells || empties == 0;
    assertThat(t.reviewLitigation().problems()).as(context)
        .containsExactlyElementsOf(placeable ? List.of() : List.of((15 - empties)
            + " of 15 cells, one per line: empty cells cannot be placed; groups RV, LD, LR incomplete"));
    for (ReviewLitigationRow g : t.reviewLitigation().groups()) {
      if (!placeable) {
        assertThat(g.status()).as(g.group() + "\n" + context).isEqualTo(RowStatus.INCOMPLETE);
        assertThat(g.cells()).as(g.group() + "\n" + context).isEmpty();
        continue;
      }
      List<String> expected = contents.t4().subList(g.group().ordinal() * 5, g.group().ordinal() * 5 + 5);
      boolean blanks = expected.stream().anyMatch(RoundTripPropertiesTest::isBlank);
      assertThat(g.status()).as(g.group() + "\n" + context)
          .isEqualTo(blanks ? RowStatus.BLANKS : RowStatus.OK);
      for (int k = 0; k < 5; k++) {
        assertSame(g.cells().get(k), expected.get(k), g.group() + "[" + k + "]", context);
      }
      assertThat(line(g.sourceLine(), origin)).as(g.group() + " line\n" + context)
          .isEqualTo(rendering.lines().get("T4:" + g.group()));
    }
    assertThat(t.reviewLitigation().groups()).extracting(ReviewLitigationRow::group)
        .containsExactly(ReviewGroup.values());
  }

  /**
   * The problems a cell-per-line table 三 reports for its rows printed with empty cells: runs of
   * consecutive short rows with the same number of cells, as {@code R_DENY_1…R_DENY_3: 6 of 7
   * cells}.
   */
  private static List<String> shortRowProblems(Contents contents, int columns) {
    List<String> problems = new ArrayList<>();
    List<ApplicationRowId> run = new ArrayList<>();
    int runCells = -1;
    for (ApplicationRowId id : ApplicationRowId.rowsOf(contents.template())) {
      int printed = columns - (int) contents.t3().get(id).stream().filter(String::isEmpty).count();
      boolean isShort = printed < columns;
      if (!run.isEmpty() && (!isShort || printed != runCells)) {
        problems.add(shortRun(run, runCells, columns));
        run.clear();
      }
      if (isShort) {
        run.add(id);
        runCells = printed;
      }
    }
    if (!run.isEmpty()) {
      problems.add(shortRun(run, runCells, columns));
    }
    return problems;
  }

  private static String shortRun(List<ApplicationRowId> run, int cells, int columns) {
    String ids = run.size() == 1 ? run.get(0).name() : run.get(0) + "…" + run.get(run.size() - 1);
    return ids + ": " + cells + " of " + columns + " cells";
  }

  private static int line(int parsedLine, int[] origin) {
    return origin == null ? parsedLine : origin[parsedLine - 1];
  }

  private static boolean isBlank(String printed) {
    return printed.isEmpty() || Arrays.asList(BLANKS).contains(printed);
  }

  private static void assertSame(CellValue cell, String printed, String what, String context) {
    if (isBlank(printed)) {
      assertThat(cell.blank()).as(what + " blank, got " + cell + "\n" + context).isTrue();
      assertThat(cell.value()).as(what).isNull();
    } else {
      assertThat(cell.value()).as(what + " " + cell + "\n" + context)
          .isEqualTo(Double.parseDouble(printed));
    }
  }

  // ------------------------------------------------------------------ generators

  @Provide
  Arbitrary<Noise> noise() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(
            b, b, b, b, b, b, b, b)
        .as((wrap, spaced, nbsp, full, split, sub, drop, typo) ->
            new Noise(wrap, spaced, nbsp, full, split, sub, drop, typo, 1))
        .flatMap(n -> Arbitraries.longs().between(1, 1_000_000)
            .map(seed -> new Noise(n.wrapLabels(), n.spacedLabels(), n.nbspPadding(), n.fullWidth(),
                n.splitHeaders(), n.subtotalColumn(), n.dropT4Heading(), n.typo(), seed)));
  }

  @Provide
  Arbitrary<Contents> contents() {
    return Arbitraries.of(Template.T2019, Template.T2021)
        .flatMap(t -> Combinators.combine(t2(t), t3(t), cells(15)).as((a, b, c) -> new Contents(t, a, b, c)));
  }

  /**
   * A printed count: mostly numbers 0–99999 (small ones often), sometimes a blank form, the empty
   * cell included, in every layout.
   */
  private static Arbitrary<String> cell() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, Arbitraries.integers().between(0, 9).map(String::valueOf)),
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 99_999).map(String::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(BLANKS)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
  }

  private static Arbitrary<List<String>> cells(int n) {
    return cell().list().ofSize(n);
  }

  private static Arbitrary<Map<ApplicationRowId, List<String>>> t3(Template t) {
    List<ApplicationRowId> ids = ApplicationRowId.rowsOf(t);
    return cells(7).list().ofSize(ids.size()).map(rows -> {
      Map<ApplicationRowId, List<String>> out = new EnumMap<>(ApplicationRowId.class);
      for (int r = 0; r < ids.size(); r++) {
        out.put(ids.get(r), rows.get(r));
      }
      return out;
    });
  }

  private static Arbitrary<Map<DisclosureItem, List<String>>> t2(Template t) {
    List<DisclosureItem> items = Contents.items(t);
    int total = 0;
    for (DisclosureItem i : items) {
      total += Contents.measures(t, i).size();
    }
    return Arbitraries.integers().between(0, 99_999).map(String::valueOf).list().ofSize(total).map(values -> {
      Map<DisclosureItem, List<String>> out = new EnumMap<>(DisclosureItem.class);
      int at = 0;
      for (DisclosureItem i : items) {
        List<String> v = new ArrayList<>();
        for (int k = 0; k < Contents.measures(t, i).size(); k++) {
          v.add(values.get(at++));
        }
        out.put(i, v);
      }
      return out;
    });
  }
}
