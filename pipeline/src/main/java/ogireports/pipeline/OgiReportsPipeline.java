package ogireports.pipeline;

import java.util.List;
import ogireports.beam.ParseReports;
import ogireports.schemas.RejectRecord;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The pipeline graph, top to bottom: list the input documents, read them, parse them into the rows
 * of every dataset, write the datasets. The per-document path has no shuffle (see README,
 * "Performance").
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
    PCollection<String> paths =
        pipeline.apply("ListInputs", Create.of(inputs).withCoder(StringUtf8Coder.of()));

    PCollectionTuple read =
        paths.apply("ReadDocuments", new ReadDocuments(options.getMaxDocumentBytes()));

    PCollectionTuple parsed =
        read.get(ReadDocuments.DOCUMENTS)
            .apply("ParseReports", ParseReports.withRunId(options.getRunId()));

    PCollection<RejectRecord> rejects =
        PCollectionList.of(read.get(ReadDocuments.REJECTS))
            .and(parsed.get(ParseReports.REJECTS))
            .apply("AllRejects", Flatten.pCollections());

    parsed.apply("WriteDatasets", new WriteDatasets(outputDir, rejects));
    return pipeline;
  }
}
