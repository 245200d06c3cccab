package ogireports.tables.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ogireports.model.ApplicationRowId;
import ogireports.model.DisclosureItem;
import ogireports.model.ReviewGroup;
import ogireports.model.Template;
import ogireports.tables.CellLayout;

/**
 * Renders known table contents as a whole report in one scraped layout, with noise, and records
 * where each row label and value went (1-based line of the rendered text, or of the HTML source).
 */
public final class ReportRenderer {

  /**
   * The form a report is printed in: its tables in one of the parser's cell layouts, the pipe rows
   * as Markdown ({@code | a | b |} with a {@code ---} rule under the first row), or the whole
   * report as an HTML page (the parser renders its tables to tab-separated rows).
   *
   * @param layout the layout the parser must name for the tables ({@link CellLayout#code()})
   * @param markdown pipe rows in Markdown form ({@code layout} is {@link CellLayout#PIPE_FIELD})
   * @param html an HTML page ({@code layout} is {@link CellLayout#ROW_FIELD})
   */
  public record Form(CellLayout layout, boolean markdown, boolean html) {

    public static final Form TAB_CELLS = of(CellLayout.TAB_CELL);
    public static final Form TSV_ROWS = of(CellLayout.ROW_FIELD);
    public static final Form CELL_LINES = of(CellLayout.LINE_CELL);
    public static final Form PIPE_ROWS = of(CellLayout.PIPE_FIELD);
    public static final Form MARKDOWN = new Form(CellLayout.PIPE_FIELD, true, false);
    public static final Form HTML = new Form(CellLayout.ROW_FIELD, false, true);

    /** Every form, text forms first. */
    public static final List<Form> ALL =
        List.of(TAB_CELLS, TSV_ROWS, CELL_LINES, PIPE_ROWS, MARKDOWN, HTML);

    public Form {
      if (layout == CellLayout.LABEL_STREAM
          || (markdown && layout != CellLayout.PIPE_FIELD)
          || (html && (markdown || layout != CellLayout.ROW_FIELD))) {
        throw new IllegalArgumentException(
            "no printed form: " + layout + (markdown ? " markdown" : "") + (html ? " html" : ""));
      }
    }

    /** The plain text form of a layout. */
    public static Form of(CellLayout layout) {
      return new Form(layout, false, false);
    }

    @Override
    public String toString() {
      return html ? "html" : markdown ? "markdown " + layout.code() : layout.code();
    }
  }

  /**
   * A rendered report.
   *
   * @param text the report text (HTML source for {@link Form#HTML})
   * @param lines where keys went: {@code T3:NEW} (row label), {@code T2:RULE.MADE} (value), {@code
   *     T4:REVIEW} (first value of a group) → 1-based line
   * @param t3Fields the value fields printed for each table 三 row ({@code T3:NEW}), in order, 小计
   *     included, before noise
   */
  public record Rendering(
      String text, Map<String, Integer> lines, Map<String, List<String>> t3Fields) {}

  /** One cell of a logical table row. */
  record Spec(String text, String key, int colspan, int rowspan, boolean label) {
    static Spec label(String text, String key, int colspan, int rowspan) {
      return new Spec(text, key, colspan, rowspan, true);
    }

    static Spec head(String text, int colspan, int rowspan) {
      return new Spec(text, null, colspan, rowspan, false);
    }

    static Spec value(String text, String key) {
      return new Spec(text, key, 1, 1, false);
    }
  }

  /** A line of text or a table ({@code applications}: table 三). */
  record Block(String line, List<List<Spec>> table, boolean applications) {}

  private final Contents contents;
  private final Noise noise;
  private final Random random;
  private final Map<String, List<String>> t3Fields = new HashMap<>();

  private ReportRenderer(Contents contents, Noise noise) {
    this.contents = contents;
    this.noise = noise;
    this.random = new Random(noise.seed());
  }

  /** Renders the report. */
  public static Rendering render(Contents contents, Form form, Noise noise) {
    ReportRenderer r = new ReportRenderer(contents, noise);
    List<Block> blocks = r.blocks();
    if (form.html()) {
      return r.html(blocks);
    }
    return switch (form.layout()) {
      case TAB_CELL -> r.tabCells(blocks);
      case ROW_FIELD -> r.rows(blocks, "\t", "", "", false);
      case PIPE_FIELD ->
          form.markdown()
              ? r.rows(blocks, " | ", "| ", " |", true)
              : r.rows(blocks, " | ", "", " |", false);
      case LINE_CELL -> r.cellLines(blocks);
      case LABEL_STREAM -> throw new IllegalArgumentException("no printed form: " + form);
    };
  }

  // ---------------------------------------------------------------- report structure

  private List<Block> blocks() {
    Template t = contents.template();
    List<Block> out = new ArrayList<>();
    out.add(line("某某县应急管理局" + (t == Template.T2021 ? "2021" : "2020") + "年政府信息公开工作年度报告"));
    out.add(line("一、总体情况"));
    out.add(line("本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开各项工作，现将有关情况报告如下。"));
    out.add(line("二、主动公开政府信息情况"));
    out.add(new Block(null, t2Table(), false));
    out.add(line("三、收到和处理政府信息公开申请情况"));
    out.add(new Block(null, t3Table(), true));
    if (!noise.dropT4Heading()) {
      out.add(line("四、政府信息公开行政复议、行政诉讼情况"));
    }
    out.add(new Block(null, t4Table(), false));
    out.add(line("五、存在的主要问题及改进情况"));
    out.add(line("一是公开内容还不够全面；二是解读形式较为单一。下一步，我局将进一步加强政府信息公开工作。"));
    out.add(line("六、其他需要报告的事项"));
    out.add(line("无。"));
    return out;
  }

  private static Block line(String s) {
    return new Block(s, null, false);
  }

  private List<List<Spec>> t2Table() {
    Template t = contents.template();
    boolean t2021 = t == Template.T2021;
    List<List<Spec>> rows = new ArrayList<>();
    String[][] groups =
        t2021
            ? new String[][] {
              {"第二十条第（一）项", "本年制发件数", "本年废止件数", "现行有效件数"},
              {"第二十条第（五）项", "本年处理决定数量"},
              {"第二十条第（六）项", "本年处理决定数量"},
              {"第二十条第（八）项", "本年收费金额（单位：万元）"}
            }
            : new String[][] {
              {"第二十条第（一）项", "本年新制作数量", "本年新公开数量", "对外公开总数量"},
              {"第二十条第（五）项", "上一年项目数量", "本年增/减", "处理决定数量"},
              {"第二十条第（六）项", "上一年项目数量", "本年增/减", "处理决定数量"},
              {"第二十条第（八）项", "上一年项目数量", "本年增/减"},
              {"第二十条第（九）项", "采购项目数量", "采购总金额"}
            };
    DisclosureItem[][] items =
        t2021
            ? new DisclosureItem[][] {
              {DisclosureItem.RULE, DisclosureItem.NORM},
              {DisclosureItem.LICENSE},
              {DisclosureItem.PENALTY, DisclosureItem.COERCION},
              {DisclosureItem.FEE}
            }
            : new DisclosureItem[][] {
              {DisclosureItem.RULE, DisclosureItem.NORM},
              {DisclosureItem.LICENSE, DisclosureItem.SERVICE},
              {DisclosureItem.PENALTY, DisclosureItem.COERCION},
              {DisclosureItem.FEE},
              {DisclosureItem.PROCUREMENT}
            };
    for (int g = 0; g < groups.length; g++) {
      String[] head = groups[g];
      rows.add(List.of(Spec.head(head[0], 4, 1)));
      List<Spec> header = new ArrayList<>();
      header.add(Spec.head("信息内容", 1, 1));
      for (int k = 1; k < head.length; k++) {
        header.add(Spec.head(head[k], 1, 1));
      }
      rows.add(header);
      for (DisclosureItem item : items[g]) {
        List<Spec> row = new ArrayList<>();
        row.add(Spec.label(labelOf(item, t2021), null, 1, 1));
        List<String> values = contents.t2().get(item);
        var measures = item.measures(t);
        for (int k = 0; k < values.size(); k++) {
          row.add(Spec.value(value(values.get(k)), "T2:" + item + "." + measures.get(k)));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static String labelOf(DisclosureItem item, boolean t2021) {
    return switch (item) {
      case RULE -> "规章";
      case NORM -> t2021 ? "行政规范性文件" : "规范性文件";
      case LICENSE -> "行政许可";
      case SERVICE -> "其他对外管理服务事项";
      case PENALTY -> "行政处罚";
      case COERCION -> "行政强制";
      case FEE -> "行政事业性收费";
      case PROCUREMENT -> "政府集中采购";
    };
  }

  private List<List<Spec>> t3Table() {
    Template t = contents.template();
    boolean sub = noise.subtotalColumn();
    List<List<Spec>> rows = new ArrayList<>();
    rows.add(
        List.of(
            Spec.head("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
            Spec.head("申请人情况", sub ? 8 : 7, 1)));
    rows.add(
        List.of(
            Spec.head("自然人", 1, 2), Spec.head("法人或其他组织", sub ? 6 : 5, 1), Spec.head("总计", 1, 2)));
    List<Spec> r3 = new ArrayList<>();
    for (String h : List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")) {
      r3.add(Spec.head(h, 1, 1));
    }
    if (sub) {
      r3.add(Spec.head("小计", 1, 1));
    }
    rows.add(r3);
    List<ApplicationRowId> ids = ApplicationRowId.rowsOf(t);
    int results = 0;
    for (ApplicationRowId id : ids) {
      if (id.isResultPart() || id == ApplicationRowId.R_TOTAL) {
        results++;
      }
    }
    for (ApplicationRowId id : ids) {
      List<Spec> row = new ArrayList<>();
      String key = "T3:" + id;
      String label = id.templateLabel();
      switch (id) {
        case NEW, CARRY_IN, CARRY_OUT -> row.add(Spec.label(label, key, 3, 1));
        case R_OPEN -> {
          row.add(Spec.head("三、本年度办理结果", 1, results));
          row.add(Spec.label(label, key, 2, 1));
        }
        case R_PARTIAL, R_TOTAL, R_OTHER -> row.add(Spec.label(label, key, 2, 1));
        case R_DENY_1 -> {
          row.add(Spec.head("（三）不予公开", 1, 8));
          row.add(Spec.label(label, key, 1, 1));
        }
        case R_NA_1 -> {
          row.add(Spec.head("（四）无法提供", 1, 3));
          row.add(Spec.label(label, key, 1, 1));
        }
        case R_NOPROC_1 -> {
          row.add(Spec.head("（五）不予处理", 1, 5));
          row.add(Spec.label(label, key, 1, 1));
        }
        case R_OTHER_1 -> {
          row.add(Spec.head("（六）其他处理", 1, 3));
          row.add(Spec.label(label, key, 1, 1));
        }
        default -> row.add(Spec.label(label, key, 1, 1));
      }
      List<String> printed = printedCells(id);
      Contents.RunTogether together = contents.runTogether().get(id);
      List<String> fields = together == null ? printed : runTogether(printed, together);
      t3Fields.put(key, fields);
      for (String f : fields) {
        row.add(Spec.value(value(f), null));
      }
      rows.add(row);
    }
    return rows;
  }

  /** A table 三 row's cells in printed order: the 7 cells, with 小计 before 总计 when printed. */
  private List<String> printedCells(ApplicationRowId id) {
    List<String> v = contents.t3().get(id);
    List<String> out = new ArrayList<>(v.subList(0, 6));
    if (noise.subtotalColumn()) {
      out.add(subtotal(v));
    }
    out.add(v.get(6));
    return out;
  }

  /**
   * The fields of a row printed with its separators lost: its digits in one field, or cut into as
   * many fields at other places, such that the printed cells do not add up (else in one field).
   */
  private static List<String> runTogether(List<String> cells, Contents.RunTogether form) {
    String digits = String.join("", cells);
    if (!form.asManyFields()) {
      return List.of(digits);
    }
    Random cuts = new Random(form.seed());
    for (int attempt = 0; attempt < 20; attempt++) {
      List<Integer> at = new ArrayList<>();
      for (int i = 1; i < digits.length(); i++) {
        at.add(i);
      }
      java.util.Collections.shuffle(at, cuts);
      List<Integer> chosen = new ArrayList<>(at.subList(0, cells.size() - 1));
      java.util.Collections.sort(chosen);
      List<String> fields = new ArrayList<>();
      int from = 0;
      for (int c : chosen) {
        fields.add(digits.substring(from, c));
        from = c;
      }
      fields.add(digits.substring(from));
      if (!fields.equals(cells) && !addsUp(fields)) {
        return fields;
      }
    }
    return List.of(digits);
  }

  /** True when the last field is the sum of the first six (as numbers; leading zeros allowed). */
  private static boolean addsUp(List<String> fields) {
    long sum = 0;
    for (int k = 0; k < 6; k++) {
      sum += Long.parseLong(fields.get(k));
    }
    return sum == Long.parseLong(fields.get(fields.size() - 1));
  }

  private static String subtotal(List<String> v) {
    long sum = 0;
    for (int k = 1; k < 6; k++) {
      String s = v.get(k);
      if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
        sum += Long.parseLong(s);
      }
    }
    return Long.toString(sum);
  }

  private List<List<Spec>> t4Table() {
    List<List<Spec>> rows = new ArrayList<>();
    rows.add(List.of(Spec.head("行政复议", 5, 1), Spec.head("行政诉讼", 10, 1)));
    List<Spec> r2 = new ArrayList<>();
    String keep = noise.typo() ? "结果维护" : "结果维持";
    for (String h : List.of(keep, "结果纠正", "其他结果", "尚未审结", "总计")) {
      r2.add(Spec.head(h, 1, 2));
    }
    r2.add(Spec.head("未经复议直接起诉", 5, 1));
    r2.add(Spec.head("复议后起诉", 5, 1));
    rows.add(r2);
    List<Spec> r3 = new ArrayList<>();
    for (int g = 0; g < 2; g++) {
      for (String h : List.of(keep, "结果纠正", "其他结果", "尚未审结", "总计")) {
        r3.add(Spec.head(h, 1, 1));
      }
    }
    rows.add(r3);
    List<Spec> values = new ArrayList<>();
    for (int k = 0; k < 15; k++) {
      String key = k % 5 == 0 ? "T4:" + ReviewGroup.values()[k / 5] : null;
      values.add(Spec.value(value(contents.t4().get(k)), key));
    }
    rows.add(values);
    return rows;
  }

  // ---------------------------------------------------------------- noise

  /** A value as printed: full-width digits, NBSP padding. */
  private String value(String v) {
    String s = v;
    if (noise.fullWidth() && random.nextInt(3) == 0) {
      s = fullWidth(s);
    }
    if (noise.nbspPadding() && random.nextInt(3) == 0 && !s.isEmpty()) {
      s = random.nextBoolean() ? s + "\u00A0" : "\u00A0" + s;
    }
    return s;
  }

  /** A label as printed: full-width brackets and digits, stray spaces. */
  private String labelText(String label) {
    String s = noise.fullWidth() ? fullWidth(label) : label;
    if (noise.spacedLabels()) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        out.append(s.charAt(i));
        if (i > 1 && i < s.length() - 1 && random.nextInt(4) == 0) {
          out.append(random.nextBoolean() ? " " : "\u00A0");
        }
      }
      s = out.toString();
    }
    return s;
  }

  /** The parts a label is printed in: two when wrapped. */
  private List<String> parts(Spec spec) {
    String text = spec.label() ? labelText(spec.text()) : headerText(spec.text());
    if (spec.label() && noise.wrapLabels() && text.length() >= 8 && random.nextBoolean()) {
      int at = 4 + random.nextInt(text.length() - 6);
      return List.of(text.substring(0, at), text.substring(at));
    }
    if (!spec.label() && noise.splitHeaders() && text.length() == 4 && isApplicantHeader(text)) {
      return List.of(text.substring(0, 2), text.substring(2));
    }
    return List.of(text);
  }

  private String headerText(String text) {
    return noise.fullWidth()
        ? text
        : text.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',');
  }

  private static boolean isApplicantHeader(String text) {
    return List.of("商业企业", "科研机构").contains(text);
  }

  private static String fullWidth(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append((char) ('０' + (c - '0')));
      } else if (c == '(') {
        out.append('（');
      } else if (c == ')') {
        out.append('）');
      } else if (c == '.') {
        out.append('．');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- layouts

  /**
   * Layout A: each cell a line starting with a tab, wrapped parts as plain lines, blank line ends a
   * row.
   */
  private Rendering tabCells(List<Block> blocks) {
    Out out = new Out();
    for (Block b : blocks) {
      if (b.line() != null) {
        out.line(b.line(), null);
        out.line("", null);
        continue;
      }
      for (List<Spec> row : b.table()) {
        for (Spec cell : row) {
          List<String> parts = parts(cell);
          out.line("\t" + parts.get(0), cell.key());
          for (int k = 1; k < parts.size(); k++) {
            out.line(parts.get(k), null);
          }
        }
        out.line("", null);
      }
    }
    return out.rendering(t3Fields);
  }

  /** Layout C: each non-empty cell on its own line, blank lines between. */
  private Rendering cellLines(List<Block> blocks) {
    Out out = new Out();
    for (Block b : blocks) {
      if (b.line() != null) {
        out.line(b.line(), null);
        out.line("", null);
        continue;
      }
      for (List<Spec> row : b.table()) {
        for (Spec cell : row) {
          List<String> parts = parts(cell);
          String key = cell.key();
          for (String p : parts) {
            out.line(p, key);
            key = null;
            out.line("", null);
          }
        }
      }
      out.line("\u00A0", null);
    }
    return out.rendering(t3Fields);
  }

  /** Row layouts: TSV (layout B), pipe rows, Markdown; spans expanded into empty fields. */
  private Rendering rows(List<Block> blocks, String sep, String lead, String trail, boolean rule) {
    Out out = new Out();
    for (Block b : blocks) {
      if (b.line() != null) {
        out.line(b.line(), null);
        continue;
      }
      List<List<String>> grid = new ArrayList<>();
      List<List<String>> keys = new ArrayList<>();
      expand(b.table(), grid, keys);
      boolean first = true;
      for (int r = 0; r < grid.size(); r++) {
        List<String> fields = grid.get(r);
        String keyOfRow = null;
        List<String> rowKeys = new ArrayList<>();
        for (String k : keys.get(r)) {
          if (k != null) {
            rowKeys.add(k);
          }
        }
        StringBuilder line = new StringBuilder(lead);
        for (int c = 0; c < fields.size(); c++) {
          if (c > 0) {
            line.append(sep);
          }
          line.append(fields.get(c));
        }
        line.append(trail);
        int at = out.line(line.toString(), keyOfRow);
        for (String k : rowKeys) {
          out.lines.put(k, at);
        }
        if (rule && first) {
          StringBuilder r0 = new StringBuilder(lead);
          for (int c = 0; c < fields.size(); c++) {
            r0.append(c > 0 ? sep : "").append("---");
          }
          out.line(r0.append(trail).toString(), null);
        }
        first = false;
      }
    }
    return out.rendering(t3Fields);
  }

  /** Expands spans into a grid of printed fields (wrapped parts joined with a space). */
  private void expand(List<List<Spec>> table, List<List<String>> grid, List<List<String>> keys) {
    List<Integer> remaining = new ArrayList<>();
    for (List<Spec> row : table) {
      boolean[] occupied = new boolean[remaining.size()];
      for (int c = 0; c < occupied.length; c++) {
        occupied[c] = remaining.get(c) > 0;
      }
      List<String> fields = new ArrayList<>();
      List<String> rowKeys = new ArrayList<>();
      int col = 0;
      for (Spec cell : row) {
        while (col < occupied.length && occupied[col]) {
          put(fields, rowKeys, col++, "", null);
        }
        String text = String.join(" ", parts(cell));
        for (int k = 0; k < cell.colspan(); k++) {
          put(fields, rowKeys, col, k == 0 ? text : "", k == 0 ? cell.key() : null);
          while (remaining.size() <= col) {
            remaining.add(0);
          }
          remaining.set(col, cell.rowspan());
          col++;
        }
      }
      for (int c = 0; c < remaining.size(); c++) {
        if (remaining.get(c) > 0) {
          if (c >= fields.size()) {
            put(fields, rowKeys, c, "", null);
          }
          remaining.set(c, remaining.get(c) - 1);
        }
      }
      grid.add(fields);
      keys.add(rowKeys);
    }
  }

  private static void put(
      List<String> fields, List<String> keys, int col, String text, String key) {
    while (fields.size() <= col) {
      fields.add("");
      keys.add(null);
    }
    fields.set(col, text);
    keys.set(col, key);
  }

  /**
   * An HTML page as CMS sites publish it: chrome, nested layout tables, spans,
   *
   * <p>in cells.
   */
  private Rendering html(List<Block> blocks) {
    Out out = new Out();
    out.line("<!DOCTYPE html>", null);
    out.line("<html><head><meta charset=\"utf-8\"><title>政府信息公开</title>", null);
    out.line(
        "<style>td { border: 1px solid #000; }</style><script>var a ="
            + " '<td>1</td>';</script></head>",
        null);
    out.line(
        "<body><div class=\"header\"><div class=\"nav\"><a href=\"/\">首页</a> | <a"
            + " href=\"/zwgk\">政务公开</a> | <a href=\"/xxgk\">信息公开目录</a></div></div>",
        null);
    out.line(
        "<table class=\"layout\" width=\"100%\"><tr><td"
            + " class=\"left\"><ul><li>机构信息</li><li>政策文件</li></ul></td>",
        null);
    out.line("<td class=\"main\"><div class=\"article\">", null);
    for (Block b : blocks) {
      if (b.line() != null) {
        out.line("<p style=\"text-indent:2em\">" + escape(b.line()) + "</p>", null);
        continue;
      }
      out.line("<table border=\"1\" cellspacing=\"0\">", null);
      out.line("<tbody>", null);
      for (List<Spec> row : b.table()) {
        StringBuilder tr = new StringBuilder("<tr>");
        List<String> rowKeys = new ArrayList<>();
        for (Spec cell : row) {
          tr.append("<td");
          if (cell.colspan() > 1) {
            tr.append(" colspan=\"").append(cell.colspan()).append('"');
          }
          if (cell.rowspan() > 1) {
            tr.append(" rowspan=\"").append(cell.rowspan()).append('"');
          }
          tr.append('>');
          List<String> parts = parts(cell);
          if (parts.size() == 1 && parts.get(0).isEmpty()) {
            tr.append("&nbsp;");
          } else if (parts.size() == 1) {
            tr.append(
                random.nextBoolean()
                    ? "<p>" + escape(parts.get(0)) + "</p>"
                    : "<span>" + escape(parts.get(0)) + "</span>");
          } else {
            for (String p : parts) {
              tr.append("<p>").append(escape(p)).append("</p>");
            }
          }
          tr.append("</td>");
          if (cell.key() != null) {
            rowKeys.add(cell.key());
          }
        }
        tr.append("</tr>");
        int at = out.line(tr.toString(), null);
        for (String k : rowKeys) {
          out.lines.put(k, at);
        }
      }
      out.line("</tbody></table>", null);
    }
    out.line("</div></td></tr></table>", null);
    out.line("<div class=\"footer\"><p>版权所有：某某县人民政府 联系我们</p></div></body></html>", null);
    return out.rendering(t3Fields);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\u00A0", "&nbsp;");
  }

  /** Lines written so far and the lines of the keys. */
  private static final class Out {
    final StringBuilder text = new StringBuilder();
    final Map<String, Integer> lines = new HashMap<>();
    int count;

    int line(String s, String key) {
      text.append(s).append('\n');
      count++;
      if (key != null) {
        lines.put(key, count);
      }
      return count;
    }

    Rendering rendering(Map<String, List<String>> t3Fields) {
      return new Rendering(text.toString(), Map.copyOf(lines), Map.copyOf(t3Fields));
    }
  }
}
