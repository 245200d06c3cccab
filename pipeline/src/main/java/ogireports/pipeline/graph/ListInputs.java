package ogireports.pipeline.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * The graph's first step: the slices of the list of inputs ({@link InputSlices}), dealt round-robin
 * into at most {@value #SHARES} shares that the runner hands to its workers one share at a time.
 *
 * <p>Why shares: a runner splits a created list by its encoded size into about as many parts as it
 * has workers, and parts of equal size do not take equal time. In a 20,000-report run on the
 * DirectRunner one worker parsed the last part alone for 25 of the parse's 75 s, while the other
 * had nothing to do but poll the runner's timers (a third of the run's CPU samples). A share is
 * about 1/{@value #SHARES} of the work and whichever worker is free takes the next, so both stay
 * busy until the last few shares. Each share ends its batches once ({@link SpilledBatches}): more
 * shares would mean more, smaller batches for the write step.
 */
final class ListInputs extends PTransform<PBegin, PCollection<FileSlice>> {

  /** The most shares the list of inputs is dealt into. */
  static final int SHARES = 32;

  private final List<FileSlice> slices;

  ListInputs(List<FileSlice> slices) {
    this.slices = slices;
  }

  @Override
  public PCollection<FileSlice> expand(PBegin begin) {
    return begin
        .apply(
            "Slices",
            Create.of(dealt(slices)).withCoder(KvCoder.of(VarIntCoder.of(), FileSlice.Coder.of())))
        .apply("Shares", GroupByKey.create())
        .apply("SlicesOfShare", ParDo.of(new SlicesOfShareFn()))
        .setCoder(FileSlice.Coder.of());
  }

  /** Slice i goes to share i mod {@value #SHARES}: every share holds neighbours of the list. */
  static List<KV<Integer, FileSlice>> dealt(List<FileSlice> slices) {
    List<KV<Integer, FileSlice>> dealt = new ArrayList<>(slices.size());
    for (int i = 0; i < slices.size(); i++) {
      dealt.add(KV.of(i % SHARES, slices.get(i)));
    }
    return dealt;
  }

  private static final class SlicesOfShareFn
      extends DoFn<KV<Integer, Iterable<FileSlice>>, FileSlice> {
    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<FileSlice>> share, OutputReceiver<FileSlice> out) {
      for (FileSlice slice : share.getValue()) {
        out.output(slice);
      }
    }
  }
}
