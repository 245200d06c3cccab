package ogireports.pipeline.graph;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ogireports.pipeline.storage.Dataset;
import ogireports.pipeline.storage.ParquetFile;
import ogireports.pipeline.storage.RejectFiles;
import ogireports.schemas.RejectRecord;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * Writes the rejects dataset: the reject rows of a run come in spilled batches keyed by their
 * {@link RejectFiles#group group} (a crawl can hold more pages that are not reports than reports: a
 * runner holding them, or one writer sorting them all, made memory grow with the crawl), and each
 * group that has any is written as one sorted file ({@link RejectFiles#file}).
 */
final class WriteRejects
    extends PTransform<PCollection<KV<Integer, SpilledBatch<RejectRecord>>>, PDone> {

  private static final RecordCoder<RejectRecord> CODER = RecordCoder.of(RejectRecord.class);

  private final String outputDir;
  private final String runId;

  WriteRejects(String outputDir, String runId) {
    this.outputDir = outputDir;
    this.runId = runId;
  }

  /** Reject rows in batches spilled by {@link RejectFiles#group}. */
  static SpilledBatches<Integer, RejectRecord> batches() {
    return new SpilledBatches<>(CODER, RejectFiles::group);
  }

  @Override
  public PDone expand(PCollection<KV<Integer, SpilledBatch<RejectRecord>>> rejectBatches) {
    rejectBatches
        .apply("GroupRejects", GroupByKey.create())
        .apply("WriteRejects", ParDo.of(new WriteFn(outputDir, runId)));
    return PDone.in(rejectBatches.getPipeline());
  }

  /** Writes the rejects of one group, sorted. */
  static final class WriteFn extends DoFn<KV<Integer, Iterable<SpilledBatch<RejectRecord>>>, Void> {
    private final String outputDir;
    private final String runId;

    WriteFn(String outputDir, String runId) {
      this.outputDir = outputDir;
      this.runId = runId;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<SpilledBatch<RejectRecord>>> group)
        throws IOException {
      List<RejectRecord> rows = new ArrayList<>();
      try (SliceReader reader = new SliceReader()) {
        for (SpilledBatch<RejectRecord> batch : group.getValue()) {
          rows.addAll(Spill.read(batch, CODER, reader));
        }
      }
      rows.sort(Comparator.comparing(RejectRecord::getSourceUri).thenComparing(r -> r.getReason()));
      ResourceId file =
          FileSystems.matchNewResource(RejectFiles.file(outputDir, runId, group.getKey()), false);
      try (ParquetWriter<GenericRecord> w = ParquetFile.create(file, Dataset.REJECTS.schema)) {
        for (RejectRecord r : rows) {
          w.write(r);
        }
      }
    }
  }
}
