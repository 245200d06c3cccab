package ogireports.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Options of an ogi-reports run; every other Beam option (runner, parallelism, …) applies too. */
public interface OgiReportsOptions extends PipelineOptions {

  @Description(
      "Input documents: a file, a folder (read recursively) or a glob such as 'crawl/**/*.txt'."
          + " Default: the sample reports bundled with ogi-reports.")
  @Default.InstanceFactory(BundledSamples.class)
  String getInput();

  void setInput(String value);

  @Description(
      "Output folder. A folder that holds a previous ogi-reports run is replaced once the new run"
          + " has succeeded; a folder holding anything else is refused.")
  @Default.String("out")
  String getOutput();

  void setOutput(String value);

  @Description("Largest document read, in bytes; larger ones are rejected as TOO_LARGE.")
  @Default.Long(50L * 1024 * 1024)
  Long getMaxDocumentBytes();

  void setMaxDocumentBytes(Long value);

  @Description("Id of this run, written to reports.run_id. Default: UTC start time + random suffix.")
  @Default.InstanceFactory(RunIds.class)
  String getRunId();

  void setRunId(String value);

  /** The bundled samples: {@code ogireports.samples} (set by the launcher), else {@code samples}. */
  class BundledSamples implements DefaultValueFactory<String> {
    @Override
    public String create(PipelineOptions options) {
      return System.getProperty("ogireports.samples", "samples");
    }
  }

  /** A fresh run id. */
  class RunIds implements DefaultValueFactory<String> {
    @Override
    public String create(PipelineOptions options) {
      return RunId.create();
    }
  }
}
