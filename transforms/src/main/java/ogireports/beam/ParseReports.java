package ogireports.beam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ogireports.corpus.Decision;
import ogireports.document.Document;
import ogireports.document.RejectReason;
import ogireports.model.Flag;
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
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
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
  private final PCollectionView<List<Decision>> decisions;

  private ParseReports(String runId, PCollectionView<List<Decision>> decisions) {
    this.runId = runId;
    this.decisions = decisions;
  }

  /** Parses documents; {@code runId} is written to every report row. */
  public static ParseReports withRunId(String runId) {
    return new ParseReports(runId, null);
  }

  /**
   * Applies the corpus-wide decisions of {@link CheckCorpus}: duplicates become DUPLICATE rejects,
   * cross-year flags join the report's flags.
   */
  public ParseReports withDecisions(PCollectionView<List<Decision>> view) {
    return new ParseReports(runId, view);
  }

  @Override
  public PCollectionTuple expand(PCollection<Document> documents) {
    PCollectionTuple out =
        documents.apply(
            "ParseReport",
            (decisions == null
                    ? ParDo.of(new ParseReportFn(runId, null))
                    : ParDo.of(new ParseReportFn(runId, decisions)).withSideInputs(decisions))
                .withOutputTags(
                    REPORTS,
                    TupleTagList.of(APPLICATIONS)
                        .and(REVIEW_LITIGATION)
                        .and(ACTIVE_DISCLOSURE)
                        .and(LEGACY_INDICATORS)
                        .and(FLAGS)
                        .and(REJECTS)));
    StringUtf8Coder key = StringUtf8Coder.of();
    out.get(REPORTS).setCoder(KvCoder.of(key, RecordCoder.of(ReportRecord.class)));
    out.get(APPLICATIONS).setCoder(KvCoder.of(key, RecordCoder.of(ApplicationRecord.class)));
    out.get(REVIEW_LITIGATION)
        .setCoder(KvCoder.of(key, RecordCoder.of(ReviewLitigationRecord.class)));
    out.get(ACTIVE_DISCLOSURE)
        .setCoder(KvCoder.of(key, RecordCoder.of(ActiveDisclosureRecord.class)));
    out.get(LEGACY_INDICATORS)
        .setCoder(KvCoder.of(key, RecordCoder.of(LegacyIndicatorRecord.class)));
    out.get(FLAGS).setCoder(KvCoder.of(key, RecordCoder.of(FlagRecord.class)));
    out.get(REJECTS).setCoder(RecordCoder.of(RejectRecord.class));
    return out;
  }

  /** Reads one document with {@link ReportReader} and routes its rows. */
  static final class ParseReportFn extends DoFn<Document, KV<String, ReportRecord>> {

    private final Counter reports = Metrics.counter(ParseReports.class, "reports");
    private final Counter rejects = Metrics.counter(ParseReports.class, "rejects");
    private final Counter flags = Metrics.counter(ParseReports.class, "flags");
    private final String runId;
    private final PCollectionView<List<Decision>> decisions;
    private transient ReportReader reader;
    private transient List<Decision> decisionsSeen;
    private transient Map<String, Decision> decisionsById;

    ParseReportFn(String runId, PCollectionView<List<Decision>> decisions) {
      this.runId = runId;
      this.decisions = decisions;
    }

    @Setup
    public void setup() {
      reader = new ReportReader(PlaceResolver.fromClasspath());
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Document document = c.element();
      ReadOutcome outcome = reader.read(document);
      if (outcome instanceof ReadOutcome.Rejected rejected) {
        rejects.inc();
        c.output(REJECTS, OutputRows.reject(rejected));
        return;
      }
      ReadOutcome.Accepted accepted = (ReadOutcome.Accepted) outcome;
      Decision duplicate = decision(c, "source|" + document.sourceUri());
      if (duplicate != null) {
        rejects.inc();
        c.output(REJECTS, OutputRows.duplicate(document, accepted, duplicate));
        return;
      }
      Decision decision = decision(c, accepted.report().reportId());
      if (decision != null && !decision.flags().isEmpty()) {
        List<Flag> all = new ArrayList<>(accepted.flags());
        all.addAll(decision.flags());
        accepted = new ReadOutcome.Accepted(accepted.report(), all);
      }
      OutputRows.ReportRows rows = OutputRows.of(accepted, runId);
      String p = rows.partition();
      reports.inc();
      flags.inc(rows.flags().size());
      c.output(REPORTS, KV.of(p, rows.report()));
      rows.applications().forEach(r -> c.output(APPLICATIONS, KV.of(p, r)));
      rows.reviewLitigation().forEach(r -> c.output(REVIEW_LITIGATION, KV.of(p, r)));
      rows.activeDisclosure().forEach(r -> c.output(ACTIVE_DISCLOSURE, KV.of(p, r)));
      rows.legacyIndicators().forEach(r -> c.output(LEGACY_INDICATORS, KV.of(p, r)));
      rows.flags().forEach(r -> c.output(FLAGS, KV.of(p, r)));
    }

    /** The decision under a report id, or under {@code source|<uri>} for a duplicate. */
    private Decision decision(ProcessContext c, String key) {
      if (decisions == null) {
        return null;
      }
      List<Decision> all = c.sideInput(decisions);
      if (all != decisionsSeen) {
        Map<String, Decision> byId = new HashMap<>();
        for (Decision d : all) {
          String k = d.isDuplicate() ? "source|" + d.sourceUri() : d.reportId();
          byId.merge(k, d, ParseReportFn::merge);
        }
        decisionsById = byId;
        decisionsSeen = all;
      }
      return decisionsById.get(key);
    }

    private static Decision merge(Decision a, Decision b) {
      List<Flag> flags = new ArrayList<>(a.flags());
      flags.addAll(b.flags());
      return new Decision(a.reportId(), a.sourceUri(), a.duplicateOf(), a.keptSourceUri(), flags);
    }
  }
}
