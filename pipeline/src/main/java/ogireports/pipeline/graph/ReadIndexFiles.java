package ogireports.pipeline.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import ogireports.corpus.IndexFile;
import ogireports.corpus.ReportIndex;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads the index of the reports an output already holds (for an {@code --append} run), each entry
 * marked {@link ReportIndex#inOutput()}, and spills it in batches by bucket for {@link
 * CheckCorpus}, like the index entries of the reports parsed now. A file that cannot be read fails
 * the run: the checks across documents would be wrong without it.
 */
public final class ReadIndexFiles
    extends PTransform<PCollection<String>, PCollection<KV<Integer, SpilledBatch<ReportIndex>>>> {

  private final String spillDir;

  /**
   * @param spillDir where the batches are spilled (the run's temporary folder)
   */
  public ReadIndexFiles(String spillDir) {
    this.spillDir = spillDir;
  }

  @Override
  public PCollection<KV<Integer, SpilledBatch<ReportIndex>>> expand(
      PCollection<String> indexFiles) {
    return indexFiles
        .apply("ReadIndexFile", ParDo.of(new ReadFn(spillDir)))
        .setCoder(SpilledBatch.keyedCoder());
  }

  static final class ReadFn extends DoFn<String, KV<Integer, SpilledBatch<ReportIndex>>> {
    private final String spillDir;
    private transient SliceFile.OnDemand spills;
    private transient SpilledBatches<Integer, ReportIndex> batches;

    ReadFn(String spillDir) {
      this.spillDir = spillDir;
    }

    @StartBundle
    public void startBundle() {
      spills = new SliceFile.OnDemand(spillDir);
      batches = CheckCorpus.indexBatches();
    }

    @ProcessElement
    public void process(
        @Element String file, OutputReceiver<KV<Integer, SpilledBatch<ReportIndex>>> out)
        throws IOException {
      try (InputStream in =
          Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(file, false)))) {
        for (ReportIndex r : IndexFile.read(in)) {
          KV<Integer, SpilledBatch<ReportIndex>> full = batches.add(r.asInOutput(), spills);
          if (full != null) {
            out.output(full);
          }
        }
      } catch (IOException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) throws IOException {
      for (KV<Integer, SpilledBatch<ReportIndex>> batch : batches.finish(spills)) {
        context.output(batch, BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
      }
      spills.close();
      batches = null;
    }
  }
}
