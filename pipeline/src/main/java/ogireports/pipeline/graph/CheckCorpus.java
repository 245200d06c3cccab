package ogireports.pipeline.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ogireports.corpus.CorpusChecks;
import ogireports.corpus.Decision;
import ogireports.corpus.IndexFile;
import ogireports.corpus.ReportIndex;
import ogireports.model.Flag;
import ogireports.output.OutputRows;
import ogireports.schemas.FlagRecord;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * The checks across documents: duplicates and the cross-year rules. The small {@link ReportIndex}
 * of every report meets the others in a few coarse buckets (one GroupByKey with at most {@link
 * #BUCKETS} keys: on the DirectRunner every key costs milliseconds), {@link CorpusChecks} decides,
 * and each decision becomes a {@link PartitionEntry} keyed by the partition of the report it is
 * about, for the writer of that partition. Both sides are {@link SpilledBatch spilled batches}: the
 * index entries in, keyed by bucket; the decisions out, as entries with their partition keyed by
 * {@link PartitionEntry#writeGroup write group}.
 */
public final class CheckCorpus
    extends PTransform<
        PCollection<KV<Integer, SpilledBatch<ReportIndex>>>,
        PCollection<KV<Integer, SpilledBatch<KV<String, PartitionEntry>>>>> {

  /** Coarse keys: enough to spread the work over workers, few enough to be cheap to group. */
  public static final int BUCKETS = 32;

  /**
   * Most flag rows in one spilled batch: a bucket keeps a batch open for every partition it has
   * flags in (some hundreds), so batches stay small.
   */
  static final int FLAG_ROWS_A_BATCH = 100;

  private final String indexDir;
  private final String runId;
  private final String spillDir;

  /**
   * @param indexDir where the index of the reports this run keeps is written ({@link IndexFile}),
   *     one file per bucket, for later {@code --append} runs; null to write none
   * @param runId names the index files
   * @param spillDir where the decisions are spilled (the run's temporary folder)
   */
  public CheckCorpus(String indexDir, String runId, String spillDir) {
    this.indexDir = indexDir;
    this.runId = runId;
    this.spillDir = spillDir;
  }

  /**
   * The index entries of one step's bundle in batches spilled by bucket: what this transform takes.
   */
  public static SpilledBatches<Integer, ReportIndex> indexBatches() {
    return new SpilledBatches<>(ReportIndexCoder.of(), r -> r.bucket(BUCKETS));
  }

  @Override
  public PCollection<KV<Integer, SpilledBatch<KV<String, PartitionEntry>>>> expand(
      PCollection<KV<Integer, SpilledBatch<ReportIndex>>> indexBatches) {
    return indexBatches
        .apply("GroupByBucket", GroupByKey.create())
        .apply("Decide", ParDo.of(new DecideFn(indexDir, runId, spillDir)))
        .setCoder(SpilledBatch.keyedCoder());
  }

  private static byte[] encode(FlagRecord row) {
    try {
      ByteBuffer b = FlagRecord.getEncoder().encode(row);
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      return bytes;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Runs the corpus checks on one bucket and writes the index of the reports it keeps. */
  static final class DecideFn extends SpillingGroupFn<ReportIndex, KV<String, PartitionEntry>> {
    private final String indexDir;
    private final String runId;

    DecideFn(String indexDir, String runId, String spillDir) {
      super(spillDir);
      this.indexDir = indexDir;
      this.runId = runId;
    }

    @Override
    void processGroup(
        int bucket,
        Iterable<SpilledBatch<ReportIndex>> indexBatches,
        OutputReceiver<KV<Integer, SpilledBatch<KV<String, PartitionEntry>>>> out)
        throws IOException {
      java.util.Set<String> duplicates = new java.util.HashSet<>();
      // Reports of one bucket that share no group key are independent; one call handles them all.
      Map<String, List<ReportIndex>> groups = new TreeMap<>();
      Map<String, String> partitionOf = new HashMap<>();
      List<ReportIndex> all = new ArrayList<>();
      java.util.Set<String> parsedNow = new java.util.HashSet<>();
      try (SliceReader reader = new SliceReader()) {
        for (SpilledBatch<ReportIndex> batch : indexBatches) {
          for (ReportIndex r : Spill.read(batch, ReportIndexCoder.of(), reader)) {
            all.add(r);
            if (!r.inOutput()) {
              parsedNow.add(r.reportId());
            }
          }
        }
      }
      // The decisions, by the write group of their partition, spilled as batches fill: a crawl
      // with many versions of its reports makes several flags a report.
      Decisions decisions = new Decisions(out);
      for (ReportIndex r : all) {
        if (r.inOutput() && parsedNow.contains(r.reportId())) {
          continue; // re-parsed by this run (--reparse-older): the new entry replaces it
        }
        groups.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(r);
        partitionOf.put(r.reportId(), r.partition());
        partitionOf.put("source|" + r.sourceUri(), r.partition());
      }
      for (List<ReportIndex> group : groups.values()) {
        for (Decision d : CorpusChecks.decide(group)) {
          if (d.isDuplicate()) {
            duplicates.add(d.sourceUri());
            decisions.add(
                partitionOf.get("source|" + d.sourceUri()),
                PartitionEntry.duplicate(d.sourceUri(), d.duplicateOf(), d.keptSourceUri()));
          }
          String partition = partitionOf.get(d.reportId());
          for (Flag f : d.flags()) {
            decisions.flag(partition, encode(OutputRows.flagRecord(d.reportId(), f)));
          }
        }
      }
      decisions.finish();
      if (indexDir != null) {
        List<ReportIndex> kept = new ArrayList<>();
        for (List<ReportIndex> group : groups.values()) {
          for (ReportIndex r : group) {
            if (!r.inOutput() && !duplicates.contains(r.sourceUri())) {
              kept.add(r);
            }
          }
        }
        kept.sort(java.util.Comparator.comparing(ReportIndex::sourceUri));
        if (!kept.isEmpty()) {
          ResourceId file =
              FileSystems.matchNewResource(
                  indexDir + "/" + runId + "-" + bucket + IndexFile.SUFFIX, false);
          try (OutputStream o =
              Channels.newOutputStream(FileSystems.create(file, MimeTypes.BINARY))) {
            IndexFile.write(kept, o);
          }
        }
      }
    }

    /**
     * A bucket's decisions as entries for their partitions, spilled in batches by write group. Flag
     * rows go in spilled batches of their own, by partition, with an entry a batch: a crawl with
     * many versions of its reports makes several flags a report, and an entry a flag made the
     * writers hold millions of entries.
     */
    private final class Decisions {
      private final SpilledBatches<Integer, KV<String, PartitionEntry>> open =
          PartitionEntry.batches();
      private final Batches<String, byte[]> flagRows = new Batches<>(FLAG_ROWS_A_BATCH);
      private final OutputReceiver<KV<Integer, SpilledBatch<KV<String, PartitionEntry>>>> out;

      Decisions(OutputReceiver<KV<Integer, SpilledBatch<KV<String, PartitionEntry>>>> out) {
        this.out = out;
      }

      void flag(String partition, byte[] row) {
        List<byte[]> full = flagRows.add(partition, row);
        if (full != null) {
          add(
              partition,
              PartitionEntry.crossDocumentFlags(
                  Spill.write(full, ByteArrayCoder.of(), spills().get())));
        }
      }

      void add(String partition, PartitionEntry e) {
        KV<Integer, SpilledBatch<KV<String, PartitionEntry>>> full =
            open.add(KV.of(partition, e), spills());
        if (full != null) {
          out.output(full);
        }
      }

      void finish() {
        flagRows
            .drain()
            .forEach(
                (partition, rows) ->
                    add(
                        partition,
                        PartitionEntry.crossDocumentFlags(
                            Spill.write(rows, ByteArrayCoder.of(), spills().get()))));
        open.finish(spills()).forEach(out::output);
      }
    }
  }
}
