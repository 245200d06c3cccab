package ogireports.tables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import ogireports.model.ActiveDisclosureTable;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationTable;
import ogireports.model.LegacyIndicator;
import ogireports.model.ReportTables;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.ReviewLitigationTable;
import ogireports.model.RowStatus;
import ogireports.model.Section;
import ogireports.model.Template;
import ogireports.text.LineForms;
import ogireports.text.Normalise;
import ogireports.text.ParseBudget;
import ogireports.text.SectionSplitter;

/**
 * Reads tables 二, 三 and 四 from a report's lines, in any of the scraped layouts (spec §6).
 *
 * <p>Two readings of the same text are made when the first is not enough. By lines: the lines are
 * cut into cells ({@link CellCutter}), the layouts of spec §6. By labels: the text is laid out
 * again from the labels found in its character stream ({@link LabelStream}), for text with no line
 * structure (a page kept without markup, cells glued to labels) and for text extracted from PDFs
 * (rows as {@code label v1 … v7}, wrapped labels, page markers). Both are read by the same table
 * readers: each table is read from where its section starts, or, when the heading is missing, from
 * its own first cell: a {@code 第二十条第（…）项} caption for table 二, the corner note, {@code 申请人情况},
 * {@code 本年新收} or a whole row label for table 三, and the end of table 三 for table 四. Section
 * headings end every table. The template is decided from what was read ({@link TemplateDetector}).
 * A pre-2019 report yields its indicator tables ({@link LegacyIndicatorReader}) and none of tables
 * 二, 三, 四.
 *
 * <p>The reading by labels is made only when the reading by lines left a table absent or with rows
 * it could not read; then, table by table, the reading with more rows (groups, values) read wins,
 * the reading by lines on a tie.
 *
 * <p>{@code layout} names how the tables were laid out. The codes: {@code tab_cells}, {@code
 * tsv_rows}, {@code cell_lines}, {@code pipe_rows} (by lines); {@code label_stream} (by labels,
 * text with no usable line structure: one or a few lines, or cells glued to labels); {@code
 * pdf_text} (by labels, rows printed as {@code label v1 … v7} on lines, as PDF text extractors
 * print them); {@code mixed} when the tables differ; {@code none} without tables; {@code
 * run_together} whenever a table 三 row had to be recovered from digits whose separators were lost
 * or whose cells were broken over lines (the reading is then reconstructed, whatever the other
 * layouts); {@code ocr} when a table was read from the text with OCR's letters for digits and
 * misread labels undone, or with a spaced text's cells put together ({@link OcrTables}). ({@code
 * html} is set by the document reader.)
 *
 * <p>A text whose tables are not all read in full is read once more with OCR's confusions undone
 * ({@link OcrConfusions}) when it shows any: a scan's OCR text prints {@code O} for 0 and {@code l}
 * for 1 in cells and misreads the template's words. A table of that reading is kept only where its
 * own arithmetic confirms it ({@link OcrTables}). So is a text printed with a space between every
 * character and a wider gap between cells, with each cell's characters put together ({@link
 * SpacedCharacters}).
 */
public final class TableReader {

  /** The layout of a report whose table 三 had rows recovered from run-together digits. */
  static final String RUN_TOGETHER = "run_together";

  /** Tables read by labels from text with no usable line structure. */
  static final String LABEL_STREAM = CellLayout.LABEL_STREAM.code();

  /** Tables read by labels from rows printed as {@code label v1 … v7} on lines (PDF text). */
  static final String PDF_TEXT = "pdf_text";

  /** Source lines holding a label and its values that make a text PDF-like rows. */
  private static final int PDF_ROW_LINES = 5;

  private TableReader() {}

  /** The tables found and the template they follow; never throws, absent tables are null. */
  public static ReportTables read(List<String> lines, List<Section> sections) {
    return read(lines, sections, ParseBudget.UNLIMITED);
  }

  /**
   * Like {@link #read(List, List)}, checking {@code budget} (phase {@code tables}) while the text
   * is scanned by labels.
   *
   * @throws ParseBudget.Exceeded when the budget runs out
   */
  public static ReportTables read(List<String> lines, List<Section> sections, ParseBudget budget) {
    return read(LineForms.of(lines), sections, budget);
  }

  /**
   * {@code tables} with table 三's values taken away when a caption over it names another year than
   * the report's ({@code 表1　2019年度收到和处理…情况} in a report on 2020 whose own table the text's end cut
   * off): that table is another year's. Otherwise {@code tables} itself.
   */
  public static ReportTables ofTheReportsYear(ReportTables tables, LineForms forms, int year) {
    ApplicationTable t = tables.applications();
    if (t == null || t.rows().isEmpty()) {
      return tables;
    }
    int first = Integer.MAX_VALUE;
    for (ApplicationRow r : t.rows()) {
      first = Math.min(first, r.sourceLine());
    }
    int captioned = TableCaptions.applicationsCaptionYear(forms, first);
    if (captioned < 0 || captioned == year) {
      return tables;
    }
    List<ApplicationRow> rows = new ArrayList<>(t.rows().size());
    for (ApplicationRow r : t.rows()) {
      rows.add(
          new ApplicationRow(
              r.rowId(), r.label(), List.of(), RowStatus.INCOMPLETE, r.sourceLine()));
    }
    List<String> problems = new ArrayList<>(t.problems());
    problems.add(
        "the caption over table 三 names "
            + captioned
            + ", not the report's "
            + year
            + ": another year's table");
    return new ReportTables(
        tables.template(),
        tables.activeDisclosure(),
        new ApplicationTable(rows, problems),
        tables.reviewLitigation(),
        tables.layout(),
        tables.legacyIndicators());
  }

  /**
   * {@link #read(List, List, ParseBudget)} of lines whose squeezed forms are shared. Tables the
   * text does not give in full are read again from the text with OCR's confusions undone, when it
   * shows any, and kept where their arithmetic confirms them ({@link OcrTables}).
   */
  public static ReportTables read(LineForms forms, List<Section> sections, ParseBudget budget) {
    ReportTables printed = readAsPrinted(forms, sections, budget);
    if (isComplete(printed) || printed.template() == Template.PRE2019) {
      return printed;
    }
    List<String> together = SpacedCharacters.cellsOf(forms.lines());
    if (together != null) {
      budget.check("tables", forms.size()); // every line looked at for its spacing
      printed = OcrTables.confirmed(printed, readAgain(together, forms, budget));
      if (isComplete(printed)) {
        return printed;
      }
    }
    OcrConfusions.Corrected corrected = OcrConfusions.of(forms.lines());
    if (corrected == null) {
      return printed;
    }
    budget.check("tables", forms.size()); // every line looked at for OCR's confusions
    LineForms correctedForms = LineForms.of(corrected.lines());
    if (forms.lastLineCut()) {
      correctedForms.markLastLineCut();
    }
    ReportTables again =
        readAsPrinted(correctedForms, SectionSplitter.split(correctedForms, budget), budget);
    return OcrTables.confirmed(printed, again, forms.lines(), corrected.lines());
  }

  /** The tables of {@code lines}, a reading of the text {@code forms} holds, as printed. */
  private static ReportTables readAgain(List<String> lines, LineForms forms, ParseBudget budget) {
    LineForms again = LineForms.of(lines);
    if (forms.lastLineCut()) {
      again.markLastLineCut();
    }
    return readAsPrinted(again, SectionSplitter.split(again, budget), budget);
  }

  /** The tables of the text as printed, in any of the layouts. */
  private static ReportTables readAsPrinted(
      LineForms forms, List<Section> sections, ParseBudget budget) {
    List<String> beforeMark = MarkedCut.before(forms.lines());
    if (beforeMark != null) {
      // "… | 0 | 6…": the excerpt's end marks where it was cut
      forms = LineForms.of(beforeMark);
      forms.markLastLineCut();
    }
    forms = TableCaptions.relabel(forms);
    List<String> text = forms.lines();
    if (!forms.lastLineCut() && sections != null) {
      List<String> insideSection3 = MarkedCut.endingInSection3(text, sections);
      if (insideSection3 != null) {
        // "… | 0 | 6⏎": cut inside table 三, a line break written after the cut
        forms = LineForms.of(insideSection3);
        forms.markLastLineCut();
        text = forms.lines();
      }
    }
    int firstLabel = firstTableLabel(forms, budget);
    if (firstLabel < 0) {
      // no label of any table: nothing to read (a long page of prose costs no cells)
      return new ReportTables(Template.UNKNOWN, null, null, null, "none");
    }
    List<Section> found = sections == null ? SectionSplitter.split(text) : sections;
    ReportTables byLines = readByLines(forms, found);
    if (isComplete(byLines)) {
      return byLines;
    }
    ReportTables byLabels =
        readByLabels(text, labelsFrom(firstLabel, found), forms.lastLineCut(), budget);
    ReportTables best = better(byLines, byLabels);
    if (isComplete(best)) {
      return best;
    }
    return withColumnBlocks(best, ColumnBlocks.read(text, found, forms.lastLineCut(), budget));
  }

  /**
   * The tables of {@code best}, with table 三 or 四 as read by {@link ColumnBlocks} where that
   * reading read more of it (rows or groups).
   */
  static ReportTables withColumnBlocks(ReportTables best, ColumnBlocks.Reading columns) {
    if (best.template() == Template.PRE2019) {
      return best;
    }
    boolean t3 =
        columns.applications() != null
            && rowsRead(columns.applications()) > rowsRead(best.applications());
    boolean t4 =
        columns.review() != null
            && groupsRead(columns.review()) > groupsRead(best.reviewLitigation());
    if (!t3 && !t4) {
      return best;
    }
    ApplicationTable applications = t3 ? columns.applications() : best.applications();
    ReviewLitigationTable review = t4 ? columns.review() : best.reviewLitigation();
    Template template = best.template();
    if (template == Template.UNKNOWN && t3) {
      template = columns.template();
    }
    boolean others =
        best.activeDisclosure() != null || (!t3 && applications != null) || (!t4 && review != null);
    String layout = others && !"none".equals(best.layout()) ? "mixed" : ColumnBlocks.LAYOUT;
    return new ReportTables(template, best.activeDisclosure(), applications, review, layout);
  }

  /** Labels only the tables print; a text with none of them has no table to read by labels. */
  private static final List<String> TABLE_MARKERS = tableMarkers();

  private static final Markers TABLE_MARKER_SET = new Markers(TABLE_MARKERS);

  private static List<String> tableMarkers() {
    List<String> markers =
        new ArrayList<>(
            List.of(
                "本年新收", "上年结转", "予以公开", "结转下年", "行政复议", "行政诉讼", "第二十条", "申请人情况", "信息内容", "维持", "纠正",
                "审结", "自然人", "总计"));
    markers.addAll(Vocabulary.MARKERS_PRE2019);
    return List.copyOf(markers);
  }

  /**
   * True when a line prints one of the {@link #TABLE_MARKERS} (spaces inside it ignored): a text
   * with none has no table to read, and a long document with no table (a crawl holds many) should
   * not pay for cutting every line into cells.
   */
  static boolean printsTableLabels(List<String> text, ParseBudget budget) {
    return firstTableLabel(LineForms.of(text), budget) >= 0;
  }

  /** The first line (0-based) that prints one of the {@link #TABLE_MARKERS}, or -1. */
  private static int firstTableLabel(LineForms text, ParseBudget budget) {
    char[] buffer = new char[256];
    for (int i = 0; i < text.size(); i++) {
      budget.check("tables");
      String line = text.line(i);
      if (line == null || line.isEmpty()) {
        continue;
      }
      String probe =
          line.indexOf(' ') >= 0 || line.indexOf('\u3000') >= 0 || line.indexOf('\t') >= 0
              ? text.squeezed(i)
              : line;
      if (probe.length() > buffer.length) {
        buffer = new char[Math.max(probe.length(), 2 * buffer.length)];
      }
      if (TABLE_MARKER_SET.anyIn(probe, buffer)) {
        return i;
      }
    }
    return -1;
  }

  /** The reading by lines alone (the cell layouts of spec §6). */
  static ReportTables readByLines(List<String> text, List<Section> found) {
    return readByLines(LineForms.of(text), found);
  }

  private static ReportTables readByLines(LineForms forms, List<Section> found) {
    List<String> text = forms.lines();
    boolean[] headingLines = new boolean[forms.size() + 1]; // by 1-based line
    for (Section s : found) {
      if (s.headingLine() > 0 && s.headingLine() <= forms.size()) {
        headingLines[s.headingLine()] = true;
      }
    }
    int[] region = tableSections(found, forms.size());
    if (region != null) {
      List<Cell> cells = CellCutter.cut(forms, headingLines, region[0], region[1]);
      ReportTables tables = readCells(cells, bodyStarts(cells, found), text, null);
      boolean appendix =
          region[1] < forms.size()
              && (tables.applications() == null || tables.reviewLitigation() == null);
      if (tables.template() != Template.PRE2019 && !appendix) {
        return tables;
      }
      // a pre-2019 report: its indicator tables are looked for in every cell; a section 三 or 四
      // without its table: the table may follow the sections, as an appendix (附表, a sheet)
    }
    List<Cell> cells = CellCutter.cut(forms, headingLines, 0, forms.size());
    return readCells(cells, bodyStarts(cells, found), text, null);
  }

  /**
   * The lines the tables are read from when the headings of sections 二, 三 and 四 are all found
   * (0-based, from the heading of 二 to the heading after 四, both included, or to the end), else
   * null. Each table is then read from the body of its section, and every reading stops at the next
   * heading: the cells of the lines outside are never looked at, so they need not be cut (a
   * report's prose and page furniture are most of its characters).
   */
  private static int[] tableSections(List<Section> sections, int lines) {
    int from = -1;
    int to = lines;
    boolean t3 = false;
    boolean t4 = false;
    for (Section s : sections) {
      if (s.headingLine() <= 0) {
        continue;
      }
      switch (s.number()) {
        case 2 -> from = s.headingLine() - 1;
        case 3 -> t3 = true;
        case 4 -> t4 = true;
        default -> {
          if (s.number() > 4 && t4 && to == lines) {
            to = s.headingLine(); // the heading after 四, included
          }
        }
      }
    }
    return from >= 0 && t3 && t4 ? new int[] {from, to} : null;
  }

  /** The reading by labels alone ({@link LabelStream}). */
  static ReportTables readByLabels(List<String> text, ParseBudget budget) {
    return readByLabels(text, 0, false, budget);
  }

  /** Lines before the first table's are not laid out again: this many lines before it are. */
  private static final int LINES_BEFORE_TABLES = 3;

  /**
   * The line the reading by labels starts at (0-based): a few lines before the first line that
   * prints a table's label or the heading of section 二, whichever comes first. The prose before
   * (title, furniture, the overview: about 40% of a real page's characters) holds no table.
   */
  private static int labelsFrom(int firstLabel, List<Section> sections) {
    int from = firstLabel;
    for (Section s : sections) {
      if (s.number() == 2 && s.headingLine() > 0) {
        from = Math.min(from, s.headingLine() - 1);
      }
    }
    return Math.max(0, from - LINES_BEFORE_TABLES);
  }

  /**
   * The reading by labels alone ({@link LabelStream}); {@code lastLineCut}: the text's end cuts its
   * last line ({@link LineForms#lastLineCut}).
   */
  static ReportTables readByLabels(
      List<String> text, int from, boolean lastLineCut, ParseBudget budget) {
    LabelStream.Relaid relaid = LabelStream.relayout(text, from, budget);
    List<Section> found = SectionSplitter.split(relaid.lines(), budget);
    Set<Integer> headingLines = new HashSet<>();
    for (Section s : found) {
      if (s.headingLine() > 0) {
        headingLines.add(s.headingLine());
      }
    }
    List<Cell> laidOut = CellCutter.cut(relaid.lines(), headingLines);
    int[] starts = bodyStarts(laidOut, found);
    List<Cell> cells = new ArrayList<>(laidOut.size());
    for (Cell c : laidOut) {
      int line =
          c.line() >= 1 && c.line() <= relaid.sourceLines().length
              ? relaid.sourceLines()[c.line() - 1]
              : c.line();
      Cell cell =
          new Cell(
              c.raw(), c.text(), line, c.row(), CellLayout.LABEL_STREAM, c.heading(), c.isValue());
      if (lastLineCut && line == text.size()) {
        cell.markCutShort();
      }
      cells.add(cell);
    }
    String layout = relaid.rowLines() >= PDF_ROW_LINES ? PDF_TEXT : LABEL_STREAM;
    return readCells(cells, starts, text, layout);
  }

  /**
   * Index of the first cell after each section's heading (1–6), -1 without heading, {@code
   * cells.size()} when no cell follows it.
   */
  private static int[] bodyStarts(List<Cell> cells, List<Section> sections) {
    // the heading line of each section (its first section of that number with a heading line)
    int[] headings = new int[7];
    int open = 0;
    for (int n = 1; n <= 6; n++) {
      for (Section s : sections) {
        if (s.number() == n && s.headingLine() > 0) {
          headings[n] = s.headingLine();
          open++;
          break;
        }
      }
    }
    int[] starts = new int[7];
    for (int n = 1; n <= 6; n++) {
      starts[n] = headings[n] > 0 ? cells.size() : -1;
    }
    // one pass over the cells for all the headings: the first cell after each
    for (int i = 0; i < cells.size() && open > 0; i++) {
      int line = cells.get(i).line();
      for (int n = 1; n <= 6; n++) {
        if (headings[n] > 0 && starts[n] == cells.size() && line > headings[n]) {
          starts[n] = i;
          open--;
        }
      }
    }
    return starts;
  }

  /**
   * Reads the tables from cut cells. {@code streamLayout} is the layout code of a reading by
   * labels, null for a reading by lines (its layout comes from its cells).
   */
  private static ReportTables readCells(
      List<Cell> cells, int[] bodyStarts, List<String> text, String streamLayout) {
    // Table 二: from section 二 or its first caption, up to table 三.
    int t2From = bodyStarts[2];
    if (t2From < 0) {
      t2From = firstIndex(cells, 0, c -> c.text().startsWith(Vocabulary.T2_CAPTION));
    }

    // Table 三: from section 三 or its first header cell or row.
    int t3From = bodyStarts[3];
    if (t3From < 0) {
      t3From = firstIndex(cells, Math.max(t2From, 0), TableReader::startsApplicationTable);
    }
    if (t3From < 0 && streamLayout != null) {
      t3From = firstIndex(cells, Math.max(t2From, 0), TableReader::isWholeRowLabel);
    }
    ApplicationTableReader.Reading t3 = null;
    if (t3From >= 0) {
      ApplicationTableReader.Reading reading =
          ApplicationTableReader.read(cells, t3From, cells.size());
      t3 = reading.found() ? reading : null;
      if (t3 != null) {
        ApplicationTableReader.Reading later = laterYearsTable(cells, t3From, t3, bodyStarts[4]);
        if (later == null) {
          later = correctedTable(cells, t3From, t3, bodyStarts[4]);
        }
        if (later == null && voidAlone(cells, t3From, t3, bodyStarts[4])) {
          // "更正前：" over the only table 三 the text holds (the corrected one cut off): its values
          // are the ones the page withdrew
          later = t3.withoutValues();
        }
        t3 = later != null ? later : t3;
      }
    }
    if (t3 == null && bodyStarts[3] >= 0) {
      // section 三 holds no table but points to one after the sections (见表三, 详见附表): the first
      // header of table 三 after its heading starts it
      int appendix = firstIndex(cells, bodyStarts[3], TableReader::startsApplicationTable);
      if (appendix > t3From) {
        ApplicationTableReader.Reading reading =
            ApplicationTableReader.read(cells, appendix, cells.size());
        if (reading.found()) {
          t3 = reading;
        }
      }
    }
    int t2To = t3From >= 0 ? headingBefore(cells, t3From) : cells.size();

    // Table 四: from section 四, else where table 三 ended, else after table 二.
    int t4From = bodyStarts[4];
    if (t4From < 0 && t3 != null) {
      t4From = t3.end();
    }
    if (t4From < 0 && t3From >= 0) {
      t4From = t3From;
    }
    if (t4From < 0 && streamLayout != null) {
      t4From = Math.max(t2From, 0);
    }
    ReviewLitigationReader.Reading t4 =
        t4From >= 0
            ? ReviewLitigationReader.read(cells, t4From, cells.size(), t4From == bodyStarts[4])
            : null;
    if ((t4 == null || t4.table() == null) && bodyStarts[4] >= 0) {
      // section 四 holds no table: the first cell naming 行政复议 after the sections (or after table
      // 三 where that followed them) starts it
      int after = Math.max(bodyStarts[4], t3 != null && t3.end() > bodyStarts[4] ? t3.end() : 0);
      for (int n = 5; n <= 6; n++) {
        after = Math.max(after, bodyStarts[n]);
      }
      int appendix = firstIndex(cells, after, TableReader::startsReviewTable);
      if (appendix >= 0) {
        ReviewLitigationReader.Reading reading =
            ReviewLitigationReader.read(cells, appendix, cells.size(), false);
        if (reading.table() != null) {
          t4 = reading;
        }
      }
    }

    int t3To = t3 == null ? t3From : t3.end();
    String tableText = texts(cells, Math.max(t2From, 0), t2From >= 0 ? t2To : 0, t3From, t3To);
    Template template = TemplateDetector.detect(tableText, t3, () -> documentText(text));
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

    ActiveDisclosureTable activeDisclosure =
        t2 == null ? null : new ActiveDisclosureTable(t2.values());
    ApplicationTable applications =
        t3 == null ? null : ApplicationTableReader.toTable(t3, template);
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
    if (streamLayout != null && !layouts.isEmpty()) {
      layout = streamLayout;
    }
    if (hasRecoveredRows(applications)) {
      layout = RUN_TOGETHER;
    }
    return new ReportTables(template, activeDisclosure, applications, reviewLitigation, layout);
  }

  private static boolean hasRecoveredRows(ApplicationTable applications) {
    if (applications == null) {
      return false;
    }
    for (ApplicationRow r : applications.rows()) {
      if (r.status() == RowStatus.RECOVERED) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the reading by lines needs no other: every table found, table 三 with all the rows of
   * its template read, table 四 with its three groups; or a pre-2019 report.
   */
  static boolean isComplete(ReportTables t) {
    if (t.template() == Template.PRE2019) {
      return true;
    }
    return t.activeDisclosure() != null
        && rowsRead(t.applications()) >= Vocabulary.rowsOf(t.template()).size()
        && groupsRead(t.reviewLitigation()) == ReviewGroup.values().length;
  }

  /** Table 三 rows with cells (read, blank or recovered). */
  static int rowsRead(ApplicationTable table) {
    if (table == null) {
      return 0;
    }
    int n = 0;
    for (ApplicationRow r : table.rows()) {
      if (r.status() != RowStatus.INCOMPLETE) {
        n++;
      }
    }
    return n;
  }

  /** Table 四 groups with cells. */
  static int groupsRead(ReviewLitigationTable table) {
    if (table == null) {
      return 0;
    }
    int n = 0;
    for (ReviewLitigationRow r : table.groups()) {
      if (r.status() != RowStatus.INCOMPLETE) {
        n++;
      }
    }
    return n;
  }

  /**
   * True when the reading by lines read table 三 rows each on a line of its own: the lines keep the
   * row structure (and, in tab or TSV rows, the columns), which a reading by labels cannot improve
   * on. Rows split back from run-together digits ({@link RowStatus#RECOVERED}) do not count: their
   * lines lost the columns, and where two rows are glued on one line ({@code …申请数量 95 0 0 0 0 0
   * 95二、上年结转…}) the reading by lines misses the second.
   */
  private static boolean rowsOnTheirOwnLines(ApplicationTable table) {
    if (table == null) {
      return false;
    }
    Set<Integer> lines = new HashSet<>();
    int read = 0;
    for (ApplicationRow r : table.rows()) {
      if (r.status() == RowStatus.OK || r.status() == RowStatus.BLANKS) {
        read++;
        lines.add(r.sourceLine());
      }
    }
    return read >= 3 && lines.size() == read;
  }

  /**
   * Rows read for their 总计 alone ({@link ApplicationRow#totalOnly()}): on a tie of rows read, the
   * reading with more wins (a PDF text printing a row's non-zero cells and its 总计 on the label's
   * line is read so by labels, while its lines alone place none).
   */
  private static int totalsOnly(ApplicationTable table) {
    return (int) table.rows().stream().filter(ApplicationRow::totalOnly).count();
  }

  /**
   * Rows with blank cells: on a tie, the reading with fewer wins (a text whose lines were joined
   * can make the reading by lines take a span placeholder for a blank cell).
   */
  private static int blankRows(ApplicationTable table) {
    return (int) table.rows().stream().filter(r -> r.status() == RowStatus.BLANKS).count();
  }

  private static int blankGroups(ReviewLitigationTable table) {
    return (int) table.groups().stream().filter(r -> r.status() == RowStatus.BLANKS).count();
  }

  /** Table 二 values read as numbers. */
  static int valuesRead(ActiveDisclosureTable table) {
    return table == null
        ? 0
        : (int) table.values().stream().filter(v -> v.cell().isNumber()).count();
  }

  /**
   * Table by table, the reading with more read (the reading by lines on a tie); the template of the
   * reading whose table 三 was kept (or, without table 三 in either, of the one that has a template);
   * the layout of the reading the tables came from, {@code mixed} when both gave one.
   */
  static ReportTables better(ReportTables byLines, ReportTables byLabels) {
    if (byLines.template() == Template.PRE2019 || byLabels.template() == Template.PRE2019) {
      return byLines.template() == Template.PRE2019 || byLabels.isEmpty() ? byLines : byLabels;
    }
    boolean t2 = valuesRead(byLabels.activeDisclosure()) > valuesRead(byLines.activeDisclosure());
    int rows = Integer.compare(rowsRead(byLabels.applications()), rowsRead(byLines.applications()));
    int totals =
        rows != 0 || byLines.applications() == null || byLabels.applications() == null
            ? 0
            : Integer.compare(
                totalsOnly(byLabels.applications()), totalsOnly(byLines.applications()));
    boolean t3 =
        !rowsOnTheirOwnLines(byLines.applications()) && rows > 0
            || totals > 0
            || (rows == 0
                && totals == 0
                && byLines.applications() != null
                && byLabels.applications() != null
                && blankRows(byLabels.applications()) < blankRows(byLines.applications()))
            || (byLines.applications() == null && byLabels.applications() != null);
    int groups =
        Integer.compare(
            groupsRead(byLabels.reviewLitigation()), groupsRead(byLines.reviewLitigation()));
    boolean t4 =
        groups > 0
            || (groups == 0
                && byLines.reviewLitigation() != null
                && byLabels.reviewLitigation() != null
                && blankGroups(byLabels.reviewLitigation())
                    < blankGroups(byLines.reviewLitigation()))
            || (byLines.reviewLitigation() == null && byLabels.reviewLitigation() != null);
    if (!t2 && !t3 && !t4) {
      return byLines;
    }
    if (t2 && t3 && t4) {
      return byLabels;
    }
    ActiveDisclosureTable active = t2 ? byLabels.activeDisclosure() : byLines.activeDisclosure();
    ApplicationTable applications = t3 ? byLabels.applications() : byLines.applications();
    ReviewLitigationTable review = t4 ? byLabels.reviewLitigation() : byLines.reviewLitigation();
    Template template;
    if (applications != null) {
      template = t3 ? byLabels.template() : byLines.template();
    } else {
      template = byLines.template() != Template.UNKNOWN ? byLines.template() : byLabels.template();
    }
    boolean fromLines =
        (!t2 && active != null) || (!t3 && applications != null) || (!t4 && review != null);
    String layout = fromLines && !"none".equals(byLines.layout()) ? "mixed" : byLabels.layout();
    if (hasRecoveredRows(applications)) {
      layout = RUN_TOGETHER;
    }
    return new ReportTables(template, active, applications, review, layout);
  }

  /** True for a cell that is a whole row label of table 三 as the template prints it. */
  private static boolean isWholeRowLabel(Cell c) {
    if (c.isProse() || !c.isText()) {
      return false;
    }
    for (Vocabulary.T3Label label : Vocabulary.T3_LABELS) {
      if (!label.isGroup() && label.label().length() >= 5 && c.text().equals(label.label())) {
        return true;
      }
    }
    return false;
  }

  /** True for a cell of table 四's header: 行政复议 in a cell of its own, no prose. */
  private static boolean startsReviewTable(Cell c) {
    return !c.isProse() && c.isText() && c.text().contains(Vocabulary.T4_REVIEW);
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

  /**
   * The second table 三 of section 三 when captions give the two tables years and the second's is the
   * later ({@code 表1 2019年度收到和处理政府信息公开申请情况} … {@code 表2 2020年度…}: a body formed in 2019 reporting
   * that year's applications with its own), else null. The report's year is the later one (a report
   * never prints next year's table); read by position, the first table's values would be taken for
   * the report's. Tables without such captions (a subordinate body's table after the body's own)
   * are left as read.
   */
  private static ApplicationTableReader.Reading laterYearsTable(
      List<Cell> cells, int from, ApplicationTableReader.Reading first, int t4From) {
    int end = t4From > first.end() ? t4From : cells.size();
    int next = firstIndex(cells, first.end(), TableReader::startsApplicationTable);
    int firstStart = firstIndex(cells, from, TableReader::startsApplicationTable);
    if (next < 0 || next >= end || firstStart < 0) {
      return null;
    }
    int firstYear = captionYear(cells, from, firstStart);
    int nextYear = captionYear(cells, first.end(), next);
    if (firstYear < 0 || nextYear <= firstYear) {
      return null;
    }
    ApplicationTableReader.Reading later = ApplicationTableReader.read(cells, next, cells.size());
    return later.found() ? later : null;
  }

  /**
   * Most cells between a table's caption and its first header cell (a caption found by labels is
   * cut into words and numbers: {@code 表}, {@code 2}, {@code 2020}, {@code 年度收到和处理…}).
   */
  private static final int CAPTION_REACH = 6;

  /** Words printed over a table that is void: a 更正说明's table before its correction. */
  private static final List<String> VOID_MARKS = List.of("更正前", "作废", "原表");

  /**
   * The table 三 printed after the first when words over the first mark it void ({@code 更正前：},
   * {@code 已作废}, {@code 原表}) and none mark the second so, both before table 四; else null. A 更正说明
   * page prints the table before its correction and the corrected one: the corrected one is the
   * report's (probe19 a05).
   */
  private static ApplicationTableReader.Reading correctedTable(
      List<Cell> cells, int from, ApplicationTableReader.Reading first, int t4From) {
    int end = t4From > first.end() ? t4From : cells.size();
    int firstStart = firstIndex(cells, from, TableReader::startsApplicationTable);
    int next = firstIndex(cells, first.end(), TableReader::startsApplicationTable);
    if (firstStart < 0
        || next < 0
        || next >= end
        || !markedVoid(cells, Math.max(0, firstStart - CAPTION_REACH), firstStart)
        || markedVoid(cells, Math.max(first.end(), next - CAPTION_REACH), next)) {
      return null;
    }
    ApplicationTableReader.Reading corrected =
        ApplicationTableReader.read(cells, next, cells.size());
    return corrected.found() ? corrected : null;
  }

  /**
   * True when words over the table 三 that starts at {@code from} mark it void ({@link #VOID_MARKS})
   * and no other table 三 follows it before table 四: the page's corrected table is not in the text.
   */
  private static boolean voidAlone(
      List<Cell> cells, int from, ApplicationTableReader.Reading first, int t4From) {
    int end = t4From > first.end() ? t4From : cells.size();
    int firstStart = firstIndex(cells, from, TableReader::startsApplicationTable);
    if (firstStart < 0 || !markedVoid(cells, Math.max(0, firstStart - CAPTION_REACH), firstStart)) {
      return false;
    }
    int next = firstIndex(cells, first.end(), TableReader::startsApplicationTable);
    return next < 0 || next >= end;
  }

  /** How many of a longer cell's last characters may hold a caption run into it. */
  private static final int CAPTION_TAIL = 60;

  /**
   * True when a cell of {@code [from, to)} short enough to be a caption marks a table void, or a
   * longer one ends with such a caption ({@code …现更正如下：更正前：(本列数据的勾稽关系为…)}: a page whose lines were
   * joined runs the caption into the sentence before it and the table's note after it).
   */
  private static boolean markedVoid(List<Cell> cells, int from, int to) {
    for (int i = from; i < to; i++) {
      String t = cells.get(i).text();
      if (t.length() > Cell.MAX_CELL_CHARS) {
        t = t.substring(t.length() - CAPTION_TAIL);
      }
      for (String mark : VOID_MARKS) {
        if (t.contains(mark)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The year of a table's caption ({@code 表2　2020年度收到和处理…情况}) in the texts of the last cells of
   * {@code [from, to)} and of the table's first cell {@code to} run together (the caption glued to
   * the header when the lines are lost), or -1. The caption's number and year may have lost the
   * space between them ({@code 表22020年度}): the year is the four digits before {@code 年}.
   */
  private static int captionYear(List<Cell> cells, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = Math.max(from, to - CAPTION_REACH); i <= to && i < cells.size(); i++) {
      String t = cells.get(i).text();
      if (t.length() <= Cell.MAX_CELL_CHARS) {
        b.append(t);
      }
    }
    String t = b.toString();
    int caption = t.lastIndexOf('表');
    if (caption < 0) {
      return -1;
    }
    int k = caption + 1;
    while (k < t.length()
        && (Character.isDigit(t.charAt(k)) || Character.isSpaceChar(t.charAt(k)))) {
      k++;
    }
    if (k >= t.length() || t.charAt(k) != '年' || k - caption < 5) {
      return -1;
    }
    String year = t.substring(k - 4, k);
    if ((!year.startsWith("19") && !year.startsWith("20"))
        || !Character.isDigit(year.charAt(2))
        || !Character.isDigit(year.charAt(3))) {
      return -1;
    }
    return Integer.parseInt(year);
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

  /**
   * The texts of the cells that are no prose in {@code [from, to)} and then in {@code [from2,
   * to2)}, concatenated: copied once into an array of their length.
   */
  private static String texts(List<Cell> cells, int from, int to, int from2, int to2) {
    int length = textLength(cells, from, to) + textLength(cells, from2, to2);
    char[] out = new char[length];
    int n = copyTexts(cells, from, to, out, 0);
    copyTexts(cells, from2, to2, out, n);
    return new String(out);
  }

  private static int textLength(List<Cell> cells, int from, int to) {
    int n = 0;
    for (int i = Math.max(from, 0); i < to && i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (!c.isProse()) {
        n += c.text().length();
      }
    }
    return n;
  }

  private static int copyTexts(List<Cell> cells, int from, int to, char[] out, int at) {
    for (int i = Math.max(from, 0); i < to && i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (!c.isProse()) {
        String t = c.text();
        t.getChars(0, t.length(), out, at);
        at += t.length();
      }
    }
    return at;
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
    return Tally.mostFrequent(counts).map(CellLayout::code);
  }
}
