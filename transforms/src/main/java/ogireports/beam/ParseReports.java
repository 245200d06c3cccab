package ogireports.beam;

import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.output.OutputRows;
import ogireports.places.PlaceResolver;
import ogireports.schemas.ActiveDisclosureRecord;
import ogireports.schemas.ApplicationRecord;
import ogireports.schemas.FlagRecord;
import ogireports.schemas.LegacyIndicatorRecord;
import ogireports.schemas.RejectRecord;
import ogireports.schemas.ReportRecord;
import ogireports.schemas.ReviewLitigationRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Parses documents into the rows of every dataset, in one DoFn with no shuffle.
 *
 * <p>Each partitioned output is keyed by its partition path ({@code province=P/year=Y}); rejects
 * are not partitioned. Every input document leaves exactly one {@link #REPORTS} or one
 * {@link #REJECTS} element.
 */
public final class ParseReports extends PTransform<PCollection<Document>, PCollectionTuple> {

  public static final TupleTag<KV<String, ReportRecord>> REPORTS = new TupleTag<>("reports") {};
  public static final TupleTag<KV<String, ApplicationRecord>> APPLICATIONS =
      new TupleTag<>("applications") {};
  public static final TupleTag<KV<String, ReviewLitigationRecord>> REVIEW_LITIGATION =
      new TupleTag<>("review_litigation") {};
  public static final TupleTag<KV<String, ActiveDisclosureRecord>> ACTIVE_DISCLOSURE =
      new TupleTag<>("active_disclosure") {};
  public static final TupleTag<KV<String, LegacyIndicatorRecord>> LEGACY_INDICATORS =
      new TupleTag<>("legacy_indicators") {};
  public static final TupleTag<KV<String, FlagRecord>> FLAGS = new TupleTag<>("flags") {};
  public static final TupleTag<RejectRecord> REJECTS = new TupleTag<>("rejects") {};

  private final String runId;

  private ParseReports(String runId) {
    this.runId = runId;
  }

  /** Parses documents; {@code runId} is written to every report row. */
  public static ParseReports withRunId(String runId) {
    return new ParseReports(runId);
  }

  @Override
  public PCollectionTuple expand(PCollection<Document> documents) {
    PCollectionTuple out =
        documents.apply(
            "ParseReport",
            ParDo.of(new ParseReportFn(runId))
                .withOutputTags(
                    REPORTS,
                    TupleTagList.of(APPLICATIONS)
                        .and(REVIEW_LITIGATION)
                        .and(ACTIVE_DISCLOSURE)
                        .and(LEGACY_INDICATORS)
                        .and(FLAGS)
                        .and(REJECTS)));
    StringUtf8Coder key = StringUtf8Coder.of();
    out.get(REPORTS).setCoder(KvCoder.of(key, AvroCoder.of(ReportRecord.class)));
    out.get(APPLICATIONS).setCoder(KvCoder.of(key, AvroCoder.of(ApplicationRecord.class)));
    out.get(REVIEW_LITIGATION)
        .setCoder(KvCoder.of(key, AvroCoder.of(ReviewLitigationRecord.class)));
    out.get(ACTIVE_DISCLOSURE)
        .setCoder(KvCoder.of(key, AvroCoder.of(ActiveDisclosureRecord.class)));
    out.get(LEGACY_INDICATORS)
        .setCoder(KvCoder.of(key, AvroCoder.of(LegacyIndicatorRecord.class)));
    out.get(FLAGS).setCoder(KvCoder.of(key, AvroCoder.of(FlagRecord.class)));
    out.get(REJECTS).setCoder(AvroCoder.of(RejectRecord.class));
    return out;
  }

  /** Reads one document with {@link ReportReader} and routes its rows. */
  static final class ParseReportFn extends DoFn<Document, KV<String, ReportRecord>> {

    private final Counter reports = Metrics.counter(ParseReports.class, "reports");
    private final Counter rejects = Metrics.counter(ParseReports.class, "rejects");
    private final Counter flags = Metrics.counter(ParseReports.class, "flags");
    private final String runId;
    private transient ReportReader reader;

    ParseReportFn(String runId) {
      this.runId = runId;
    }

    @Setup
    public void setup() {
      reader = new ReportReader(SharedPlaceResolver.get());
    }

    @ProcessElement
    public void process(@Element Document document, MultiOutputReceiver out) {
      ReadOutcome outcome = reader.read(document);
      if (outcome instanceof ReadOutcome.Rejected rejected) {
        rejects.inc();
        out.get(REJECTS).output(OutputRows.reject(rejected));
        return;
      }
      OutputRows.ReportRows rows = OutputRows.of((ReadOutcome.Accepted) outcome, runId);
      String p = rows.partition();
      reports.inc();
      flags.inc(rows.flags().size());
      out.get(REPORTS).output(KV.of(p, rows.report()));
      rows.applications().forEach(r -> out.get(APPLICATIONS).output(KV.of(p, r)));
      rows.reviewLitigation().forEach(r -> out.get(REVIEW_LITIGATION).output(KV.of(p, r)));
      rows.activeDisclosure().forEach(r -> out.get(ACTIVE_DISCLOSURE).output(KV.of(p, r)));
      rows.legacyIndicators().forEach(r -> out.get(LEGACY_INDICATORS).output(KV.of(p, r)));
      rows.flags().forEach(r -> out.get(FLAGS).output(KV.of(p, r)));
    }
  }

  /** One gazetteer per worker JVM: it is immutable and costly to load. */
  static final class SharedPlaceResolver {
    private static volatile PlaceResolver instance;

    static PlaceResolver get() {
      PlaceResolver r = instance;
      if (r == null) {
        synchronized (SharedPlaceResolver.class) {
          r = instance;
          if (r == null) {
            r = PlaceResolver.fromClasspath();
            instance = r;
          }
        }
      }
      return r;
    }
  }
}
