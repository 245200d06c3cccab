import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;

/**
 * The floor of a run's start: the smallest Beam pipeline that does what every ogi-reports run
 * does at least once (create a few elements, a DoFn, a GroupByKey, wait for the end) on the
 * DirectRunner, with the product jar on the class path. It reads and writes nothing. {@code
 * bench/throughput.sh} runs it with the launcher's JVM options for a small input and a class-data
 * archive of its own, and gives the samples run's CPU as a ratio to it.
 */
public class BeamStartFloor {

  public static void main(String[] args) {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.fromArgs(args).create());
    pipeline
        .apply(Create.of(1, 2, 3, 4, 5))
        .apply(WithKeys.of(0))
        .apply(GroupByKey.create())
        .apply(ParDo.of(new Count()));
    pipeline.run().waitUntilFinish();
  }

  static final class Count extends DoFn<KV<Integer, Iterable<Integer>>, Void> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Integer>> group) {
      int n = 0;
      for (Integer ignored : group.getValue()) {
        n++;
      }
      if (n != 5) {
        throw new IllegalStateException("expected 5 elements, got " + n);
      }
    }
  }
}
