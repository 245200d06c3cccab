package ogireports.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ogireports.model.ApplicationRowId;
import ogireports.model.DisclosureItem;
import ogireports.model.Measure;
import ogireports.model.Template;
import ogireports.tables.CellLayout;

/** Renders one generated report's text: title, intro, the six sections, tables, sign-off. */
final class ReportText {

  private static final String[] GENERAL = {
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《中华人民共和国政府信息公开条例》，紧紧围绕中心工作，持续深化政务公开。",
    "进一步健全政府信息公开工作机制，明确分管领导和具体承办人员，确保各项工作有序推进。",
    "坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果全过程公开。",
    "围绕群众关切，加强政策解读和回应关切工作，切实提升政务公开质量和实效。",
    "对照上级政务公开工作要点，逐项分解任务，明确责任科室和完成时限。",
    "定期对政府信息公开专栏进行检查，及时更新栏目内容，确保信息准确、完整、及时。",
    "严格落实信息发布保密审查制度，坚持先审查、后公开，一事一审、全面审查。",
    "加强政策文件解读，采用图文解读、视频解读、专家解读等多种形式，便于公众理解。",
    "将政务公开工作纳入年度目标考核，与业务工作同部署、同检查、同考核。",
    "组织开展政务公开业务培训，提高工作人员的公开意识和业务能力。",
    "充分利用政府网站、政务新媒体等平台，拓宽信息公开渠道，方便群众获取信息。",
    "加强政府信息公开平台建设，优化栏目设置，提升网站检索和互动功能。",
    "及时调整完善政府信息公开指南和主动公开目录，规范依申请公开办理流程。",
    "认真做好人大代表建议和政协委员提案办理结果公开工作，主动接受社会监督。",
    "加强重点领域信息公开，及时发布财政预决算、重大项目、行政执法等信息。",
    "建立健全政策解读与文件起草同步考虑、同步部署的工作机制。",
    "规范政府信息公开申请的登记、审核、办理、答复、归档等环节，确保依法按时答复。",
    "加强与申请人的沟通，准确把握申请人的信息需求，提高答复的针对性。"
  };

  private static final String[] PROBLEMS = {
    "一是信息公开的深度和广度还需进一步拓展，部分信息更新不够及时。",
    "二是政策解读形式还不够丰富，解读质量有待提高。",
    "三是工作人员业务能力有待加强，对新《条例》的理解和把握还不够深入。",
    "四是政务新媒体运营水平还需提升，与公众的互动交流还不够充分。",
    "针对上述问题，将进一步加强组织领导，压实工作责任。",
    "进一步加强业务培训，提升工作人员依法公开的意识和能力。",
    "进一步丰富解读形式，提高政策解读的针对性和可读性。",
    "进一步加强平台建设，提升政府网站和政务新媒体的服务水平。",
    "进一步规范依申请公开工作，严格按照法定程序和时限办理。"
  };

  private final CorpusGenerator.Builder b;
  private final SplittableRandom rnd;
  private final CellLayout layout;
  private final boolean full;
  private final boolean nbspZeros;

  ReportText(CorpusGenerator.Builder b) {
    this.b = b;
    this.rnd = b.rnd();
    this.layout = b.layout();
    this.full = layout == CellLayout.TAB_CELL || layout == CellLayout.PIPE_FIELD;
    this.nbspZeros = layout == CellLayout.TAB_CELL && rnd.nextDouble() < 0.15;
  }

  String render() {
    StringBuilder out = new StringBuilder(16_384);
    String agency = b.agency();
    int year = b.year();
    int titleStyle = rnd.nextInt(3);
    switch (titleStyle) {
      case 0 -> out.append(agency).append(year).append("年政府信息公开工作年度报告\n");
      case 1 -> out.append(agency).append('\n').append(year).append("年政府信息公开工作年度报告\n");
      default -> out.append(agency).append(year).append("年度政府信息公开工作年度报告\n");
    }
    int day = 5 + rnd.nextInt(24);
    if (rnd.nextDouble() < 0.3) {
      out.append("发布时间：")
          .append(year + 1)
          .append("-01-")
          .append(String.format("%02d", day))
          .append('\n');
    }
    out.append('\n');
    out.append("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和")
        .append(
            b.is2021()
                ? "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）"
                : "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）")
        .append("要求，特发布本报告。本报告由")
        .append(agency)
        .append("编制。本报告中所列数据的统计期限自")
        .append(year)
        .append("年1月1日起至")
        .append(year)
        .append("年12月31日止。\n\n");

    int target = 1500 + rnd.nextInt(2600);
    int proseStart = out.length();
    out.append("一、总体情况\n\n");
    out.append(year)
        .append("年，")
        .append(agency)
        .append(sentence(GENERAL))
        .append(sentence(GENERAL))
        .append("\n\n");
    out.append(sub(1)).append("主动公开\n\n");
    out.append("全年共主动公开政府信息")
        .append(50 + rnd.nextInt(3000))
        .append("条，")
        .append(sentence(GENERAL))
        .append(sentence(GENERAL))
        .append("\n\n");
    out.append(sub(2)).append("依申请公开\n\n");
    if (b.stated() == 0) {
      out.append(year).append("年，本机关未收到政府信息公开申请。");
    } else {
      out.append(year).append("年，本机关共收到政府信息公开申请").append(b.stated()).append("件，均在法定期限内依法予以答复。");
    }
    long[] t4 = b.t4();
    if (t4[4] == 0 && t4[9] == 0 && t4[14] == 0) {
      out.append("全年未发生因政府信息公开引起的行政复议、行政诉讼。");
    }
    out.append(sentence(GENERAL)).append("\n\n");
    out.append(sub(3))
        .append("政府信息管理\n\n")
        .append(sentence(GENERAL))
        .append(sentence(GENERAL))
        .append("\n\n");
    out.append(sub(4)).append("平台建设\n\n").append(sentence(GENERAL)).append("\n\n");
    out.append(sub(5)).append("监督保障\n\n").append(sentence(GENERAL));
    while (out.length() - proseStart < target * 2 / 3) {
      out.append(sentence(GENERAL));
    }
    out.append("\n\n");

    out.append("二、主动公开政府信息情况\n\n");
    tableTwo(out);
    out.append("三、收到和处理政府信息公开申请情况\n\n");
    tableThree(out);
    out.append(
        switch (rnd.nextInt(4)) {
          case 0 -> "四．政府信息公开行政复议、行政诉讼情况\n\n";
          case 1 -> "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n\n";
          default -> "四、政府信息公开行政复议、行政诉讼情况\n\n";
        });
    tableFour(out);
    out.append(rnd.nextBoolean() ? "五、存在的主要问题及改进情况\n\n" : "五、政府信息公开工作存在的主要问题及改进情况\n\n");
    int p5 = out.length();
    out.append(year).append("年，我们的政府信息公开工作取得了一定成效，但仍存在一些不足。");
    for (int i = 0; i < 4; i++) {
      out.append(PROBLEMS[i]);
    }
    out.append("\n\n").append(year + 1).append("年，");
    while (out.length() - p5 < target / 3) {
      out.append(sentence(PROBLEMS));
    }
    out.append("\n\n六、其他需要报告的事项\n\n");
    if (b.is2021()) {
      out.append(rnd.nextBoolean() ? "本年度本机关未收取政府信息公开信息处理费。" : "依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。");
      out.append("\n\n");
    } else {
      out.append("无。\n\n");
    }
    out.append(agency).append('\n').append(year + 1).append("年1月").append(day).append("日\n");
    return out.toString();
  }

  private String sentence(String[] pool) {
    return pool[rnd.nextInt(pool.length)];
  }

  private static final String[] NUM = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private String sub(int n) {
    return full || rnd.nextBoolean() ? "（" + NUM[n] + "）" : "(" + NUM[n] + ")";
  }

  // ------------------------------------------------------------------------------ tables

  private String p(String s) {
    if (full) {
      return s;
    }
    return s.replace('（', '(')
        .replace('）', ')')
        .replace('：', ':')
        .replace("，", layout == CellLayout.LINE_CELL ? "," : "，");
  }

  private String caption(int item) {
    return p("第二十条第（" + NUM[item] + "）项");
  }

  private void tableTwo(StringBuilder out) {
    List<List<String>> rows = new ArrayList<>();
    if (!b.is2021()) {
      rows.add(List.of(caption(1)));
      rows.add(List.of("信息内容", "本年新制作数量", wrap("本年新公开数量", 3), wrap("对外公开总数量", 4)));
      rows.add(row("规章", DisclosureItem.RULE));
      rows.add(row("规范性文件", DisclosureItem.NORM));
      rows.add(List.of(caption(5)));
      rows.add(List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
      rows.add(row("行政许可", DisclosureItem.LICENSE));
      rows.add(row("其他对外管理服务事项", DisclosureItem.SERVICE));
      rows.add(List.of(caption(6)));
      rows.add(List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
      rows.add(row("行政处罚", DisclosureItem.PENALTY));
      rows.add(row("行政强制", DisclosureItem.COERCION));
      rows.add(List.of(caption(8)));
      rows.add(List.of("信息内容", "上一年项目数量", "本年增/减"));
      rows.add(row("行政事业性收费", DisclosureItem.FEE));
      rows.add(List.of(caption(9)));
      rows.add(List.of("信息内容", "采购项目数量", "采购总金额"));
      rows.add(row("政府集中采购", DisclosureItem.PROCUREMENT));
    } else {
      rows.add(List.of(caption(1)));
      rows.add(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
      rows.add(row("规章", DisclosureItem.RULE));
      rows.add(row("行政规范性文件", DisclosureItem.NORM));
      rows.add(List.of(caption(5)));
      rows.add(List.of("信息内容", "本年处理决定数量"));
      rows.add(row("行政许可", DisclosureItem.LICENSE));
      rows.add(List.of(caption(6)));
      rows.add(List.of("信息内容", "本年处理决定数量"));
      rows.add(row("行政处罚", DisclosureItem.PENALTY));
      rows.add(row("行政强制", DisclosureItem.COERCION));
      rows.add(List.of(caption(8)));
      rows.add(List.of("信息内容", p("本年收费金额（单位：万元）")));
      rows.add(row("行政事业性收费", DisclosureItem.FEE));
    }
    render(out, rows);
  }

  /** Seed-003 style header wrap ({@code 本年新} / {@code 公开数量}) in the tab layout. */
  private String wrap(String label, int at) {
    return layout == CellLayout.TAB_CELL && rnd.nextDouble() < 0.3
        ? label.substring(0, at) + "\n" + label.substring(at)
        : label;
  }

  /**
   * A table 二 row: the label, then the item's values ({@code A5.LIC.DEC}…) in the columns its
   * template prints ({@link DisclosureItem#measures}).
   */
  private List<String> row(String label, DisclosureItem item) {
    Map<String, String> v = b.t2();
    List<String> row = new ArrayList<>();
    row.add(label);
    for (Measure m : item.measures(b.is2021() ? Template.T2021 : Template.T2019)) {
      row.add(v.get(item.specId() + "." + m));
    }
    return row;
  }

  private void tableThree(StringBuilder out) {
    List<List<String>> rows = new ArrayList<>();
    boolean tab = layout == CellLayout.TAB_CELL;
    rows.add(List.of(p("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), "申请人情况"));
    rows.add(List.of("", "自然人", "法人或其他组织", "总计"));
    rows.add(List.of("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""));
    List<ApplicationRowId> ids = b.rows();
    long[][] t3 = b.t3();
    String group = null;
    for (int i = 0; i < ids.size(); i++) {
      ApplicationRowId id = ids.get(i);
      List<String> row = new ArrayList<>();
      String g = groupLabel(id);
      switch (id) {
        case NEW, CARRY_IN, CARRY_OUT -> {
          row.add(l1(id));
          if (!tab) {
            row.add("");
          }
        }
        case R_OPEN -> {
          row.add("三、本年度办理结果");
          row.add(l2(g));
        }
        case R_PARTIAL, R_TOTAL, R_OTHER -> {
          row.add("");
          row.add(l2(g));
        }
        default -> {
          row.add("");
          if (!g.equals(group)) {
            row.add(l2(g));
          } else if (tab) {
            row.add("");
          }
          row.add(l3(id));
        }
      }
      group = g;
      for (int c = 0; c < 7; c++) {
        row.add(cell(t3[i][c]));
      }
      rows.add(row);
    }
    render(out, rows);
  }

  private String cell(long v) {
    if (v == 0 && nbspZeros && rnd.nextDouble() < 0.2) {
      return "0\u00a0";
    }
    return Long.toString(v);
  }

  private static String l1(ApplicationRowId id) {
    return switch (id) {
      case NEW -> "一、本年新收政府信息公开申请数量";
      case CARRY_IN -> "二、上年结转政府信息公开申请数量";
      default -> "四、结转下年度继续办理";
    };
  }

  private static String groupLabel(ApplicationRowId id) {
    String n = id.name();
    if (n.startsWith("R_DENY")) {
      return "（三）不予公开";
    }
    if (n.startsWith("R_NA")) {
      return "（四）无法提供";
    }
    if (n.startsWith("R_NOPROC")) {
      return "（五）不予处理";
    }
    if (n.startsWith("R_OTHER")) {
      return "（六）其他处理";
    }
    return switch (id) {
      case R_OPEN -> "（一）予以公开";
      case R_PARTIAL -> "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
      case R_TOTAL -> "（七）总计";
      default -> "";
    };
  }

  private String l2(String label) {
    if (layout == CellLayout.ROW_FIELD) {
      // seed 001: half-width parentheses with a space after the number, full-width commas kept
      return label.replaceFirst("^（(.)）", "($1) ").replace('（', '(').replace('）', ')');
    }
    return p(label);
  }

  private String l3(ApplicationRowId id) {
    String label = id.templateLabel(); // NFKC form: 1.属于国家秘密
    return switch (layout) {
      case TAB_CELL -> label.replaceFirst("^(\\d)\\.", "$1．");
      case ROW_FIELD -> label.replaceFirst("^(\\d)\\.", "$1. ");
      default -> label;
    };
  }

  private void tableFour(StringBuilder out) {
    List<List<String>> rows = new ArrayList<>();
    List<String> five = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    rows.add(List.of("行政复议", "行政诉讼"));
    List<String> r2 = new ArrayList<>(five);
    r2.add("未经复议直接起诉");
    r2.add("复议后起诉");
    rows.add(r2);
    List<String> r3 = new ArrayList<>(List.of("", "", "", "", ""));
    r3.addAll(five);
    r3.addAll(five);
    rows.add(r3);
    List<String> values = new ArrayList<>();
    for (long v : b.t4()) {
      values.add(cell(v));
    }
    rows.add(values);
    render(out, rows);
  }

  /**
   * Appends the rows of one table in the report's layout; an empty string is a span placeholder
   * cell (a field in the row layouts, a line of only a tab in {@code tab_cells}, nothing in {@code
   * cell_lines}).
   */
  private void render(StringBuilder out, List<List<String>> rows) {
    for (List<String> row : rows) {
      switch (layout) {
        case TAB_CELL -> {
          for (String cell : row) {
            out.append('\t').append(cell).append('\n');
          }
          out.append('\n');
        }
        case ROW_FIELD -> out.append(String.join("\t", row)).append('\n');
        case LINE_CELL -> {
          for (String cell : row) {
            if (!cell.isEmpty()) {
              out.append(cell).append("\n\n");
            }
          }
        }
        case PIPE_FIELD -> {
          out.append('|');
          for (String cell : row) {
            out.append(' ').append(cell).append(" |");
          }
          out.append('\n');
        }
        case LABEL_STREAM -> throw new IllegalStateException("not a printed layout: " + layout);
      }
    }
    out.append('\n');
  }
}
