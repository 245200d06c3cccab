package ogireports.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import ogireports.corpus.IndexFile;
import ogireports.corpus.ReportIndex;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads the index of the reports an output already holds (for an {@code --append} run), each
 * entry marked {@link ReportIndex#inOutput()}. A file that cannot be read fails the run: the
 * checks across documents would be wrong without it.
 */
public final class ReadIndexFiles extends PTransform<PCollection<String>, PCollection<ReportIndex>> {

  @Override
  public PCollection<ReportIndex> expand(PCollection<String> files) {
    return files
        .apply("ReadIndexFile", ParDo.of(new ReadFn()))
        .setCoder(ReportIndexCoder.of());
  }

  static final class ReadFn extends DoFn<String, ReportIndex> {
    @ProcessElement
    public void process(@Element String file, OutputReceiver<ReportIndex> out) throws IOException {
      try (InputStream in =
          Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(file, false)))) {
        for (ReportIndex r : IndexFile.read(in)) {
          out.output(r.asInOutput());
        }
      } catch (IOException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }
  }
}
