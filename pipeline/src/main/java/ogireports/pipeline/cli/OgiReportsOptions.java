package ogireports.pipeline.cli;

import ogireports.pipeline.storage.RunId;
import org.apache.beam.sdk.io.hdfs.HadoopFileSystemOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Options of an ogi-reports run; every other Beam option (runner, parallelism, …) applies too. */
public interface OgiReportsOptions extends PipelineOptions, HadoopFileSystemOptions {

  @Description(
      "Input documents: a file, a folder (read recursively) or a glob such as 'crawl/**/*.txt'."
          + " Default: the sample reports bundled with ogi-reports (samples/).")
  @Default.InstanceFactory(BundledSamples.class)
  String getInput();

  void setInput(String value);

  @Description(
      "Output folder, a local path or on HDFS (hdfs://host:port/path, with --hdfsConfiguration). A"
          + " folder that holds a previous ogi-reports run is replaced once the new run has"
          + " succeeded; a folder holding anything else is refused. With --format=iceberg, the"
          + " Iceberg warehouse.")
  @Default.String("out")
  String getOutput();

  void setOutput(String value);

  @Description(
      "Output format: hive (Parquet files in province=/year= folders, replaced as a whole by each"
          + " run) or iceberg (--output is an Iceberg warehouse, a Hadoop catalog with the tables"
          + " ogi.<dataset>; each run writes its files into <output>/runs/<run id>/ and publishes"
          + " them by one atomic commit per table: an overwrite, or an append with --append).")
  @Default.String("hive")
  String getFormat();

  void setFormat(String value);

  @Description("Largest document read, in bytes; larger ones are rejected as TOO_LARGE.")
  @Default.Long(50L * 1024 * 1024)
  Long getMaxDocumentBytes();

  void setMaxDocumentBytes(Long value);

  @Description(
      "Format of the inputs: auto (by file name and content), text (one file = one document),"
          + " jsonl (one JSON object per line, or an array of them), warc (WARC response records),"
          + " csv (one row per page under a header naming the columns as --jsonlFields does)."
          + " Compression"
          + " (.gz, .bz2, .deflate, .zst) is detected in every case.")
  @Default.String("auto")
  String getInputFormat();

  void setInputFormat(String value);

  @Description(
      "JSON Lines field names (also the CSV columns), e.g."
          + " 'url=link,fetched_at=crawl_time,content=page|raw'. Defaults:"
          + " url=url|source_url|page_url, fetched_at=fetched_at|fetch_time|timestamp,"
          + " content=content|text|html|body, content_base64=content_base64|body_base64,"
          + " title=title|page_title|headline, published=published|published_at|publish_time|"
          + "publish_date|pub_date|pubdate|release_time|publishTime|publishDate|pubDate|"
          + "releaseTime|publishedAt|date.")
  @Default.String("")
  String getJsonlFields();

  void setJsonlFields(String value);

  @Description("Largest decompressed size of one input file (archive), in bytes.")
  @Default.Long(4L * 1024 * 1024 * 1024)
  Long getMaxArchiveBytes();

  void setMaxArchiveBytes(Long value);

  @Description("Largest compression ratio accepted for compressed inputs (checked after 1 MiB).")
  @Default.Double(100)
  Double getMaxCompressionRatio();

  void setMaxCompressionRatio(Double value);

  @Description(
      "Parse budget of one document in steps of work (a step per line or item visited, one per"
          + " character scanned): a document that uses it up is a PARSE_BUDGET reject, the same on"
          + " any machine (0 for no budget; real reports use under 1/1000 of the default).")
  @Default.Long(ogireports.text.ParseBudget.DEFAULT_STEPS)
  Long getMaxParseSteps();

  void setMaxParseSteps(Long value);

  @Description(
      "Wall-clock watchdog of last resort for one document, in milliseconds (0 for none): real"
          + " input never reaches it. Formerly the parse budget; the budget is now --maxParseSteps."
          + " Lowering it makes outcomes depend on the machine's speed.")
  @Default.Long(300_000)
  Long getMaxParseMillis();

  void setMaxParseMillis(Long value);

  @Description(
      "Id of this run (letters, digits, '.', '_', '-'), written to reports.run_id and naming the"
          + " run's files. Default: the UTC start time and a random suffix, e.g."
          + " 20261123T101558Z-65ea.")
  @Default.InstanceFactory(RunIds.class)
  String getRunId();

  void setRunId(String value);

  @Description(
      "Add to an existing output instead of replacing it: only reports whose report_id is not in it"
          + " yet are written, in files named with the run id; duplicates are checked against the"
          + " output too; the flags found across documents, the summary and the quality report are"
          + " redone over the whole output. Without a previous output, a normal run.")
  @Default.Boolean(false)
  Boolean getAppend();

  void setAppend(Boolean value);

  @Description(
      "With --append: re-parse the inputs of reports written by an older parser_version; their old"
          + " rows are removed from the output and replaced.")
  @Default.Boolean(false)
  Boolean getReparseOlder();

  void setReparseOlder(Boolean value);

  /**
   * The bundled samples: {@code ogireports.samples} (set by the launcher), else {@code samples}.
   */
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
