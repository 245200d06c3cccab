package ogireports.pipeline;

import java.util.List;
import ogireports.beam.CheckCorpus;
import ogireports.beam.ParseReports;
import ogireports.corpus.Decision;
import ogireports.schemas.RejectRecord;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * The pipeline graph, top to bottom: list the input files; index every report and run the checks
 * across documents (duplicates, cross-year rules) in a few coarse groups; read and parse every
 * document into the rows of every dataset, applying those decisions; write the datasets. The
 * per-document path has no shuffle (see README, "Performance").
 */
public final class OgiReportsPipeline {

  private OgiReportsPipeline() {}

  /**
   * Adds the ogi-reports graph to {@code pipeline}.
   *
   * @param inputs the documents to read (already expanded from {@code --input})
   * @param outputDir the folder the datasets are written into
   */
  public static Pipeline build(
      Pipeline pipeline, OgiReportsOptions options, List<String> inputs, String outputDir) {
    ReadDocuments.Settings reading = ReadDocuments.Settings.of(options);
    PCollection<String> paths =
        pipeline.apply("ListInputs", Create.of(inputs).withCoder(StringUtf8Coder.of()));

    // Checks across documents (duplicates, cross-year rules) on a small index of every report.
    // The documents are read again below rather than kept: only paths wait for the decisions.
    PCollectionView<List<Decision>> decisions =
        paths
            .apply("ReadForIndex", new ReadDocuments(reading))
            .get(ReadDocuments.DOCUMENTS)
            .apply("CheckCorpus", new CheckCorpus())
            .apply("DecisionsView", View.asList());

    PCollectionTuple read = paths.apply("ReadDocuments", new ReadDocuments(reading));

    PCollectionTuple parsed =
        read.get(ReadDocuments.DOCUMENTS)
            .apply(
                "ParseReports",
                ParseReports.withRunId(options.getRunId()).withDecisions(decisions));

    PCollection<RejectRecord> rejects =
        PCollectionList.of(read.get(ReadDocuments.REJECTS))
            .and(parsed.get(ParseReports.REJECTS))
            .apply("AllRejects", Flatten.pCollections());

    parsed.apply("WriteDatasets", new WriteDatasets(outputDir, rejects));
    return pipeline;
  }
}
