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
import ogireports.tables.CellLayout;
import ogireports.tables.TableReader;
import ogireports.tables.render.ReportRenderer.Form;
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
      @ForAll("forms") Form form,
      @ForAll("noise") Noise noise) {
    check(contents, form, noise);
  }

  @Property(tries = 1000, seed = "7311", shrinking = ShrinkingMode.FULL)
  void htmlPagesReadBackExactly(
      @ForAll("contents") Contents contents, @ForAll("noise") Noise noise) {
    check(contents, Form.HTML, noise);
  }

  @Property(tries = 1000, seed = "4242", shrinking = ShrinkingMode.FULL)
  void rowLayoutsReadBackExactly(
      @ForAll("contents") Contents contents,
      @ForAll("rowLayouts") Form form,
      @ForAll("noise") Noise noise) {
    check(contents, form, noise);
  }

  @Property(tries = 1000, seed = "99", shrinking = ShrinkingMode.FULL)
  void cellLayoutsReadBackExactly(
      @ForAll("contents") Contents contents,
      @ForAll("cellLayouts") Form form,
      @ForAll("noise") Noise noise) {
    check(contents, form, noise);
  }

  /**
   * Run-together rows (spec: a row whose separators were lost, {@code 640020470}, or moved, so that
   * seven cells still show but do not add up), one or two per table, two of them often in the same
   * equation, in every text layout. The tables add up (row totals, balance, result sums), so
   * whenever the digits and the equations leave one reading it must be the original; otherwise the
   * rows are INCOMPLETE. Rows of more than 20 digits are not run together here ({@code
   * RunTogether.MAX_DIGITS}: such a row is not read again).
   */
  @Property(tries = 1000, seed = "640020470", shrinking = ShrinkingMode.FULL)
  void runTogetherRowsReadBackOrSaySo(
      @ForAll("consistentContents") Contents contents,
      @ForAll("textLayouts") Form form,
      @ForAll("noise") Noise noise) {
    check(contents, form, noise);
  }

  /** Every form, as jqwik draws the constants of an enum. */
  @Provide
  Arbitrary<Form> forms() {
    return Arbitraries.of(Form.ALL);
  }

  @Provide
  Arbitrary<Form> textLayouts() {
    return Arbitraries.of(
        Form.TAB_CELLS, Form.TSV_ROWS, Form.CELL_LINES, Form.PIPE_ROWS, Form.MARKDOWN);
  }

  @Provide
  Arbitrary<Contents> consistentContents() {
    Arbitrary<Integer> count =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.just(0)),
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 9)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(10, 99)));
    return Arbitraries.of(Template.T2019, Template.T2021)
        .flatMap(
            t ->
                Combinators.combine(
                        t2(t),
                        count.list().ofSize(6 * ApplicationRowId.rowsOf(t).size()),
                        cells(15),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.longs().between(1, 1_000_000))
                    .as(
                        (a, numbers, c, pattern, seed) ->
                            runTogether(
                                new Contents(t, a, consistentT3(t, numbers), c), pattern, seed)));
  }

  /**
   * A table 三 that adds up: result rows from the numbers, R_TOTAL their sum, CARRY_IN and CARRY_OUT
   * from the numbers, NEW what the balance needs (CARRY_IN lowered when NEW would be negative), 总计
   * the sum of each row.
   */
  private static Map<ApplicationRowId, List<String>> consistentT3(
      Template t, List<Integer> numbers) {
    List<ApplicationRowId> ids = ApplicationRowId.rowsOf(t);
    Map<ApplicationRowId, long[]> rows = new EnumMap<>(ApplicationRowId.class);
    int at = 0;
    for (ApplicationRowId id : ids) {
      long[] v = new long[7];
      for (int c = 0; c < 6; c++) {
        v[c] = numbers.get(at++);
      }
      rows.put(id, v);
    }
    long[] total = rows.get(ApplicationRowId.R_TOTAL);
    Arrays.fill(total, 0);
    for (ApplicationRowId id : ids) {
      if (id.isResultPart()) {
        for (int c = 0; c < 6; c++) {
          total[c] += rows.get(id)[c];
        }
      }
    }
    long[] fresh = rows.get(ApplicationRowId.NEW);
    long[] carryIn = rows.get(ApplicationRowId.CARRY_IN);
    long[] carryOut = rows.get(ApplicationRowId.CARRY_OUT);
    for (int c = 0; c < 6; c++) {
      carryIn[c] = Math.min(carryIn[c], total[c] + carryOut[c]);
      fresh[c] = total[c] + carryOut[c] - carryIn[c];
    }
    Map<ApplicationRowId, List<String>> out = new EnumMap<>(ApplicationRowId.class);
    for (ApplicationRowId id : ids) {
      long[] v = rows.get(id);
      v[6] = v[0] + v[1] + v[2] + v[3] + v[4] + v[5];
      out.put(id, Arrays.stream(v).mapToObj(Long::toString).toList());
    }
    return out;
  }

  /**
   * Marks one or two rows as printed run together: {@code pattern} 0 one row, 1 two rows of the
   * balance, 2 two rows of the result sum, 3 R_TOTAL and a result row. Only rows of at most 20
   * digits (小计 included) qualify.
   */
  private static Contents runTogether(Contents contents, int pattern, long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<ApplicationRowId> ids = ApplicationRowId.rowsOf(contents.template());
    List<ApplicationRowId> balance =
        List.of(
            ApplicationRowId.NEW,
            ApplicationRowId.CARRY_IN,
            ApplicationRowId.R_TOTAL,
            ApplicationRowId.CARRY_OUT);
    List<ApplicationRowId> results = ids.stream().filter(ApplicationRowId::isResultPart).toList();
    List<ApplicationRowId> pool =
        switch (pattern) {
          case 1 -> balance;
          case 2 -> results;
          case 3 -> List.of(ApplicationRowId.R_TOTAL, results.get(random.nextInt(results.size())));
          default -> ids;
        };
    List<ApplicationRowId> shuffled = new ArrayList<>(pool);
    java.util.Collections.shuffle(shuffled, random);
    Map<ApplicationRowId, Contents.RunTogether> marked = new EnumMap<>(ApplicationRowId.class);
    for (ApplicationRowId id : shuffled) {
      if (marked.size() == (pattern == 0 ? 1 : 2)) {
        break;
      }
      List<String> cells = contents.t3().get(id);
      long subtotal = 0;
      for (int k = 1; k < 6; k++) {
        subtotal += Long.parseLong(cells.get(k));
      }
      if (String.join("", cells).length() + Long.toString(subtotal).length() <= 20) {
        marked.put(id, new Contents.RunTogether(random.nextBoolean(), random.nextLong()));
      }
    }
    return new Contents(contents.template(), contents.t2(), contents.t3(), contents.t4(), marked);
  }

  @Provide
  Arbitrary<Form> rowLayouts() {
    return Arbitraries.of(Form.TSV_ROWS, Form.PIPE_ROWS, Form.MARKDOWN);
  }

  @Provide
  Arbitrary<Form> cellLayouts() {
    return Arbitraries.of(Form.TAB_CELLS, Form.CELL_LINES);
  }

  static void check(Contents contents, Form form, Noise noise) {
    Rendering rendering = ReportRenderer.render(contents, form, noise);
    List<String> lines;
    int[] origin = null;
    if (form.html()) {
      assertThat(HtmlPage.looksLikeHtml(rendering.text())).isTrue();
      HtmlPage.Rendered page = HtmlPage.render(rendering.text());
      lines = page.lines();
      origin = page.sourceLine();
    } else {
      lines = Arrays.asList(rendering.text().split("\n", -1));
    }
    ReportTables t = TableReader.read(lines, SectionSplitter.split(lines));
    String context = form + " " + noise + "\n" + rendering.text();

    assertThat(t.template()).as(context).isEqualTo(contents.template());

    // Table 二
    assertThat(t.activeDisclosure()).as(context).isNotNull();
    int t2count = 0;
    for (Map.Entry<DisclosureItem, List<String>> e : contents.t2().entrySet()) {
      List<Measure> measures = e.getKey().measures(contents.template());
      for (int k = 0; k < measures.size(); k++) {
        String key = "T2:" + e.getKey() + "." + measures.get(k);
        DisclosureValue v = t.activeDisclosure().value(e.getKey(), measures.get(k)).orElse(null);
        assertThat(v).as(key + "\n" + context).isNotNull();
        assertSame(v.cell(), e.getValue().get(k), key, context);
        assertThat(line(v.sourceLine(), origin))
            .as(key + " line\n" + context)
            .isEqualTo(rendering.lines().get(key));
        t2count++;
      }
    }
    assertThat(t.activeDisclosure().values()).as(context).hasSize(t2count);

    // Table 三, against what the oracle works out from the printed fields: every cell as printed,
    // or the one reading the digits and the table's equations leave (RECOVERED), or none
    // (INCOMPLETE, with the problem that says why). One cell per line cannot show an empty cell:
    // a row printed with one is short and must come back INCOMPLETE, never with numbers shifted
    // into the wrong columns.
    boolean showsEmptyCells = form.layout() != CellLayout.LINE_CELL;
    Map<ApplicationRowId, List<String>> fields = new EnumMap<>(ApplicationRowId.class);
    for (ApplicationRowId id : ApplicationRowId.rowsOf(contents.template())) {
      fields.put(id, rendering.t3Fields().get("T3:" + id));
    }
    ApplicationTableOracle.Expected expectedT3 =
        ApplicationTableOracle.expect(
            contents.template(), fields, noise.subtotalColumn() ? 6 : -1, !showsEmptyCells);
    assertThat(t.applications()).as(context).isNotNull();
    assertThat(t.applications().rows())
        .as(context)
        .extracting(ApplicationRow::rowId)
        .containsExactlyElementsOf(ApplicationRowId.rowsOf(contents.template()));
    assertThat(t.applications().problems())
        .as(context)
        .containsExactlyElementsOf(expectedT3.problems());
    boolean anyRecovered = false;
    for (ApplicationRow row : t.applications().rows()) {
      List<String> expected = contents.t3().get(row.rowId());
      ApplicationTableOracle.Outcome outcome = expectedT3.rows().get(row.rowId());
      assertThat(line(row.sourceLine(), origin))
          .as(row.rowId() + " line\n" + context)
          .isEqualTo(rendering.lines().get("T3:" + row.rowId()));
      if (outcome.incomplete()) {
        assertThat(row.status()).as(row.rowId() + "\n" + context).isEqualTo(RowStatus.INCOMPLETE);
        assertThat(row.cells()).as(row.rowId() + "\n" + context).isEmpty();
        continue;
      }
      if (outcome.recovered() != null) {
        anyRecovered = true;
        assertThat(row.status()).as(row.rowId() + "\n" + context).isEqualTo(RowStatus.RECOVERED);
        assertThat(row.cells())
            .extracting(CellValue::value)
            .as(row.rowId() + "\n" + context)
            .containsExactlyElementsOf(
                Arrays.stream(outcome.recovered()).mapToObj(v -> (Double) (double) v).toList());
        continue;
      }
      assertThat(contents.runTogether())
          .as(row.rowId() + " run together, read as printed\n" + context)
          .doesNotContainKey(row.rowId());
      boolean blanks = expected.stream().anyMatch(RoundTripPropertiesTest::isBlank);
      assertThat(row.status())
          .as(row.rowId() + "\n" + context)
          .isEqualTo(blanks ? RowStatus.BLANKS : RowStatus.OK);
      for (int k = 0; k < 7; k++) {
        assertSame(row.cells().get(k), expected.get(k), row.rowId() + "[" + k + "]", context);
      }
    }
    assertThat(t.layout())
        .as(context)
        .isEqualTo(anyRecovered ? "run_together" : form.layout().code());

    // Table 四: one row of 15 cells; one cell per line with an empty cell cannot place any.
    assertThat(t.reviewLitigation()).as(context).isNotNull();
    long empties = contents.t4().stream().filter(String::isEmpty).count();
    boolean placeable = showsEmptyCells || empties == 0;
    assertThat(t.reviewLitigation().problems())
        .as(context)
        .containsExactlyElementsOf(
            placeable
                ? List.of()
                : List.of(
                    (15 - empties)
                        + " of 15 cells, one per line: empty cells cannot be placed; groups RV, LD,"
                        + " LR incomplete"));
    for (ReviewLitigationRow g : t.reviewLitigation().groups()) {
      if (!placeable) {
        assertThat(g.status()).as(g.group() + "\n" + context).isEqualTo(RowStatus.INCOMPLETE);
        assertThat(g.cells()).as(g.group() + "\n" + context).isEmpty();
        continue;
      }
      List<String> expected =
          contents.t4().subList(g.group().ordinal() * 5, g.group().ordinal() * 5 + 5);
      boolean blanks = expected.stream().anyMatch(RoundTripPropertiesTest::isBlank);
      assertThat(g.status())
          .as(g.group() + "\n" + context)
          .isEqualTo(blanks ? RowStatus.BLANKS : RowStatus.OK);
      for (int k = 0; k < 5; k++) {
        assertSame(g.cells().get(k), expected.get(k), g.group() + "[" + k + "]", context);
      }
      assertThat(line(g.sourceLine(), origin))
          .as(g.group() + " line\n" + context)
          .isEqualTo(rendering.lines().get("T4:" + g.group()));
    }
    assertThat(t.reviewLitigation().groups())
        .extracting(ReviewLitigationRow::group)
        .containsExactly(ReviewGroup.values());
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
      assertThat(cell.value())
          .as(what + " " + cell + "\n" + context)
          .isEqualTo(Double.parseDouble(printed));
    }
  }

  // ------------------------------------------------------------------ generators

  @Provide
  Arbitrary<Noise> noise() {
    return Combinators.combine(
            Arbitraries.of(true, false).list().ofSize(8), Arbitraries.longs().between(1, 1_000_000))
        .as(
            (b, seed) ->
                new Noise(
                    b.get(0), b.get(1), b.get(2), b.get(3), b.get(4), b.get(5), b.get(6), b.get(7),
                    seed));
  }

  @Provide
  Arbitrary<Contents> contents() {
    return Arbitraries.of(Template.T2019, Template.T2021)
        .flatMap(
            t ->
                Combinators.combine(t2(t), t3(t), cells(15))
                    .as((a, b, c) -> new Contents(t, a, b, c)));
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
    return cells(7)
        .list()
        .ofSize(ids.size())
        .map(
            rows -> {
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
      total += i.measures(t).size();
    }
    return Arbitraries.integers()
        .between(0, 99_999)
        .map(String::valueOf)
        .list()
        .ofSize(total)
        .map(
            values -> {
              Map<DisclosureItem, List<String>> out = new EnumMap<>(DisclosureItem.class);
              int at = 0;
              for (DisclosureItem i : items) {
                List<String> v = new ArrayList<>();
                for (int k = 0; k < i.measures(t).size(); k++) {
                  v.add(values.get(at++));
                }
                out.put(i, v);
              }
              return out;
            });
  }
}
