package ogireports.tables;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import ogireports.model.ActiveDisclosureTable;
import ogireports.model.ApplicationTable;
import ogireports.model.LegacyIndicator;
import ogireports.model.ReportTables;
import ogireports.model.ReviewLitigationTable;
import ogireports.model.RowStatus;
import ogireports.model.Section;
import ogireports.model.Template;
import ogireports.text.Normalise;
import ogireports.text.SectionSplitter;

/**
 * Reads tables 二, 三 and 四 from a report's lines, in any of the scraped layouts (spec §6).
 *
 * <p>The lines are cut into cells ({@link CellCutter}); each table is then read from where its
 * section starts, or, when the heading is missing, from its own first cell: a {@code
 * 第二十条第（…）项} caption for table 二, the corner note, {@code 申请人情况} or {@code 本年新收}
 * for table 三, and the end of table 三 for table 四. Section headings end every table. The
 * template is decided from what was read ({@link TemplateDetector}). A pre-2019 report yields its
 * indicator tables ({@link LegacyIndicatorReader}) and none of tables 二, 三, 四.
 *
 * <p>{@code layout} names how the tables were laid out: {@code tab_cells}, {@code tsv_rows},
 * {@code cell_lines}, {@code pipe_rows}, {@code mixed} when the tables differ, {@code none}
 * without tables; {@code run_together} whenever a table 三 row had to be recovered from digits
 * whose separators were lost (the reading is then reconstructed, whatever the other layouts).
 */
public final class TableReader {

  /** The layout of a report whose table 三 had rows recovered from run-together digits. */
  static final String RUN_TOGETHER = "run_together";

  private TableReader() {}

  /** The tables found and the template they follow; never throws, absent tables are null. */
  public static ReportTables read(List<String> lines, List<Section> sections) {
    List<String> text = lines == null ? List.of() : lines;
    List<Section> found = sections == null ? SectionSplitter.split(text) : sections;
    Set<Integer> headingLines = new HashSet<>();
    for (Section s : found) {
      if (s.headingLine() > 0) {
        headingLines.add(s.headingLine());
      }
    }
    List<Cell> cells = CellCutter.cut(text, headingLines);

    // Table 二: from section 二 or its first caption, up to table 三.
    int t2From = bodyStart(cells, found, 2);
    if (t2From < 0) {
      t2From = firstIndex(cells, 0, c -> c.text().startsWith(Vocabulary.T2_CAPTION));
    }

    // Table 三: from section 三 or its first header cell or row.
    int t3From = bodyStart(cells, found, 3);
    if (t3From < 0) {
      t3From = firstIndex(cells, Math.max(t2From, 0), TableReader::startsApplicationTable);
    }
    ApplicationTableReader.Reading t3 = null;
    if (t3From >= 0) {
      ApplicationTableReader.Reading reading =
          ApplicationTableReader.read(cells, t3From, cells.size());
      t3 = reading.found() ? reading : null;
    }
    int t2To = t3From >= 0 ? headingBefore(cells, t3From) : cells.size();

    // Table 四: from section 四, else where table 三 ended, else after table 二.
    int t4From = bodyStart(cells, found, 4);
    if (t4From < 0 && t3 != null) {
      t4From = t3.end();
    }
    if (t4From < 0 && t3From >= 0) {
      t4From = t3From;
    }
    ReviewLitigationReader.Reading t4 =
        t4From >= 0 ? ReviewLitigationReader.read(cells, t4From, cells.size()) : null;

    StringBuilder tableText = new StringBuilder();
    if (t2From >= 0) {
      appendTexts(tableText, cells, t2From, t2To);
    }
    if (t3 != null) {
      appendTexts(tableText, cells, t3From, t3.end());
    }
    Template template = TemplateDetector.detect(tableText.toString(), t3, () -> documentText(text));
    if (template == Template.PRE2019) {
      List<LegacyIndicator> legacy = LegacyIndicatorReader.read(cells);
      String layout = legacy.isEmpty() ? "none" : layoutOfLegacy(cells, legacy);
      return new ReportTables(template, null, null, null, layout, legacy);
    }

    ActiveDisclosureReader.Reading t2 = null;
    if (t2From >= 0) {
      ActiveDisclosureReader.Reading reading =
          ActiveDisclosureReader.read(cells, t2From, t2To, template);
      t2 = reading.values().isEmpty() ? null : reading;
    }

    ActiveDisclosureTable activeDisclosure = t2 == null ? null : new ActiveDisclosureTable(t2.values());
    ApplicationTable applications = t3 == null ? null : ApplicationTableReader.toTable(t3, template);
    ReviewLitigationTable reviewLitigation = t4 == null ? null : t4.table();

    Set<String> layouts = new TreeSet<>();
    if (t2 != null) {
      layoutOf(t2.layouts()).ifPresent(layouts::add);
    }
    if (t3 != null) {
      layoutOf(t3.layouts()).ifPresent(layouts::add);
    }
    if (reviewLitigation != null) {
      layoutOf(t4.layouts()).ifPresent(layouts::add);
    }
    String layout =
        layouts.isEmpty() ? "none" : layouts.size() == 1 ? layouts.iterator().next() : "mixed";
    if (applications != null
        && applications.rows().stream().anyMatch(r -> r.status() == RowStatus.RECOVERED)) {
      layout = RUN_TOGETHER;
    }
    return new ReportTables(template, activeDisclosure, applications, reviewLitigation, layout);
  }

  /** True for the first cell of table 三 when its section heading is missing. */
  private static boolean startsApplicationTable(Cell c) {
    if (c.isProse() || !c.isText()) {
      return false;
    }
    for (String marker : Vocabulary.T3_HEADER_MARKERS) {
      if (c.text().contains(marker)) {
        return true;
      }
    }
    return c.text().contains(Vocabulary.T3_LABELS.get(0).key());
  }

  /** Index of the first cell after the heading of section {@code n}, or -1 without heading. */
  private static int bodyStart(List<Cell> cells, List<Section> sections, int n) {
    for (Section s : sections) {
      if (s.number() == n && s.headingLine() > 0) {
        for (int i = 0; i < cells.size(); i++) {
          if (cells.get(i).line() > s.headingLine()) {
            return i;
          }
        }
        return cells.size();
      }
    }
    return -1;
  }

  /** The heading cell just before {@code index}, if any, else {@code index}. */
  private static int headingBefore(List<Cell> cells, int index) {
    return index > 0 && cells.get(index - 1).heading() ? index - 1 : index;
  }

  private static int firstIndex(List<Cell> cells, int from, Predicate<Cell> p) {
    for (int i = from; i < cells.size(); i++) {
      if (p.test(cells.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static void appendTexts(StringBuilder out, List<Cell> cells, int from, int to) {
    for (int i = from; i < to && i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (!c.isProse()) {
        out.append(c.text());
      }
    }
  }

  private static String documentText(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(Normalise.label(line));
    }
    return out.toString();
  }

  /** The layout of the cells an indicator table was read from. */
  private static String layoutOfLegacy(List<Cell> cells, List<LegacyIndicator> legacy) {
    Map<CellLayout, Integer> counts = new java.util.EnumMap<>(CellLayout.class);
    Set<Integer> lines = new HashSet<>();
    for (LegacyIndicator i : legacy) {
      lines.add(i.sourceLine());
    }
    for (Cell c : cells) {
      if (lines.contains(c.line())) {
        counts.merge(c.layout(), 1, Integer::sum);
      }
    }
    return layoutOf(counts).orElse("none");
  }

  /** The layout most of a table's cells have, or empty when it has none. */
  private static Optional<String> layoutOf(Map<CellLayout, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<CellLayout, Integer>comparingByValue()
            .thenComparing(e -> -e.getKey().ordinal()))
        .map(e -> e.getKey().code());
  }
}
