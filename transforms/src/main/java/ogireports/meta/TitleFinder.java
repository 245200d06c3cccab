package ogireports.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the report title (spec §7.1): among the first non-empty lines, a line ending in {@code
 * 年度报告} or {@code 工作报告}, with at most two short lines before it joined when the line alone
 * lacks the year or the body (seed 000 {@code 市应急管理局2020年} / {@code 政府信息公开年度工作报告}).
 * Lines over 60 characters are body text; sentences about {@code 本年度报告} are never titles.
 */
final class TitleFinder {

  /** A line longer than this is body text. */
  static final int MAX_TITLE_LINE = 60;

  /** How many leading non-empty lines may hold the title. */
  private static final int HEAD_LINES = 10;

  private TitleFinder() {}

  /** A title: printed text, squeezed text and the lines it spans. */
  record Title(String text, String squeezed, int firstLine, int lastLine) {

    /** The body named before the year (or before 政府信息公开), or null. */
    String agencyPrefix() {
      int y = Chars.indexOfYearNian(squeezed, 0);
      int end = y >= 0 ? y : squeezed.indexOf("政府信息公开");
      if (end < 0) {
        end = squeezed.indexOf("政务公开");
      }
      if (end <= 0) {
        return null;
      }
      String p = squeezed.substring(0, end);
      if (p.startsWith("关于")) {
        p = p.substring(2);
      }
      while (p.endsWith("的") || p.endsWith("度")) {
        p = p.substring(0, p.length() - 1);
      }
      return p.length() >= 2 ? p : null;
    }

    /** The covered year printed in the title ({@code 2020 年}, {@code 2019年度}), or null. */
    Integer year() {
      int y = Chars.indexOfYearNian(squeezed, 0);
      return y >= 0 ? Chars.yearAt(squeezed, y) : null;
    }
  }

  /** The title, or null when the document has none (seed 004). */
  static Title find(Doc doc) {
    int limit = Math.min(doc.size(), HEAD_LINES);
    int firstSection = doc.sectionStart('一', 0);
    limit = Math.min(limit, firstSection);
    List<Title> found = new ArrayList<>();
    for (int k = 0; k < limit; k++) {
      doc.check();
      String sq = doc.sq(k);
      if (!isTitleLine(sq)) {
        continue;
      }
      int first = k;
      String joined = sq;
      while (k - first < 2 && first > 0 && lacksYearOrBody(joined)) {
        String prev = doc.sq(first - 1);
        if (!isJoinable(prev)) {
          break;
        }
        first--;
        joined = prev + joined;
      }
      StringBuilder text = new StringBuilder();
      for (int i = first; i <= k; i++) {
        text.append(doc.printed(i));
      }
      found.add(new Title(text.toString(), joined, first, k));
    }
    for (Title t : found) {
      if (t.agencyPrefix() != null) {
        return t;
      }
    }
    return found.isEmpty() ? null : found.get(0);
  }

  private static boolean isTitleLine(String sq) {
    return sq.length() <= MAX_TITLE_LINE
        && endsWithReport(sq)
        && !sq.contains("本年度报告")
        && !sq.contains("本报告")
        && !hasSentencePunctuation(sq);
  }

  static boolean endsWithReport(String sq) {
    return sq.endsWith("年度报告") || sq.endsWith("工作报告");
  }

  private static boolean lacksYearOrBody(String sq) {
    int y = Chars.indexOfYearNian(sq, 0);
    return y <= 0;
  }

  private static boolean isJoinable(String sq) {
    return sq.length() <= MAX_TITLE_LINE
        && !endsWithReport(sq)
        && !hasSentencePunctuation(sq)
        && !sq.contains(">")
        && !sq.contains("|")
        && !sq.contains(":")
        && !sq.contains("当前位置")
        && !sq.contains("发布")
        && !sq.contains("来源");
  }

  private static boolean hasSentencePunctuation(String sq) {
    for (int i = 0; i < sq.length(); i++) {
      if ("。,;!?、".indexOf(sq.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
