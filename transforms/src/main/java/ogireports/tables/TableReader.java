package ogireports.tables;

import java.util.List;
import ogireports.model.ReportTables;
import ogireports.model.Section;

/** Reads tables 二, 三 and 四 from a report's lines, in any of the scraped layouts (spec §6). */
public final class TableReader {

  private TableReader() {}

  /** The tables found and the template they follow. STUB: to be implemented. */
  public static ReportTables read(List<String> lines, List<Section> sections) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
