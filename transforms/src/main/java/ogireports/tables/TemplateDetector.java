package ogireports.tables;

import java.util.List;
import java.util.function.Supplier;
import ogireports.model.ApplicationRowId;
import ogireports.model.Template;
import ogireports.text.Normalise;

/**
 * Decides the template from the tables' structure (spec §2.4), never from the notice a report
 * cites: the header and row texts only one template prints, matched with whitespace and line breaks
 * removed, plus the shape of table 三's （六）其他处理.
 */
final class TemplateDetector {

  /** Indicator names needed to call a report a pre-2019 statistics table. */
  private static final int MIN_PRE2019_INDICATORS = 2;

  /** The markers of each template in matching form ({@link Normalise#label}), made once. */
  private static final List<String> LABELS_2019 = labels(Vocabulary.MARKERS_2019);

  private static final List<String> LABELS_2021 = labels(Vocabulary.MARKERS_2021);
  private static final List<String> LABELS_PRE2019 = labels(Vocabulary.MARKERS_PRE2019);

  private static List<String> labels(List<String> markers) {
    return markers.stream().map(Normalise::label).toList();
  }

  private TemplateDetector() {}

  /**
   * The template of a report.
   *
   * @param tableText the texts of the table cells read, concatenated in matching form
   * @param t3 table 三 as read, or null
   * @param documentText the whole document in matching form, made only when the tables do not
   *     decide (headers printed outside a table read, pre-2019 reports)
   */
  static Template detect(
      String tableText, ApplicationTableReader.Reading t3, Supplier<String> documentText) {
    int votes2019 = count(tableText, LABELS_2019);
    int votes2021 = count(tableText, LABELS_2021);
    if (t3 != null) {
      if (t3.has(ApplicationRowId.R_OTHER_1) || t3.has(ApplicationRowId.R_OTHER_2)) {
        votes2021++;
      } else if (t3.has(ApplicationRowId.R_OTHER)) {
        votes2019++;
      }
    }
    if (votes2019 == 0 && votes2021 == 0) {
      // no table read, or none that tells: a header printed after a table 二 caption still does
      // (a table cut before its values, cells the readers could not place); prose that speaks
      // of 现行有效件数 does not
      String text = documentText.get();
      int caption = text.indexOf(Vocabulary.T2_CAPTION);
      if (caption >= 0) {
        String tables = text.substring(caption);
        votes2019 = count(tables, LABELS_2019);
        votes2021 = count(tables, LABELS_2021);
      }
    }
    if (votes2019 == votes2021 && otherHandlingRowsOf2021(documentText.get())) {
      votes2021++; // a page of table 三's results alone (a flip-book's page): its （六） sub-rows
    }
    if (votes2019 > votes2021) {
      return Template.T2019;
    }
    if (votes2021 > votes2019) {
      return Template.T2021;
    }
    if (votes2019 == 0 && isPre2019(documentText.get())) {
      return Template.PRE2019;
    }
    return Template.UNKNOWN;
  }

  /** Words of table 三's （六） sub-rows, which only the 2021 template prints, in matching form. */
  private static final List<String> OTHER_HANDLING_2021 = labels(List.of("逾期不补正", "缴纳费用"));

  /** How far after {@code 其他处理} the words of its sub-rows are looked for. */
  private static final int OTHER_HANDLING_REACH = 80;

  /**
   * True when table 三's {@code （六）其他处理} is followed by the words of the 2021 template's sub-rows
   * ({@code 1.申请人无正当理由逾期不补正…}, {@code 2.…缴纳费用…}), wherever the lines broke them: a page that holds
   * the results without table 二 still tells its template.
   */
  private static boolean otherHandlingRowsOf2021(String text) {
    for (int at = text.indexOf("其他处理"); at >= 0; at = text.indexOf("其他处理", at + 1)) {
      String after = text.substring(at, Math.min(text.length(), at + OTHER_HANDLING_REACH));
      if (count(after, OTHER_HANDLING_2021) > 0) {
        return true;
      }
    }
    return false;
  }

  /** True for a report with indicator-list tables and none of the 2019 条例 captions. */
  private static boolean isPre2019(String documentText) {
    return !documentText.contains(Vocabulary.T2_CAPTION)
        && !documentText.contains("申请人情况")
        && count(documentText, LABELS_PRE2019) >= MIN_PRE2019_INDICATORS;
  }

  /** How many of the {@code labels} (markers in matching form) the text holds. */
  private static int count(String text, List<String> labels) {
    int n = 0;
    for (String m : labels) {
      if (text.contains(m)) {
        n++;
      }
    }
    return n;
  }
}
