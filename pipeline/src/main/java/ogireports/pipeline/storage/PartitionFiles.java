package ogireports.pipeline.storage;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * The open Parquet file of each dataset in one partition ({@code <dataset>/province=P/year=Y/}),
 * all with the same file name, each created on its first row: {@code part-<run id>.parquet} for the
 * rows of the reports parsed by a run, {@value #CROSS_DOCUMENT_PREFIX}{@code <run id>.parquet} for
 * the flags found by comparing reports.
 *
 * <p>The rows are of one form for all the files: Avro records ({@link #ofRecords}), or rows in
 * Avro's binary encoding each written as the next row of an {@link AvroBinaryInput} ({@link
 * #ofAvroBinary}, what {@link PacketWriter} writes a report's packet with).
 *
 * @param <T> what a row is handed over as
 */
public final class PartitionFiles<T> implements AutoCloseable {

  /** File name prefix of the flags found by comparing reports (X_*, DUPLICATE_AGENCY_YEAR). */
  public static final String CROSS_DOCUMENT_PREFIX = "cross-document-";

  /** Creates a dataset's file. */
  private interface Opener<T> {
    ParquetWriter<T> open(ResourceId file, Schema schema) throws IOException;
  }

  private final String outputDir;
  private final String partition;
  private final String fileName;
  private final Opener<T> opener;
  private final Map<Dataset, ParquetWriter<T>> open = new EnumMap<>(Dataset.class);

  private PartitionFiles(String outputDir, String partition, String fileName, Opener<T> opener) {
    this.outputDir = outputDir;
    this.partition = partition;
    this.fileName = fileName;
    this.opener = opener;
  }

  /** Files written from Avro records. */
  public static PartitionFiles<GenericRecord> ofRecords(
      String outputDir, String partition, String fileName) {
    return new PartitionFiles<>(outputDir, partition, fileName, ParquetFile::create);
  }

  /** Files written from rows in Avro's binary encoding. */
  public static PartitionFiles<AvroBinaryInput> ofAvroBinary(
      String outputDir, String partition, String fileName) {
    return new PartitionFiles<>(outputDir, partition, fileName, ParquetFile::createFromAvroBinary);
  }

  public void write(Dataset dataset, T row) throws IOException {
    ParquetWriter<T> writer = open.get(dataset);
    if (writer == null) {
      ResourceId file =
          FileSystems.matchNewResource(
              outputDir + "/" + dataset.folder + "/" + partition + "/" + fileName, false);
      writer = opener.open(file, dataset.schema);
      open.put(dataset, writer);
    }
    writer.write(row);
  }

  /** Closes every file (a Parquet file is complete only once its footer is written). */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (ParquetWriter<T> writer : open.values()) {
      try {
        writer.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    open.clear();
    if (first != null) {
      throw first;
    }
  }
}
