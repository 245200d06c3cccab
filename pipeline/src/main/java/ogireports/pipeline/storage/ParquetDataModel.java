package ogireports.pipeline.storage;

import org.apache.avro.data.TimeConversions;
import org.apache.avro.specific.SpecificData;

/**
 * The Avro data model the Parquet writers use: the generated record classes, with the {@code date}
 * logical type converted from {@link java.time.LocalDate} and {@code timestamp-millis} from {@link
 * java.time.Instant} (ParquetIO instantiates the model through the static {@link #get()}).
 */
public final class ParquetDataModel extends SpecificData {

  private static final ParquetDataModel INSTANCE = new ParquetDataModel();

  private ParquetDataModel() {
    addLogicalTypeConversion(new TimeConversions.DateConversion());
    addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
  }

  public static ParquetDataModel get() {
    return INSTANCE;
  }
}
