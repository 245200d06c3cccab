package ogireports.pipeline.graph;

import java.util.List;
import ogireports.corpus.IndexFile;
import ogireports.corpus.ReportIndex;
import ogireports.pipeline.storage.OutputFolder;
import ogireports.pipeline.storage.PriorOutput;
import ogireports.schemas.RejectRecord;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The pipeline graph, top to bottom: list the input files; read and parse every document once,
 * leaving each report's rows in a slice file of the run's temporary folder; run the checks across
 * documents (duplicates, cross-year rules) on a small index of every report, in a few coarse
 * groups; bring the packets, duplicates and cross-document flags of each partition together and
 * write the datasets. What moves between the steps waits on disk in batches of which only the
 * location is shuffled ({@link SpilledBatch}), so memory does not grow with the number of reports
 * (see README, "Performance").
 *
 * <p>Every collection after the first holds {@code KV<group, SpilledBatch<what the batch holds>>}:
 * partition entries ({@code KV<String, PartitionEntry>}, a report's packet, a duplicate, or
 * cross-document flags, with their partition) keyed by write group; {@link ReportIndex} entries
 * keyed by bucket; reject rows ({@link RejectRecord}) keyed by reject group.
 */
public final class OgiReportsPipeline {

  /** Where the packets and spilled batches wait, inside the run's temporary folder. */
  static final String SLICE_DIR = "slices";

  private OgiReportsPipeline() {}

  /**
   * Adds the ogi-reports graph to {@code pipeline}.
   *
   * @param reading how documents are read ({@link ParseDocuments.Settings#checked})
   * @param runId names the files the run writes
   * @param inputs the documents to read (already expanded from {@code --input})
   * @param outputDir the folder the datasets are written into
   */
  public static Pipeline build(
      Pipeline pipeline,
      ParseDocuments.Settings reading,
      String runId,
      List<String> inputs,
      String outputDir) {
    return build(pipeline, reading, runId, inputs, outputDir, PriorOutput.NONE);
  }

  /** Adds the graph of a run that adds to the output described by {@code prior}. */
  public static Pipeline build(
      Pipeline pipeline,
      ParseDocuments.Settings reading,
      String runId,
      List<String> inputs,
      String outputDir,
      PriorOutput prior) {
    String sliceDir = outputDir + "/" + OutputFolder.TEMP_DIR + "/" + SLICE_DIR;

    PCollection<FileSlice> inputSlices =
        pipeline.apply("ListInputs", new ListInputs(listed(inputs, sliceDir)));
    PCollectionTuple parsed =
        inputSlices.apply(
            "ParseDocuments",
            new ParseDocuments(
                reading,
                runId,
                sliceDir,
                prior.knownIdsFile(),
                inputs.size() >= QuickCompilerSha256.WORTH_IT));
    PCollection<KV<Integer, SpilledBatch<KV<String, PartitionEntry>>>> packetEntries =
        parsed.get(ParseDocuments.PACKET_ENTRIES);
    PCollection<KV<Integer, SpilledBatch<RejectRecord>>> rejectRows =
        parsed.get(ParseDocuments.REJECT_ROWS);

    PCollection<KV<Integer, SpilledBatch<ReportIndex>>> indexEntries =
        parsed.get(ParseDocuments.INDEX_ENTRIES);
    if (!prior.indexFiles().isEmpty()) {
      PCollection<KV<Integer, SpilledBatch<ReportIndex>>> inOutput =
          pipeline
              .apply(
                  "ListIndexFiles", Create.of(prior.indexFiles()).withCoder(StringUtf8Coder.of()))
              .apply("ReadIndexFiles", new ReadIndexFiles(sliceDir));
      indexEntries =
          PCollectionList.of(indexEntries)
              .and(inOutput)
              .apply("AllIndexes", Flatten.pCollections());
    }
    PCollection<KV<Integer, SpilledBatch<KV<String, PartitionEntry>>>> decisions =
        indexEntries.apply(
            "CheckCorpus", new CheckCorpus(outputDir + "/" + IndexFile.FOLDER, runId, sliceDir));

    PCollectionList.of(packetEntries)
        .and(decisions)
        .apply("AllEntries", Flatten.pCollections())
        .apply("WriteDatasets", new WriteDatasets(outputDir, runId, sliceDir, rejectRows));
    return pipeline;
  }

  private static List<FileSlice> listed(List<String> inputs, String sliceDir) {
    try {
      return InputSlices.inSlices(inputs, sliceDir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write the list of inputs to " + sliceDir, e);
    }
  }
}
