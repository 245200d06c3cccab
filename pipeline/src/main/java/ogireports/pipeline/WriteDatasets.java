package ogireports.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ogireports.beam.PartitionEntry;
import ogireports.beam.RecordCoder;
import ogireports.output.OutputRows;
import ogireports.output.ReportPacket;
import ogireports.schemas.FlagRecord;
import ogireports.schemas.RejectRecord;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes every dataset as Parquet under the output folder. The entries of each partition ({@code
 * province=P/year=Y}) meet in one of {@value #WRITE_GROUPS} write groups; the writer reads the
 * reports' packets back from the run's temporary folder, turns duplicates into reject rows and
 * writes one file per dataset: {@code <dataset>/province=P/year=Y/part-<run id>.parquet}, and the
 * flags found across documents in {@code flags/province=P/year=Y/}{@value #CROSS_DOCUMENT_PREFIX}
 * {@code <run id>.parquet}. Rejects go to one file, {@code rejects/part-<run id>-00000-of-00001.parquet}.
 */
final class WriteDatasets
    extends PTransform<PCollection<KV<Integer, List<KV<String, PartitionEntry>>>>, PDone> {

  /**
   * The coder of the input: entries keyed by their partition, in batches keyed by the write group
   * ({@link #writeGroup}), gathered with {@link ogireports.beam.Batches}: a step emits a few batches rather than one
   * element per report (at most {@link ParseDocuments.ParseFileFn#MAX_BATCH} entries a batch): the
   * DirectRunner's cost of a shuffle is per element.
   */
  static final Coder<KV<Integer, List<KV<String, PartitionEntry>>>> BATCH_CODER =
      KvCoder.of(
          VarIntCoder.of(),
          ListCoder.of(KvCoder.of(StringUtf8Coder.of(), PartitionEntry.Coder.of())));

  /** Single entries (the few the checks across documents make) as batches of one. */
  static final class InBatches
      extends PTransform<
          PCollection<KV<String, PartitionEntry>>,
          PCollection<KV<Integer, List<KV<String, PartitionEntry>>>>> {
    @Override
    public PCollection<KV<Integer, List<KV<String, PartitionEntry>>>> expand(
        PCollection<KV<String, PartitionEntry>> entries) {
      return entries
          .apply(
              "InBatchesOfOne",
              MapElements.via(
                  new SimpleFunction<
                      KV<String, PartitionEntry>, KV<Integer, List<KV<String, PartitionEntry>>>>() {
                    @Override
                    public KV<Integer, List<KV<String, PartitionEntry>>> apply(
                        KV<String, PartitionEntry> e) {
                      return KV.of(writeGroup(e.getKey()), List.of(e));
                    }
                  }))
          .setCoder(BATCH_CODER);
    }
  }

  /**
   * The partitions are written in this many groups: on the DirectRunner every key of a shuffle
   * costs timer bookkeeping for as long as the run lasts (measured: with a key per partition it
   * took more CPU than writing the files), so a few coarse keys carry many partitions each.
   */
  static final int WRITE_GROUPS = 32;

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
  public PDone expand(PCollection<KV<Integer, List<KV<String, PartitionEntry>>>> batches) {
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

  static int writeGroup(String partition) {
    return Math.floorMod(partition.hashCode(), WRITE_GROUPS);
  }

  /**
   * Writes the files of the partitions of one write group; outputs the reject rows of the
   * duplicates found in them.
   */
  static final class WritePartitionsFn
      extends DoFn<KV<Integer, Iterable<List<KV<String, PartitionEntry>>>>, RejectRecord> {
    private final String outputDir;
    private final String runId;

    WritePartitionsFn(String outputDir, String runId) {
      this.outputDir = outputDir;
      this.runId = runId;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<List<KV<String, PartitionEntry>>>> group,
        OutputReceiver<RejectRecord> out)
        throws IOException {
      Map<String, List<PartitionEntry>> byPartition = new java.util.TreeMap<>();
      for (List<KV<String, PartitionEntry>> batch : group.getValue()) {
        for (KV<String, PartitionEntry> e : batch) {
          byPartition.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
      }
      for (Map.Entry<String, List<PartitionEntry>> p : byPartition.entrySet()) {
        writePartition(p.getKey(), p.getValue(), out);
      }
    }

    private void writePartition(
        String partition, List<PartitionEntry> entries, OutputReceiver<RejectRecord> out)
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
              .thenComparing(PartitionEntry::file)
              .thenComparingLong(PartitionEntry::offset));
      crossDocumentFlags.sort(Arrays::compare);

      try (PartitionFiles files = new PartitionFiles(outputDir, partition, "part-" + runId + ".parquet");
          PacketReader reader = new PacketReader()) {
        for (PartitionEntry p : packets) {
          ReportPacket.Contents c = ReportPacket.decode(reader.read(p));
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

  /** Reads packets back, keeping the last few packet files open. */
  private static final class PacketReader implements AutoCloseable {
    private static final int OPEN_FILES = 32;

    private final Map<String, SeekableByteChannel> channels =
        new LinkedHashMap<>(OPEN_FILES, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, SeekableByteChannel> eldest) {
            if (size() > OPEN_FILES) {
              closeQuietly(eldest.getValue());
              return true;
            }
            return false;
          }
        };

    byte[] read(PartitionEntry packet) throws IOException {
      SeekableByteChannel channel = channels.get(packet.file());
      if (channel == null) {
        channel =
            (SeekableByteChannel)
                FileSystems.open(FileSystems.matchNewResource(packet.file(), false));
        channels.put(packet.file(), channel);
      }
      ByteBuffer buffer = ByteBuffer.allocate(packet.length());
      channel.position(packet.offset());
      while (buffer.hasRemaining()) {
        if (channel.read(buffer) < 0) {
          throw new IOException("packet file " + packet.file() + " ends before its packet");
        }
      }
      return buffer.array();
    }

    private static void closeQuietly(SeekableByteChannel c) {
      try {
        c.close();
      } catch (IOException e) {
        // read-only: nothing is lost
      }
    }

    @Override
    public void close() {
      channels.values().forEach(PacketReader::closeQuietly);
      channels.clear();
    }
  }
}
