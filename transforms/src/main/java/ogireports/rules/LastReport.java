package ogireports.rules;

import java.util.function.Function;
import ogireports.model.ParsedReport;

/**
 * What several rules derive from the same report (its sentences, its table 三 cells), kept for the
 * report last asked about on this thread: the rules of one report run one after the other on one
 * thread, so each thing is derived once per report.
 */
final class LastReport<T> {

  private final Function<ParsedReport, T> derive;
  private final ThreadLocal<Object[]> last = new ThreadLocal<>();

  LastReport(Function<ParsedReport, T> derive) {
    this.derive = derive;
  }

  T of(ParsedReport report) {
    Object[] kept = last.get();
    if (kept != null && kept[0] == report) {
      @SuppressWarnings("unchecked")
      T value = (T) kept[1];
      return value;
    }
    T value = derive.apply(report);
    last.set(new Object[] {report, value});
    return value;
  }
}
