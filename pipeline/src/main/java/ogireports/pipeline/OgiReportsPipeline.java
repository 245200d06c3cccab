package ogireports.pipeline;

import java.util.List;
import ogireports.beam.CheckCorpus;
import ogireports.beam.FileSlice;
import ogireports.beam.ReadIndexFiles;
import ogireports.corpus.IndexFile;
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
 * location is shuffled, so memory does not grow with the number of reports (see README,
 * "Performance").
 */
public final class OgiReportsPipeline {

  /** Where the packets and spilled batches wait, inside the run's temporary folder. */
  static final String SLICE_DIR = "slices";

  /**
   * What an {@code --append} run adds to: the index files of the reports already in the output, and
   * a file listing their report ids (one per line), which are not parsed again.
   */
  record PriorOutput(List<String> indexFiles, String knownIdsFile) {
    static final PriorOutput NONE = new PriorOutput(List.of(), null);
  }

  private OgiReportsPipeline() {}

  /**
   * Adds the ogi-reports graph to {@code pipeline}.
   *
   * @param inputs the documents to read (already expanded from {@code --input})
   * @param outputDir the folder the datasets are written into
   */
  public static Pipeline build(
      Pipeline pipeline, OgiReportsOptions options, List<String> inputs, String outputDir) {
    return build(pipeline, options, inputs, outputDir, PriorOutput.NONE);
  }

  /** Adds the graph of a run that adds to the output described by {@code prior}. */
  static Pipeline build(
      Pipeline pipeline,
      OgiReportsOptions options,
      List<String> inputs,
      String outputDir,
      PriorOutput prior) {
    ParseDocuments.Settings reading = ParseDocuments.Settings.of(options);
    String sliceDir = outputDir + "/" + OutputFolder.TEMP_DIR + "/" + SLICE_DIR;

    PCollectionTuple parsed =
        pipeline
            .apply(
                "ListInputs", Create.of(listed(inputs, sliceDir)).withCoder(FileSlice.Coder.of()))
            .apply(
                "ParseDocuments",
                new ParseDocuments(reading, options.getRunId(), sliceDir, prior.knownIdsFile()));

    PCollection<KV<Integer, FileSlice>> indexes = parsed.get(ParseDocuments.INDEX);
    if (!prior.indexFiles().isEmpty()) {
      PCollection<KV<Integer, FileSlice>> inOutput =
          pipeline
              .apply(
                  "ListIndexFiles", Create.of(prior.indexFiles()).withCoder(StringUtf8Coder.of()))
              .apply("ReadIndexFiles", new ReadIndexFiles(sliceDir));
      indexes =
          PCollectionList.of(indexes).and(inOutput).apply("AllIndexes", Flatten.pCollections());
    }
    PCollection<KV<Integer, FileSlice>> decisions =
        indexes.apply(
            "CheckCorpus",
            new CheckCorpus(outputDir + "/" + IndexFile.FOLDER, options.getRunId(), sliceDir));

    PCollectionList.of(parsed.get(ParseDocuments.PACKETS))
        .and(decisions)
        .apply("AllEntries", Flatten.pCollections())
        .apply(
            "WriteDatasets",
            new WriteDatasets(
                outputDir, options.getRunId(), sliceDir, parsed.get(ParseDocuments.REJECTS)));
    return pipeline;
  }

  private static List<FileSlice> listed(List<String> inputs, String sliceDir) {
    try {
      return InputFiles.inSlices(inputs, sliceDir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write the list of inputs to " + sliceDir, e);
    }
  }
}
