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
import ogireports.beam.RecordCoder;
import ogireports.beam.SliceReader;
import ogireports.beam.Spill;
import ogireports.output.OutputRows;
import ogireports.output.ReportPacket;
import ogireports.schemas.FlagRecord;
import ogireports.schemas.RejectRecord;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes every dataset as Parquet under the output folder. The entries of each partition ({@code
 * province=P/year=Y}) meet in one of {@value PartitionEntry#WRITE_GROUPS} write groups as spilled
 * batches; the writer reads the batches and the reports' packets back from the run's temporary folder, turns duplicates into reject rows and
 * writes one file per dataset: {@code <dataset>/province=P/year=Y/part-<run id>.parquet}, and the
 * flags found across documents in {@code flags/province=P/year=Y/}{@value #CROSS_DOCUMENT_PREFIX}
 * {@code <run id>.parquet}. Rejects go to one file, {@code rejects/part-<run id>-00000-of-00001.parquet}.
 */
final class WriteDatasets
    extends PTransform<PCollection<KV<Integer, FileSlice>>, PDone> {

  /** File name prefix of the flags found by comparing reports (X_*, DUPLICATE_AGENCY_YEAR). */
  static final String CROSS_DOCUMENT_PREFIX = "cross-document-";

  private final String outputDir;
  private final String runId;
  private final PCollection<RejectRecord> rejects;

  WriteDatasets(String outputDir, String runId, PCollection<RejectRecord> rejects) {
    this.outputDir = outputDir;
    this.runId = runId;
    this.rejects = rejects;
  }

  @Override
  public PDone expand(PCollection<KV<Integer, FileSlice>> batches) {
    PCollection<RejectRecord> duplicates =
        batches
            .apply("GroupByWriteGroup", GroupByKey.create())
            .apply("WritePartitions", ParDo.of(new WritePartitionsFn(outputDir, runId)))
            .setCoder(RecordCoder.of(RejectRecord.class));
    PCollectionList.of(rejects)
        .and(duplicates)
        .apply("AllRejects", Flatten.pCollections())
        .apply(
            "OneRejectsFile",
            WithKeys.<Integer, RejectRecord>of(0).withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), RecordCoder.of(RejectRecord.class)))
        .apply("GroupRejects", GroupByKey.create())
        .apply("WriteRejects", ParDo.of(new WriteRejectsFn(outputDir, runId)));
    return PDone.in(batches.getPipeline());
  }

  /**
   * Writes an empty rejects file when the run had no reject, so that {@code rejects/*.parquet}
   * always matches a file and readers see the schema, and every run has its rejects file.
   */
  static void ensureRejectsFile(java.nio.file.Path outputDir, String runId) throws IOException {
    if (java.nio.file.Files.exists(java.nio.file.Path.of(rejectsFile(outputDir.toString(), runId)))) {
      return;
    }
    ResourceId file = FileSystems.matchNewResource(rejectsFile(outputDir.toString(), runId), false);
    ParquetFile.create(file, Dataset.REJECTS.schema).close();
  }

  /** Writes every reject of the run, sorted, into {@code rejects/part-<run id>-00000-of-00001.parquet}. */
  static final class WriteRejectsFn extends DoFn<KV<Integer, Iterable<RejectRecord>>, Void> {
    private final String outputDir;
    private final String runId;

    WriteRejectsFn(String outputDir, String runId) {
      this.outputDir = outputDir;
      this.runId = runId;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<RejectRecord>> all) throws IOException {
      List<RejectRecord> rows = new ArrayList<>();
      all.getValue().forEach(rows::add);
      rows.sort(
          Comparator.comparing(RejectRecord::getSourceUri)
              .thenComparing(r -> r.getReason()));
      ResourceId file = FileSystems.matchNewResource(rejectsFile(outputDir, runId), false);
      try (ParquetWriter<GenericRecord> w = ParquetFile.create(file, Dataset.REJECTS.schema)) {
        for (RejectRecord r : rows) {
          w.write(r);
        }
      }
    }
  }

  /** The one rejects file of run {@code runId} (every run has one, see {@link #ensureRejectsFile}). */
  static String rejectsFile(String outputDir, String runId) {
    return outputDir + "/" + Dataset.REJECTS.folder + "/part-" + runId + "-00000-of-00001.parquet";
  }

  /**
   * Writes the files of the partitions of one write group; outputs the reject rows of the
   * duplicates found in them.
   */
  static final class WritePartitionsFn
      extends DoFn<KV<Integer, Iterable<FileSlice>>, RejectRecord> {
    private final String outputDir;
    private final String runId;

    WritePartitionsFn(String outputDir, String runId) {
      this.outputDir = outputDir;
      this.runId = runId;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<FileSlice>> group, OutputReceiver<RejectRecord> out)
        throws IOException {
      try (SliceReader reader = new SliceReader()) {
        Map<String, List<PartitionEntry>> byPartition = new java.util.TreeMap<>();
        for (FileSlice batch : group.getValue()) {
          for (KV<String, PartitionEntry> e : Spill.read(batch, PartitionEntry.KEYED_CODER, reader)) {
            byPartition.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
          }
        }
        for (Map.Entry<String, List<PartitionEntry>> p : byPartition.entrySet()) {
          writePartition(p.getKey(), p.getValue(), reader, out);
        }
      }
    }

    private void writePartition(
        String partition,
        List<PartitionEntry> entries,
        SliceReader reader,
        OutputReceiver<RejectRecord> out)
        throws IOException {
      List<PartitionEntry> packets = new ArrayList<>();
      Map<String, PartitionEntry> duplicates = new HashMap<>();
      List<byte[]> crossDocumentFlags = new ArrayList<>();
      for (PartitionEntry e : entries) {
        switch (e.kind()) {
          case PACKET -> packets.add(e);
          case DUPLICATE -> duplicates.put(e.sourceUri(), e);
          case CROSS_DOCUMENT_FLAG -> crossDocumentFlags.add(e.flag());
        }
      }
      // A fixed order whatever the bundles were: files are the same on every runner.
      packets.sort(
          Comparator.comparing(PartitionEntry::sourceUri)
              .thenComparing(e -> e.packet().file())
              .thenComparingLong(e -> e.packet().offset()));
      crossDocumentFlags.sort(Arrays::compare);

      try (PartitionFiles files = new PartitionFiles(outputDir, partition, "part-" + runId + ".parquet")) {
        for (PartitionEntry p : packets) {
          ReportPacket.Contents c = ReportPacket.decode(reader.read(p.packet()));
          PartitionEntry duplicate = duplicates.get(p.sourceUri());
          if (duplicate != null) {
            out.output(
                OutputRows.duplicate(
                    c.duplicateCandidate(), duplicate.duplicateOf(), duplicate.keptSourceUri()));
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
        try (PartitionFiles files =
            new PartitionFiles(outputDir, partition, CROSS_DOCUMENT_PREFIX + runId + ".parquet")) {
          for (byte[] flag : crossDocumentFlags) {
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
