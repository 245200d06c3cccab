package ogireports.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ogireports.beam.FileSlice;
import ogireports.beam.PartitionEntry;
import ogireports.beam.SliceFile;
import ogireports.beam.SliceReader;
import ogireports.beam.Spill;
import ogireports.beam.SpilledBatches;
import ogireports.output.OutputRows;
import ogireports.output.ReportPacket;
import ogireports.schemas.FlagRecord;
import ogireports.schemas.RejectRecord;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PDone;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * Writes every dataset as Parquet under the output folder. The entries of each partition ({@code
 * province=P/year=Y}) meet in one of {@value PartitionEntry#WRITE_GROUPS} write groups as spilled
 * batches; the writer reads the batches and the reports' packets back from the run's temporary
 * folder, turns duplicates into reject rows and writes one file per dataset: {@code
 * <dataset>/province=P/year=Y/part-<run id>.parquet}, and the flags found across documents in
 * {@code flags/province=P/year=Y/}{@value #CROSS_DOCUMENT_PREFIX} {@code <run id>.parquet}. The
 * reject rows, those of the duplicates with the run's others, go to {@link Rejects}.
 */
final class WriteDatasets extends PTransform<PCollection<KV<Integer, FileSlice>>, PDone> {

  /** File name prefix of the flags found by comparing reports (X_*, DUPLICATE_AGENCY_YEAR). */
  static final String CROSS_DOCUMENT_PREFIX = "cross-document-";

  private final String outputDir;
  private final String runId;
  private final String spillDir;
  private final PCollection<KV<Integer, FileSlice>> rejects;

  /**
   * @param spillDir where the reject rows of duplicates are spilled (the run's temporary folder)
   * @param rejects the run's other reject rows, spilled in batches by {@link Rejects#group}
   */
  WriteDatasets(
      String outputDir,
      String runId,
      String spillDir,
      PCollection<KV<Integer, FileSlice>> rejects) {
    this.outputDir = outputDir;
    this.runId = runId;
    this.spillDir = spillDir;
    this.rejects = rejects;
  }

  @Override
  public PDone expand(PCollection<KV<Integer, FileSlice>> batches) {
    PCollection<KV<Integer, FileSlice>> duplicates =
        batches
            .apply("GroupByWriteGroup", GroupByKey.create())
            .apply("WritePartitions", ParDo.of(new WritePartitionsFn(outputDir, runId, spillDir)))
            .setCoder(Spill.CODER);
    return PCollectionList.of(rejects)
        .and(duplicates)
        .apply("AllRejects", Flatten.pCollections())
        .apply("Rejects", new Rejects(outputDir, runId));
  }

  /**
   * Writes the files of the partitions of one write group; outputs the reject rows of the
   * duplicates found in them, spilled.
   */
  static final class WritePartitionsFn
      extends DoFn<KV<Integer, Iterable<FileSlice>>, KV<Integer, FileSlice>> {
    private final String outputDir;
    private final String runId;
    private final String spillDir;
    private transient SliceFile.OnDemand spills;

    WritePartitionsFn(String outputDir, String runId, String spillDir) {
      this.outputDir = outputDir;
      this.runId = runId;
      this.spillDir = spillDir;
    }

    @Setup
    public void setup() {
      spills = new SliceFile.OnDemand(spillDir);
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<FileSlice>> group, OutputReceiver<KV<Integer, FileSlice>> out)
        throws IOException {
      SpilledBatches<Integer, RejectRecord> duplicates = Rejects.batches();
      try (SliceReader reader = new SliceReader()) {
        // Every entry of the group, by partition (one key string per partition, not per entry).
        Map<String, List<PartitionEntry>> byPartition = new java.util.TreeMap<>();
        for (FileSlice batch : group.getValue()) {
          for (KV<String, PartitionEntry> e :
              Spill.read(batch, PartitionEntry.KEYED_CODER, reader)) {
            byPartition.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
          }
        }
        for (Map.Entry<String, List<PartitionEntry>> p : byPartition.entrySet()) {
          writePartition(p.getKey(), p.getValue(), reader, duplicates, out);
        }
      }
      duplicates.finish(spills).forEach(out::output);
    }

    /** The spilled reject rows are on disk before they move on. */
    @FinishBundle
    public void finishBundle() throws IOException {
      spills.close();
    }

    private void writePartition(
        String partition,
        List<PartitionEntry> entries,
        SliceReader reader,
        SpilledBatches<Integer, RejectRecord> duplicateRows,
        OutputReceiver<KV<Integer, FileSlice>> out)
        throws IOException {
      List<PartitionEntry> packets = new ArrayList<>();
      Map<String, PartitionEntry> duplicates = new HashMap<>();
      List<FileSlice> crossDocumentFlags = new ArrayList<>(); // batches of encoded rows
      for (PartitionEntry e : entries) {
        switch (e.kind()) {
          case PACKET -> packets.add(e);
          case DUPLICATE -> duplicates.put(e.sourceUri(), e);
          case CROSS_DOCUMENT_FLAGS -> crossDocumentFlags.add(e.slice());
        }
      }
      // A fixed order whatever the bundles were: files are the same on every runner.
      packets.sort(
          Comparator.comparing(PartitionEntry::sourceUri)
              .thenComparing(e -> e.slice().file())
              .thenComparingLong(e -> e.slice().offset()));

      try (PartitionFiles files =
          new PartitionFiles(outputDir, partition, "part-" + runId + ".parquet")) {
        for (PartitionEntry p : packets) {
          ReportPacket.Contents c = ReportPacket.decode(reader.read(p.slice()));
          PartitionEntry duplicate = duplicates.get(p.sourceUri());
          if (duplicate != null) {
            KV<Integer, FileSlice> full =
                duplicateRows.add(
                    OutputRows.duplicate(
                        c.duplicateCandidate(), duplicate.duplicateOf(), duplicate.keptSourceUri()),
                    spills);
            if (full != null) {
              out.output(full);
            }
            continue;
          }
          OutputRows.ReportRows rows = c.rows();
          files.write(Dataset.REPORTS, rows.report());
          files.writeAll(Dataset.APPLICATIONS, rows.applications());
          files.writeAll(Dataset.REVIEW_LITIGATION, rows.reviewLitigation());
          files.writeAll(Dataset.ACTIVE_DISCLOSURE, rows.activeDisclosure());
          files.writeAll(Dataset.LEGACY_INDICATORS, rows.legacyIndicators());
          files.writeAll(Dataset.FLAGS, rows.flags());
        }
      }
      if (!crossDocumentFlags.isEmpty()) {
        // A fixed order whatever the bundles were: by the encoded rows.
        List<byte[]> rows = new ArrayList<>();
        for (FileSlice batch : crossDocumentFlags) {
          rows.addAll(Spill.read(batch, ByteArrayCoder.of(), reader));
        }
        rows.sort(Arrays::compare);
        try (PartitionFiles files =
            new PartitionFiles(outputDir, partition, CROSS_DOCUMENT_PREFIX + runId + ".parquet")) {
          for (byte[] flag : rows) {
            files.write(Dataset.FLAGS, FlagRecord.getDecoder().decode(flag));
          }
        }
      }
    }
  }

  /** The open Parquet file of each dataset in one partition, created on its first row. */
  private static final class PartitionFiles implements AutoCloseable {
    private final String outputDir;
    private final String partition;
    private final String fileName;
    private final Map<Dataset, ParquetWriter<GenericRecord>> open = new EnumMap<>(Dataset.class);

    PartitionFiles(String outputDir, String partition, String fileName) {
      this.outputDir = outputDir;
      this.partition = partition;
      this.fileName = fileName;
    }

    void write(Dataset dataset, GenericRecord row) throws IOException {
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

    void writeAll(Dataset dataset, List<? extends GenericRecord> rows) throws IOException {
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
}
