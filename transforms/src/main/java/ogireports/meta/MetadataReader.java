package ogireports.meta;

import java.util.List;
import ogireports.model.ReportMetadata;

/** Reads title, agency, covered year and publication date from a report's lines (spec §7). */
public final class MetadataReader {

  private MetadataReader() {}

  /** STUB: to be implemented. */
  public static ReportMetadata read(List<String> lines) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
