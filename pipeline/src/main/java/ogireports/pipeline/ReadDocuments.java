package ogireports.pipeline;

import java.io.InputStream;
import java.nio.channels.Channels;
import ogireports.beam.DocumentCoder;
import ogireports.beam.RecordCoder;
import ogireports.crawl.CrawlItem;
import ogireports.crawl.CrawlReader;
import ogireports.crawl.InputFormat;
import ogireports.crawl.JsonlFields;
import ogireports.crawl.Limits;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.RejectReason;
import ogireports.output.OutputRows;
import ogireports.schemas.RejectRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads the documents of each input file: the file itself, or each record of a JSON Lines or WARC
 * archive, decompressing as needed, within the limits. A file or record that cannot be used
 * becomes a reject row instead of failing the run.
 */
final class ReadDocuments extends PTransform<PCollection<String>, PCollectionTuple> {

  static final TupleTag<Document> DOCUMENTS = new TupleTag<>("documents") {};
  static final TupleTag<RejectRecord> REJECTS = new TupleTag<>("unreadable") {};

  private final Settings settings;

  /** The reading options, checked once on the launching machine. */
  record Settings(
      String inputFormat, String jsonlFields, long maxDocumentBytes, long maxArchiveBytes, double maxRatio)
      implements java.io.Serializable {

    static Settings of(OgiReportsOptions o) {
      Settings s =
          new Settings(
              o.getInputFormat(),
              o.getJsonlFields(),
              o.getMaxDocumentBytes(),
              o.getMaxArchiveBytes(),
              o.getMaxCompressionRatio());
      s.format();
      s.fields();
      return s;
    }

    InputFormat format() {
      return InputFormat.fromOption(inputFormat);
    }

    JsonlFields fields() {
      return jsonlFields == null || jsonlFields.isBlank()
          ? JsonlFields.DEFAULTS
          : JsonlFields.parse(jsonlFields);
    }

    Limits limits() {
      return Limits.DEFAULTS
          .withMaxDocumentBytes(maxDocumentBytes)
          .withMaxArchiveBytes(maxArchiveBytes)
          .withMaxRatio(maxRatio, Limits.DEFAULTS.ratioCheckAfterBytes());
    }
  }

  ReadDocuments(Settings settings) {
    this.settings = settings;
  }

  @Override
  public PCollectionTuple expand(PCollection<String> paths) {
    PCollectionTuple out =
        paths.apply(
            "ReadFile",
            ParDo.of(new ReadFileFn(settings)).withOutputTags(DOCUMENTS, TupleTagList.of(REJECTS)));
    out.get(DOCUMENTS).setCoder(DocumentCoder.of());
    out.get(REJECTS).setCoder(RecordCoder.of(RejectRecord.class));
    return out;
  }

  static final class ReadFileFn extends DoFn<String, Document> {
    private final Counter documents = Metrics.counter(ReadDocuments.class, "documents");
    private final Counter unreadable = Metrics.counter(ReadDocuments.class, "unreadable");
    private final Settings settings;
    private transient InputFormat format;
    private transient JsonlFields fields;
    private transient Limits limits;

    ReadFileFn(Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      format = settings.format();
      fields = settings.fields();
      limits = settings.limits();
    }

    @ProcessElement
    public void process(@Element String path, MultiOutputReceiver out) {
      long size = 0;
      try {
        MatchResult.Metadata meta = FileSystems.matchSingleFileSpec(path);
        size = meta.sizeBytes();
        try (InputStream in = Channels.newInputStream(FileSystems.open(meta.resourceId()));
            CrawlReader reader = CrawlReader.open(path, in, format, limits, fields)) {
          while (reader.hasNext()) {
            CrawlItem item = reader.next();
            documents.inc();
            if (item instanceof CrawlItem.Doc doc) {
              out.get(DOCUMENTS).output(doc.document());
            } else if (item instanceof CrawlItem.Failure f) {
              out.get(REJECTS)
                  .output(reject(f.sourceUri(), RejectReason.valueOf(f.reason().name()), f.detail(), f.bytes()));
            }
          }
        }
      } catch (Exception e) {
        documents.inc();
        out.get(REJECTS)
            .output(reject(path, RejectReason.UNREADABLE, e.getClass().getName() + ": " + e.getMessage(), size));
      }
    }

    private RejectRecord reject(String uri, RejectReason reason, String detail, long bytes) {
      unreadable.inc();
      return OutputRows.reject(new ReadOutcome.Rejected(uri, reason, detail, bytes, null, null));
    }
  }
}
