package ogireports.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The data rows of table 三 (spec §2.2), in printed order, with their template labels. The 2019
 * template has {@link #R_OTHER}; the 2021 template has {@link #R_OTHER_1}…{@link #R_OTHER_3}
 * instead.
 */
public enum ApplicationRowId {
  NEW("一、本年新收政府信息公开申请数量"),
  CARRY_IN("二、上年结转政府信息公开申请数量"),
  R_OPEN("(一)予以公开"),
  R_PARTIAL("(二)部分公开(区分处理的,只计这一情形,不计其他情形)"),
  R_DENY_1("1.属于国家秘密"),
  R_DENY_2("2.其他法律行政法规禁止公开"),
  R_DENY_3("3.危及“三安全一稳定”"),
  R_DENY_4("4.保护第三方合法权益"),
  R_DENY_5("5.属于三类内部事务信息"),
  R_DENY_6("6.属于四类过程性信息"),
  R_DENY_7("7.属于行政执法案卷"),
  R_DENY_8("8.属于行政查询事项"),
  R_NA_1("1.本机关不掌握相关政府信息"),
  R_NA_2("2.没有现成信息需要另行制作"),
  R_NA_3("3.补正后申请内容仍不明确"),
  R_NOPROC_1("1.信访举报投诉类申请"),
  R_NOPROC_2("2.重复申请"),
  R_NOPROC_3("3.要求提供公开出版物"),
  R_NOPROC_4("4.无正当理由大量反复申请"),
  R_NOPROC_5("5.要求行政机关确认或重新出具已获取信息"),
  R_OTHER("(六)其他处理"),
  R_OTHER_1("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
  R_OTHER_2("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
  R_OTHER_3("3.其他"),
  R_TOTAL("(七)总计"),
  CARRY_OUT("四、结转下年度继续办理");

  private final String templateLabel;

  ApplicationRowId(String templateLabel) {
    this.templateLabel = templateLabel;
  }

  /** The label the official template prints (after NFKC), for messages. */
  public String templateLabel() {
    return templateLabel;
  }

  /** True for the result rows summed by T3_RESULT_SUM (everything between R_OPEN and R_TOTAL). */
  public boolean isResultPart() {
    return ordinal() >= R_OPEN.ordinal() && ordinal() <= R_OTHER_3.ordinal();
  }

  /**
   * The expected data rows of table 三 for a template: 23 for 2019, 25 for 2021. For other templates
   * the 2019 list is returned.
   */
  public static List<ApplicationRowId> rowsOf(Template template) {
    List<ApplicationRowId> rows = new ArrayList<>();
    for (ApplicationRowId id : values()) {
      boolean other2019 = id == R_OTHER;
      boolean other2021 = id == R_OTHER_1 || id == R_OTHER_2 || id == R_OTHER_3;
      if (template == Template.T2021 ? other2019 : other2021) {
        continue;
      }
      rows.add(id);
    }
    return List.copyOf(rows);
  }
}
