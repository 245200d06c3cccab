package ogireports.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.List;
import ogireports.corpus.IndexFile;
import ogireports.corpus.ReportIndex;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads the index of the reports an output already holds (for an {@code --append} run), each
 * entry marked {@link ReportIndex#inOutput()}. A file that cannot be read fails the run: the
 * checks across documents would be wrong without it.
 */
public final class ReadIndexFiles
    extends PTransform<PCollection<String>, PCollection<KV<Integer, List<ReportIndex>>>> {

  @Override
  public PCollection<KV<Integer, List<ReportIndex>>> expand(PCollection<String> files) {
    return files
        .apply("ReadIndexFile", ParDo.of(new ReadFn()))
        .setCoder(CheckCorpus.BATCH_CODER);
  }

  /** Outputs a file's entries in batches by bucket ({@link CheckCorpus#BATCH_CODER}). */
  static final class ReadFn extends DoFn<String, KV<Integer, List<ReportIndex>>> {
    @ProcessElement
    public void process(
        @Element String file, OutputReceiver<KV<Integer, List<ReportIndex>>> out)
        throws IOException {
      try (InputStream in =
          Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(file, false)))) {
        Batches<Integer, ReportIndex> batches = new Batches<>(Integer.MAX_VALUE);
        for (ReportIndex r : IndexFile.read(in)) {
          batches.add(r.bucket(CheckCorpus.BUCKETS), r.asInOutput());
        }
        batches.drain().forEach((bucket, batch) -> out.output(KV.of(bucket, batch)));
      } catch (IOException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }
  }
}
