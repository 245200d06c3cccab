package ogireports.text;

import java.util.List;
import ogireports.model.Section;

/** Finds the six numbered sections of a report (spec §1). */
public final class SectionSplitter {

  private SectionSplitter() {}

  /** The sections found in the decoded lines, in order. STUB: to be implemented. */
  public static List<Section> split(List<String> lines) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
