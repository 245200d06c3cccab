package ogireports.pipeline.report;

import java.util.Locale;
import ogireports.pipeline.report.QualityData.Agency;

/**
 * How the quality report writes its values, in both files: counts, shares, a flag's numbers, ids,
 * the badge and colour kind of a flag, and source paths relative to the run's input.
 */
final class ReportFormat {

  private ReportFormat() {}

  static String agencyName(Agency a) {
    return a.agency() == null ? "(no agency name printed)" : a.agency();
  }

  static String num(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** A share as a percentage with one decimal: 0.0%, 33.3%, 100.0%. */
  static String pct(double s) {
    return String.format(Locale.ROOT, "%.1f%%", s * 100);
  }

  /** A share as a whole percentage for a small square; never rounds a non-zero share to 0%. */
  static String pctShort(double s) {
    if (s > 0 && s < 0.005) {
      return "<1%";
    }
    return String.format(Locale.ROOT, "%.0f%%", s * 100);
  }

  /** A flag's number: an integer without decimals, other numbers as printed by Java, null as —. */
  static String value(Double v) {
    if (v == null) {
      return "—";
    }
    if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
      return Long.toString(v.longValue());
    }
    return v.toString();
  }

  static String dash(String s) {
    return s == null ? "—" : s;
  }

  static String plural(long n, String word) {
    return num(n) + " " + word + (n == 1 ? "" : "s");
  }

  static String shortId(String reportId) {
    return reportId == null ? "—" : reportId.substring(0, Math.min(12, reportId.length()));
  }

  /**
   * The badge of a flag: red only for an ERROR that failed; a rule that could not be assessed is
   * grey, a note blue, whatever the rule's severity.
   */
  static String badge(String severity, String outcome) {
    if ("NOT_ASSESSABLE".equals(outcome)) {
      return "badge na";
    }
    if ("NOTE".equals(outcome)) {
      return "badge info";
    }
    return "badge " + severity.toLowerCase(Locale.ROOT);
  }

  static String kind(String severity, String outcome) {
    if ("NOT_ASSESSABLE".equals(outcome)) {
      return "na";
    }
    if ("FAIL".equals(outcome)) {
      return "ERROR".equals(severity) ? "err" : "warn";
    }
    return "note";
  }

  static String relativeToInput(String uri, String input) {
    if (input == null) {
      return uri;
    }
    String folder = input;
    while (folder.startsWith("./")) {
      folder = folder.substring(2);
    }
    while (folder.endsWith("/")) {
      folder = folder.substring(0, folder.length() - 1);
    }
    if (folder.isEmpty() || folder.equals(".") || folder.contains("*") || folder.contains("?")) {
      return uri;
    }
    String prefix = folder + "/";
    if (folder.startsWith("/")) {
      return uri.startsWith(prefix) && uri.length() > prefix.length()
          ? uri.substring(prefix.length())
          : uri;
    }
    int at = uri.indexOf("/" + prefix);
    int from = at < 0 ? -1 : at + 1 + prefix.length();
    return from > 0 && from < uri.length() ? uri.substring(from) : uri;
  }
}
