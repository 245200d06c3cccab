package ogireports.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ogireports.model.ActiveDisclosureTable;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.DisclosureItem;
import ogireports.model.Measure;
import ogireports.model.ParsedReport;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationTable;
import ogireports.model.Template;
import ogireports.rules.Narrative.Sentence;
import ogireports.rules.Narrative.Stated;
import ogireports.values.Numbers;

/**
 * The narrative ↔ table rules of spec §4.2 (sections 一, 五, 六 only). A text rule is skipped when the
 * table it compares with is absent (that is reported by the table's SHAPE rule).
 */
final class TextRules {

  /** Phrases that make a sentence an application sentence. */
  static final List<String> APPLICATION_PHRASES = List.of("政府信息公开申请", "信息公开申请", "依申请公开");

  /** Verbs of receiving (spec: 收到/受理/新收/接收). */
  static final List<String> RECEIVE_VERBS = List.of("收到", "受理", "新收", "接收");

  /** Words of sentences about other business, never application counts. */
  static final List<String> REJECT_WORDS = List.of("举报", "投诉", "信访", "建议", "提案", "咨询");

  /** How far (characters) the number may stand from the phrase, and the verb before it. */
  static final int WINDOW = 30;

  private TextRules() {}

  // ---------------------------------------------------------------- application counts

  /**
   * A count of applications a sentence states.
   *
   * @param stated the number and its approximation marker
   * @param withCarry whether the sentence says the count includes last year's carry-over ({@code
   *     含上年结转}, {@code 共办理})
   */
  record ApplicationCount(Stated stated, boolean withCarry) {}

  /**
   * The application counts a sentence states: {@code (共)?(收到|受理|新收|接收)…申请 N 件}, the number at most
   * 30 characters after 政府信息公开申请/信息公开申请/依申请公开, the verb before the number and at most 30 characters
   * before the phrase, and no 举报 投诉 信访 建议 提案 咨询 in the clause. The first number after the phrase is
   * taken (later ones are breakdowns).
   */
  static List<ApplicationCount> applicationCounts(String s) {
    if (!s.contains("申请")) {
      return List.of(); // every application phrase has 申请 (most sentences have none)
    }
    Map<Integer, ApplicationCount> found = new LinkedHashMap<>();
    boolean withCarry = s.contains("含上年结转") || s.contains("共办理");
    boolean[] covered = new boolean[s.length() + 1];
    for (String phrase : APPLICATION_PHRASES) {
      for (int p = s.indexOf(phrase); p >= 0; p = s.indexOf(phrase, p + 1)) {
        if (covered[p]) {
          continue; // 信息公开申请 inside 政府信息公开申请 was read already
        }
        java.util.Arrays.fill(covered, p, p + phrase.length(), true);
        Stated before = countRightBefore(s, p);
        if (before != null) {
          found.putIfAbsent(before.start(), new ApplicationCount(before, withCarry));
          continue;
        }
        int phraseEnd = p + phrase.length();
        Stated stated = firstCountAfter(s, phraseEnd);
        if (stated == null) {
          continue;
        }
        int verb = lastVerbBefore(s, Math.max(0, p - WINDOW), stated.start());
        if (verb < 0
            || isNegated(s, verb)
            || crossesClause(s, Math.min(verb, p), p)
            || crossesClause(s, phraseEnd, stated.start())) {
          continue;
        }
        int regionStart = clauseStart(s, Math.min(verb, p));
        if (isRejected(s.substring(regionStart, stated.end()))) {
          continue;
        }
        found.putIfAbsent(stated.start(), new ApplicationCount(stated, withCarry));
      }
    }
    return new ArrayList<>(found.values());
  }

  /**
   * A count standing right before the phrase, as in {@code 收到5件政府信息公开申请}: {@code N件} (optionally
   * followed by 的) ends where the phrase starts, and a receiving verb stands at most 8 characters
   * before the number in the same clause. Null when the sentence is not so written.
   */
  static Stated countRightBefore(String s, int phraseStart) {
    int u = phraseStart - 1;
    if (u >= 0 && s.charAt(u) == '的') {
      u--;
    }
    if (u < 1 || s.charAt(u) != '件') {
      return null;
    }
    Stated stated = Narrative.countBefore(s, u);
    if (stated == null) {
      return null;
    }
    int verb = lastVerbBefore(s, Math.max(0, stated.start() - 8), stated.start());
    if (verb < 0 || isNegated(s, verb) || crossesClause(s, verb, stated.start())) {
      return null;
    }
    return isRejected(s.substring(clauseStart(s, verb), phraseStart)) ? null : stated;
  }

  /** True when a clause boundary (，；：。) lies between from and to. */
  static boolean crossesClause(String s, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == ';' || c == '。') {
        return true;
      }
    }
    return false;
  }

  /** 举报 投诉 信访 建议 提案 咨询, or 案件…起: a clause about other business. */
  static boolean isRejected(String region) {
    if (containsAny(region, REJECT_WORDS)) {
      return true;
    }
    for (int k = region.indexOf("案件"); k >= 0; k = region.indexOf("案件", k + 1)) {
      int limit = Math.min(region.length(), k + 14);
      for (int i = k + 3; i < limit; i++) {
        char prev = region.charAt(i - 1);
        if (region.charAt(i) == '起'
            && (Numbers.isDigit(prev) || Numbers.isNumeral(prev, Numbers.Numerals.COUNT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first {@code N件} whose number starts at most {@link #WINDOW} characters after from. */
  static Stated firstCountAfter(String s, int from) {
    int limit = Math.min(s.length(), from + WINDOW + 16);
    for (int u = s.indexOf('件', from); u >= 0 && u < limit; u = s.indexOf('件', u + 1)) {
      Stated stated = Narrative.countBefore(s, u);
      if (stated != null && stated.start() >= from && stated.start() - from <= WINDOW) {
        return stated;
      }
    }
    return null;
  }

  private static int lastVerbBefore(String s, int from, int to) {
    int best = -1;
    for (String verb : RECEIVE_VERBS) {
      int i = s.lastIndexOf(verb, to - verb.length());
      if (i >= from && i > best) {
        best = i;
      }
    }
    return best;
  }

  private static boolean isNegated(String s, int verb) {
    String before = s.substring(Math.max(0, verb - 2), verb);
    return before.endsWith("未")
        || before.endsWith("没有")
        || before.endsWith("无")
        || before.endsWith("没");
  }

  private static int clauseStart(String s, int from) {
    for (int i = from - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '。') {
        return i + 1;
      }
    }
    return 0;
  }

  /** One way of reading 收到…N件 against table 三, and its value (null when not available). */
  record Reading(String name, Double value, boolean withBlanks) {}

  static List<Reading> readings(T3Cells cells, boolean withCarry) {
    Double newTot = cells.value(ApplicationRowId.NEW, ApplicantColumn.TOTAL);
    Double carryIn = cells.value(ApplicationRowId.CARRY_IN, ApplicantColumn.TOTAL);
    Double total = cells.value(ApplicationRowId.R_TOTAL, ApplicantColumn.TOTAL);
    Double carryOut = cells.value(ApplicationRowId.CARRY_OUT, ApplicantColumn.TOTAL);
    boolean blankNew = cells.isBlank(ApplicationRowId.NEW, ApplicantColumn.TOTAL);
    boolean blankIn = cells.isBlank(ApplicationRowId.CARRY_IN, ApplicantColumn.TOTAL);
    boolean blankOut =
        cells.isBlank(ApplicationRowId.R_TOTAL, ApplicantColumn.TOTAL)
            || cells.isBlank(ApplicationRowId.CARRY_OUT, ApplicantColumn.TOTAL);
    List<Reading> out = new ArrayList<>();
    Reading newOnly = new Reading("NEW.TOT", newTot, blankNew);
    if (withCarry) {
      out.add(new Reading("NEW.TOT+CARRY_IN.TOT", add(newTot, carryIn), blankNew || blankIn));
      out.add(newOnly);
    } else {
      out.add(newOnly);
    }
    out.add(new Reading("R_TOTAL.TOT+CARRY_OUT.TOT", add(total, carryOut), blankOut));
    return out;
  }

  private static Double add(Double a, Double b) {
    return a == null || b == null ? null : a + b;
  }

  /** TX_NEW: a stated count of applications received matches T3[NEW].TOT (or another reading). */
  static void newApplications(ParsedReport report, Flags out) {
    if (T3Rules.table(report) == null) {
      return;
    }
    T3Cells cells = T3Rules.cells(report);
    for (Sentence sentence : Narrative.sentences(report)) {
      out.check();
      if (!sentence.has(Narrative.APPLICATION)) {
        continue; // every application count is in a sentence with 申请
      }
      out.evidence(sentence.text());
      for (ApplicationCount count : applicationCounts(sentence.text())) {
        checkCount(sentence, count, readings(cells, count.withCarry()), out);
      }
    }
  }

  private static void checkCount(
      Sentence sentence, ApplicationCount count, List<Reading> readings, Flags out) {
    Stated stated = count.stated();
    List<Reading> available = readings.stream().filter(r -> r.value() != null).toList();
    String row = ApplicationRowId.NEW.name();
    String col = ApplicantColumn.TOTAL.column();
    if (available.isEmpty()) {
      out.notAssessable(
          row,
          col,
          "section="
              + sentence.section()
              + ";stated="
              + stated.value()
              + ";tried="
              + String.join(",", readings.stream().map(Reading::name).toList()),
          sentence.where()
              + sentence.quote()
              + "称收到申请"
              + stated.value()
              + "件，但表三"
              + T3Cells.label(ApplicationRowId.NEW)
              + "的总计无法读取，无法核对");
      return;
    }
    for (Reading r : available) {
      if (r.value() == stated.value()) {
        return;
      }
    }
    Reading primary = available.get(0);
    List<String> detail = new ArrayList<>();
    detail.add("section=" + sentence.section());
    detail.add("reading=" + primary.name());
    detail.add(
        "tried="
            + String.join(
                ",",
                available.stream().map(r -> r.name() + "=" + Equation.fmt(r.value())).toList()));
    if (stated.isApprox()) {
      detail.add("approx=" + stated.approx());
    }
    if (available.stream().anyMatch(Reading::withBlanks)) {
      detail.add("with_blanks");
    }
    String message =
        sentence.where()
            + sentence.quote()
            + "称收到申请"
            + (stated.isApprox() ? "约" : "")
            + stated.value()
            + "件，但表三"
            + (primary.name().startsWith("NEW.TOT+")
                ? "“一、本年新收”加“二、上年结转”的总计为"
                : T3Cells.label(ApplicationRowId.NEW) + "的总计为")
            + Equation.fmt(primary.value());
    if (stated.isApprox()) {
      out.note(
          row,
          col,
          primary.value(),
          (double) stated.value(),
          String.join(";", detail),
          message + "（文中为约数）");
    } else {
      out.fail(
          row, col, primary.value(), (double) stated.value(), String.join(";", detail), message);
    }
  }

  // ---------------------------------------------------------------- no applications

  /** Negations: 未收到政府信息公开申请, 未收到依申请公开申请事项, 全年无依申请公开信息, 无依申请公开, 没有收到…申请. */
  static final Pattern ZERO_APPLICATIONS =
      Pattern.compile(
          "(未|没有|尚未)(收到|接到|受理|接收)[^。;]{0,20}?(政府信息公开申请|信息公开申请|依申请公开|公开申请)"
              + "|无(依申请公开|政府信息公开申请|信息公开申请)"
              + "|没有收到[^。;]{0,20}?申请");

  static boolean saysNoApplications(String sentence) {
    // Every match has 申请 and one of 未 没 无: most sentences are ruled out without the regex.
    return sentence.contains("申请")
        && (sentence.indexOf('未') >= 0 || sentence.indexOf('没') >= 0 || sentence.indexOf('无') >= 0)
        && ZERO_APPLICATIONS.matcher(sentence).find();
  }

  /**
   * The first sentence that {@code says} something (checking the budget at each sentence), made the
   * evidence of the next flags; null when none does. Only a sentence holding one of {@code words}
   * ({@link Sentence#has}) can say it.
   */
  private static Sentence firstClaim(
      ParsedReport report, int words, java.util.function.Predicate<String> says, Flags out) {
    for (Sentence sentence : Narrative.sentences(report)) {
      out.check();
      if (sentence.has(words) && says.test(sentence.text())) {
        out.evidence(sentence.text());
        return sentence;
      }
    }
    return null;
  }

  /** TX_ZERO: a sentence saying no application was received means T3[NEW].TOT = 0. */
  static void zeroApplications(ParsedReport report, Flags out) {
    if (T3Rules.table(report) == null) {
      return;
    }
    Sentence claim = firstClaim(report, Narrative.APPLICATION, TextRules::saysNoApplications, out);
    if (claim == null) {
      return;
    }
    T3Cells cells = T3Rules.cells(report);
    Double newTot = cells.value(ApplicationRowId.NEW, ApplicantColumn.TOTAL);
    String row = ApplicationRowId.NEW.name();
    String col = ApplicantColumn.TOTAL.column();
    String detail =
        "section="
            + claim.section()
            + (cells.isBlank(ApplicationRowId.NEW, ApplicantColumn.TOTAL) ? ";with_blanks" : "");
    if (newTot == null) {
      out.notAssessable(
          row,
          col,
          detail,
          claim.where()
              + claim.quote()
              + "称未收到申请，但表三"
              + T3Cells.label(ApplicationRowId.NEW)
              + "的总计无法读取，无法核对");
    } else if (newTot != 0d) {
      out.fail(
          row,
          col,
          newTot,
          0d,
          detail,
          claim.where()
              + claim.quote()
              + "称未收到申请，但表三"
              + T3Cells.label(ApplicationRowId.NEW)
              + "的总计为"
              + Equation.fmt(newTot));
    }
  }

  // ---------------------------------------------------------------- no review, no litigation

  /** {@code 无…行政复议、行政诉讼} within one sentence, with no number in between. */
  static final Pattern NO_REVIEW_LITIGATION =
      Pattern.compile(
          "(无|没有|未发生|未产生|未出现|未有|未被)(?![法论])[^。;0-9]{0,30}?" + "行政复议[、,和及与或]{0,2}(被)?(提起)?(行政)?诉讼");

  static boolean saysNoReviewLitigation(String sentence) {
    // Every match has 行政复议 and 诉讼: most sentences are ruled out without the regex.
    return sentence.contains("行政复议")
        && sentence.contains("诉讼")
        && NO_REVIEW_LITIGATION.matcher(sentence).find();
  }

  /** TX_T4_ZERO: 无…行政复议、行政诉讼 means RV.TOT = LD.TOT = LR.TOT = 0 (one flag per group). */
  static void zeroReviewLitigation(ParsedReport report, Flags out) {
    ReviewLitigationTable table = T4Rules.table(report);
    if (table == null) {
      return;
    }
    Sentence claim = firstClaim(report, Narrative.REVIEW, TextRules::saysNoReviewLitigation, out);
    if (claim == null) {
      return;
    }
    for (ReviewGroup g : ReviewGroup.values()) {
      Double total = T4Rules.total(table, g);
      if (total == null) {
        out.notAssessable(
            g.name(),
            ReviewCell.TOTAL.column(),
            "section=" + claim.section(),
            claim.where() + claim.quote() + "称无行政复议、行政诉讼，但表四" + T4Rules.label(g) + "的总计无法读取，无法核对");
      } else if (total != 0d) {
        out.fail(
            g.name(),
            ReviewCell.TOTAL.column(),
            total,
            0d,
            "section=" + claim.section(),
            claim.where()
                + claim.quote()
                + "称无行政复议、行政诉讼，但表四"
                + T4Rules.label(g)
                + "的总计为"
                + Equation.fmt(total));
      }
    }
  }

  // ---------------------------------------------------------------- keyword counts

  /**
   * The first {@code N件} standing at most {@code window} characters after a keyword, for each
   * occurrence of the keyword in a sentence (clauses with 举报 投诉 信访 建议 提案 咨询 ignored).
   */
  static List<Stated> countsAfter(String s, String keyword, int window) {
    List<Stated> out = new ArrayList<>();
    for (int k = s.indexOf(keyword); k >= 0; k = s.indexOf(keyword, k + 1)) {
      int from = k + keyword.length();
      int limit = Math.min(s.length(), from + window + 16);
      for (int u = s.indexOf('件', from); u >= 0 && u < limit; u = s.indexOf('件', u + 1)) {
        Stated stated = Narrative.countBefore(s, u);
        if (stated != null && stated.start() >= from && stated.start() - from <= window) {
          String region = s.substring(clauseStart(s, k), stated.end());
          if (!isRejected(region) && out.stream().noneMatch(o -> o.start() == stated.start())) {
            out.add(stated);
          }
          break;
        }
      }
    }
    return out;
  }

  /**
   * Compares a stated count with a table value: FAIL, NOTE for an approximate count, or
   * NOT_ASSESSABLE.
   */
  private static void compare(
      Sentence sentence,
      Stated stated,
      Double table,
      String rowId,
      String columnId,
      String what,
      String tableLabel,
      Flags out) {
    compare(sentence, stated, table, rowId, columnId, what, tableLabel, null, out);
  }

  /** {@link #compare}s each count a sentence states with the 总计 of table 三's row {@code row}. */
  private static void compareTotals(
      Sentence sentence,
      List<Stated> stated,
      T3Cells cells,
      ApplicationRowId row,
      String what,
      Flags out) {
    for (Stated s : stated) {
      compare(
          sentence,
          s,
          cells.value(row, ApplicantColumn.TOTAL),
          row.name(),
          ApplicantColumn.TOTAL.column(),
          what,
          "表三" + T3Cells.label(row) + "的总计",
          out);
    }
  }

  private static void compare(
      Sentence sentence,
      Stated stated,
      Double table,
      String rowId,
      String columnId,
      String what,
      String tableLabel,
      String extraDetail,
      Flags out) {
    String detail =
        "section="
            + sentence.section()
            + (extraDetail == null ? "" : ";" + extraDetail)
            + (stated.isApprox() ? ";approx=" + stated.approx() : "");
    String said =
        sentence.where()
            + sentence.quote()
            + "称"
            + what
            + (stated.isApprox() ? "约" : "")
            + stated.value()
            + "件，但"
            + tableLabel;
    if (table == null) {
      out.notAssessable(rowId, columnId, detail, said + "无法读取，无法核对");
    } else if (table != stated.value()) {
      if (stated.isApprox()) {
        out.note(
            rowId,
            columnId,
            table,
            (double) stated.value(),
            detail,
            said + "为" + Equation.fmt(table) + "（文中为约数）");
      } else {
        out.fail(
            rowId,
            columnId,
            table,
            (double) stated.value(),
            detail,
            said + "为" + Equation.fmt(table));
      }
    }
  }

  /** TX_CARRY: 结转下年度 N 件 → T3[CARRY_OUT].TOT; 上年结转 N 件 → T3[CARRY_IN].TOT. */
  static void carry(ParsedReport report, Flags out) {
    if (T3Rules.table(report) == null) {
      return;
    }
    T3Cells cells = T3Rules.cells(report);
    for (Sentence sentence : Narrative.sentences(report)) {
      out.check();
      if (!sentence.has(Narrative.APPLICATION)) {
        continue;
      }
      String s = sentence.text();
      out.evidence(s);
      List<Stated> in = new ArrayList<>(countsAfter(s, "上年结转", 10));
      countsAfter(s, "上年度结转", 10).forEach(in::add);
      compareTotals(sentence, in, cells, ApplicationRowId.CARRY_IN, "上年结转", out);
      List<Stated> carryOut = new ArrayList<>(countsAfter(s, "结转下年度", 10));
      countsAfter(s, "结转下一年度", 10).forEach(carryOut::add);
      countsAfter(s, "结转至下年度", 10).forEach(carryOut::add);
      compareTotals(sentence, carryOut, cells, ApplicationRowId.CARRY_OUT, "结转下年度", out);
    }
  }

  /**
   * TX_T4_COUNT: 行政复议 N 件 → RV.TOT; 行政诉讼 N 件 → LD.TOT + LR.TOT. Only sentences about 信息公开/政务公开 are
   * read (an agency's other 复议 and 诉讼 cases are not in table 四).
   */
  static void reviewLitigationCount(ParsedReport report, Flags out) {
    ReviewLitigationTable table = T4Rules.table(report);
    if (table == null) {
      return;
    }
    Double rv = T4Rules.total(table, ReviewGroup.REVIEW);
    Double ld = T4Rules.total(table, ReviewGroup.LITIGATION_DIRECT);
    Double lr = T4Rules.total(table, ReviewGroup.LITIGATION_AFTER_REVIEW);
    Double litigation = ld == null || lr == null ? null : ld + lr;
    String col = ReviewCell.TOTAL.column();
    for (Sentence sentence : Narrative.sentences(report)) {
      out.check();
      if (!sentence.has(Narrative.GOVERNMENT_OPEN)
          || !sentence.has(Narrative.REVIEW | Narrative.LITIGATION)) {
        continue; // counts stand after 行政复议 or 行政诉讼, in sentences on 信息公开 or 政务公开
      }
      String s = sentence.text();
      out.evidence(s);
      for (Stated stated : countsAfter(s, "行政复议", 6)) {
        compare(sentence, stated, rv, ReviewGroup.REVIEW.name(), col, "行政复议", "表四“行政复议”的总计", out);
      }
      for (Stated stated : countsAfter(s, "行政诉讼", 6)) {
        compare(
            sentence,
            stated,
            litigation,
            null,
            col,
            "行政诉讼",
            "表四两类“行政诉讼”的总计之和",
            "groups=LITIGATION_DIRECT+LITIGATION_AFTER_REVIEW",
            out);
      }
    }
  }

  // ---------------------------------------------------------------- applications done

  /** Words of finishing an application (spec: 办结/答复/办理完毕). */
  static final List<String> DONE_WORDS = List.of("办结", "答复", "办理完毕", "处理完毕");

  /** True when {@code s} contains one of {@code words} (a loop: every sentence asks it often). */
  private static boolean containsAny(String s, List<String> words) {
    for (String word : words) {
      if (s.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence names applications: 政府信息公开申请, 信息公开申请 or 依申请公开. */
  static boolean isApplicationSentence(String s) {
    return containsAny(s, APPLICATION_PHRASES);
  }

  /**
   * The counts of applications finished a sentence states: {@code 办结/答复/办理完毕 N 件}, the number at
   * most 6 characters after the word (an application phrase in between is skipped: {@code
   * 办结政府信息公开申请5件}). Only in sentences naming applications, and never in clauses about 举报 投诉 信访 建议
   * 提案 咨询 (seed 003: {@code 建议、提案已按时办理完毕}).
   */
  static List<Stated> doneCounts(String s) {
    List<Stated> out = new ArrayList<>();
    if (!isApplicationSentence(s)) {
      return out;
    }
    for (String word : DONE_WORDS) {
      for (int k = s.indexOf(word); k >= 0; k = s.indexOf(word, k + 1)) {
        if (k > 0 && (s.charAt(k - 1) == '未' || s.charAt(k - 1) == '待')) {
          continue;
        }
        int from = k + word.length();
        for (String phrase : APPLICATION_PHRASES) {
          if (s.startsWith(phrase, from)) {
            from += phrase.length();
            break;
          }
        }
        Stated stated = countWithin(s, from, 6, "件");
        if (stated == null
            || isRejected(s.substring(clauseStart(s, k), stated.end()))
            || out.stream().anyMatch(o -> o.start() == stated.start())) {
          continue;
        }
        out.add(stated);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** The first count with one of the units whose number starts at most window chars after from. */
  static Stated countWithin(String s, int from, int window, String units) {
    int limit = Math.min(s.length(), from + window + 16);
    for (int u = from; u < limit; u++) {
      if (units.indexOf(s.charAt(u)) < 0) {
        continue;
      }
      Stated stated = Narrative.countBefore(s, u);
      if (stated != null && stated.start() >= from && stated.start() - from <= window) {
        return stated;
      }
    }
    return null;
  }

  /** TX_DONE: 办结/答复/办理完毕 N 件 → T3[R_TOTAL].TOT. */
  static void done(ParsedReport report, Flags out) {
    if (T3Rules.table(report) == null) {
      return;
    }
    T3Cells cells = T3Rules.cells(report);
    for (Sentence sentence : Narrative.sentences(report)) {
      out.check();
      if (!sentence.has(Narrative.APPLICATION)) {
        continue; // done counts are read in sentences naming applications only
      }
      out.evidence(sentence.text());
      compareTotals(
          sentence, doneCounts(sentence.text()), cells, ApplicationRowId.R_TOTAL, "办结申请", out);
    }
  }

  // ---------------------------------------------------------------- outcomes

  /**
   * One outcome word of 三、本年度办理结果 and the rows of table 三 it sums.
   *
   * @param word the word in the text, e.g. 予以公开
   * @param label the table's label for messages
   * @param rows2019 the rows summed on the 2019 template
   * @param rows2021 the rows summed on the 2021 template
   */
  record OutcomeWord(
      String word, String label, List<ApplicationRowId> rows2019, List<ApplicationRowId> rows2021) {

    List<ApplicationRowId> rows(List<ApplicationRowId> expected) {
      List<ApplicationRowId> rows =
          expected.contains(ApplicationRowId.R_OTHER) ? rows2019 : rows2021;
      return rows.stream().filter(expected::contains).toList();
    }
  }

  static final List<OutcomeWord> OUTCOMES =
      List.of(
          new OutcomeWord(
              "予以公开",
              "“(一)予以公开”",
              List.of(ApplicationRowId.R_OPEN),
              List.of(ApplicationRowId.R_OPEN)),
          new OutcomeWord(
              "部分公开",
              "“(二)部分公开”",
              List.of(ApplicationRowId.R_PARTIAL),
              List.of(ApplicationRowId.R_PARTIAL)),
          new OutcomeWord("不予公开", "“(三)不予公开”各项", range("R_DENY_", 8), range("R_DENY_", 8)),
          new OutcomeWord("无法提供", "“(四)无法提供”各项", range("R_NA_", 3), range("R_NA_", 3)),
          new OutcomeWord("不予处理", "“(五)不予处理”各项", range("R_NOPROC_", 5), range("R_NOPROC_", 5)),
          new OutcomeWord(
              "其他处理", "“(六)其他处理”", List.of(ApplicationRowId.R_OTHER), range("R_OTHER_", 3)));

  private static List<ApplicationRowId> range(String prefix, int n) {
    List<ApplicationRowId> rows = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      rows.add(ApplicationRowId.valueOf(prefix + i));
    }
    return List.copyOf(rows);
  }

  /**
   * The count stated for an outcome word: {@code 予以公开N件} (number at most 4 characters after the
   * word) or {@code N件予以公开} (件 right before the word, one linking character such as 已 or 均
   * allowed). 予以公开 preceded by 不 is not 予以公开.
   */
  static List<Stated> outcomeCounts(String s, String word) {
    List<Stated> out = new ArrayList<>();
    for (int k = s.indexOf(word); k >= 0; k = s.indexOf(word, k + 1)) {
      if (k > 0 && s.charAt(k - 1) == '不') {
        continue;
      }
      int u = k - 1;
      if (u >= 1 && s.charAt(u) != '件' && "已均被予作".indexOf(s.charAt(u)) >= 0) {
        u--;
      }
      Stated stated = u >= 1 && s.charAt(u) == '件' ? Narrative.countBefore(s, u) : null;
      if (stated == null) {
        stated = countWithin(s, k + word.length(), 4, "件");
        if (stated != null
            && (crossesClause(s, k + word.length(), stated.start())
                || s.substring(k + word.length(), stated.start()).indexOf('、') >= 0)) {
          stated = null;
        }
      }
      if (stated == null
          || isRejected(
              s.substring(
                  clauseStart(s, Math.min(k, stated.start())),
                  Math.max(stated.end(), k + word.length())))) {
        continue;
      }
      Stated found = stated;
      if (out.stream().noneMatch(o -> o.start() == found.start())) {
        out.add(stated);
      }
    }
    return out;
  }

  /**
   * TX_OUTCOME: 予以公开/部分公开/不予公开/无法提供/不予处理/其他处理 N 件 → the TOT of the row (or the sum of its
   * sub-items). Read in sentences that name 申请, and in the two sentences after a sentence naming
   * applications (an itemised answer often follows on its own).
   */
  static void outcome(ParsedReport report, Flags out) {
    if (T3Rules.table(report) == null) {
      return;
    }
    T3Cells cells = T3Rules.cells(report);
    List<Sentence> sentences = Narrative.sentences(report);
    int lastApplication = -10;
    int lastSection = -1;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      out.check();
      if (sentence.section() != lastSection) {
        lastApplication = -10;
        lastSection = sentence.section();
      }
      boolean application = sentence.has(Narrative.APPLICATION);
      if (application && isApplicationSentence(sentence.text())) {
        lastApplication = i;
      }
      if ((!application && i - lastApplication > 2) || !sentence.has(Narrative.OUTCOME)) {
        continue;
      }
      String s = sentence.text();
      out.evidence(s);
      for (OutcomeWord o : OUTCOMES) {
        if (!s.contains(o.word())) {
          continue;
        }
        List<Stated> counts = outcomeCounts(s, o.word());
        if (counts.isEmpty()) {
          continue;
        }
        List<ApplicationRowId> rows = o.rows(cells.expectedRows());
        Double table = 0d;
        for (ApplicationRowId row : rows) {
          Double v = cells.value(row, ApplicantColumn.TOTAL);
          table = table == null || v == null ? null : table + v;
        }
        String rowId = rows.size() == 1 ? rows.get(0).name() : null;
        String extra =
            rows.size() == 1
                ? null
                : "rows=" + String.join(",", rows.stream().map(Enum::name).toList());
        for (Stated stated : counts) {
          compare(
              sentence,
              stated,
              table,
              rowId,
              ApplicantColumn.TOTAL.column(),
              o.word(),
              "表三" + o.label() + "的总计" + (rows.size() == 1 ? "" : "之和"),
              extra,
              out);
        }
      }
    }
  }

  // ---------------------------------------------------------------- normative documents

  /** Words of sentences about repealing or reviewing documents, not publishing them. */
  static final List<String> NORM_OTHER_WORDS = List.of("废止", "清理", "失效", "备案", "审查", "征求意见");

  /**
   * The counts of 规范性文件 a sentence about 公开 states: {@code (行政)?规范性文件 N 件/份}, the number at most 6
   * characters after the word, in a sentence that says 公开 and is not about 废止 清理 失效 备案 审查 征求意见.
   */
  static List<Stated> normCounts(String s) {
    List<Stated> out = new ArrayList<>();
    if (!s.contains("公开") || containsAny(s, NORM_OTHER_WORDS)) {
      return out;
    }
    String word = "规范性文件";
    for (int k = s.indexOf(word); k >= 0; k = s.indexOf(word, k + 1)) {
      Stated stated = countWithin(s, k + word.length(), 6, "件份");
      if (stated != null && out.stream().noneMatch(o -> o.start() == stated.start())) {
        out.add(stated);
      }
    }
    return out;
  }

  /**
   * TX_T2_NORM (INFO): 规范性文件 N 件/份 in a sentence on 公开 → A1.NORM.PUB (2019 template) or
   * A1.NORM.MADE (2021 template). Text often counts a broader set, so a difference is a note.
   */
  static void normativeDocuments(ParsedReport report, Flags out) {
    ActiveDisclosureTable table = T2Rules.table(report);
    Template template = T2Rules.template(report);
    if (table == null || (template != Template.T2019 && template != Template.T2021)) {
      return;
    }
    Measure measure = template == Template.T2019 ? Measure.PUB : Measure.MADE;
    T2Rules.Operand op = T2Rules.Operand.of(table, DisclosureItem.NORM, measure);
    String label = template == Template.T2019 ? "表二“规范性文件”的“本年新公开数量”" : "表二“行政规范性文件”的“本年制发件数”";
    for (Sentence sentence : Narrative.sentences(report)) {
      out.check();
      if (!sentence.has(Narrative.NORMATIVE) || !sentence.has(Narrative.OPEN)) {
        continue; // counts of 规范性文件 are read in sentences on 公开 only
      }
      out.evidence(sentence.text());
      for (Stated stated : normCounts(sentence.text())) {
        String detail =
            "section="
                + sentence.section()
                + ";measure="
                + measure.name()
                + (op.blank() ? ";with_blanks" : "")
                + (stated.isApprox() ? ";approx=" + stated.approx() : "");
        String said =
            sentence.where()
                + sentence.quote()
                + "称规范性文件"
                + (stated.isApprox() ? "约" : "")
                + stated.value()
                + "件，"
                + label;
        if (!op.usable()) {
          out.notAssessable(DisclosureItem.NORM.name(), measure.name(), detail, said + "无法读取，无法核对");
        } else if (op.value() != stated.value()) {
          out.note(
              DisclosureItem.NORM.name(),
              measure.name(),
              op.value(),
              (double) stated.value(),
              detail,
              said + "为" + Equation.fmt(op.value()) + "（文中口径可能更宽，请核对）");
        }
      }
    }
  }
}
