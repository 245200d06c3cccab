package ogireports.pipeline.storage;

import java.util.List;
import ogireports.schemas.ActiveDisclosureRecord;
import ogireports.schemas.ApplicationRecord;
import ogireports.schemas.FlagRecord;
import ogireports.schemas.LegacyIndicatorRecord;
import ogireports.schemas.RejectRecord;
import ogireports.schemas.ReportRecord;
import ogireports.schemas.ReviewLitigationRecord;
import org.apache.avro.Schema;

/** The output datasets: folder name, schema, and whether they are partitioned by province/year. */
public enum Dataset {
  REPORTS("reports", ReportRecord.getClassSchema(), true),
  APPLICATIONS("applications", ApplicationRecord.getClassSchema(), true),
  REVIEW_LITIGATION("review_litigation", ReviewLitigationRecord.getClassSchema(), true),
  ACTIVE_DISCLOSURE("active_disclosure", ActiveDisclosureRecord.getClassSchema(), true),
  LEGACY_INDICATORS("legacy_indicators", LegacyIndicatorRecord.getClassSchema(), true),
  FLAGS("flags", FlagRecord.getClassSchema(), true),
  REJECTS("rejects", RejectRecord.getClassSchema(), false);

  public final String folder;
  public final Schema schema;
  public final boolean partitioned;

  Dataset(String folder, Schema schema, boolean partitioned) {
    this.folder = folder;
    this.schema = schema;
    this.partitioned = partitioned;
  }

  /** The glob DuckDB reads the dataset with, relative to the output folder. */
  public String glob() {
    return partitioned ? folder + "/*/*/*.parquet" : folder + "/*.parquet";
  }

  static List<String> folders() {
    return java.util.Arrays.stream(values()).map(d -> d.folder).toList();
  }
}
