package ogireports.beam;

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
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
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
 * and each decision leaves as a {@link PartitionEntry} keyed by the partition of the report it is
 * about, for the writer of that partition.
 */
public final class CheckCorpus
    extends PTransform<PCollection<KV<Integer, List<ReportIndex>>>, PCollection<KV<String, PartitionEntry>>> {

  /** Coarse keys: enough to spread the work over workers, few enough to be cheap to group. */
  public static final int BUCKETS = 32;

  /**
   * The coder of the input: index entries in batches keyed by their {@link ReportIndex#bucket
   * bucket}, gathered with {@link Batches}: a step emits a few batches rather than one element per report:
   * the DirectRunner's cost of a shuffle is per element, and per report it was a third of the
   * whole run.
   */
  public static final Coder<KV<Integer, List<ReportIndex>>> BATCH_CODER =
      KvCoder.of(VarIntCoder.of(), ListCoder.of(ReportIndexCoder.of()));

  private final String indexDir;
  private final String runId;

  /**
   * @param indexDir where the index of the reports this run keeps is written ({@link IndexFile}),
   *     one file per bucket, for later {@code --append} runs; null to write none
   * @param runId names the index files
   */
  public CheckCorpus(String indexDir, String runId) {
    this.indexDir = indexDir;
    this.runId = runId;
  }

  @Override
  public PCollection<KV<String, PartitionEntry>> expand(
      PCollection<KV<Integer, List<ReportIndex>>> batches) {
    return batches
                .apply("GroupByBucket", GroupByKey.create())
        .apply("Decide", ParDo.of(new DecideFn(indexDir, runId)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), PartitionEntry.Coder.of()));
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
  static final class DecideFn
      extends DoFn<KV<Integer, Iterable<List<ReportIndex>>>, KV<String, PartitionEntry>> {
    private final String indexDir;
    private final String runId;

    DecideFn(String indexDir, String runId) {
      this.indexDir = indexDir;
      this.runId = runId;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<List<ReportIndex>>> bucket,
        OutputReceiver<KV<String, PartitionEntry>> out)
        throws IOException {
      java.util.Set<String> duplicates = new java.util.HashSet<>();
      // Reports of one bucket that share no group key are independent; one call handles them all.
      Map<String, List<ReportIndex>> groups = new TreeMap<>();
      Map<String, String> partitionOf = new HashMap<>();
      List<ReportIndex> all = new ArrayList<>();
      java.util.Set<String> parsedNow = new java.util.HashSet<>();
      for (List<ReportIndex> batch : bucket.getValue()) {
        for (ReportIndex r : batch) {
          all.add(r);
          if (!r.inOutput()) {
            parsedNow.add(r.reportId());
          }
        }
      }
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
            out.output(
                KV.of(
                    partitionOf.get("source|" + d.sourceUri()),
                    PartitionEntry.duplicate(d.sourceUri(), d.duplicateOf(), d.keptSourceUri())));
          }
          String partition = partitionOf.get(d.reportId());
          for (Flag f : d.flags()) {
            out.output(KV.of(partition, PartitionEntry.crossDocumentFlag(d.reportId(), encode(OutputRows.flagRecord(d.reportId(), f)))));
          }
        }
      }
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
                  indexDir + "/" + runId + "-" + bucket.getKey() + IndexFile.SUFFIX, false);
          try (OutputStream o = Channels.newOutputStream(FileSystems.create(file, MimeTypes.BINARY))) {
            IndexFile.write(kept, o);
          }
        }
      }
    }
  }
}
