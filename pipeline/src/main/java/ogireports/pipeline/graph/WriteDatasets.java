package ogireports.pipeline.graph;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ogireports.output.OutputRows;
import ogireports.output.ReportPacket;
import ogireports.pipeline.storage.AvroBinaryInput;
import ogireports.pipeline.storage.Dataset;
import ogireports.pipeline.storage.PacketWriter;
import ogireports.pipeline.storage.PartitionFiles;
import ogireports.schemas.FlagRecord;
import ogireports.schemas.RejectRecord;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes every dataset as Parquet under the output folder. The entries of each partition ({@code
 * province=P/year=Y}) meet in one of {@value PartitionEntry#WRITE_GROUPS} write groups as spilled
 * batches; the writer reads the batches and the reports' packets back from the run's temporary
 * folder, turns duplicates into reject rows and writes one file per dataset: {@code
 * <dataset>/province=P/year=Y/part-<run id>.parquet}, and the flags found across documents in
 * {@code flags/province=P/year=Y/}{@value PartitionFiles#CROSS_DOCUMENT_PREFIX} {@code <run
 * id>.parquet} ({@link PartitionFiles}). A report's rows go to the files from its packet's bytes as
 * they are encoded, never decoded into records ({@link PacketWriter}). The reject rows, those of
 * the duplicates with the run's others, go to {@link WriteRejects}.
 */
final class WriteDatasets
    extends PTransform<PCollection<KV<Integer, SpilledBatch<KV<String, PartitionEntry>>>>, PDone> {

  private final String outputDir;
  private final String runId;
  private final String spillDir;
  private final PCollection<KV<Integer, SpilledBatch<RejectRecord>>> rejects;

  /**
   * @param spillDir where the reject rows of duplicates are spilled (the run's temporary folder)
   * @param rejects the run's other reject rows, spilled in batches by {@link RejectFiles#group}
   */
  WriteDatasets(
      String outputDir,
      String runId,
      String spillDir,
      PCollection<KV<Integer, SpilledBatch<RejectRecord>>> rejects) {
    this.outputDir = outputDir;
    this.runId = runId;
    this.spillDir = spillDir;
    this.rejects = rejects;
  }

  @Override
  public PDone expand(PCollection<KV<Integer, SpilledBatch<KV<String, PartitionEntry>>>> entries) {
    PCollection<KV<Integer, SpilledBatch<RejectRecord>>> duplicates =
        entries
            .apply("GroupByWriteGroup", GroupByKey.create())
            .apply("WritePartitions", ParDo.of(new WritePartitionsFn(outputDir, runId, spillDir)))
            .setCoder(SpilledBatch.keyedCoder());
    return PCollectionList.of(rejects)
        .and(duplicates)
        .apply("AllRejects", Flatten.pCollections())
        .apply("Rejects", new WriteRejects(outputDir, runId));
  }

  /**
   * Writes the files of the partitions of one write group; outputs the reject rows of the
   * duplicates found in them, spilled.
   */
  static final class WritePartitionsFn
      extends SpillingGroupFn<KV<String, PartitionEntry>, RejectRecord> {
    private final String outputDir;
    private final String runId;

    WritePartitionsFn(String outputDir, String runId, String spillDir) {
      super(spillDir);
      this.outputDir = outputDir;
      this.runId = runId;
    }

    @Override
    void processGroup(
        int writeGroup,
        Iterable<SpilledBatch<KV<String, PartitionEntry>>> entryBatches,
        OutputReceiver<KV<Integer, SpilledBatch<RejectRecord>>> out)
        throws IOException {
      SpilledBatches<Integer, RejectRecord> duplicates = WriteRejects.batches();
      try (SliceReader reader = new SliceReader()) {
        // Every entry of the group, by partition (one key string per partition, not per entry).
        Map<String, List<PartitionEntry>> byPartition = new java.util.TreeMap<>();
        for (SpilledBatch<KV<String, PartitionEntry>> batch : entryBatches) {
          for (KV<String, PartitionEntry> e :
              Spill.read(batch, PartitionEntry.KEYED_CODER, reader)) {
            byPartition.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
          }
        }
        for (Map.Entry<String, List<PartitionEntry>> p : byPartition.entrySet()) {
          writePartition(p.getKey(), p.getValue(), reader, duplicates, out);
        }
      }
      duplicates.finish(spills()).forEach(out::output);
    }

    private void writePartition(
        String partition,
        List<PartitionEntry> entries,
        SliceReader reader,
        SpilledBatches<Integer, RejectRecord> duplicateRows,
        OutputReceiver<KV<Integer, SpilledBatch<RejectRecord>>> out)
        throws IOException {
      List<PartitionEntry> packets = new ArrayList<>();
      Map<String, PartitionEntry> duplicates = new HashMap<>();
      List<SpilledBatch<byte[]>> crossDocumentFlags = new ArrayList<>(); // encoded rows
      for (PartitionEntry e : entries) {
        switch (e.kind()) {
          case PACKET -> packets.add(e);
          case DUPLICATE -> duplicates.put(e.sourceUri(), e);
          case CROSS_DOCUMENT_FLAGS -> crossDocumentFlags.add(e.flagRows());
        }
      }
      // A fixed order whatever the bundles were: files are the same on every runner.
      packets.sort(
          Comparator.comparing(PartitionEntry::sourceUri)
              .thenComparing(e -> e.slice().file())
              .thenComparingLong(e -> e.slice().offset()));

      try (PartitionFiles<AvroBinaryInput> files =
          PartitionFiles.ofAvroBinary(outputDir, partition, "part-" + runId + ".parquet")) {
        for (PartitionEntry p : packets) {
          byte[] packet = reader.read(p.slice());
          PartitionEntry duplicate = duplicates.get(p.sourceUri());
          if (duplicate != null) {
            KV<Integer, SpilledBatch<RejectRecord>> full =
                duplicateRows.add(
                    OutputRows.duplicate(
                        ReportPacket.decode(packet).duplicateCandidate(),
                        duplicate.duplicateOf(),
                        duplicate.keptSourceUri()),
                    spills());
            if (full != null) {
              out.output(full);
            }
            continue;
          }
          PacketWriter.write(packet, files);
        }
      }
      if (!crossDocumentFlags.isEmpty()) {
        // A fixed order whatever the bundles were: by the encoded rows.
        List<byte[]> rows = new ArrayList<>();
        for (SpilledBatch<byte[]> batch : crossDocumentFlags) {
          rows.addAll(Spill.read(batch, ByteArrayCoder.of(), reader));
        }
        rows.sort(Arrays::compare);
        try (PartitionFiles<GenericRecord> files =
            PartitionFiles.ofRecords(
                outputDir, partition, PartitionFiles.CROSS_DOCUMENT_PREFIX + runId + ".parquet")) {
          for (byte[] flag : rows) {
            files.write(Dataset.FLAGS, FlagRecord.getDecoder().decode(flag));
          }
        }
      }
    }
  }
}
