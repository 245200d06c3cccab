package ogireports.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Word and Excel versions of three real reports (洪泽区人民政府 2023 and 2024, the hand-checked PDFs of
 * {@code fixtures/real-reports/pdf}; 淄博市应急管理局 2019, seed 003), built the way bodies build them in
 * Word and Excel: the national template's tables with their merged cells, headings numbered by
 * Word's list numbering, tables split at a page break, in a text box or inside a one-cell layout
 * table, and workbooks with merged headers and formula totals. The values and the prose are the
 * reports' own.
 *
 * <p>{@code fixtures/written/office} holds what {@link #all()} makes; {@code OfficeReportsTest}
 * checks that the files there read as these make them, and writes them again when run with the
 * environment variable {@code OGIREPORTS_WRITE_OFFICE_FIXTURES} set.
 */
final class OfficeReports {

  private OfficeReports() {}

  /** A report's content: its title lines, prose and the values of tables 三 and 四. */
  record Report(
      String[] title,
      String intro,
      String[] overview,
      String template,
      int[][] t3,
      int[] t4,
      String closing,
      String signature,
      String[][] t2) {}

  /** Table 二 of the 2021 template: a caption row has one cell, a short row's last cell spans. */
  static String[][] t2of2021(String... v) {
    return new String[][] {
      {"第二十条第（一）项"},
      {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"},
      {"规章", v[0], v[1], v[2]},
      {"行政规范性文件", v[3], v[4], v[5]},
      {"第二十条第（五）项"},
      {"信息内容", "本年处理决定数量"},
      {"行政许可", v[6]},
      {"第二十条第（六）项"},
      {"信息内容", "本年处理决定数量"},
      {"行政处罚", v[7]},
      {"行政强制", v[8]},
      {"第二十条第（八）项"},
      {"信息内容", "本年收费金额（单位：万元）"},
      {"行政事业性收费", v[9]},
    };
  }

  static final String[] T3_LABELS = {
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "属于国家秘密",
    "其他法律行政法规禁止公开",
    "危及“三安全一稳定”",
    "保护第三方合法权益",
    "属于三类内部事务信息",
    "属于四类过程性信息",
    "属于行政执法案卷",
    "属于行政查询事项",
    "本机关不掌握相关政府信息",
    "没有现成信息需要另行制作",
    "补正后申请内容仍不明确",
    "信访举报投诉类申请",
    "重复申请",
    "要求提供公开出版物",
    "无正当理由大量反复申请",
    "要求行政机关确认或重新出具已获取信息",
    "（六）其他处理",
    "（七）总计",
    "四、结转下年度继续办理",
  };

  /** The groups of numbered rows of table 三: first row, size, group label. */
  static final Object[][] T3_GROUPS = {
    {4, 8, "（三）不予公开"}, {12, 3, "（四）无法提供"}, {15, 5, "（五）不予处理"},
  };

  static final String[] HEADINGS = {
    "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项",
  };

  static final String[] CN = {"一", "二", "三", "四", "五", "六", "七", "八"};

  /** Rows of table 三 whose 自然人 and 总计 are the given numbers (legal persons all 0). */
  static int[][] t3OfNaturalPersons(int... naturalByRow) {
    int[][] t = new int[23][7];
    for (int r = 0; r < 23; r++) {
      t[r][0] = naturalByRow[r];
      t[r][6] = naturalByRow[r];
    }
    return t;
  }

  static final Report HONGZE_2023 =
      new Report(
          new String[] {"洪泽区人民政府", "2023年政府信息公开工作年度报告"},
          "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）（以下简称《条例》）要求编制此报告。报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问，请与淮安市洪泽区人民政府办公室联系（地址：淮安市洪泽区洪泽湖大道90号，邮编：223100，电话：0517-87222589，电子邮箱：hzzwgk@126.com）。",
          new String[] {
            "2023年，洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《条例》相关规范要求，不断完善政府信息公开制度，建立健全政府信息公开保障机制，始终将政务公开工作摆在重要位置，推进政府信息公开工作规范、有序、健康发展。",
            "主动公开情况。主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息。2023年，我区在政府网站平台主动公开政府信息1136条。",
            "依申请公开情况。进一步规范依申请公开流程，畅通依申请公开受理渠。2023年全区受理政府信息公开申请21件，均在法定期限答复。",
            "政府信息管理情况。加强区政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，执行信息审核发布制度。",
          },
          "2021",
          t3OfNaturalPersons(
              21, 0, 0, 4, 1, 0, 0, 0, 0, 1, 1, 0, 10, 3, 0, 1, 0, 0, 0, 0, 0, 21, 0),
          new int[] {10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0},
          "2023年，洪泽区政府信息公开工作取得一定的成效，但对照上级要求，仍存在一定差距。如依申请公开工作规范性还有待提高、政务公开内容的深度和广度还有待提升、政务公开队伍建设有待加强等。",
          "淮安市洪泽区人民政府办公室",
          t2of2021("0", "0", "0", "0", "5", "5", "550", "4119", "195", "7730.28"));

  static final Report HONGZE_2024 =
      new Report(
          new String[] {"淮安市洪泽区人民政府", "2024年政府信息公开工作年度报告"},
          "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）（以下简称《条例》）要求编制此报告。报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。如对本报告有疑问，请与淮安市洪泽区人民政府办公室联系（地址：淮安市洪泽区洪泽湖大道90号，邮编：223100，电话：0517-87290606）。",
          new String[] {
            "2024年，淮安市洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央国务院、省委省政府、淮安市委市政府关于全面推进政务公开工作的各项决策部署，围绕区委、区政府中心工作，以完善信息公开制度、推进公开平台建设为抓手，全面推动政务公开工作转职能、增效能、强功能，有力服务保障我区经济社会高质量发展。",
            "主动公开情况。主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息。2024年，我区在政府网站平台主动发布各类政府信息2428条，公开政府常务会议7期，解读信息发布7条。",
            "依申请公开情况。根据《条例》和上级部门关于依申请办理的规范要求，强化组织领导、规范办理流程，指导各部门采取自行办理、协同办理、会商办理相结合的工作方式，确保依申请答复工作规范高效。2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。",
            "政府信息管理情况。加强区政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，新增信息审核发布报备制度。",
          },
          "2021",
          t3OfNaturalPersons(
              95, 0, 50, 9, 0, 0, 1, 0, 0, 1, 1, 0, 31, 1, 0, 1, 0, 0, 0, 0, 0, 95, 0),
          new int[] {1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3},
          "2024年，洪泽区政府信息公开工作取得一定的成效，但对照上级要求，仍存在一定差距。",
          "淮安市洪泽区人民政府办公室",
          t2of2021("0", "0", "0", "3", "0", "8", "9487", "2776", "84", "7545"));

  static final Report ZIBO_2019 =
      new Report(
          new String[] {"淄博市应急局", "2019年度政府信息公开工作年度报告"},
          "根据《中华人民共和国政府信息公开条例》及《关于规范编制和按时发布政府信息公开工作年度报告的通知》要求，我局把政府信息公开工作作为提高行政效能的一项重要举措，遵循依法、规范、高效、便民原则，不断充实公开内容，规范公开程序，强化工作措施，广泛接受社会和人民群众的监督，推进各项工作有序开展。现将我局2019年政府信息公开工作报告如下：",
          new String[] {
            "2019年，淄博市应急管理局以习近平新时代中国特色社会主义思想为指导，深入贯彻落实新修订《中华人民共和国政府信息公开条例》和省、市政务公开工作有关要求，根据“三定”方案设定职能，突出重点工作，及时回应关切，充分保障社会公众对应急管理工作的知情权、参与权、监督权。",
            "提升主动公开水平。一是拓宽公开渠道。以局门户网站、市政府政务信息公开专栏、政务微信和微博为主要平台，全面发布我省应急管理和安全生产相关信息。一年来主动公开各类政务信息1587条。",
            "做好依申请公开。规范局内依申请公开流程，回复信息由业务科室和局办公室共同审核。2019年，本机关共受理政府信息公开申请2件，全部在规定时限内受理并依法依规作出答复。全年无因政务公开工作而产生的行政复议、行政诉讼及投诉情况和处理结果。未收取任何费用。",
            "加强政府信息管理。一是加强培训。制定政务公开培训计划，采取以会代训、专题教育等形式加强培训教育，不断增强全局干部的政务公开意识。",
          },
          "2019",
          t3OfNaturalPersons(4, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0),
          new int[15],
          "2019年，我局政府信息公开工作虽然取得了一些成效，但与市委、市政府要求和公众期待相比仍存在不小差距。一是工作机制不够完善。二是公开渠道仍有限，形式不够丰富，特色不够明显。",
          "淄博市应急管理局",
          new String[][] {
            {"第二十条第（一）项"},
            {"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"},
            {"规章", "0", "0", "0"},
            {"规范性文件", "1", "1", "1"},
            {"第二十条第（五）项"},
            {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"},
            {"行政许可", "1353", "增4", "1357"},
            {"其他对外管理服务事项", "29954", "减592", "29362"},
            {"第二十条第（六）项"},
            {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"},
            {"行政处罚", "114", "减19", "95"},
            {"行政强制", "0", "0", "0"},
            {"第二十条第（八）项"},
            {"信息内容", "上一年项目数量", "本年增/减"},
            {"行政事业性收费", "0", "0"},
            {"第二十条第（九）项"},
            {"信息内容", "采购项目数量", "采购总金额"},
            {"政府集中采购", "41", "23400400"},
          });

  // ---------------------------------------------------------------------------------------------
  // Word: the body as WordprocessingML, numbering, styles, header and footer through XWPF

  static final String NS =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
          + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
          + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
          + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
          + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";

  /** How a Word version is built. */
  record Word(
      boolean numberedHeadings,
      boolean headingsByStyle,
      boolean numberedRowLabels,
      boolean labelsInParagraphs,
      String zero,
      int splitT3At,
      boolean repeatHeader,
      boolean tablesInTextBox,
      boolean layoutTable,
      boolean titleInOneParagraph) {}

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static String run(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
  }

  static String para(String pPr, String... runs) {
    StringBuilder b = new StringBuilder("<w:p>");
    if (!pPr.isEmpty()) {
      b.append("<w:pPr>").append(pPr).append("</w:pPr>");
    }
    for (String r : runs) {
      b.append(r.startsWith("<") ? r : run(r));
    }
    return b.append("</w:p>").toString();
  }

  static String numPr(int numId, int ilvl) {
    return "<w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
  }

  static final String CENTRED = "<w:jc w:val=\"center\"/>";

  /**
   * A table cell: paragraphs (raw XML), a grid span, a vertical merge (null, restart, continue).
   */
  static String cell(int span, String vMerge, String... paragraphs) {
    StringBuilder b = new StringBuilder("<w:tc><w:tcPr>");
    if (span > 1) {
      b.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
    }
    if (vMerge != null) {
      b.append(vMerge.equals("continue") ? "<w:vMerge/>" : "<w:vMerge w:val=\"restart\"/>");
    }
    b.append("</w:tcPr>");
    if (paragraphs.length == 0) {
      b.append("<w:p/>");
    }
    for (String p : paragraphs) {
      b.append(p.startsWith("<w:p") || p.startsWith("<w:tbl") ? p : para(CENTRED, p));
    }
    if (paragraphs.length > 0 && paragraphs[paragraphs.length - 1].startsWith("<w:tbl")) {
      b.append("<w:p/>"); // a cell ends with a paragraph
    }
    return b.append("</w:tc>").toString();
  }

  static String row(boolean header, String... cells) {
    return "<w:tr>"
        + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
        + String.join("", cells)
        + "</w:tr>";
  }

  static String table(int[] grid, List<String> rows) {
    StringBuilder b =
        new StringBuilder(
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc w:val=\"center\"/>"
                + "</w:tblPr><w:tblGrid>");
    for (int w : grid) {
      b.append("<w:gridCol w:w=\"").append(w).append("\"/>");
    }
    b.append("</w:tblGrid>");
    rows.forEach(b::append);
    return b.append("</w:tbl>").toString();
  }

  static final int[] T3_GRID = {900, 1300, 2400, 700, 700, 700, 700, 700, 700, 700};

  static List<String> t3HeaderRows() {
    return List.of(
        row(true, cell(3, "restart", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), cell(7, null, "申请人情况")),
        row(
            true,
            cell(3, "continue"),
            cell(1, "restart", "自然人"),
            cell(5, null, "法人或其他组织"),
            cell(1, "restart", "总计")),
        row(
            true,
            cell(3, "continue"),
            cell(1, "continue"),
            cell(1, null, "商业企业"),
            cell(1, null, "科研机构"),
            cell(1, null, "社会公益组织"),
            cell(1, null, "法律服务机构"),
            cell(1, null, "其他"),
            cell(1, "continue")));
  }

  /** The 23 rows of table 三; numbered labels use numIds 2, 3 and 4 (one list per group). */
  static List<String> t3BodyRows(Report report, Word w) {
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < 23; r++) {
      List<String> cells = new ArrayList<>();
      String label = T3_LABELS[r];
      if (r <= 1 || r == 22) {
        cells.add(cell(3, null, label));
      } else {
        boolean firstOfResults = r == 2;
        cells.add(firstOfResults ? cell(1, "restart", "三、本年度办理结果") : cell(1, "continue"));
        Object[] group = null;
        int g = 0;
        for (Object[] candidate : T3_GROUPS) {
          int first = (int) candidate[0];
          if (r >= first && r < first + (int) candidate[1]) {
            group = candidate;
            break;
          }
          g++;
        }
        if (group == null) {
          if (r == 3 && w.labelsInParagraphs()) {
            cells.add(
                cell(
                    2, null, para(CENTRED, "（二）部分公开"), para(CENTRED, "（区分处理的，只计这一情形，", "不计其他情形）")));
          } else {
            cells.add(cell(2, null, label));
          }
        } else {
          int first = (int) group[0];
          int item = r - first + 1;
          cells.add(r == first ? cell(1, "restart", (String) group[2]) : cell(1, "continue"));
          cells.add(
              w.numberedRowLabels()
                  ? cell(1, null, para(numPr(2 + g, 0), label))
                  : cell(1, null, item + "." + label));
        }
      }
      for (int c = 0; c < 7; c++) {
        int v = report.t3()[r][c];
        boolean legalPerson = c >= 1 && c <= 5;
        String text = v == 0 && legalPerson ? w.zero() : String.valueOf(v);
        cells.add(text.isEmpty() ? cell(1, null) : cell(1, null, text));
      }
      rows.add(row(false, cells.toArray(new String[0])));
    }
    return rows;
  }

  static final String[] T4_RESULTS = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};

  static String t2Table(Report report) {
    List<String> rows = new ArrayList<>();
    for (String[] cells : report.t2()) {
      List<String> tcs = new ArrayList<>();
      for (int c = 0; c < cells.length; c++) {
        int span = c == cells.length - 1 ? 4 - c : 1;
        tcs.add(cell(span, null, cells[c]));
      }
      rows.add(row(false, tcs.toArray(new String[0])));
    }
    return table(new int[] {2400, 1800, 1800, 1800}, rows);
  }

  static String t4Table(Report report) {
    List<String> rows = new ArrayList<>();
    rows.add(row(true, cell(5, null, "行政复议"), cell(10, null, "行政诉讼")));
    List<String> second = new ArrayList<>();
    for (String r : T4_RESULTS) {
      second.add(cell(1, "restart", r));
    }
    second.add(cell(5, null, "未经复议直接起诉"));
    second.add(cell(5, null, "复议后起诉"));
    rows.add(row(true, second.toArray(new String[0])));
    List<String> third = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      third.add(cell(1, "continue"));
    }
    for (int k = 0; k < 2; k++) {
      for (String r : T4_RESULTS) {
        third.add(cell(1, null, r));
      }
    }
    rows.add(row(true, third.toArray(new String[0])));
    List<String> values = new ArrayList<>();
    for (int v : report.t4()) {
      values.add(cell(1, null, String.valueOf(v)));
    }
    rows.add(row(false, values.toArray(new String[0])));
    int[] grid = new int[15];
    java.util.Arrays.fill(grid, 600);
    return table(grid, rows);
  }

  static String t3Tables(Report report, Word w) {
    List<String> body = t3BodyRows(report, w);
    List<String> first = new ArrayList<>(t3HeaderRows());
    if (w.splitT3At() <= 0) {
      first.addAll(body);
      return table(T3_GRID, first);
    }
    first.addAll(body.subList(0, w.splitT3At()));
    List<String> second = new ArrayList<>(w.repeatHeader() ? t3HeaderRows() : List.of());
    second.addAll(body.subList(w.splitT3At(), body.size()));
    return table(T3_GRID, first)
        + para("", "<w:r><w:br w:type=\"page\"/></w:r>")
        + table(T3_GRID, second);
  }

  /** A heading: numbered by the list (in the paragraph or its style), or typed. */
  static String heading(Word w, int index) {
    if (w.headingsByStyle()) {
      return para("<w:pStyle w:val=\"1\"/>", HEADINGS[index]);
    }
    if (w.numberedHeadings()) {
      return para(numPr(1, 0), HEADINGS[index]);
    }
    return para("", CN[index] + "、" + HEADINGS[index]);
  }

  static String subheading(Word w, int index, String text) {
    if (w.headingsByStyle()) {
      return para("<w:pStyle w:val=\"2\"/>", text);
    }
    if (w.numberedHeadings()) {
      return para(numPr(1, 1), text);
    }
    return para("", "（" + CN[index] + "）" + text);
  }

  /** A text box holding blocks, as Word writes it: a drawing with a VML fallback. */
  static String textBox(String blocks) {
    String choice =
        "<w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\""
            + " relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\""
            + " allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:extent cx=\"5760000\""
            + " cy=\"4000000\"/><wp:docPr id=\"1\" name=\"文本框 1\"/><a:graphic><a:graphicData"
            + " uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
            + "<wps:wsp><wps:txbx><w:txbxContent>"
            + blocks
            + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
            + "</w:drawing>";
    String fallback =
        "<w:pict><v:shape id=\"文本框 1\" style=\"width:453pt;height:315pt\"><v:textbox>"
            + "<w:txbxContent>"
            + blocks
            + "</w:txbxContent></v:textbox></v:shape></w:pict>";
    return para(
        "",
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
            + choice
            + "</mc:Choice><mc:Fallback>"
            + fallback
            + "</mc:Fallback></mc:AlternateContent></w:r>");
  }

  static String body(Report report, Word w) {
    StringBuilder b = new StringBuilder();
    String[] title = report.title();
    int year = title[1].indexOf('年');
    if (w.titleInOneParagraph()) {
      b.append(
          para(
              CENTRED,
              title[0],
              "<w:r><w:br/></w:r>",
              title[1].substring(0, year),
              title[1].substring(year, year + 5),
              title[1].substring(year + 5)));
    } else {
      b.append(para(CENTRED, title[0]));
      b.append(
          para(
              CENTRED,
              // the year as a document property field, its cached result in the text
              "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                  + "<w:r><w:instrText xml:space=\"preserve\"> DOCPROPERTY 报告年度 </w:instrText>"
                  + "</w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                  + run(title[1].substring(0, year))
                  + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
              title[1].substring(year, year + 7),
              title[1].substring(year + 7)));
    }
    b.append(para("", report.intro()));
    b.append(heading(w, 0));
    b.append(para("", report.overview()[0]));
    for (int i = 1; i < report.overview().length; i++) {
      b.append(subheading(w, i - 1, report.overview()[i]));
    }
    b.append(heading(w, 1));
    b.append(t2Table(report));
    b.append(heading(w, 2));
    String t3 = t3Tables(report, w);
    b.append(w.tablesInTextBox() ? textBox(t3) : t3);
    b.append(heading(w, 3));
    String t4 = t4Table(report);
    b.append(w.tablesInTextBox() ? textBox(t4) : t4);
    b.append(heading(w, 4));
    b.append(para("", report.closing()));
    b.append(heading(w, 5));
    b.append(para("", "无。"));
    b.append(para("<w:jc w:val=\"right\"/>", report.signature()));
    b.append(
        para(
            "<w:jc w:val=\"right\"/>",
            "<w:fldSimple w:instr=\" CREATEDATE \\@ &quot;yyyy年M月d日&quot; \">"
                + run((Integer.parseInt(title[1].substring(0, year)) + 1) + "年1月15日")
                + "</w:fldSimple>"));
    String content = b.toString();
    if (w.layoutTable()) {
      content = table(new int[] {9000}, List.of(row(false, cell(1, null, blocks(content)))));
      content += "<w:p/>";
    }
    return "<w:body>" + content + "<w:sectPr/></w:body>";
  }

  /** Blocks as the paragraphs of a cell (the cell helper's argument list). */
  private static String[] blocks(String content) {
    return new String[] {content.startsWith("<w:p") ? content : "<w:p/>" + content};
  }

  static final String ABSTRACT_HEADINGS =
      "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"multilevel\"/>"
          + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
          + "<w:lvlText w:val=\"%1、\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
          + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
          + "<w:suff w:val=\"nothing\"/><w:lvlText w:val=\"（%2）\"/><w:lvlJc w:val=\"left\"/>"
          + "</w:lvl></w:abstractNum>";

  static final String ABSTRACT_ITEMS =
      "<w:abstractNum w:abstractNumId=\"2\"><w:multiLevelType w:val=\"singleLevel\"/>"
          + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
          + "<w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/></w:lvl></w:abstractNum>";

  static String num(int numId, int abstractId, boolean restart) {
    return "<w:num w:numId=\""
        + numId
        + "\"><w:abstractNumId w:val=\""
        + abstractId
        + "\"/>"
        + (restart
            ? "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>"
            : "")
        + "</w:num>";
  }

  static String headingStyle(String id, String name, int ilvl) {
    return "<w:style w:type=\"paragraph\" w:styleId=\""
        + id
        + "\"><w:name w:val=\""
        + name
        + "\"/><w:basedOn w:val=\"Normal\"/><w:pPr>"
        + numPr(1, ilvl)
        + "</w:pPr></w:style>";
  }

  static byte[] docx(Report report, Word w) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Calendar fixed = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
      fixed.clear();
      fixed.set(2025, Calendar.JANUARY, 15);
      doc.getProperties().getCoreProperties().setCreated(Optional.of(fixed.getTime()));
      doc.getProperties().getCoreProperties().setModified(Optional.of(fixed.getTime()));
      doc.getDocument()
          .setBody(
              DocumentDocument.Factory.parse(
                      "<w:document " + NS + ">" + body(report, w) + "</w:document>")
                  .getDocument()
                  .getBody());
      StringBuilder lists = new StringBuilder(ABSTRACT_HEADINGS + ABSTRACT_ITEMS);
      lists.append(num(1, 1, false));
      for (int g = 0; g < 3; g++) {
        lists.append(num(2 + g, 2, true));
      }
      doc.createNumbering()
          .setNumbering(
              NumberingDocument.Factory.parse("<w:numbering " + NS + ">" + lists + "</w:numbering>")
                  .getNumbering());
      if (w.headingsByStyle()) {
        doc.createStyles()
            .setStyles(
                StylesDocument.Factory.parse(
                        "<w:styles "
                            + NS
                            + ">"
                            + headingStyle("1", "heading 1", 0)
                            + headingStyle("2", "heading 2", 1)
                            + "</w:styles>")
                    .getStyles());
      }
      // the body's name in the header, the page number (a PAGE field) in the footer
      XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
      header.createParagraph().createRun().setText(report.signature() + "信息公开");
      XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
      XWPFParagraph page = footer.createParagraph();
      page.createRun().setText("- ");
      page.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
      page.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
      page.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
      page.createRun().setText("1");
      page.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
      page.createRun().setText(" -");
      doc.write(out);
      return out.toByteArray();
    } catch (IOException | org.apache.xmlbeans.XmlException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Excel

  /**
   * Table 三 and 四 on sheets: on one sheet ({@code oneSheet}) or one per table; numbers as numbers
   * with 总计 a formula (its cached value kept), or as text.
   */
  static byte[] xlsx(Report report, boolean oneSheet, boolean numbersAsText) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(oneSheet ? "年度报告" : "封面");
      int r = 0;
      String title = report.title()[0] + report.title()[1];
      r = textRow(sheet, r, title, 10);
      r = textRow(sheet, r, report.intro(), 10);
      r = textRow(sheet, r, "二、" + HEADINGS[1], 10);
      for (String[] cells : report.t2()) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
          if (!numbersAsText && cells[c].matches("[0-9.]+")) {
            row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
          } else {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
        if (cells.length < 4) {
          sheet.addMergedRegion(new CellRangeAddress(r, r, cells.length - 1, 3));
        }
        r++;
      }
      r = textRow(sheet, r, "三、" + HEADINGS[2], 10);
      if (!oneSheet) {
        sheet = book.createSheet("表三");
        r = 0;
      }
      // table 三: header rows with merged regions
      int top = r;
      Row h0 = sheet.createRow(r++);
      h0.createCell(0).setCellValue("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
      h0.createCell(3).setCellValue("申请人情况");
      Row h1 = sheet.createRow(r++);
      h1.createCell(3).setCellValue("自然人");
      h1.createCell(4).setCellValue("法人或其他组织");
      h1.createCell(9).setCellValue("总计");
      Row h2 = sheet.createRow(r++);
      String[] kinds = {"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};
      for (int k = 0; k < 5; k++) {
        h2.createCell(4 + k).setCellValue(kinds[k]);
      }
      sheet.addMergedRegion(new CellRangeAddress(top, top + 2, 0, 2));
      sheet.addMergedRegion(new CellRangeAddress(top, top, 3, 9));
      sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 2, 3, 3));
      sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 1, 4, 8));
      sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 2, 9, 9));
      int first = r;
      for (int i = 0; i < 23; i++) {
        Row row = sheet.createRow(r);
        String label = T3_LABELS[i];
        if (i <= 1 || i == 22) {
          row.createCell(0).setCellValue(label);
          sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
        } else {
          if (i == 2) {
            row.createCell(0).setCellValue("三、本年度办理结果");
            sheet.addMergedRegion(new CellRangeAddress(r, r + 19, 0, 0));
          }
          boolean grouped = false;
          for (Object[] g : T3_GROUPS) {
            int gf = (int) g[0];
            int size = (int) g[1];
            if (i >= gf && i < gf + size) {
              grouped = true;
              if (i == gf) {
                row.createCell(1).setCellValue((String) g[2]);
                sheet.addMergedRegion(new CellRangeAddress(r, r + size - 1, 1, 1));
              }
              row.createCell(2).setCellValue((i - gf + 1) + "." + label);
            }
          }
          if (!grouped) {
            row.createCell(1).setCellValue(label);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
          }
        }
        for (int c = 0; c < 7; c++) {
          Cell cell = row.createCell(3 + c);
          int v = report.t3()[i][c];
          if (numbersAsText) {
            cell.setCellValue(String.valueOf(v));
          } else if (c == 6) {
            cell.setCellFormula("SUM(D" + (r + 1) + ":I" + (r + 1) + ")");
          } else {
            cell.setCellValue(v);
          }
        }
        r++;
      }
      if (oneSheet) {
        r++;
        r = textRow(sheet, r, "四、" + HEADINGS[3], 15);
      } else {
        sheet = book.createSheet("表四");
        r = 0;
      }
      top = r;
      Row g0 = sheet.createRow(r++);
      g0.createCell(0).setCellValue("行政复议");
      g0.createCell(5).setCellValue("行政诉讼");
      Row g1 = sheet.createRow(r++);
      Row g2 = sheet.createRow(r++);
      for (int k = 0; k < 5; k++) {
        g1.createCell(k).setCellValue(T4_RESULTS[k]);
        sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 2, k, k));
        g2.createCell(5 + k).setCellValue(T4_RESULTS[k]);
        g2.createCell(10 + k).setCellValue(T4_RESULTS[k]);
      }
      g1.createCell(5).setCellValue("未经复议直接起诉");
      g1.createCell(10).setCellValue("复议后起诉");
      sheet.addMergedRegion(new CellRangeAddress(top, top, 0, 4));
      sheet.addMergedRegion(new CellRangeAddress(top, top, 5, 14));
      sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 1, 5, 9));
      sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 1, 10, 14));
      Row values = sheet.createRow(r);
      for (int k = 0; k < 15; k++) {
        Cell cell = values.createCell(k);
        if (numbersAsText) {
          cell.setCellValue(String.valueOf(report.t4()[k]));
        } else if (k % 5 == 4) {
          String from = org.apache.poi.ss.util.CellReference.convertNumToColString(k - 4);
          String to = org.apache.poi.ss.util.CellReference.convertNumToColString(k - 1);
          cell.setCellFormula("SUM(" + from + (r + 1) + ":" + to + (r + 1) + ")");
        } else {
          cell.setCellValue(report.t4()[k]);
        }
      }
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      Calendar fixed = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
      fixed.clear();
      fixed.set(2025, Calendar.JANUARY, 15);
      book.getProperties().getCoreProperties().setCreated(Optional.of(fixed.getTime()));
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int textRow(Sheet sheet, int r, String text, int width) {
    sheet.createRow(r).createCell(0).setCellValue(text);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
    return r + 1;
  }

  // ---------------------------------------------------------------------------------------------

  static final Word PLAIN_NUMBERED =
      new Word(true, false, false, false, "0", 0, false, false, false, false);

  /** Every fixture by its file name. */
  static Map<String, Supplier<byte[]>> all() {
    Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
    files.put("hongze-2023-numbered.docx", () -> docx(HONGZE_2023, PLAIN_NUMBERED));
    files.put(
        "hongze-2023-textbox.docx",
        () ->
            docx(HONGZE_2023, new Word(false, false, true, true, "", 0, false, true, false, true)));
    files.put(
        "hongze-2024-split-repeated.docx",
        () ->
            docx(
                HONGZE_2024,
                new Word(true, false, false, true, "—", 15, true, false, false, true)));
    files.put(
        "hongze-2024-split.docx",
        () ->
            docx(
                HONGZE_2024,
                new Word(false, false, true, false, "", 12, false, false, false, false)));
    files.put(
        "zibo-2019-layout.docx",
        () ->
            docx(ZIBO_2019, new Word(false, true, false, true, "0", 0, false, false, true, false)));
    files.put("hongze-2024-one-sheet.xlsx", () -> xlsx(HONGZE_2024, true, false));
    files.put("zibo-2019-sheets.xlsx", () -> xlsx(ZIBO_2019, false, true));
    return files;
  }

  /** Writes every fixture into a folder. */
  static void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, Supplier<byte[]>> e : all().entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue().get());
    }
  }
}
