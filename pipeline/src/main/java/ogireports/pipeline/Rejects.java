package ogireports.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ogireports.beam.FileSlice;
import ogireports.beam.RecordCoder;
import ogireports.beam.SliceReader;
import ogireports.beam.Spill;
import ogireports.beam.SpilledBatches;
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
 * The rejects dataset: every input that is not a report, and why. The rejects of a run are spread
 * over {@value #GROUPS} groups by their {@code source_uri}, spilled in batches (a crawl can hold
 * more pages that are not reports than reports: a runner holding them, or one writer sorting them
 * all, made memory grow with the crawl) and written one file per group that has any, sorted: {@code
 * rejects/part-<run id>-<group, 5 digits>-of-00032.parquet}. A run with no reject writes one empty
 * file, so every run has its rejects and {@code rejects/*.parquet} always shows the schema.
 */
final class Rejects extends PTransform<PCollection<KV<Integer, FileSlice>>, PDone> {

  /** The groups the rejects of a run are written in. */
  static final int GROUPS = 32;

  private static final RecordCoder<RejectRecord> CODER = RecordCoder.of(RejectRecord.class);

  private final String outputDir;
  private final String runId;

  Rejects(String outputDir, String runId) {
    this.outputDir = outputDir;
    this.runId = runId;
  }

  static int group(RejectRecord r) {
    return Math.floorMod(r.getSourceUri().hashCode(), GROUPS);
  }

  /** The file of group {@code group} of run {@code runId}. */
  static String file(String outputDir, String runId, int group) {
    return outputDir
        + "/"
        + Dataset.REJECTS.folder
        + "/part-"
        + runId
        + String.format("-%05d-of-%05d.parquet", group, GROUPS);
  }

  /** A DuckDB glob of the rejects files of run {@code runId} (and of no other run). */
  static String glob(String outputDir, String runId) {
    return outputDir
        + "/"
        + Dataset.REJECTS.folder
        + "/part-"
        + runId
        + "-?????-of-"
        + String.format("%05d", GROUPS)
        + ".parquet";
  }

  /** Writes an empty rejects file when run {@code runId} wrote none. */
  static void ensureFile(Path outputDir, String runId) throws IOException {
    Path folder = outputDir.resolve(Dataset.REJECTS.folder);
    if (Files.isDirectory(folder)) {
      String name = Path.of(glob(outputDir.toString(), runId)).getFileName().toString();
      try (DirectoryStream<Path> mine = Files.newDirectoryStream(folder, name)) {
        if (mine.iterator().hasNext()) {
          return;
        }
      }
    }
    ResourceId file = FileSystems.matchNewResource(file(outputDir.toString(), runId, 0), false);
    ParquetFile.create(file, Dataset.REJECTS.schema).close();
  }

  /** Reject rows in batches spilled by {@link #group}. */
  static SpilledBatches<Integer, RejectRecord> batches() {
    return new SpilledBatches<>(CODER, Rejects::group);
  }

  @Override
  public PDone expand(PCollection<KV<Integer, FileSlice>> batches) {
    batches
        .apply("GroupRejects", GroupByKey.create())
        .apply("WriteRejects", ParDo.of(new WriteFn(outputDir, runId)));
    return PDone.in(batches.getPipeline());
  }

  /** Writes the rejects of one group, sorted. */
  static final class WriteFn extends DoFn<KV<Integer, Iterable<FileSlice>>, Void> {
    private final String outputDir;
    private final String runId;

    WriteFn(String outputDir, String runId) {
      this.outputDir = outputDir;
      this.runId = runId;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<FileSlice>> group) throws IOException {
      List<RejectRecord> rows = new ArrayList<>();
      try (SliceReader reader = new SliceReader()) {
        for (FileSlice batch : group.getValue()) {
          rows.addAll(Spill.read(batch, CODER, reader));
        }
      }
      rows.sort(Comparator.comparing(RejectRecord::getSourceUri).thenComparing(r -> r.getReason()));
      ResourceId file = FileSystems.matchNewResource(file(outputDir, runId, group.getKey()), false);
      try (ParquetWriter<GenericRecord> w = ParquetFile.create(file, Dataset.REJECTS.schema)) {
        for (RejectRecord r : rows) {
          w.write(r);
        }
      }
    }
  }
}
