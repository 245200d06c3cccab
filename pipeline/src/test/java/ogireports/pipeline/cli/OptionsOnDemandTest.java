package ogireports.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import ogireports.pipeline.TestCorpus;
import ogireports.pipeline.cli.OptionsOnDemand.Listed;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.ExperimentalOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.StreamingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Beam's options registry holds what the arguments name, and the run still takes every option. */
class OptionsOnDemandTest {

  @TempDir Path tmp;

  private static final List<Listed> AVAILABLE =
      List.of(
          new Listed(StreamingOptions.class, "org.apache.beam.sdk.options.Default"),
          new Listed(ExperimentalOptions.class, "org.apache.beam.sdk.options.Default"),
          new Listed(DirectOptions.class, "org.apache.beam.runners.direct.DirectRegistrar$Options"),
          new Listed(
              FlinkPipelineOptions.class,
              "org.apache.beam.runners.flink.FlinkRunnerRegistrar$Options"));

  @Test
  void theLaunchersOwnOptionsNeedNothingMore() {
    assertThat(
            OptionsOnDemand.needed(
                new String[] {"--input=in", "--output=out", "--append", "--hdfsConfiguration=[]"},
                OgiReportsOptions.class,
                AVAILABLE))
        .isEmpty();
  }

  @Test
  void anOptionOfAnotherInterfaceRegistersThatInterface() {
    assertThat(
            OptionsOnDemand.needed(
                new String[] {"--output=out", "--targetParallelism=1", "--experiments=a,b"},
                OgiReportsOptions.class,
                AVAILABLE))
        .containsExactly(DirectOptions.class, ExperimentalOptions.class);
  }

  @Test
  void aRunnerRegistersItsOwnOptionsInAnySpelling() {
    for (String runner :
        List.of("FlinkRunner", "flink", "org.apache.beam.runners.flink.FlinkRunner")) {
      assertThat(
              OptionsOnDemand.needed(
                  new String[] {"--runner=" + runner}, OgiReportsOptions.class, AVAILABLE))
          .as(runner)
          .containsExactly(FlinkPipelineOptions.class);
    }
  }

  @Test
  void anOptionNoInterfaceHasRegistersThemAllForBeamsSuggestions() {
    assertThat(
            OptionsOnDemand.needed(
                new String[] {"--targetParalelism=1"}, OgiReportsOptions.class, AVAILABLE))
        .hasSize(AVAILABLE.size());
  }

  @Test
  void theRegistryKeepsOnlyWhatTheRunNamesAndARunTakesAnOptionOfAnotherInterface()
      throws Exception {
    OptionsOnDemand.registerFor(new String[] {"--output=out"});
    assertThat(PipelineOptionsFactory.getRegisteredOptions())
        .contains(OgiReportsOptions.class)
        .doesNotContain(DirectOptions.class, FlinkPipelineOptions.class);

    Path in = TestCorpus.write(tmp);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            new String[] {
              "--input=" + in, "--output=" + tmp.resolve("out"), "--targetParallelism=1"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(PipelineOptionsFactory.getRegisteredOptions()).contains(DirectOptions.class);
  }

  @Test
  void aMistypedOptionGetsBeamsSuggestionFromAllOptions() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OgiReports.run(
            new String[] {"--output=" + tmp.resolve("out"), "--targetParalelism=1"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(OgiReports.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("targetParallelism");
  }
}
