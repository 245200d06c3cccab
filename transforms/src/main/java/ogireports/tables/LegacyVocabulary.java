package ogireports.tables;

import java.util.List;
import ogireports.text.Normalise;
import ogireports.values.Numbers;

/**
 * The indicators of the national pre-2019 《政府信息公开情况统计表》 (spec §2.5) and their stable ids: the one
 * place that names them. Names are matched in matching form ({@link Normalise#label}) after the row
 * numbering ({@code 1.}, {@code （一）}, {@code 其中:}) is removed; the more specific name comes first
 * ({@code 同意部分公开答复数} before {@code 同意公开答复数}).
 */
final class LegacyVocabulary {

  /** One indicator: its id and the names it is printed under. */
  record Indicator(String id, List<String> names) {}

  static final List<Indicator> INDICATORS =
      List.of(
          ind("ACTIVE_NORMATIVE_DOCS", "主动公开规范性文件数"),
          ind("ACTIVE_FULLTEXT_RATE", "全文电子化率"),
          ind("ACTIVE_NEW", "新增政府信息数"),
          ind("ACTIVE_PUBLISHED", "主动公开信息数", "主动公开政府信息数", "主动公开信息", "主动公开政府信息"),
          ind("REQUESTS_IN_PERSON", "当面申请数", "当面申请"),
          ind("REQUESTS_FAX", "传真申请数", "传真申请"),
          ind("REQUESTS_ONLINE", "网络申请数", "网上申请数", "网络申请", "网上申请"),
          ind("REQUESTS_LETTER", "信函申请数", "信函申请"),
          ind("REQUESTS_EMAIL", "电子邮件申请数", "电子邮件申请"),
          ind("REQUESTS_RECEIVED", "收到申请数", "受理申请数", "收到申请", "申请总数"),
          ind("ANSWERS_PARTIAL", "同意部分公开答复数", "同意部分公开"),
          ind("ANSWERS_DENIED", "不同意公开答复数", "不同意公开", "不予公开答复数"),
          ind("ANSWERS_OPEN", "同意公开答复数", "同意公开"),
          ind("ANSWERS_TOTAL", "对申请的答复数", "已答复数", "申请答复数"),
          ind("DENIED_STATE_SECRET", "涉及国家秘密"),
          ind("DENIED_BUSINESS_SECRET", "涉及商业秘密"),
          ind("DENIED_PRIVACY", "涉及个人隐私"),
          ind("DENIED_SAFETY_STABILITY", "危及国家安全、公共安全、经济安全和社会稳定", "危及国家安全"),
          ind("DENIED_NOT_GOVERNMENT_INFO", "不是《条例》所指政府信息", "不是条例所指政府信息"),
          ind("DENIED_BY_LAW", "法律法规规定的其他情形"),
          ind("ANSWERS_NOT_HELD", "非本部门掌握", "非本机关掌握", "不属于本机关公开", "不属于本部门掌握"),
          ind("ANSWERS_NOT_EXIST", "信息不存在", "申请信息不存在"),
          ind("ANSWERS_UNCLEAR", "申请内容不明确"),
          ind("ANSWERS_AMEND", "告知作出更改补充", "告知作出更改补充数"),
          ind("ANSWERS_OTHER_CHANNEL", "告知通过其他途径办理", "告知通过其他途径办理数"),
          ind("REVIEWS_UPHELD", "维持具体行政行为数", "维持具体行政行为"),
          ind("REVIEWS_CORRECTED", "被依法纠错数", "被依法纠错"),
          ind("REVIEWS", "行政复议数", "行政复议案件数", "申请行政复议数"),
          ind("LAWSUITS", "行政诉讼数", "行政诉讼案件数", "提起行政诉讼数"),
          ind("COMPLAINTS", "举报投诉数", "申诉数", "举报投诉/申诉数", "举报投诉申诉数", "举报投诉"),
          ind("FEES_WAIVED", "申请减免费用", "减免费用", "减免金额"),
          ind("FEES_COLLECTED", "依申请提供政府信息收取的费用", "收取费用", "收费金额", "收费数额", "收取的费用"),
          ind("CONSULTATIONS", "接受公众咨询数", "咨询数", "政府信息公开咨询"),
          ind("STAFF_FULL_TIME", "专职人员数"),
          ind("STAFF_PART_TIME", "兼职人员数"),
          ind("BUDGET", "政府信息公开专项经费", "专项经费"),
          ind("TRAININGS", "召开培训会议", "举办培训班", "培训会议数"));

  /** Header texts of the vertical table: they start it. */
  static final List<String> HEADER = List.of("指标名称", "统计指标", "指标");

  /** Units printed in the 单位 column. */
  static final List<String> UNITS =
      List.of(
          "条", "件", "个", "项", "次", "人次", "人", "元", "万元", "%", "期", "份", "篇", "场", "天", "日", "起");

  private LegacyVocabulary() {}

  /** The id of an indicator name (numbering removed), or null when it is not a common one. */
  static String idOf(String name) {
    String n = withoutNumbering(Normalise.label(name));
    for (Indicator i : INDICATORS) {
      for (String k : i.names()) {
        if (n.equals(Normalise.label(k))) {
          return i.id();
        }
      }
    }
    for (Indicator i : INDICATORS) {
      for (String k : i.names()) {
        if (n.contains(Normalise.label(k))) {
          return i.id();
        }
      }
    }
    return null;
  }

  /** True for the text of a unit cell. */
  static boolean isUnit(String text) {
    return UNITS.contains(text);
  }

  /**
   * The name without its row numbering: {@code 1.}, {@code (一)}, {@code 一、}, {@code 其中:} and
   * letters such as {@code (1)} at the start.
   */
  static String withoutNumbering(String text) {
    String t = text;
    for (int guard = 0; guard < 4; guard++) {
      String before = t;
      if (t.startsWith("其中:") || t.startsWith("其中")) {
        t = t.substring(t.startsWith("其中:") ? 3 : 2);
      }
      if (t.startsWith("(")) {
        int close = t.indexOf(')');
        if (close > 0 && close <= 4) {
          t = t.substring(close + 1);
        }
      }
      int i = 0;
      while (i < t.length() && i < 4 && isNumeral(t.charAt(i))) {
        i++;
      }
      if (i > 0 && i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == '、')) {
        t = t.substring(i + 1);
      }
      if (t.equals(before)) {
        break;
      }
    }
    return t;
  }

  private static boolean isNumeral(char c) {
    return Numbers.isDigit(c) || Numbers.isNumeral(c, Numbers.Numerals.ORDINAL);
  }

  private static Indicator ind(String id, String... names) {
    return new Indicator(id, List.of(names));
  }
}
