package ogireports.pipeline;

import ogireports.beam.ParseReports;
import ogireports.schemas.RejectRecord;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Writes every dataset as Parquet under the output folder: partitioned datasets into
 * {@code <dataset>/province=P/year=Y/part-*.parquet}, rejects into {@code rejects/part-*.parquet}.
 * One private helper serves every partitioned dataset.
 */
final class WriteDatasets extends PTransform<PCollectionTuple, PDone> {

  /** Row groups are capped: many partitions can be open at once in one bundle. */
  private static final int ROW_GROUP_BYTES = 8 * 1024 * 1024;

  private final String outputDir;
  private final PCollection<RejectRecord> rejects;

  WriteDatasets(String outputDir, PCollection<RejectRecord> rejects) {
    this.outputDir = outputDir;
    this.rejects = rejects;
  }

  @Override
  public PDone expand(PCollectionTuple parsed) {
    writePartitioned(parsed, ParseReports.REPORTS, Dataset.REPORTS);
    writePartitioned(parsed, ParseReports.APPLICATIONS, Dataset.APPLICATIONS);
    writePartitioned(parsed, ParseReports.REVIEW_LITIGATION, Dataset.REVIEW_LITIGATION);
    writePartitioned(parsed, ParseReports.ACTIVE_DISCLOSURE, Dataset.ACTIVE_DISCLOSURE);
    writePartitioned(parsed, ParseReports.LEGACY_INDICATORS, Dataset.LEGACY_INDICATORS);
    writePartitioned(parsed, ParseReports.FLAGS, Dataset.FLAGS);
    rejects.apply(
        "Write" + Dataset.REJECTS.folder,
        FileIO.<RejectRecord>write()
            .via(
                Contextful.fn(r -> (GenericRecord) r),
                sink(Dataset.REJECTS))
            .to(outputDir + "/" + Dataset.REJECTS.folder)
            .withTempDirectory(tempDir())
            .withNaming(FileIO.Write.defaultNaming("part", ".parquet")));
    return PDone.in(parsed.getPipeline());
  }

  private <T extends GenericRecord> void writePartitioned(
      PCollectionTuple parsed, TupleTag<KV<String, T>> tag, Dataset dataset) {
    parsed
        .get(tag)
        .apply(
            "Write" + dataset.folder,
            FileIO.<String, KV<String, T>>writeDynamic()
                .by(KV::getKey)
                .withDestinationCoder(StringUtf8Coder.of())
                .via(Contextful.fn(kv -> (GenericRecord) kv.getValue()), sink(dataset))
                .to(outputDir + "/" + dataset.folder)
                .withTempDirectory(tempDir())
                .withNaming(partition -> FileIO.Write.defaultNaming(partition + "/part", ".parquet")));
  }

  private static ParquetIO.Sink sink(Dataset dataset) {
    return ParquetIO.sink(dataset.schema)
        .withAvroDataModel(ParquetDataModel.get())
        .withRowGroupSize(ROW_GROUP_BYTES);
  }

  private String tempDir() {
    return outputDir + "/" + OutputFolder.TEMP_DIR;
  }
}
