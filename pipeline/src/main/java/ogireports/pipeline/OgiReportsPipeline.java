package ogireports.pipeline;

import java.util.List;
import ogireports.beam.CheckCorpus;
import ogireports.beam.PartitionEntry;
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
 * leaving each report's rows in a packet file of the run's temporary folder; run the checks across
 * documents (duplicates, cross-year rules) on a small index of every report, in a few coarse
 * groups; bring the packets, duplicates and cross-document flags of each partition together and
 * write the datasets. Only small elements are shuffled (see README, "Performance").
 */
public final class OgiReportsPipeline {

  /** Where the packets wait, inside the run's temporary folder. */
  static final String PACKET_DIR = "packets";

  private OgiReportsPipeline() {}

  /**
   * Adds the ogi-reports graph to {@code pipeline}.
   *
   * @param inputs the documents to read (already expanded from {@code --input})
   * @param outputDir the folder the datasets are written into
   */
  public static Pipeline build(
      Pipeline pipeline, OgiReportsOptions options, List<String> inputs, String outputDir) {
    ParseDocuments.Settings reading = ParseDocuments.Settings.of(options);
    String packetDir = outputDir + "/" + OutputFolder.TEMP_DIR + "/" + PACKET_DIR;

    PCollectionTuple parsed =
        pipeline
            .apply("ListInputs", Create.of(inputs).withCoder(StringUtf8Coder.of()))
            .apply("ParseDocuments", new ParseDocuments(reading, options.getRunId(), packetDir));

    PCollection<KV<String, PartitionEntry>> decisions =
        parsed.get(ParseDocuments.INDEX).apply("CheckCorpus", new CheckCorpus());

    PCollectionList.of(parsed.get(ParseDocuments.PACKETS))
        .and(decisions)
        .apply("AllEntries", Flatten.pCollections())
        .apply(
            "WriteDatasets",
            new WriteDatasets(outputDir, options.getRunId(), parsed.get(ParseDocuments.REJECTS)));
    return pipeline;
  }
}
