package ogireports.beam;

import java.util.ArrayList;
import java.util.List;
import ogireports.corpus.CorpusChecks;
import ogireports.corpus.Decision;
import ogireports.corpus.ReportIndex;
import ogireports.crawl.ContentFingerprint;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import ogireports.rules.crossyear.AgencyYear;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * The checks across documents: duplicates and the cross-year rules. Each report is reduced to a
 * small {@link ReportIndex}, the indexes meet in a few coarse buckets (one GroupByKey with at most
 * {@link #BUCKETS} keys: on the DirectRunner every key costs milliseconds), and
 * {@link CorpusChecks} decides. The decisions are few and small; {@link ParseReports} applies them
 * as a side input.
 */
public final class CheckCorpus extends PTransform<PCollection<Document>, PCollection<Decision>> {

  /** Coarse keys: enough to spread the work over workers, few enough to be cheap to group. */
  public static final int BUCKETS = 64;

  @Override
  public PCollection<Decision> expand(PCollection<Document> documents) {
    return documents
        .apply("IndexReport", ParDo.of(new IndexReportFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(ReportIndex.class)))
        .apply("GroupByBucket", GroupByKey.create())
        .apply("Decide", ParDo.of(new DecideFn()))
        .setCoder(SerializableCoder.of(Decision.class));
  }

  /** Reads one document and keeps what the corpus checks need of it. */
  static final class IndexReportFn extends DoFn<Document, KV<Integer, ReportIndex>> {
    private transient ReportReader reader;

    @Setup
    public void setup() {
      reader = new ReportReader(PlaceResolver.fromClasspath());
    }

    @ProcessElement
    public void process(@Element Document document, OutputReceiver<KV<Integer, ReportIndex>> out) {
      if (reader.read(document) instanceof ReadOutcome.Accepted a) {
        ReportIndex index =
            new ReportIndex(
                a.report().reportId(),
                document.sourceUri(),
                ContentFingerprint.of(a.report().lines()),
                AgencyYear.of(a.report()));
        out.output(KV.of(index.bucket(BUCKETS), index));
      }
    }
  }

  /** Runs the corpus checks on one bucket. */
  static final class DecideFn extends DoFn<KV<Integer, Iterable<ReportIndex>>, Decision> {
    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<ReportIndex>> bucket, OutputReceiver<Decision> out) {
      List<ReportIndex> reports = new ArrayList<>();
      bucket.getValue().forEach(reports::add);
      // Reports of one bucket that share no group key are independent; one call handles them all.
      java.util.Map<String, List<ReportIndex>> groups = new java.util.TreeMap<>();
      for (ReportIndex r : reports) {
        groups.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(r);
      }
      for (List<ReportIndex> group : groups.values()) {
        CorpusChecks.decide(group).forEach(out::output);
      }
    }
  }
}
