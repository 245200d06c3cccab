package ogireports.pipeline.cli;

import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Registers the options of the runner a run asks for, and only those. Beam registers every options
 * interface its jars list at the first use of {@link PipelineOptionsFactory}, validating each
 * against all the others; the Flink runner's were a third of that set-up on every start, also on
 * the DirectRunner. The product jar leaves the Flink runner's registrar out (see the shade filter
 * in {@code pipeline/pom.xml}), and this class registers its options when {@code --runner} names it
 * or an option of its own ({@code --flinkMaster}, …) is given. Runners of other builds ({@code
 * -Pspark}, {@code -Pdataflow}) keep their registrars.
 */
final class RunnerOptions {

  /** The options interface of each runner whose registrar the jar leaves out, by name prefix. */
  private static final Map<String, String> LEFT_OUT =
      Map.of("flink", "org.apache.beam.runners.flink.FlinkPipelineOptions");

  private RunnerOptions() {}

  /** Registers the options of the runner {@code args} name, when its registrar was left out. */
  static void registerFor(String[] args) {
    for (Map.Entry<String, String> runner : LEFT_OUT.entrySet()) {
      if (asksFor(args, runner.getKey())) {
        register(runner.getValue());
      }
    }
  }

  private static boolean asksFor(String[] args, String runner) {
    for (String arg : args) {
      String lower = arg.toLowerCase(Locale.ROOT);
      if (lower.startsWith("--runner=") && lower.contains(runner)
          || lower.startsWith("--" + runner)) {
        return true;
      }
    }
    return false;
  }

  private static void register(String optionsInterface) {
    try {
      PipelineOptionsFactory.register(
          Class.forName(optionsInterface).asSubclass(PipelineOptions.class));
    } catch (ClassNotFoundException e) {
      // Not in this build: Beam's own message about the runner follows.
    }
  }
}
