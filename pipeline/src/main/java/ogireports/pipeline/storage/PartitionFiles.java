package ogireports.pipeline.storage;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * The open Parquet file of each dataset in one partition ({@code <dataset>/province=P/year=Y/}),
 * all with the same file name, each created on its first row: {@code part-<run id>.parquet} for the
 * rows of the reports parsed by a run, {@value #CROSS_DOCUMENT_PREFIX}{@code <run id>.parquet} for
 * the flags found by comparing reports.
 */
public final class PartitionFiles implements AutoCloseable {

  /** File name prefix of the flags found by comparing reports (X_*, DUPLICATE_AGENCY_YEAR). */
  public static final String CROSS_DOCUMENT_PREFIX = "cross-document-";

  private final String outputDir;
  private final String partition;
  private final String fileName;
  private final Map<Dataset, ParquetWriter<GenericRecord>> open = new EnumMap<>(Dataset.class);

  public PartitionFiles(String outputDir, String partition, String fileName) {
    this.outputDir = outputDir;
    this.partition = partition;
    this.fileName = fileName;
  }

  public void write(Dataset dataset, GenericRecord row) throws IOException {
    ParquetWriter<GenericRecord> writer = open.get(dataset);
    if (writer == null) {
      ResourceId file =
          FileSystems.matchNewResource(
              outputDir + "/" + dataset.folder + "/" + partition + "/" + fileName, false);
      writer = ParquetFile.create(file, dataset.schema);
      open.put(dataset, writer);
    }
    writer.write(row);
  }

  public void writeAll(Dataset dataset, List<? extends GenericRecord> rows) throws IOException {
    for (GenericRecord row : rows) {
      write(dataset, row);
    }
  }

  /** Closes every file (a Parquet file is complete only once its footer is written). */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (ParquetWriter<GenericRecord> writer : open.values()) {
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
