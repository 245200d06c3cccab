package ogireports.pipeline.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.PipelineOptionsRegistrar;

/**
 * Registers the Flink runner's and Google Cloud's options when a run asks for them, and only then.
 * Beam registers every options interface its jars list at the first use of {@link
 * PipelineOptionsFactory}, validating each against all the others: those two sets were about a
 * third of that set-up at every start, also on the DirectRunner. The product jar leaves their
 * registrars out of Beam's list (the shade filters in {@code pipeline/pom.xml}); {@link
 * #registerFor} registers them when {@code --runner} names Flink or an option of theirs is given
 * ({@code --flinkMaster}, {@code --project}, a {@code gs://} path). Elsewhere (the tests' class
 * path, a cluster's workers) Beam's own list still holds them, and registering twice is harmless.
 */
final class OptionsOnDemand {

  private record OnDemand(String registrar, Predicate<String> askedBy) {}

  private static final List<OnDemand> LEFT_OUT =
      List.of(
          new OnDemand(
              "org.apache.beam.runners.flink.FlinkRunnerRegistrar$Options",
              arg ->
                  arg.startsWith("--runner=") && arg.contains("flink")
                      || arg.startsWith("--flink")),
          new OnDemand(
              "org.apache.beam.sdk.extensions.gcp.options.GcpPipelineOptionsRegistrar",
              arg ->
                  arg.contains("gs://")
                      || arg.startsWith("--gcp")
                      || arg.startsWith("--gcs")
                      || arg.startsWith("--project")
                      || arg.startsWith("--google")
                      || arg.startsWith("--runner=") && arg.contains("dataflow")));

  private OptionsOnDemand() {}

  /** Registers the left-out options that {@code args} ask for. */
  static void registerFor(String[] args) {
    for (OnDemand d : LEFT_OUT) {
      for (String arg : args) {
        if (d.askedBy().test(arg.toLowerCase(Locale.ROOT))) {
          register(d.registrar());
          break;
        }
      }
    }
  }

  private static void register(String registrar) {
    PipelineOptionsRegistrar r;
    try {
      r =
          Class.forName(registrar)
              .asSubclass(PipelineOptionsRegistrar.class)
              .getDeclaredConstructor()
              .newInstance();
    } catch (ClassNotFoundException e) {
      return; // not in this build: Beam's own message about the option follows
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot register the options of " + registrar, e);
    }
    r.getPipelineOptions().forEach(PipelineOptionsFactory::register);
  }
}
