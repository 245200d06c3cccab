package ogireports.tables;

import java.util.List;
import java.util.Map;
import ogireports.model.ApplicationRowId;
import ogireports.model.DisclosureItem;
import ogireports.model.Template;
import ogireports.text.Normalise;

/**
 * The one label vocabulary of the tables: the labels of tables 二, 三 and 四 in matching form ({@link
 * Normalise#label}: NFKC, no whitespace, unified quotes), the unique matching keys of spec §6, and
 * the structural markers of the templates (spec §2.4).
 */
final class Vocabulary {

  private Vocabulary() {}

  /**
   * One label of table 三 in printed order: a data row ({@code rowId != null}) or a group label that
   * only spans rows ({@code rowId == null}).
   *
   * @param rowId the data row, or null for a group label
   * @param label the template label in matching form
   * @param key a substring unique to this label, or null when the label is matched by position only
   *     (the bare {@code 其他} of R_OTHER_3, the bare {@code 总计} of R_TOTAL)
   */
  record T3Label(ApplicationRowId rowId, String label, String key) {

    boolean isGroup() {
      return rowId == null;
    }
  }

  /** {@link Normalise#label} of each row's template label, made once. */
  private static final java.util.Map<ApplicationRowId, String> TEMPLATE_LABELS = templateLabels();

  private static java.util.Map<ApplicationRowId, String> templateLabels() {
    java.util.Map<ApplicationRowId, String> labels =
        new java.util.EnumMap<>(ApplicationRowId.class);
    for (ApplicationRowId id : ApplicationRowId.values()) {
      labels.put(id, Normalise.label(id.templateLabel()));
    }
    return labels;
  }

  /** Table 三 labels in printed order; 2019 and 2021 variants of （六） both appear. */
  static final List<T3Label> T3_LABELS =
      List.of(
          row(ApplicationRowId.NEW, "本年新收"),
          row(ApplicationRowId.CARRY_IN, "上年结转"),
          group("三、本年度办理结果", "本年度办理结果"),
          row(ApplicationRowId.R_OPEN, "予以公开"),
          row(ApplicationRowId.R_PARTIAL, "部分公开"),
          group("(三)不予公开", "不予公开"),
          row(ApplicationRowId.R_DENY_1, "国家秘密"),
          row(ApplicationRowId.R_DENY_2, "禁止公开"),
          row(ApplicationRowId.R_DENY_3, "三安全一稳定"),
          row(ApplicationRowId.R_DENY_4, "第三方合法权益"),
          row(ApplicationRowId.R_DENY_5, "内部事务"),
          row(ApplicationRowId.R_DENY_6, "过程性信息"),
          row(ApplicationRowId.R_DENY_7, "执法案卷"),
          row(ApplicationRowId.R_DENY_8, "行政查询"),
          group("(四)无法提供", "无法提供"),
          row(ApplicationRowId.R_NA_1, "不掌握"),
          row(ApplicationRowId.R_NA_2, "另行制作"),
          row(ApplicationRowId.R_NA_3, "仍不明确"),
          group("(五)不予处理", "不予处理"),
          row(ApplicationRowId.R_NOPROC_1, "信访"),
          row(ApplicationRowId.R_NOPROC_2, "重复申请"),
          row(ApplicationRowId.R_NOPROC_3, "公开出版物"),
          row(ApplicationRowId.R_NOPROC_4, "大量反复"),
          row(ApplicationRowId.R_NOPROC_5, "重新出具"),
          row(ApplicationRowId.R_OTHER, "其他处理"),
          row(ApplicationRowId.R_OTHER_1, "逾期不补正"),
          row(ApplicationRowId.R_OTHER_2, "缴纳费用"),
          row(ApplicationRowId.R_OTHER_3, null),
          row(ApplicationRowId.R_TOTAL, "(七)总计"),
          row(ApplicationRowId.CARRY_OUT, "结转下年度"));

  /** Texts of the table 三 header (corner note, applicant columns) that start the table. */
  static final List<String> T3_HEADER_MARKERS = List.of("勾稽关系", "申请人情况");

  /** The extra subtotal column some reports add to table 三 (spec §2.2: tolerate it). */
  static final String T3_SUBTOTAL = "小计";

  /** The first applicant column under 法人或其他组织. */
  static final String T3_ENTERPRISE = "商业企业";

  /** The first applicant column of table 三. */
  static final String T3_NATURAL_PERSON = "自然人";

  /** Table 三's totals column (and its （七） row). */
  static final String T3_TOTAL = "总计";

  /** Table 四's group headings: 行政复议, and 行政诉讼 over its two groups. */
  static final String T4_REVIEW = "行政复议";

  static final String T4_LITIGATION = "行政诉讼";

  static final String T4_DIRECT = "未经复议直接起诉";

  static final String T4_AFTER_REVIEW = "复议后起诉";

  /** Fragments of the table 四 header; the label of no table 三 row contains one. */
  static final List<String> T4_HEADER_MARKERS =
      List.of("行政复议", "行政诉讼", "维持", "维护", "纠正", "审结", "复议", "起诉", "其他结果");

  /** The caption of every table 二 sub-table: 第二十条第（一）项 and so on. */
  static final String T2_CAPTION = "第二十条第(";

  /** The first header cell of every table 二 sub-table. */
  static final String T2_HEADER = "信息内容";

  /** Table 二 row labels in matching form. */
  static final Map<String, DisclosureItem> T2_ITEMS =
      Map.of(
          "规章", DisclosureItem.RULE,
          "规范性文件", DisclosureItem.NORM,
          "行政规范性文件", DisclosureItem.NORM,
          "行政许可", DisclosureItem.LICENSE,
          "其他对外管理服务事项", DisclosureItem.SERVICE,
          "行政处罚", DisclosureItem.PENALTY,
          "行政强制", DisclosureItem.COERCION,
          "行政事业性收费", DisclosureItem.FEE,
          "政府集中采购", DisclosureItem.PROCUREMENT);

  /** Texts only the 2019 template prints (spec §2.4), in matching form. */
  static final List<String> MARKERS_2019 =
      List.of(
          "本年新制作数量",
          "本年新公开数量",
          "对外公开总数量",
          "上一年项目数量",
          "本年增/减",
          "其他对外管理服务事项",
          "第二十条第(九)项",
          "政府集中采购",
          "采购总金额");

  /** Texts only the 2021 template prints (spec §2.4), in matching form. */
  static final List<String> MARKERS_2021 =
      List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额");

  /** Indicator names of the pre-2019 vertical statistics tables (spec §2.5). */
  static final List<String> MARKERS_PRE2019 =
      List.of(
          "主动公开信息数",
          "收到申请数",
          "当面申请数",
          "传真申请数",
          "网上申请数",
          "网络申请数",
          "信函申请数",
          "同意公开答复数",
          "同意部分公开答复数",
          "不同意公开答复数");

  /** True when a normalised text is a fragment of the table 四 header. */
  static boolean isT4Header(String text) {
    if (text.isEmpty() || text.length() > Cell.MAX_CELL_CHARS) {
      return false;
    }
    for (String marker : T4_HEADER_MARKERS) {
      if (text.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** Characters the table 四 header is made of (its local variants included). */
  static final String T4_HEADER_CHARS = "行政复议诉讼结果维持护纠正其他尚未审结总计经直接起后()因政府信息公开被";

  /**
   * How many header fragments a text holds that is made of table 四 header characters only: the
   * header cells of a text that lost its separators run together ({@code 维持纠正结果审结…}). 0 for any
   * other text.
   */
  static int t4HeaderRun(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (T4_HEADER_CHARS.indexOf(text.charAt(i)) < 0) {
        return 0;
      }
    }
    int n = 0;
    for (String marker : List.of("维持", "维护", "纠正", "审结", "复议", "起诉", "其他结果")) {
      for (int at = text.indexOf(marker);
          at >= 0;
          at = text.indexOf(marker, at + marker.length())) {
        n++;
      }
    }
    return n;
  }

  /** {@link ApplicationRowId#rowsOf} of every template, made once. */
  private static final Map<Template, List<ApplicationRowId>> ROWS_OF = rowsOfTemplates();

  private static Map<Template, List<ApplicationRowId>> rowsOfTemplates() {
    Map<Template, List<ApplicationRowId>> rows = new java.util.EnumMap<>(Template.class);
    for (Template t : Template.values()) {
      rows.put(t, ApplicationRowId.rowsOf(t));
    }
    return rows;
  }

  /** The expected data rows of table 三 for a template ({@link ApplicationRowId#rowsOf}). */
  static List<ApplicationRowId> rowsOf(Template template) {
    return template == null ? ApplicationRowId.rowsOf(null) : ROWS_OF.get(template);
  }

  /** The template label of a data row in matching form. */
  static String templateLabel(ApplicationRowId id) {
    return TEMPLATE_LABELS.get(id);
  }

  private static T3Label row(ApplicationRowId id, String key) {
    return new T3Label(id, templateLabel(id), key);
  }

  private static T3Label group(String label, String key) {
    return new T3Label(null, Normalise.label(label), key);
  }
}
