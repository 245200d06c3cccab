package ogireports.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import ogireports.beam.DocumentCoder;
import ogireports.document.Document;
import ogireports.document.RejectReason;
import ogireports.schemas.RejectRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
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
 * Reads each document's bytes. A file that cannot be read, or is larger than the limit, becomes a
 * reject row instead of failing the run.
 */
final class ReadDocuments extends PTransform<PCollection<String>, PCollectionTuple> {

  static final TupleTag<Document> DOCUMENTS = new TupleTag<>("documents") {};
  static final TupleTag<RejectRecord> REJECTS = new TupleTag<>("unreadable") {};

  private final long maxBytes;

  ReadDocuments(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public PCollectionTuple expand(PCollection<String> paths) {
    PCollectionTuple out =
        paths.apply(
            "ReadFile",
            ParDo.of(new ReadFileFn(maxBytes))
                .withOutputTags(DOCUMENTS, TupleTagList.of(REJECTS)));
    out.get(DOCUMENTS).setCoder(DocumentCoder.of());
    out.get(REJECTS).setCoder(AvroCoder.of(RejectRecord.class));
    return out;
  }

  static final class ReadFileFn extends DoFn<String, Document> {
    private final Counter documents = Metrics.counter(ReadDocuments.class, "documents");
    private final Counter unreadable = Metrics.counter(ReadDocuments.class, "unreadable");
    private final long maxBytes;

    ReadFileFn(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @ProcessElement
    public void process(@Element String path, MultiOutputReceiver out) {
      documents.inc();
      long size = -1;
      try {
        MatchResult.Metadata meta = FileSystems.matchSingleFileSpec(path);
        size = meta.sizeBytes();
        if (size > maxBytes) {
          out.get(REJECTS)
              .output(
                  reject(path, RejectReason.TOO_LARGE,
                      size + " bytes, over the limit of " + maxBytes + " (--maxDocumentBytes)", size));
          return;
        }
        byte[] bytes;
        try (InputStream in = Channels.newInputStream(FileSystems.open(meta.resourceId()))) {
          bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
          out.get(REJECTS)
              .output(reject(path, RejectReason.TOO_LARGE,
                  "over the limit of " + maxBytes + " bytes (--maxDocumentBytes)", bytes.length));
          return;
        }
        out.get(DOCUMENTS).output(new Document(path, bytes));
      } catch (IOException | RuntimeException e) {
        out.get(REJECTS)
            .output(reject(path, RejectReason.UNREADABLE,
                e.getClass().getName() + ": " + e.getMessage(), Math.max(size, 0)));
      }
    }

    private RejectRecord reject(String path, RejectReason reason, String detail, long bytes) {
      unreadable.inc();
      return RejectRecord.newBuilder()
          .setSourceUri(path)
          .setReason(reason.name())
          .setDetail(detail)
          .setBytes(bytes)
          .setHead(null)
          .setReportId(null)
          .build();
    }
  }
}
